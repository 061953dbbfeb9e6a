import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadProfileFile } from '../config/profile-file.js';
import { analyze } from './analyze.js';
import type { Triage } from './types.js';

// Demo posts (our own fictional text) that a review of the running demo found misread. They are read here as the
// pipeline reads them: platform, stars, and the site of the listing they came through.

const configPath = fileURLToPath(new URL('../demo/redress.demo.yaml', import.meta.url));
const postsPath = fileURLToPath(new URL('../demo/posts.jsonl', import.meta.url));

interface DemoPost {
  externalId: string;
  platform: string;
  channelAccount: string;
  text: string;
  rating: number | null;
}

const profile = loadProfileFile(configPath);
const config = parseYaml(readFileSync(configPath, 'utf8')) as { channelAccounts: { id: string; siteId?: string }[] };
const listingOf = new Map(config.channelAccounts.map((a) => [a.id, a.siteId ?? null]));
const posts = new Map(
  readFileSync(postsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DemoPost)
    .map((p) => [p.externalId, p]),
);

function triage(id: string): Triage {
  const post = posts.get(id);
  if (!post) throw new Error(`no demo post ${id}`);
  return analyze({ id, text: post.text, platform: post.platform, rating: post.rating, listing: listingOf.get(post.channelAccount) ?? null }, profile);
}

describe('demo posts', () => {
  it('hears a toddler kept waiting unfed and sent home with "probably viral" as a complaint, not praise', () => {
    const t = triage('gbp-rev-000030');
    expect(t.complaint).toBe(true);
    expect(t.severity).toBeGreaterThanOrEqual(2);
    expect(t.categories).toEqual(expect.arrayContaining(['access_wait', 'communication']));
  });

  it('places the husband vomiting blood in the ER waiting room in the building now', () => {
    expect(triage('x-1894486404085905661')).toMatchObject({ complaint: true, timing: 'now', site: 'front-range', risks: ['harm'] });
  });

  it('reads missed dialysis followed by shortness of breath as harm, high severity', () => {
    expect(triage('gbp-rev-000096')).toMatchObject({ complaint: true, timing: 'now', risks: ['harm'], severity: 3 });
  });

  it('reads a missed seizure dose followed by a seizure as harm, high severity', () => {
    expect(triage('em-000002')).toMatchObject({ complaint: true, risks: ['harm'], severity: 3 });
  });

  it("leaves bystanders' advice and sympathy in someone else's thread out of the complaints, but not a bystander's own wait", () => {
    for (const id of ['fb-cmt-000002', 'rd-t1_331c5fd', 'fb-cmt-000014']) expect(triage(id).complaint, id).toBe(false);
    expect(triage('fb-cmt-000003')).toMatchObject({ complaint: true, site: 'northside' });
  });
});
