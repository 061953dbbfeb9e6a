// Case search as people type it: without accents ("Jose" for José, "munoz" for Muñoz) and with a phone number written
// any way (555-010-0123, (555) 010 0123, 5550100123), on new cases and, after the migration, on cases stored before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiHarness, call, ingestAndProcess, type ApiHarness } from '../../test/support/api-runtime.js';
import { createTestDb, type TestDb } from '../store/test-db.js';
import { knownMigrations, splitStatements } from '../store/migrate.js';

const RUDE = 'The front desk was rude and nobody called me back about my appointment. Very disappointed.';

describe('case search folding', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());
  const fold = async (text: string) => (await t.db.query<{ f: string }>('SELECT case_search_text($1) AS f', [text])).rows[0].f;

  it('takes the accents off Latin letters, upper case ones too, and spells out ß, æ and œ', async () => {
    expect(await fold('José MUÑOZ, Zoë Ångström, Łukasz Dvořák, François Çelik')).toBe('jose munoz, zoe angstrom, lukasz dvorak, francois celik');
    expect(await fold('ÉLODIE Straße Æsir cœur')).toBe('elodie strasse aesir coeur');
  });

  it('writes a phone number as its ten digits and its last seven, however it was written', async () => {
    for (const phone of ['555-010-0123', '(555) 010 0123', '(555)010-0123', '555.010.0123', '+1 555 010 0123', '1-555-010-0123', '5550100123'])
      expect(await fold(`call ${phone} now`)).toBe('call 5550100123 0100123 now');
    expect(await fold('ext 010-0123')).toBe('ext 0100123');
  });

  it('folds every text as the first folding (migration 012) did, now that it skips the letter table for texts without those letters', async () => {
    const first = knownMigrations().find((m) => m.name.startsWith('012_'))!.sql;
    const definition = splitStatements(first).find((s) => s.includes('CREATE OR REPLACE FUNCTION'))!;
    await t.db.query(definition.replace('FUNCTION case_search_text(', 'FUNCTION case_search_text_012('));
    const texts = [
      'Waited 4 HOURS in the ER!!! Call 555-010-0123 or (555) 010 0123.',
      'Smart “quotes” — dashes… and emoji 😡👍 only',
      'José MUÑOZ, Zoë, Łukasz, Straße, cœur, Ørsted, İstanbul, ǅ',
      'Ελληνικά και кириллица Ꞌ ẞ ﬁ',
      '',
    ];
    const r = await t.db.query<{ now: string; then: string }>('SELECT case_search_text(x) AS now, case_search_text_012(x) AS then FROM unnest($1::text[]) x', [texts]);
    for (const row of r.rows) expect(row.now).toBe(row.then);
  });

  it('leaves other numbers alone', async () => {
    expect(await fold('room 214, 2026-03-14, invoice 12345678901234, 3 hours')).toBe('room 214, 2026-03-14, invoice 12345678901234, 3 hours');
  });
});

describe('searching the inbox', () => {
  let h: ApiHarness;
  let n = 0;
  const post = (text: string, displayName?: string) => ({
    platform: 'google',
    externalId: `search-${++n}`,
    author: { id: `search-author-${n}`, ...(displayName ? { displayName } : {}) },
    text,
    rating: 1,
    createdAt: new Date().toISOString(),
    listing: 'juniper-main',
  });
  const found = async (q: string) => {
    const res = await call(h, h.headers, 'GET', `/api/v1/cases?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    return (res.json().items as { id: string }[]).map((c) => c.id);
  };
  let jose: string;
  let munoz: string;
  let phones: string[];
  let otherPhone: string;

  beforeAll(async () => {
    h = await apiHarness();
    [jose, munoz, ...phones] = await ingestAndProcess(h, [
      post(RUDE, 'José Álvarez'),
      post(`Dr. Muñoz never explained the results. ${RUDE}`),
      post(`${RUDE} Call me at 555-010-0123.`),
      post(`${RUDE} My number is (555) 010 0123`),
      post(`${RUDE} 5550100123 is my cell`),
    ]);
    [otherPhone] = await ingestAndProcess(h, [post(`${RUDE} Call me at 555-010-0199.`)]);
  });
  afterAll(() => h?.close());

  it('finds a name without its accents, and with them', async () => {
    for (const q of ['Jose', 'jose alvarez', 'JOSÉ', 'José Álvarez']) expect(await found(q)).toEqual([jose]);
    for (const q of ['munoz', 'Muñoz', 'MUNOZ']) expect(await found(q)).toEqual([munoz]);
  });

  it('finds a phone number however either side wrote it', async () => {
    for (const q of ['555-010-0123', '(555) 010 0123', '5550100123', '+1 555.010.0123', '010-0123']) expect((await found(q)).sort()).toEqual([...phones].sort());
    expect(await found('555-010-0199')).toEqual([otherPhone]);
  });

  it('still finds a case by its number', async () => {
    const { number } = (await call(h, h.headers, 'GET', `/api/v1/cases/${jose}`)).json() as { number: number };
    expect(await found(`#${number}`)).toContain(jose);
  });
});

describe('the search migration', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t?.drop());

  it('rebuilds the search of cases stored before it, from their posts, earlier revisions and authors', async () => {
    const db = t.db;
    const author = await db.query<{ id: string }>(`INSERT INTO authors (platform, platform_user_id, handle, display_name) VALUES ('google', 'old-1', 'ramon_p', 'Ramón Peña') RETURNING id`);
    const authorId = author.rows[0].id;
    // As cases were indexed before: the raw words, accents and dashes kept.
    const before = `Ramón Peña ramon_p Nobody called me at 555-010-0123`;
    const c = await db.query<{ id: string }>(
      `INSERT INTO cases (author_id, platform, search) VALUES ($1, 'google', to_tsvector('simple', $2)) RETURNING id`,
      [authorId, before],
    );
    const caseId = c.rows[0].id;
    const p = await db.query<{ id: string }>(
      `INSERT INTO posts (platform, external_id, author_id, text, created_at, visibility, raw, case_id, revision)
       VALUES ('google', 'old-post-1', $1, 'Nobody called me at (555) 010 0123, the café was closed', now(), 'public', '{}', $2, 2) RETURNING id`,
      [authorId, caseId],
    );
    await db.query(`INSERT INTO post_revisions (post_id, revision, text, raw) VALUES ($1, 1, 'Nobody called me at 555-010-0123', '{}')`, [p.rows[0].id]);
    // A case without posts keeps its words, folded.
    const bare = await db.query<{ id: string }>(`INSERT INTO cases (platform, search) VALUES ('google', to_tsvector('simple', 'Señora Ibáñez')) RETURNING id`);

    const matches = async (q: string) =>
      (await db.query<{ id: string }>(`SELECT id FROM cases WHERE search @@ plainto_tsquery('simple', case_search_text($1)) ORDER BY id`, [q])).rows.map((r) => r.id);
    expect(await matches('ramon pena')).toEqual([]);

    const migration = knownMigrations().find((m) => m.name.startsWith('012_'))!;
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
    });
    for (const q of ['ramon pena', 'Ramón', 'ramon_p', 'cafe', '5550100123', '555-010-0123', '(555) 010 0123']) expect(await matches(q)).toEqual([caseId]);
    expect(await matches('senora ibanez')).toEqual([bare.rows[0].id]);
  });
});
