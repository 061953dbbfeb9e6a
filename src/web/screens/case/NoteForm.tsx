// Internal notes with @mention suggestions; mentioned people are notified by the server.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { User } from '../../api/types.js';
import { errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { insertMention, matchPeople, mentionAt, mentionToken, type MentionQuery } from '../../lib/mentions.js';
import { clearDraft, loadDraft, noteDraftId, saveDraft } from '../../lib/drafts.js';

export function NoteForm({ caseId, users, onAdded }: { caseId: string; users: User[]; onAdded: () => void }) {
  const { api, toast } = useApp();
  const storage = window.localStorage;
  const draftId = noteDraftId(caseId);
  const [text, setText] = useState(() => loadDraft(storage, draftId, Date.now())?.text ?? '');
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const matches = query ? matchPeople(users, query.text) : [];
  const listOpen = matches.length > 0;

  // Kept as it is typed, like reply drafts: a session that times out mid-note loses nothing.
  useEffect(() => {
    const timer = setTimeout(() => saveDraft(storage, draftId, text, 'private', Date.now()), 400);
    return () => clearTimeout(timer);
  }, [text, draftId, storage]);

  function update(value: string, caret: number) {
    setText(value);
    setQuery(mentionAt(value, caret));
    setActive(0);
  }

  function choose(person: User) {
    const el = ref.current;
    if (!el || !query) return;
    const next = insertMention(text, query, el.selectionStart, mentionToken(person));
    setText(next.text);
    setQuery(null);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(next.caret, next.caret);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!listOpen) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
    }
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const added = await api.addNote(caseId, text.trim());
      setText('');
      clearDraft(storage, draftId);
      const notTold = added.notTold.map((u) => u.name);
      if (notTold.length) toast(`Note added. ${notTold.join(' and ')} cannot see this case's site and ${notTold.length === 1 ? 'was' : 'were'} not told.`, 'error');
      else toast('Note added.');
      onAdded();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="note-form" onSubmit={submit}>
      <label htmlFor="note-text">Internal note</label>
      <div className="combo">
        <textarea
          id="note-text"
          ref={ref}
          rows={3}
          value={text}
          placeholder="Only staff see notes. Type @ to mention someone."
          onChange={(e) => update(e.target.value, e.target.selectionStart)}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={listOpen}
          aria-controls="mention-list"
          aria-activedescendant={listOpen ? `mention-${matches[active].id}` : undefined}
          aria-describedby={error ? 'note-error' : undefined}
        />
        {listOpen && (
          <ul id="mention-list" role="listbox" className="suggestions" aria-label="People to mention">
            {matches.map((p, i) => (
              <li
                key={p.id}
                id={`mention-${p.id}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(p);
                }}
              >
                {p.name} <span className="muted small">{p.email}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <p className="field-error" id="note-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !text.trim()}>
        {busy ? 'Adding…' : 'Add note'}
      </button>
    </form>
  );
}
