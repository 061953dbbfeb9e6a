// Reply and note drafts survive a session timeout or a closed tab: they sit in localStorage, one of each per case.

export type ReplyKind = 'public' | 'private' | 'email';

export interface Draft {
  text: string;
  kind: ReplyKind;
  savedAt: string;
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'redress.draft.';
/** Older drafts are dropped rather than resurfacing on a case long after it was answered. */
const MAX_AGE_MS = 14 * 24 * 3_600_000;

export function draftKey(caseId: string): string {
  return PREFIX + caseId;
}

/** Where the internal note being written on a case is kept, beside the case's reply draft. */
export function noteDraftId(caseId: string): string {
  return `note:${caseId}`;
}

export function loadDraft(storage: DraftStorage, caseId: string, now: number): Draft | null {
  const raw = storage.getItem(draftKey(caseId));
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Partial<Draft>;
    if (typeof draft.text !== 'string' || typeof draft.savedAt !== 'string') return null;
    if (now - Date.parse(draft.savedAt) > MAX_AGE_MS) {
      storage.removeItem(draftKey(caseId));
      return null;
    }
    const kind = draft.kind === 'private' || draft.kind === 'email' ? draft.kind : 'public';
    return { text: draft.text, kind, savedAt: draft.savedAt };
  } catch {
    return null;
  }
}

/** Saving empty text removes the draft, so an emptied composer leaves nothing behind. */
export function saveDraft(storage: DraftStorage, caseId: string, text: string, kind: ReplyKind, now: number): void {
  if (text.trim() === '') {
    storage.removeItem(draftKey(caseId));
    return;
  }
  try {
    storage.setItem(draftKey(caseId), JSON.stringify({ text, kind, savedAt: new Date(now).toISOString() }));
  } catch {
    // Storage full or disabled: the draft still lives in the composer, which is the best we can do.
  }
}

export function clearDraft(storage: DraftStorage, caseId: string): void {
  storage.removeItem(draftKey(caseId));
}
