// The one place the web app talks HTTP. Cookie session + CSRF header on writes; a 401 anywhere hands
// control back to the app (sign-in) through onUnauthorized.
import type {
  ApiToken,
  AuditEntry,
  BulkResult,
  CaseDetail,
  CasePage,
  CasePatch,
  CaseSummary,
  CheckResult,
  ErrorBody,
  ErrorDetail,
  ForwardedPostInput,
  Notification,
  OnCall,
  Page,
  Reply,
  ReplyKind,
  ReplyTemplate,
  ReportSummary,
  Session,
  SiteRef,
  StreamEvent,
  TeamRef,
  User,
  NewUser,
  UserPatch,
  ViewCounts,
} from './types.js';
import type { CaseOutcome } from '../../domain/cases/outcomes.js';
import type { OutreachMethod } from '../../domain/cases/outreach.js';
import type { MyView } from '../screens/inbox/MyViews.js';

export const API_BASE = '/api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly body: Partial<ErrorBody> = {},
  ) {
    super(message);
  }
}

/** Words a person can act on, for any failure the client may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 404 && error.code === 'not_found') return error.message || 'Not found.';
    if (error.status === 0) return 'Cannot reach the Redress server. Check your connection and try again.';
    return error.message || `The server answered ${error.status}.`;
  }
  return error instanceof Error ? error.message : String(error);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ClientOptions {
  fetch?: typeof fetch;
  onUnauthorized?: () => void;
}

export function createApiClient(options: ClientOptions = {}) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let csrfToken: string | null = null;

  async function request<T>(method: Method, path: string, body?: unknown, opts: { quiet401?: boolean; signal?: AbortSignal } = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
    let response: Response;
    try {
      response = await doFetch(API_BASE + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: opts.signal,
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'network', 'Cannot reach the Redress server.');
    }
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    if (!response.ok) {
      const err = (parsed ?? {}) as Partial<ErrorBody>;
      if (response.status === 401 && !opts.quiet401) options.onUnauthorized?.();
      throw new ApiError(
        response.status,
        err.error ?? httpCode(response.status),
        err.message ?? defaultMessage(response.status),
        Array.isArray(err.details) ? err.details : [],
        err,
      );
    }
    return parsed as T;
  }

  const get = <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, { signal });
  const enc = encodeURIComponent;

  return {
    // Auth
    async login(email: string, password: string): Promise<Session> {
      const session = await request<Session>('POST', '/auth/login', { email, password }, { quiet401: true });
      csrfToken = session.csrfToken;
      return session;
    },
    async me(): Promise<Session> {
      const session = await request<Session>('GET', '/auth/me', undefined, { quiet401: true });
      csrfToken = session.csrfToken;
      return session;
    },
    changePassword: (currentPassword: string, newPassword: string) => request<{ ok: true }>('POST', '/me/password', { currentPassword, newPassword }),
    async logout(): Promise<void> {
      try {
        await request('POST', '/auth/logout', undefined, { quiet401: true });
      } finally {
        csrfToken = null;
      }
    },

    // Cases
    listCases: (query: URLSearchParams, signal?: AbortSignal) => get<CasePage>(`/cases?${query}`, signal),
    /** `query`: one `view` parameter per view (src/web/lib/filters.ts, viewCountsQuery). */
    caseCounts: (query: URLSearchParams, signal?: AbortSignal) => get<ViewCounts>(`/cases/counts?${query}`, signal),
    getCase: (id: string, signal?: AbortSignal) => get<CaseDetail>(`/cases/${enc(id)}`, signal),
    patchCase: (id: string, patch: CasePatch) => request<CaseSummary>('PATCH', `/cases/${enc(id)}`, patch),
    addNote: (id: string, text: string) =>
      request<{ id: number; mentions: { id: string; name: string }[]; notTold: { id: string; name: string }[] }>('POST', `/cases/${enc(id)}/notes`, { text }),
    myViews: () => get<MyView[]>('/me/views'),
    saveMyView: (view: { name: string; query: string }) => request<MyView>('POST', '/me/views', view),
    removeMyView: (id: string) => request<void>('DELETE', `/me/views/${id}`),
    resetPassword: (userId: string) => request<{ oneTimePassword: string }>('POST', `/users/${userId}/password`),
    logOutreach: (caseId: string, outreach: { method: OutreachMethod; reached: boolean; note?: string }) => request<{ ok: true }>('POST', `/cases/${caseId}/outreach`, outreach),
    bulk: (ids: string[], change: { action: 'assign'; assigneeId: string | null } | { action: 'close'; outcome: CaseOutcome }) =>
      request<BulkResult>('POST', '/cases/bulk', { ids, ...change }),
    merge: (id: string, intoCaseId: string) => request<unknown>('POST', `/cases/${enc(id)}/merge`, { intoCaseId }),
    caseByNumber: (number: number) => get<{ id: string; number: number }>(`/cases/by-number/${number}`),

    // Replies
    checkReply: (caseId: string, text: string, kind: ReplyKind, signal?: AbortSignal) =>
      request<CheckResult>('POST', '/replies/check', { caseId, text, kind }, { signal }),
    templates: (caseId: string) => get<ReplyTemplate[]>(`/cases/${enc(caseId)}/templates`),
    sendReply: (caseId: string, text: string, kind: ReplyKind, overrideReason?: string) =>
      request<Reply>('POST', `/cases/${enc(caseId)}/replies`, { text, kind, overrideReason }),
    approveReply: (id: string, comment: string) => request<Reply>('POST', `/replies/${enc(id)}/approve`, { comment }),
    rejectReply: (id: string, comment: string) => request<Reply>('POST', `/replies/${enc(id)}/reject`, { comment }),
    markPosted: (id: string, url?: string) => request<Reply>('POST', `/replies/${enc(id)}/mark-posted`, url ? { url } : {}),

    // Posts
    forwardPost: (input: ForwardedPostInput) => request<{ postId: string; caseId: string }>('POST', '/posts/forwarded', input),

    // Reference and people
    sites: () => get<SiteRef[]>('/sites'),
    teams: () => get<TeamRef[]>('/teams'),
    users: () => get<User[]>('/users'),
    /** Active users who may be assigned cases of all these sites (null: a case without a site), as the server decides. */
    assignableUsers: (sites: (string | null)[]) => get<User[]>(`/users?assignableFor=${enc(sites.map((s) => s ?? 'none').join(','))}`),
    /** Adds a user; the answer holds the password the server generated, shown only this once. */
    createUser: (input: NewUser) => request<User & { oneTimePassword: string }>('POST', '/users', input),
    updateUser: (id: string, patch: UserPatch) => request<User>('PATCH', `/users/${enc(id)}`, patch),
    oncall: () => get<OnCall[]>('/oncall'),
    coverOnCall: (teamId: string, cover: { userId: string; from: string; to: string; reason?: string }) =>
      request<{ user: { name: string }; to: string }>('POST', `/teams/${enc(teamId)}/oncall-cover`, cover),
    notifications: () => get<Notification[]>('/notifications'),
    readNotification: (id: string) => request<unknown>('POST', `/notifications/${enc(id)}/read`, {}),
    /** Marks every notification of the signed-in user read. */
    readAllNotifications: () => request<{ marked: number }>('POST', '/me/notifications/read-all', {}),

    // Reports
    summary: (query: URLSearchParams) => get<ReportSummary>(`/reports/summary?${query}`),

    // Audit trail (admins)
    audit: (query: URLSearchParams, signal?: AbortSignal) => get<Page<AuditEntry>>(`/audit?${query}`, signal),

    // Settings: documents (one object) and collections (items with ids)
    getSetting: <T = unknown>(path: string) => get<T>(path),
    putSetting: <T = unknown>(path: string, value: unknown) => request<T>('PUT', path, value),
    createItem: <T = unknown>(path: string, value: unknown) => request<T>('POST', path, value),
    updateItem: <T = unknown>(path: string, id: string, value: unknown, method: 'PUT' | 'PATCH' = 'PUT') =>
      request<T>(method, `${path}/${enc(id)}`, value),

    tokens: () => get<ApiToken[]>('/tokens'),
    createToken: (input: { name: string; role: string; sites: string[] }) => request<{ id: string; token: string }>('POST', '/tokens', input),
    revokeToken: (id: string) => request<void>('DELETE', `/tokens/${enc(id)}`),

    /**
     * Live case events; returns a function that closes the stream. `onResync` is called when events may have been
     * missed (the browser reconnected, or the server lost its database listener): the caller re-reads what it shows.
     */
    stream(onEvent: (event: StreamEvent) => void, opts: { onStatus?: (open: boolean) => void; onResync?: () => void } = {}): () => void {
      if (typeof EventSource === 'undefined') return () => {};
      const source = new EventSource(`${API_BASE}/stream`, { withCredentials: true });
      let openedBefore = false;
      source.addEventListener('case', (message) => {
        try {
          onEvent(JSON.parse((message as MessageEvent<string>).data) as StreamEvent);
        } catch {
          // A malformed event is skipped; the next refresh shows the truth anyway.
        }
      });
      source.addEventListener('resync', () => opts.onResync?.());
      source.onopen = () => {
        opts.onStatus?.(true);
        if (openedBefore) opts.onResync?.();
        openedBefore = true;
      };
      source.onerror = () => opts.onStatus?.(false);
      return () => source.close();
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

function httpCode(status: number): string {
  return (
    { 400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large', 429: 'too_many_requests' } as Record<number, string>
  )[status] ?? 'internal';
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return 'You do not have permission to do that.';
  if (status === 404) return 'This part of the server is not available yet, or the item does not exist.';
  if (status === 429) return 'Too many attempts. Wait a minute and try again.';
  return `The server answered ${status}.`;
}
