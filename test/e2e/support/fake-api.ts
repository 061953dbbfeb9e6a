// A stand-in for the Redress API (docs/api.md) over the demo organization and posts, serving the
// built web app. It lets the UI be exercised independently of the real server; the scenario suites
// and the inbox load test run against the real server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parse } from 'yaml';
import { TEMPLATES } from '../../../src/domain/templates/library.js';
import { mayBeAssigned } from '../../../src/domain/permissions.js';
import type { Role } from '../../../src/config/file-schema.js';

const repoRoot = resolve(new URL('../../..', import.meta.url).pathname);
const webRoot = join(repoRoot, 'dist/web');

interface DemoUser { id: string; email: string; name: string; role: string; sites: string[]; disabledAt?: string | null }
/** A team as the organization file and PUT /api/v1/teams/:id hold it: people by email. */
interface FakeTeam { id: string; name: string; function: string; sites: string[]; members: string[]; calendar?: string; manager?: string; rotation?: { members: string[]; overrides: unknown[] } & Record<string, unknown> }
interface FakeCase {
  id: string; number: number; status: string; priority: string; siteId: string | null; teamId: string | null;
  assigneeId: string | null; confidential: boolean; grievance: boolean; tags: string[]; categories: string[]; risks: string[];
  severity: number; timing: string; platform: string; authorName: string; text: string; url: string | null; rating: number | null;
  createdAt: string; updatedAt: string; version: number; dueAt: string; timeline: unknown[]; replies: FakeReply[]; outreachMetAt?: string;
  /** Users a clock of this case escalated to, still owed: the server's "My cases" takes these in. */
  escalatedTo?: string[];
}
/** docs/api.md `Reply`, plus `approvalComment` as the real server gives it. */
interface FakeReply {
  id: string; kind: 'public' | 'private' | 'email'; text: string; status: string; findings: unknown[]; overrideReason: string | null;
  approver: string | null; approvalComment: string | null; platformUrl: string | null; error: string | null; createdBy: string; createdById: string; createdAt: string; sentAt: string | null;
}

interface FakeDestination { id: string; kind: string; name: string; to?: string[]; url?: string; secret?: string; includeContent: boolean; enabled: boolean }
const NO_SMTP = 'SMTP is not configured: set SMTP_URL to the outgoing mail server so email can be sent';

interface FakeNotification { id: string; kind: string; subject: string; caseId: string | null; urgent: boolean; createdAt: string; readAt: string | null }

const CATEGORY_WORDS: [RegExp, string][] = [
  [/wait|hours|waited|appointment/i, 'access_wait'],
  [/bill|charge|insurance|\$/i, 'billing'],
  [/rude|ignored|dismiss/i, 'respect'],
  [/dirty|smok|parking|noise|food/i, 'environment'],
  [/nobody (told|explained)|call back|never called/i, 'communication'],
];

export interface FakeApi {
  url: string;
  /** Ends every live stream and holds reconnections unanswered, as a restarting server or a dropped network would. */
  pauseStreams(): void;
  /** Answers the held reconnections. */
  resumeStreams(): void;
  /** A forwarded post, as if someone else had created it; answers the case id. */
  forward(text: string): string;
  stop(): Promise<void>;
}

export async function startFakeApi(opts: { port?: number } = {}): Promise<FakeApi> {
  const demo = parse(readFileSync(join(repoRoot, 'src/demo/redress.demo.yaml'), 'utf8')) as {
    organization: unknown; sites: { id: string; name: string }[]; teams: FakeTeam[]; users: Omit<DemoUser, 'id'>[];
  };
  // Ruth Okafor left: disabled, still on her team, so Settings › Teams shows how a disabled member reads.
  const users: DemoUser[] = demo.users.map((u, i) => ({ ...u, id: `u${i + 1}`, ...(u.email === 'ruth.okafor@example.org' ? { disabledAt: new Date(Date.now() - 86_400_000).toISOString() } : {}) }));
  const sites = demo.sites;
  const teams: FakeTeam[] = demo.teams.map((t) => structuredClone({ ...t, sites: t.sites ?? [], members: t.members ?? [] }));
  const posts = readFileSync(join(repoRoot, 'src/demo/posts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const now = Date.now();
  const cases: FakeCase[] = [];
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i];
    const categories = CATEGORY_WORDS.filter(([re]) => re.test(p.text)).map(([, c]) => c);
    const site = sites[i % sites.length];
    const created = new Date(now - ((p.minutesAgo ?? i * 7) % 20000) * 60_000 - i * 1000).toISOString();
    cases.push({
      id: `case-${i + 1}`, number: 1000 + i, status: ['new', 'triaged', 'acknowledged', 'in_recovery'][i % 4], priority: i % 11 === 0 ? 'high' : 'normal',
      siteId: site.id, teamId: teams[i % teams.length].id, assigneeId: i % 3 === 0 ? users[2].id : null, confidential: p.visibility !== 'public',
      grievance: false, tags: [], categories, risks: /lawyer|sue|attorney/i.test(p.text) ? ['legal'] : [], severity: categories.length ? 2 : 1,
      timing: /right now|still here|currently/i.test(p.text) ? 'now' : 'past', platform: p.platform, authorName: p.author?.displayName ?? p.author?.handle ?? 'Someone',
      text: p.text, url: p.url, rating: p.rating ?? null, createdAt: created, updatedAt: created, version: 1,
      dueAt: new Date(now + ((i % 9) - 3) * 20 * 60_000).toISOString(), timeline: [], replies: [],
    });
  }
  cases.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  // Two unowned public cases whose acknowledgement breached and escalated to Jordan, on call for the desk.
  const jordan = users.find((u) => u.email === 'jordan.pike@example.org')!;
  for (const c of cases.filter((x) => !x.assigneeId && !x.confidential && x.status === 'triaged' && Date.parse(x.dueAt) < now).slice(0, 2)) c.escalatedTo = [jordan.id];
  const sessions = new Map<string, DemoUser>();
  const streams = new Set<ServerResponse>();
  let held: { req: IncomingMessage; res: ServerResponse }[] | null = null;
  const openStream = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write('retry: 500\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  };
  const destinations: FakeDestination[] = [];
  let settings: Record<string, unknown> = { organization: demo.organization, 'routing-rules': { rules: [] }, 'clock-policies': { policies: [] }, calendars: [], templates: TEMPLATES };

  const summary = (c: FakeCase, reader?: DemoUser) => {
    const state = Date.parse(c.dueAt) < Date.now() ? 'breached' : Date.parse(c.dueAt) - Date.now() < 30 * 60_000 ? 'warning' : 'running';
    return {
      id: c.id, number: c.number, status: c.status, priority: c.priority, siteId: c.siteId, siteName: sites.find((s) => s.id === c.siteId)?.name ?? null,
      teamId: c.teamId, teamName: teams.find((t) => t.id === c.teamId)?.name ?? null, assigneeId: c.assigneeId, assigneeName: users.find((u) => u.id === c.assigneeId)?.name ?? null,
      confidential: c.confidential, grievance: c.grievance, tags: c.tags, categories: c.categories, risks: c.risks, severity: c.severity, timing: c.timing,
      platform: c.platform, authorName: c.authorName, authorHandle: null, excerpt: c.text.slice(0, 160), createdAt: c.createdAt, updatedAt: c.updatedAt, version: c.version,
      nextClock: ['resolved', 'closed'].includes(c.status) ? null : { name: 'public_ack', dueAt: c.dueAt, state },
      // As the real routing rule does: harm or legal risk makes public replies wait for an approver.
      approvalRequired: c.risks.length > 0,
      escalatedToMe: Boolean(reader && c.escalatedTo?.includes(reader.id)),
    };
  };
  // Each user's bell: two mentions on the newest cases, unread until they open them or mark them all read.
  const notifications = new Map<string, FakeNotification[]>();
  const notificationsOf = (u: DemoUser) => {
    if (!notifications.has(u.id)) {
      notifications.set(u.id, cases.slice(0, 2).map((c, i) => ({
        id: `n-${u.id}-${i + 1}`, kind: 'mention', subject: `You were mentioned on case #${c.number}`, caseId: c.id, urgent: false,
        createdAt: new Date(now - (i + 1) * 60_000).toISOString(), readAt: null,
      })));
    }
    return notifications.get(u.id)!;
  };
  const visible = (u: DemoUser, c: FakeCase) => u.sites.length === 0 || (c.siteId !== null && u.sites.includes(c.siteId));
  const emit = (caseId: string, kind: string) => streams.forEach((s) => s.write(`event: case\ndata: ${JSON.stringify({ caseId, kind })}\n\n`));

  /** The cases GET /cases would list for `user` with these filters, newest first. */
  function matching(user: DemoUser, query: URLSearchParams): FakeCase[] {
    const list = (k: string) => query.get(k)?.split(',').filter(Boolean);
    const status = list('status'), site = list('site'), platform = list('platform'), category = list('category'), risk = list('risk'), timing = list('timing'), assignee = list('assignee');
    const q = query.get('q')?.toLowerCase();
    const awaiting = query.get('awaiting');
    const clockState = list('clockState');
    // "me": assigned to me, or escalated to me by a clock still owed.
    const mine = (c: FakeCase) => c.assigneeId === user.id || Boolean(c.escalatedTo?.includes(user.id));
    return cases.filter((c) => visible(user, c)
      && (!status || status.includes(c.status)) && (!site || (c.siteId && site.includes(c.siteId))) && (!platform || platform.includes(c.platform))
      && (!category || c.categories.some((x) => category.includes(x))) && (!risk || c.risks.some((x) => risk.includes(x))) && (!timing || timing.includes(c.timing))
      && (!assignee || assignee.some((a) => (a === 'me' ? mine(c) : a === 'none' ? !c.assigneeId : c.assigneeId === a)))
      && (!awaiting || c.replies.some((r) => r.status === (awaiting === 'approval' ? 'pending_approval' : 'manual')))
      && (!clockState || clockState.includes(summary(c).nextClock?.state ?? ''))
      && (!q || c.text.toLowerCase().includes(q) || c.authorName.toLowerCase().includes(q)));
  }

  function forward(text: string, authorName?: string, siteId?: string): string {
    // A new case of its own: copying another case's status would inherit whatever an earlier test did to it (closed).
    const created = new Date().toISOString();
    const c: FakeCase = {
      ...cases[0], id: `case-${cases.length + 1}`, number: 1000 + cases.length, status: 'triaged', priority: 'normal', assigneeId: null, grievance: false, tags: [],
      confidential: true, platform: 'forwarded', text, url: null, rating: null, authorName: authorName ?? 'Unknown', createdAt: created, updatedAt: created, version: 1,
      dueAt: new Date(Date.now() + 60 * 60_000).toISOString(), timeline: [], replies: [], siteId: siteId ?? null,
    };
    cases.unshift(c);
    emit(c.id, 'created');
    return c.id;
  }

  function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  }
  const fail = (res: ServerResponse, status: number, error: string, message: string, details: unknown[] = []) => send(res, status, { error, message, details });

  async function readBody(req: IncomingMessage): Promise<any> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : {};
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    const method = req.method ?? 'GET';
    if (method === 'POST' && path === '/auth/login') {
      const { email, password } = await readBody(req);
      const user = users.find((u) => u.email === email);
      if (!user || password !== 'redress-demo') return fail(res, 401, 'unauthorized', 'Wrong email or password.');
      const token = randomUUID();
      sessions.set(token, user);
      return send(res, 200, { user, csrfToken: token, mustChangePassword: false }, { 'set-cookie': `redress_session=${token}; HttpOnly; Path=/; SameSite=Lax` });
    }
    const token = /redress_session=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    const user = token ? sessions.get(token) : undefined;
    if (!user) return fail(res, 401, 'unauthorized', 'Sign in first.');
    if (method !== 'GET' && req.headers['x-csrf-token'] !== token) return fail(res, 403, 'forbidden', 'Missing CSRF token.');
    const readOnly = user.role === 'viewer';
    if (path === '/auth/me') return send(res, 200, { user, csrfToken: token, mustChangePassword: false });
    if (path === '/auth/logout') { sessions.delete(token!); return send(res, 200, {}); }
    if (path === '/stream') {
      if (held) held.push({ req, res });
      else openStream(req, res);
      return;
    }
    if (method === 'GET' && path === '/cases') {
      const items = matching(user, query);
      // Cases are kept newest first, so only other orders need sorting. Due: the earliest due first, then priority.
      const rank = (c: FakeCase) => ({ urgent: 4, high: 3, normal: 2 } as Record<string, number>)[c.priority] ?? 1;
      if (query.get('sort') === 'due') items.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : rank(b) - rank(a)));
      const offset = Number(query.get('cursor') ?? 0), limit = Number(query.get('limit') ?? 50);
      const page = items.slice(offset, offset + limit).map((c) => summary(c, user));
      // As the real server: the first page says how many match, counted up to 1,000.
      const total = query.get('cursor') ? { total: null, totalCapped: false } : { total: Math.min(items.length, 1000), totalCapped: items.length > 1000 };
      return send(res, 200, { items: page, nextCursor: offset + limit < items.length ? String(offset + limit) : null, ...total });
    }
    if (method === 'GET' && path === '/cases/counts') {
      const counts: Record<string, { total: number; totalCapped: boolean }> = {};
      for (const view of query.getAll('view')) {
        const colon = view.indexOf(':');
        const n = matching(user, new URLSearchParams(view.slice(colon + 1))).length;
        counts[view.slice(0, colon)] = { total: Math.min(n, 1000), totalCapped: n > 1000 };
      }
      return send(res, 200, counts);
    }
    const caseMatch = /^\/cases\/([^/]+)(\/[a-z]+)?$/.exec(path);
    if (caseMatch && caseMatch[1] !== 'bulk') {
      const c = cases.find((x) => x.id === decodeURIComponent(caseMatch[1]));
      if (!c || !visible(user, c)) return fail(res, 404, 'not_found', 'No such case.');
      const sub = caseMatch[2];
      if (method === 'GET' && !sub) {
        return send(res, 200, {
          ...summary(c),
          posts: [{ id: `p-${c.id}`, platform: c.platform, externalId: null, url: c.url, author: { displayName: c.authorName }, text: c.text, rating: c.rating, createdAt: c.createdAt, visibility: c.confidential ? 'private' : 'public', channelAccountId: null, forwardedBy: null, revision: 1, caseId: c.id,
            triage: { complaint: true, sentiment: -0.5, categories: c.categories, severity: c.severity, risks: c.risks, timing: c.timing, site: c.siteId, mentionsOrg: true, language: 'en', engine: 'fake@0', evidence: c.text.length > 12 ? [{ field: 'category', value: c.categories[0] ?? 'complaint', text: c.text.slice(0, 12), start: 0, end: 12 }] : [] } }],
          clocks: [
            { name: 'public_ack', policy: 'public_ack', startedAt: c.createdAt, dueAt: c.dueAt, state: summary(c).nextClock?.state ?? 'met', metBy: 'public_reply', whenCaseEnds: 'stopped' },
            { name: 'private_outreach', policy: 'private_outreach', startedAt: c.createdAt, dueAt: new Date(Date.parse(c.createdAt) + 86_400_000).toISOString(), state: c.outreachMetAt ? 'met' : 'running', metBy: 'private_outreach', whenCaseEnds: 'stopped' },
          ],
          timeline: c.timeline, replies: c.replies,
          author: { id: `a-${c.id}`, platform: c.platform, handle: null, displayName: c.authorName, otherCases: [], sameNameCases: [] },
          allowedTransitions: ({ new: ['triaged', 'acknowledged', 'closed'], triaged: ['acknowledged', 'closed'], acknowledged: ['in_recovery', 'closed'], in_recovery: ['resolved'], resolved: ['closed', 'reopen'], closed: ['reopen'] } as Record<string, string[]>)[c.status] ?? [],
        });
      }
      if (readOnly) return fail(res, 403, 'forbidden', 'Viewers cannot change cases.');
      const body = await readBody(req);
      const event = (type: string, data: Record<string, unknown>) => { const e = { id: randomUUID(), type, actor: { kind: 'user', id: user.id, name: user.name }, data, createdAt: new Date().toISOString() }; c.timeline.push(e); return e; };
      if (method === 'PATCH' && !sub) {
        if (body.version !== c.version) return fail(res, 409, 'conflict', 'The case changed.');
        if (body.assigneeId !== undefined) { event('assigned', { assigneeId: body.assigneeId, previousAssigneeId: c.assigneeId }); c.assigneeId = body.assigneeId; }
        if (body.status) { event('status.changed', { from: c.status, to: body.status }); c.status = body.status === 'reopen' ? 'in_recovery' : body.status; }
        if (body.priority) { c.priority = body.priority; event('priority.changed', { to: body.priority }); }
        if (body.grievance !== undefined) c.grievance = body.grievance;
        c.version++;
        emit(c.id, 'updated');
        return send(res, 200, summary(c));
      }
      if (method === 'POST' && sub === '/outreach') { event('outreach.logged', { method: body.method, reached: body.reached, note: body.note ?? null }); c.version++; emit(c.id, 'updated'); return send(res, 201, { ok: true }); }
      if (method === 'POST' && sub === '/notes') { const e = event('note.added', { text: body.text }); emit(c.id, 'updated'); return send(res, 201, { ...e, mentions: [], notTold: [] }); }
      if (method === 'GET' && sub === '/templates') return send(res, 200, [{ id: 't1', scenario: 'apology', language: 'en', name: 'Apology and invitation', text: `Hi {{firstName}}, we're sorry to hear this. Please call our patient experience team at (316) 555-0110 so we can help. – {{agentName}}` }]);
      if (method === 'POST' && sub === '/replies') {
        // As src/app/replies.ts: a private word is always sent by hand; a public reply waits for approval where a rule asks.
        const manual = body.kind !== 'public' || c.platform === 'yelp';
        const status = body.kind === 'public' && summary(c).approvalRequired ? 'pending_approval' : manual ? 'manual' : 'queued';
        const reply: FakeReply = { id: randomUUID(), kind: body.kind, text: body.text, status, findings: [], overrideReason: body.overrideReason ?? null, approver: null, approvalComment: null, platformUrl: null, error: null, createdBy: user.name, createdById: user.id, createdAt: new Date().toISOString(), sentAt: null };
        c.replies.push(reply);
        event(status === 'pending_approval' ? 'reply.awaiting_approval' : 'reply.queued', { replyId: reply.id, kind: reply.kind, verdict: 'ok', override: Boolean(body.overrideReason), manual });
        emit(c.id, 'updated');
        return send(res, 201, reply);
      }
    }
    const replyMatch = /^\/replies\/([^/]+)\/(approve|reject|mark-posted)$/.exec(path);
    if (method === 'POST' && replyMatch) {
      const c = cases.find((x) => x.replies.some((r) => r.id === replyMatch[1]));
      const reply = c?.replies.find((r) => r.id === replyMatch[1]);
      if (!c || !reply || !visible(user, c)) return fail(res, 404, 'not_found', 'No such reply.');
      if (readOnly) return fail(res, 403, 'forbidden', 'Viewers cannot reply.');
      const body = await readBody(req);
      const at = new Date().toISOString();
      const event = (type: string, data: Record<string, unknown>) => c.timeline.push({ id: randomUUID(), type, actor: { kind: 'user', id: user.id, name: user.name }, data, createdAt: at });
      if (replyMatch[2] === 'mark-posted') {
        if (reply.status !== 'manual') return fail(res, 409, 'conflict', `The reply is ${reply.status}; only replies waiting to be posted by hand can be confirmed.`);
        Object.assign(reply, { status: 'posted_manually', sentAt: at, platformUrl: body.url ?? null });
        event('reply.sent', { replyId: reply.id, kind: reply.kind, url: body.url ?? null, manual: true });
        if (reply.kind !== 'public' && !c.outreachMetAt) { c.outreachMetAt = at; event('clock.met', { clock: 'private_outreach', late: false }); }
      } else {
        if (!['admin', 'risk_manager', 'patient_experience'].includes(user.role)) return fail(res, 403, 'forbidden', 'Your role may not approve replies.');
        if (reply.status !== 'pending_approval') return fail(res, 409, 'conflict', `The reply is ${reply.status}, not waiting for approval.`);
        if (reply.createdBy === user.name) return fail(res, 403, 'forbidden', 'A reply needs a second person to approve it.');
        const approve = replyMatch[2] === 'approve';
        if (!approve && !body.comment) return fail(res, 400, 'bad_request', 'Invalid body', [{ path: 'comment', message: 'say why the reply is rejected' }]);
        Object.assign(reply, { status: approve ? (c.platform === 'yelp' ? 'manual' : 'queued') : 'rejected', approver: user.name, approvalComment: body.comment ?? null });
        event(approve ? 'reply.approved' : 'reply.rejected', { replyId: reply.id, comment: body.comment ?? null });
      }
      c.version++;
      emit(c.id, 'updated');
      return send(res, 200, { ok: true });
    }
    if (method === 'POST' && path === '/cases/bulk') {
      if (readOnly) return fail(res, 403, 'forbidden', 'Viewers cannot change cases.');
      const body = await readBody(req);
      for (const id of body.ids) { const c = cases.find((x) => x.id === id); if (!c) continue; if (body.action === 'close') Object.assign(c, { status: 'closed', outcome: body.outcome ?? null }); else c.assigneeId = body.assigneeId ?? null; c.version++; }
      return send(res, 200, { updated: body.ids.length, failed: [] });
    }
    if (method === 'POST' && path === '/replies/check') {
      const { text } = await readBody(req);
      const findings = [...String(text).matchAll(/\b(diagnos\w*|your (records|chart))\b/gi)].map((m) => ({ rule: 'phi', level: 'block', start: m.index!, end: m.index! + m[0].length, message: 'Do not refer to the person’s care or records in public.', suggestion: null }));
      return send(res, 200, { verdict: findings.length ? 'block' : 'ok', findings });
    }
    if (method === 'POST' && path === '/posts/forwarded') {
      const body = await readBody(req);
      if (!body.text) return fail(res, 400, 'bad_request', 'Invalid post.', [{ path: 'text', message: 'Required.' }]);
      const id = forward(body.text, body.authorName, body.siteId);
      return send(res, 201, { postId: `p-${id}`, caseId: id });
    }
    if (method === 'GET' && path === '/me/views') return send(res, 200, []);
    if (method === 'GET' && path === '/sites') return send(res, 200, sites);
    // As src/server/routes/reference.ts: members with their user id, null for someone who is not an active user.
    if (method === 'GET' && path === '/teams') return send(res, 200, teams.map((t) => ({ ...t, members: t.members.map((email) => ({ email, id: users.find((u) => u.email === email && !u.disabledAt)?.id ?? null })) })));
    const teamPath = /^\/teams(?:\/([^/]+))?$/.exec(path);
    if (teamPath && ((method === 'POST' && !teamPath[1]) || (method === 'PUT' && teamPath[1]))) {
      if (user.role !== 'admin') return fail(res, 403, 'forbidden', 'Only admins change teams.');
      const body = await readBody(req);
      const id = teamPath[1] ? decodeURIComponent(teamPath[1]) : String(body.id ?? '');
      // The refusals of src/server/routes/settings.ts (saveTeam), each by its path.
      const problems: { path: string; message: string }[] = [];
      if (!teamPath[1] && !/^[a-z0-9][a-z0-9_-]*$/.test(id)) problems.push({ path: 'id', message: 'must be lowercase letters, digits, - and _' });
      else if (!teamPath[1] && teams.some((t) => t.id === id)) problems.push({ path: 'id', message: `a team with the id "${id}" exists` });
      if (typeof body.name !== 'string' || body.name === '') problems.push({ path: 'name', message: 'Expected string length greater or equal to 1' });
      const person = (email: string) => users.find((u) => u.email === String(email).toLowerCase());
      (body.sites ?? []).forEach((s: string, i: number) => sites.some((x) => x.id === s) || problems.push({ path: `sites[${i}]`, message: `no site "${s}"` }));
      (body.members ?? []).forEach((m: string, i: number) => person(m) || problems.push({ path: `members[${i}]`, message: `no user "${m}"` }));
      (body.rotation?.members ?? []).forEach((m: string, i: number) => {
        const u = person(m);
        if (!u) problems.push({ path: `rotation.members[${i}]`, message: `no user "${m}"` });
        else if (u.disabledAt) problems.push({ path: `rotation.members[${i}]`, message: `${m} is disabled and cannot be paged: take them out of the rotation` });
      });
      if (problems.length) return fail(res, 400, 'bad_request', `Invalid settings: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
      const team: FakeTeam = { sites: [], members: [], ...body, id };
      const at = teams.findIndex((t) => t.id === id);
      if (at >= 0) teams[at] = team;
      else teams.push(team);
      return send(res, 200, team);
    }
    // As src/server/routes/reference.ts: with assignableFor, the active users whose role works cases of all those sites.
    if (method === 'GET' && path === '/users' && query.has('assignableFor')) {
      const wanted = query.get('assignableFor')!.split(',').map((s) => (s === 'none' ? null : s));
      return send(res, 200, users.filter((u) => !u.disabledAt && wanted.every((site) => mayBeAssigned({ role: u.role as Role, sites: u.sites }, site))).sort((a, b) => a.name.localeCompare(b.name)));
    }
    if (method === 'GET' && path === '/users') return send(res, 200, users);
    // As src/server/routes/reference.ts: administrators read the whole trail, risk managers the trail of cases only.
    if (method === 'GET' && path === '/audit') {
      if (!['admin', 'risk_manager'].includes(user.role)) return fail(res, 403, 'forbidden', 'Your role may not read the audit log.');
      const [first] = cases;
      const at = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
      const by = { actor: 'jordan.pike@example.org', actorUserId: users.find((u) => u.email === 'jordan.pike@example.org')?.id ?? null, ip: '10.20.30.40' };
      const entries = [
        { id: 5, at: at(2), ...by, action: 'case.read', entityType: 'case', entityId: first.id, caseNumber: first.number, details: {} },
        { id: 4, at: at(5), ...by, action: 'reply.mark_posted', entityType: 'reply', entityId: '7d0c4a52-1111-4c2e-9f00-00000000a001', caseNumber: first.number, details: { caseId: first.id } },
        { id: 3, at: at(9), ...by, action: 'case.list', entityType: 'case', entityId: null, caseNumber: null, details: { count: 3, query: ['status'], caseNumbers: cases.slice(0, 3).map((c) => c.number) } },
        { id: 2, at: at(12), ...by, action: 'case.update', entityType: 'case', entityId: first.id, caseNumber: first.number, details: { fields: ['status', 'priority'] } },
        ...(user.role === 'admin' ? [{ id: 1, at: at(30), ...by, action: 'auth.login', entityType: 'user', entityId: by.actorUserId, caseNumber: null, details: {} }] : []),
      ];
      const action = query.get('action');
      return send(res, 200, { items: entries.filter((e) => !action || e.action === action), nextCursor: null });
    }
    if (method === 'POST' && path === '/users') {
      const body = await readBody(req);
      if (!/^[^@\s]+@[^@\s]+$/.test(body.email ?? '')) return fail(res, 400, 'bad_request', 'Invalid user.', [{ path: '/email', message: 'Expected an email address.' }]);
      const u = { id: `u${users.length + 1}`, email: body.email, name: body.name, role: body.role, sites: body.sites ?? [] };
      users.push(u);
      return send(res, 201, { ...u, oneTimePassword: 'fake-one-time-password' });
    }
    // Every team with a rotation, its second member on call this week (Clinic Practice Managers: Raymond Tso, who sees
    // Lee's Summit Clinic only).
    if (method === 'GET' && path === '/oncall')
      return send(res, 200, teams.filter((t) => t.rotation?.members.length).map((t) => {
        const members = t.rotation!.members;
        const u = users.find((x) => x.email === members[1 % members.length]);
        return { teamId: t.id, teamName: t.name, user: u ? { id: u.id, name: u.name, email: u.email } : null, until: new Date(now + 86_400_000).toISOString() };
      }));
    if (method === 'GET' && path === '/notifications') return send(res, 200, notificationsOf(user));
    const readOne = /^\/notifications\/([^/]+)\/read$/.exec(path);
    if (method === 'POST' && readOne) {
      const n = notificationsOf(user).find((x) => x.id === readOne[1]);
      if (!n) return fail(res, 404, 'not_found', 'No such notification.');
      n.readAt ??= new Date().toISOString();
      return send(res, 200, { ok: true });
    }
    if (method === 'POST' && path === '/me/notifications/read-all') {
      const unread = notificationsOf(user).filter((n) => !n.readAt);
      unread.forEach((n) => (n.readAt = new Date().toISOString()));
      return send(res, 200, { marked: unread.length });
    }
    if (method === 'GET' && path === '/reports/summary') {
      const byDay = new Map<string, number>();
      for (const c of cases) { const k = `${c.createdAt.slice(0, 10)}|${c.platform}`; byDay.set(k, (byDay.get(k) ?? 0) + 1); }
      return send(res, 200, {
        postsReceived: cases.length + 12,
        timeZone: 'UTC',
        outcomes: [{ outcome: 'resolved_with_patient', count: 9 }, { outcome: 'no_response', count: 4 }, { outcome: 'not_recorded', count: 2 }],
        volumeByDay: [...byDay].map(([k, count]) => ({ day: k.split('|')[0], platform: k.split('|')[1], count })).slice(-60),
        complaintsByCategory: ['access_wait', 'billing', 'respect', 'environment', 'communication'].map((category) => ({ category, count: cases.filter((c) => c.categories.includes(category)).length })),
        complaintsBySite: sites.slice(0, 6).map((s) => ({ siteId: s.id, siteName: s.name, count: cases.filter((c) => c.siteId === s.id).length })),
        clockCompliance: [{ clock: 'public_ack', met: 40, metLate: 5, breached: 6, running: 12, stopped: 3 }, { clock: 'private_outreach', met: 22, metLate: 2, breached: 3, running: 8, stopped: 1 }, { clock: 'crisis_response', met: 3, metLate: 1, breached: 0, running: 1, stopped: 0 }, { clock: 'urgent_outreach', met: 6, metLate: 1, breached: 1, running: 2, stopped: 0 }, { clock: 'grievance_response', met: 4, metLate: 0, breached: 1, running: 3, stopped: 0 }, { clock: 'reopened_followup', met: 2, metLate: 1, breached: 0, running: 1, stopped: 1 }],
        timeToFirstPublicReply: { medianMinutes: 47, p90Minutes: 190, count: 58 }, timeToPrivateOutreach: { medianMinutes: 260, p90Minutes: 1400, count: 33 },
        invitations: { sent: 30, takenUp: 12 }, reviewsRaisedAfterRecovery: { count: 4 },
      });
    }
    if (method === 'GET' && path === '/settings/templates/check' && user.role === 'admin') {
      // Stands in for a guard newer than the one the library was saved under: it blocks what the save let through.
      const library = settings.templates as { id: string; body: string }[];
      const problems = library.flatMap((t, i) => (/new knee/i.test(t.body) ? [{ path: `[${i}].body`, message: `${t.id}: the reply guard blocks it: it names the reader's implant.` }] : []));
      return send(res, 200, { policyVersion: 'reply-guard@9.9.9', checked: library.length, problems });
    }
    if (method === 'PUT' && path === '/settings/templates' && user.role === 'admin') {
      const library = (await readBody(req)) as { id: string; body: string; version?: number }[];
      // As the real server does when the reply guard blocks wording: one problem per refused template, by its index.
      const refused = library.flatMap((t, i) => (/your (surgery|diagnosis|stay)/i.test(t.body) ? [{ path: `[${i}].body`, message: `${t.id}: the reply guard blocks it: it confirms the reader was a patient.` }] : []));
      if (refused.length) return fail(res, 400, 'bad_request', `Invalid settings: ${refused.map((p) => `${p.path} ${p.message}`).join('; ')}`, refused);
      const before = new Map((settings.templates as typeof library).map((t) => [t.id, t]));
      settings.templates = library.map((t) => {
        const old = before.get(t.id);
        return { ...t, version: !old ? 1 : old.body === t.body ? old.version : (old.version ?? 0) + 1 };
      });
      return send(res, 200, settings.templates);
    }
    // Notification destinations as src/server/routes/destinations.ts answers them, with no SMTP configured.
    if (user.role === 'admin' && (path === '/destinations' || path.startsWith('/destinations/') || path === '/notification-reach')) {
      const problemOf = (d: FakeDestination) => (!d.enabled ? 'Turned off: nothing is sent here.' : d.kind === 'email' ? `Cannot send: ${NO_SMTP}.` : null);
      const listed = (d: FakeDestination) => ({ ...d, secret: undefined, hasSecret: Boolean(d.secret), allowPrivateAddress: false, problem: problemOf(d) });
      if (method === 'GET' && path === '/notification-reach') {
        const usable = destinations.filter((d) => !problemOf(d));
        const stuck = destinations.filter((d) => d.enabled && d.kind === 'email');
        const notices = [
          ...(usable.length === 0 ? ['Pages reach only the bell in Redress: add a destination.'] : []),
          ...(stuck.length ? [`${stuck.map((d) => `“${d.name}”`).join(', ')} cannot send: no outgoing mail server is set (SMTP_URL), so pages sent to ${stuck.length === 1 ? 'it' : 'them'} are not delivered.`] : []),
        ];
        return send(res, 200, { emailConfigured: false, usableDestinations: usable.length, notices });
      }
      if (method === 'GET' && path === '/destinations') return send(res, 200, destinations.map(listed));
      const tested = /^\/destinations\/([^/]+)\/test$/.exec(path);
      if (method === 'POST' && tested) {
        const d = destinations.find((x) => x.id === decodeURIComponent(tested[1]));
        if (!d) return fail(res, 404, 'not_found', 'No such destination.');
        return send(res, 200, d.kind === 'email' ? { destinationId: d.id, delivered: false, error: NO_SMTP } : { destinationId: d.id, delivered: true });
      }
      const one = /^\/destinations(?:\/([^/]+))?$/.exec(path);
      if (one && ((method === 'POST' && !one[1]) || (method === 'PUT' && one[1]))) {
        const body = await readBody(req);
        const id = one[1] ? decodeURIComponent(one[1]) : String(body.id ?? '');
        const before = destinations.find((d) => d.id === id);
        // The refusals of validateDestination (src/notify/destination.ts), each by its path.
        const problems: { path: string; message: string }[] = [];
        if (!one[1] && before) problems.push({ path: 'id', message: `a destination with the id "${id}" exists` });
        if (!body.name) problems.push({ path: 'name', message: 'Expected string length greater or equal to 1' });
        if (body.kind === 'email') {
          if (!Array.isArray(body.to) || body.to.length === 0) problems.push({ path: 'to', message: 'email destinations need at least one recipient' });
          else body.to.forEach((a: string, i: number) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a) || problems.push({ path: `to[${i}]`, message: 'not a valid email address' }));
        } else if (!/^https:\/\//.test(String(body.url ?? ''))) problems.push({ path: 'url', message: body.url ? 'must use https' : `${body.kind} destinations need a url` });
        if (problems.length) return fail(res, 400, 'bad_request', `Invalid settings: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, problems);
        const d: FakeDestination = { id, kind: body.kind, name: body.name, ...(body.kind === 'email' ? { to: body.to } : { url: body.url }), secret: body.secret ?? before?.secret, includeContent: body.includeContent === true, enabled: body.enabled ?? before?.enabled ?? true };
        if (before) destinations.splice(destinations.indexOf(before), 1, d);
        else destinations.push(d);
        return send(res, 200, listed(d));
      }
    }
    const setting = /^\/settings\/([a-z-]+)$/.exec(path);
    if (setting && user.role === 'admin') {
      if (method === 'GET') return send(res, 200, settings[setting[1]] ?? {});
      const body = await readBody(req);
      if (setting[1] === 'organization' && typeof body.name !== 'string') return fail(res, 400, 'bad_request', 'Invalid organization.', [{ path: '/name', message: 'Expected a string.' }]);
      settings = { ...settings, [setting[1]]: body };
      return send(res, 200, body);
    }
    return fail(res, 404, 'not_found', `No route ${method} ${path}`);
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/v1/')) {
      api(req, res, url.pathname.slice('/api/v1'.length), url.searchParams).catch((e) => fail(res, 500, 'internal', String(e)));
      return;
    }
    const file = join(webRoot, url.pathname === '/' ? 'index.html' : url.pathname);
    if (!file.startsWith(webRoot) || !existsSync(file)) return send(res, 404, { error: 'not_found' });
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    pauseStreams() {
      held = [];
      streams.forEach((s) => s.end());
      streams.clear();
    },
    resumeStreams() {
      const waiting = held ?? [];
      held = null;
      waiting.forEach(({ req, res }) => openStream(req, res));
    },
    forward: (text) => forward(text),
    stop: () => new Promise<void>((r) => { streams.forEach((s) => s.end()); server.close(() => r()); server.closeAllConnections(); }),
  };
}
