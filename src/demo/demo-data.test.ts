import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadProfileFile } from '../config/profile-file.js';
import { PLATFORMS } from '../domain/platform.js';
import { ROLES } from '../config/file-schema.js';
import { TEAM_FUNCTIONS } from '../domain/routing/team.js';

// The demo files are data the lead's loader reads on first start; these checks catch a broken
// reference or an unrealistic post before it reaches a buyer's screen.

const configPath = fileURLToPath(new URL('./redress.demo.yaml', import.meta.url));
const postsPath = fileURLToPath(new URL('./posts.jsonl', import.meta.url));

interface Rotation {
  timeZone: string;
  handoff: string;
  handoffTime: string;
  handoffDay: string;
  startDate: string;
  members: string[];
  overrides: unknown[];
}
interface DemoConfig {
  organization: { name: string; handles: string[]; publicPhones: string[]; publicEmails: string[] };
  sites: { id: string; kind: string; state: string; timeZone: string; publicEmail: string; publicPhone: string; aliases: string[] }[];
  serviceLines: { id: string; name: string }[];
  calendars: { id: string; timeZone: string; hours: Record<string, string[]>; holidays: string[] }[];
  teams: { id: string; function: string; sites: string[]; members: string[]; calendar: string; manager: string; rotation: Rotation }[];
  users: { email: string; name: string; role: string; sites: string[] }[];
  channelAccounts: { id: string; platform: string; name: string; externalId: string; siteId?: string }[];
}
interface DemoPost {
  externalId: string;
  platform: string;
  channelAccount: string;
  url: string | null;
  threadId: string | null;
  parentId: string | null;
  author: { id: string; handle: string | null; displayName: string };
  text: string;
  rating: number | null;
  minutesAgo: number;
  visibility: 'public' | 'private';
  forwardedBy: string | null;
}

const config = parseYaml(readFileSync(configPath, 'utf8')) as DemoConfig;
const posts = readFileSync(postsPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as DemoPost);

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const REVIEW_PLATFORMS = ['google', 'yelp'];

const siteIds = new Set(config.sites.map((s) => s.id));
const userEmails = new Set(config.users.map((u) => u.email));
const calendarIds = new Set(config.calendars.map((c) => c.id));
const accountsById = new Map(config.channelAccounts.map((a) => [a.id, a]));
const postsById = new Map(posts.map((p) => [p.externalId, p]));

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

describe('demo organization', () => {
  it('loads through the organization file loader the CLIs use', () => {
    const profile = loadProfileFile(configPath);
    expect(profile.organization.name).toBe('Cedar Plains Health');
    expect(profile.sites).toHaveLength(config.sites.length);
  });

  it('has at least 8 hospitals and 4 clinics across 2 states and 2 time zones', () => {
    expect(config.sites.filter((s) => s.kind === 'hospital').length).toBeGreaterThanOrEqual(8);
    expect(config.sites.filter((s) => s.kind === 'clinic').length).toBeGreaterThanOrEqual(4);
    expect(new Set(config.sites.map((s) => s.state)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(config.sites.map((s) => s.timeZone)).size).toBeGreaterThanOrEqual(2);
  });

  it('gives every site aliases, a real time zone and fictional public contacts', () => {
    for (const site of config.sites) {
      expect(site.aliases.length, site.id).toBeGreaterThan(0);
      expect(isTimeZone(site.timeZone), site.id).toBe(true);
      expect(site.publicEmail, site.id).toMatch(/@example\.org$/);
      expect(site.publicPhone, site.id).toMatch(/^\(\d{3}\) 555-01\d\d$/);
    }
    expect(siteIds.size).toBe(config.sites.length);
  });

  it('keeps every calendar on valid days, hours and holiday dates', () => {
    for (const calendar of config.calendars) {
      expect(isTimeZone(calendar.timeZone), calendar.id).toBe(true);
      expect(Object.keys(calendar.hours).sort(), calendar.id).toEqual([...DAYS].sort());
      for (const ranges of Object.values(calendar.hours)) {
        for (const range of ranges) expect(range, calendar.id).toMatch(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/);
      }
      for (const day of calendar.holidays) expect(Number.isNaN(Date.parse(`${day}T00:00:00Z`)), day).toBe(false);
    }
  });

  it('points every team at known users, sites and calendars', () => {
    for (const team of config.teams) {
      expect(TEAM_FUNCTIONS, team.id).toContain(team.function);
      expect(calendarIds.has(team.calendar), `${team.id} calendar`).toBe(true);
      expect(userEmails.has(team.manager), `${team.id} manager`).toBe(true);
      for (const site of team.sites) expect(siteIds.has(site), `${team.id} site ${site}`).toBe(true);
      for (const member of team.members) expect(userEmails.has(member), `${team.id} member ${member}`).toBe(true);
      expect(isTimeZone(team.rotation.timeZone), team.id).toBe(true);
      expect(['daily', 'weekly'], team.id).toContain(team.rotation.handoff);
      expect(DAYS, team.id).toContain(team.rotation.handoffDay);
      for (const member of team.rotation.members) expect(team.members, `${team.id} rotation`).toContain(member);
    }
  });

  it('staffs every function the router needs, with one patient-experience team per state', () => {
    const functions = new Set(config.teams.map((t) => t.function));
    for (const fn of TEAM_FUNCTIONS) expect(functions.has(fn), fn).toBe(true);
    const hospitalStates = new Set(config.sites.filter((s) => s.kind === 'hospital').map((s) => s.state));
    for (const state of hospitalStates) {
      const hospitals = config.sites.filter((s) => s.kind === 'hospital' && s.state === state).map((s) => s.id);
      const teams = config.teams.filter((t) => t.function === 'patient_experience' && hospitals.every((h) => t.sites.includes(h)));
      expect(teams, state).toHaveLength(1);
    }
  });

  it('has a user for every role, the demo admin and a patient representative scoped to one site', () => {
    const roles = new Set(config.users.map((u) => u.role));
    for (const role of ROLES) expect(roles.has(role), role).toBe(true);
    expect(config.users).toContainEqual({ email: 'admin@example.org', name: 'Demo Admin', role: 'admin', sites: [] });
    expect(config.users.some((u) => u.role === 'patient_experience' && u.sites.length === 1)).toBe(true);
    for (const user of config.users) {
      expect(ROLES, user.email).toContain(user.role);
      expect(user.email).toMatch(/^[a-z.]+@example\.org$/);
      for (const site of user.sites) expect(siteIds.has(site), `${user.email} site ${site}`).toBe(true);
    }
    expect(userEmails.size).toBe(config.users.length);
  });

  it('lists a Google listing per site and only known sites on channel accounts', () => {
    for (const account of config.channelAccounts) {
      expect(['facebook', 'google', 'yelp', 'x', 'reddit', 'email'], account.id).toContain(account.platform);
      if (account.siteId !== undefined) expect(siteIds.has(account.siteId), account.id).toBe(true);
    }
    const googleSites = new Set(config.channelAccounts.filter((a) => a.platform === 'google').map((a) => a.siteId));
    expect([...siteIds].filter((id) => id !== 'virtual-care' && !googleSites.has(id))).toEqual([]);
    expect(accountsById.size).toBe(config.channelAccounts.length);
  });
});

describe('demo posts', () => {
  it('holds at least 220 posts with unique external ids', () => {
    expect(posts.length).toBeGreaterThanOrEqual(220);
    expect(postsById.size).toBe(posts.length);
  });

  it('posts every item on a known channel account of a matching platform', () => {
    for (const post of posts) {
      expect(PLATFORMS, post.externalId).toContain(post.platform);
      const account = accountsById.get(post.channelAccount);
      expect(account, post.externalId).toBeDefined();
      const expected = post.platform === 'forwarded' ? 'email' : post.platform;
      expect(account?.platform, post.externalId).toBe(expected);
    }
  });

  it('keeps X posts within 280 characters', () => {
    const tooLong = posts.filter((p) => p.platform === 'x' && [...p.text].length > 280).map((p) => p.externalId);
    expect(tooLong).toEqual([]);
  });

  it('rates only reviews, from one to five stars', () => {
    for (const post of posts) {
      if (REVIEW_PLATFORMS.includes(post.platform)) expect([1, 2, 3, 4, 5], post.externalId).toContain(post.rating);
      else expect(post.rating, post.externalId).toBeNull();
    }
  });

  it('keeps emails and forwarded posts private, and names the staff member who forwarded', () => {
    for (const post of posts) {
      if (post.platform === 'email' || post.platform === 'forwarded') expect(post.visibility, post.externalId).toBe('private');
      if (post.platform === 'forwarded') expect(userEmails.has(post.forwardedBy ?? ''), post.externalId).toBe(true);
      else expect(post.forwardedBy, post.externalId).toBeNull();
    }
    expect(posts.filter((p) => p.platform === 'forwarded').length).toBeGreaterThanOrEqual(2);
    expect(posts.filter((p) => p.platform === 'email').length).toBeGreaterThanOrEqual(3);
  });

  it('threads replies under an earlier post of the same thread', () => {
    const replies = posts.filter((p) => p.parentId !== null);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      const parent = postsById.get(reply.parentId ?? '');
      const root = postsById.get(reply.threadId ?? '');
      expect(parent, reply.externalId).toBeDefined();
      expect(root?.threadId, reply.externalId).toBeNull();
      expect(parent?.threadId ?? parent?.externalId, reply.externalId).toBe(reply.threadId);
      expect(reply.minutesAgo, reply.externalId).toBeLessThan(parent?.minutesAgo ?? 0);
    }
  });

  it('spreads posts over the last 30 days with a live last three hours', () => {
    for (const post of posts) {
      expect(Number.isInteger(post.minutesAgo), post.externalId).toBe(true);
      expect(post.minutesAgo, post.externalId).toBeGreaterThan(0);
      expect(post.minutesAgo, post.externalId).toBeLessThanOrEqual(30 * 24 * 60);
    }
    expect(posts.filter((p) => p.minutesAgo <= 180).length).toBeGreaterThanOrEqual(10);
  });

  it('gives every post an author and text, and a link when it is public', () => {
    for (const post of posts) {
      expect(post.author.id, post.externalId).not.toBe('');
      expect(post.author.displayName, post.externalId).not.toBe('');
      expect(post.text.trim(), post.externalId).not.toBe('');
      if (post.visibility === 'public') expect(post.url, post.externalId).toMatch(/^https:\/\//);
    }
  });
});
