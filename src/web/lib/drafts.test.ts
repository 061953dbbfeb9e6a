import { describe, expect, it } from 'vitest';
import { clearDraft, draftKey, loadDraft, noteDraftId, saveDraft, type DraftStorage } from './drafts.js';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const now = Date.parse('2026-03-10T12:00:00Z');

describe('reply drafts', () => {
  it('keeps a draft per case across a reload', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'case-1', 'We are sorry', 'private', now);
    expect(loadDraft(storage, 'case-1', now + 60_000)).toEqual({
      text: 'We are sorry',
      kind: 'private',
      savedAt: '2026-03-10T12:00:00.000Z',
    });
    expect(loadDraft(storage, 'case-2', now)).toBeNull();
  });

  it('removes the draft when the text is emptied or the reply is sent', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'c', 'x', 'public', now);
    saveDraft(storage, 'c', '   ', 'public', now);
    expect(storage.data.size).toBe(0);
    saveDraft(storage, 'c', 'x', 'public', now);
    clearDraft(storage, 'c');
    expect(loadDraft(storage, 'c', now)).toBeNull();
  });

  it('forgets drafts older than two weeks', () => {
    const storage = memoryStorage();
    saveDraft(storage, 'c', 'old', 'public', now);
    expect(loadDraft(storage, 'c', now + 15 * 86_400_000)).toBeNull();
    expect(storage.data.has(draftKey('c'))).toBe(false);
  });

  it('ignores corrupt entries', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey('c'), '{not json');
    expect(loadDraft(storage, 'c', now)).toBeNull();
  });

  it("keeps the note being written apart from the case's reply draft", () => {
    const storage = memoryStorage();
    saveDraft(storage, 'case-1', 'Thank you for writing.', 'public', Date.now());
    saveDraft(storage, noteDraftId('case-1'), 'Called the patient, left a message.', 'private', Date.now());
    expect(loadDraft(storage, 'case-1', Date.now())?.text).toBe('Thank you for writing.');
    expect(loadDraft(storage, noteDraftId('case-1'), Date.now())?.text).toBe('Called the patient, left a message.');
  });
});
