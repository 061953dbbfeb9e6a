// Writes an organization config file into the database in one transaction: sites, service lines, users (without
// passwords), teams and members, channel accounts, and the organization and routing settings. Used on first start
// and by `redress config apply`; afterwards admins change the organization through the API.
import type { Db } from '../store/db.js';
import type { ConfigFile } from '../config/file-schema.js';

export async function applyConfig(db: Db, config: ConfigFile): Promise<void> {
  await db.transaction(async (tx) => {
    const upsertSetting = (key: string, value: unknown) =>
      tx.query(
        `INSERT INTO settings (key, value) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = settings.version + 1, updated_at = now()`,
        [key, JSON.stringify(value)],
      );
    await upsertSetting('organization', config.organization);
    await upsertSetting('routing', {
      calendars: config.calendars ?? [],
      ...(config.clockPolicies?.length ? { clockPolicies: config.clockPolicies } : {}),
      ...(config.routing?.rules ? { rules: config.routing.rules } : {}),
    });
    for (const s of config.sites ?? []) {
      await tx.query(
        `INSERT INTO sites (id, name, aliases, city, state, kind, time_zone, public_email, public_phone) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, city = EXCLUDED.city, state = EXCLUDED.state,
           kind = EXCLUDED.kind, time_zone = EXCLUDED.time_zone, public_email = EXCLUDED.public_email, public_phone = EXCLUDED.public_phone`,
        [s.id, s.name, s.aliases ?? [], s.city ?? null, s.state ?? null, s.kind, s.timeZone, s.publicEmail ?? null, s.publicPhone ?? null],
      );
    }
    for (const l of config.serviceLines ?? [])
      await tx.query(`INSERT INTO service_lines (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name`, [l.id, l.name]);
    for (const u of config.users ?? []) {
      await tx.query(
        `INSERT INTO users (email, name, role, sites) VALUES (lower($1), $2, $3, $4)
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role, sites = EXCLUDED.sites`,
        [u.email, u.name, u.role, u.sites ?? []],
      );
    }
    for (const t of config.teams ?? []) {
      await tx.query(
        `INSERT INTO teams (id, name, function, sites, calendar_id, manager_id, rotation)
         VALUES ($1, $2, $3, $4, $5, (SELECT id FROM users WHERE email = lower($6)), $7)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, function = EXCLUDED.function, sites = EXCLUDED.sites,
           calendar_id = EXCLUDED.calendar_id, manager_id = EXCLUDED.manager_id, rotation = EXCLUDED.rotation`,
        [t.id, t.name, t.function, t.sites ?? [], t.calendar ?? null, t.manager ?? null, t.rotation ? JSON.stringify(t.rotation) : null],
      );
      await tx.query('DELETE FROM team_members WHERE team_id = $1', [t.id]);
      await tx.query(
        `INSERT INTO team_members (team_id, user_id) SELECT $1, id FROM users WHERE email = ANY($2::text[]) ON CONFLICT DO NOTHING`,
        [t.id, (t.members ?? []).map((m) => m.toLowerCase())],
      );
    }
    for (const c of config.channelAccounts ?? []) {
      await tx.query(
        `INSERT INTO channel_accounts (id, platform, name, external_id, site_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET platform = EXCLUDED.platform, name = EXCLUDED.name, external_id = EXCLUDED.external_id, site_id = EXCLUDED.site_id`,
        [c.id, c.platform, c.name, c.externalId ?? null, c.siteId ?? null],
      );
    }
  });
}

export async function hasOrganization(db: Db): Promise<boolean> {
  const r = await db.query(`SELECT 1 FROM settings WHERE key = 'organization'`);
  return r.rows.length > 0;
}
