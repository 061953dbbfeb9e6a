// One notification destination as a form: what kind it is, its name, where it sends (recipients for email, an address
// for the others, a signing secret for webhooks), whether case content may go there, and whether it is on. What the
// server refuses is shown at its field, and the caret goes to the first one. "Send test" tries the saved settings.
import { idFromName } from '../../lib/ids.js';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { useFormFocus } from '../../hooks/useFormFocus.js';
import { FieldErrors } from '../../components/States.js';
import { SaveRefusal } from '../../components/SaveRefusal.js';
import {
  blankDestination,
  bodyOf,
  DESTINATION_KINDS,
  DESTINATIONS_PATH,
  draftOf,
  fieldProblems,
  isDirty,
  KIND_LABELS,
  localProblems,
  URL_HELP,
  type ApiDestination,
  type DestinationDraft,
  type DestinationKind,
} from '../../lib/destinations.js';

type Problems = { byField: Map<string, string[]>; other: string[] };
const NO_PROBLEMS: Problems = { byField: new Map(), other: [] };
type TestState = { busy: boolean; outcome?: { delivered: boolean; error?: string } };

interface Props {
  /** Null for a new destination. */
  destination: ApiDestination | null;
  focusOnOpen: boolean;
  onSaved: (saved: ApiDestination) => void;
  onDirty: (dirty: boolean) => void;
}

export function DestinationForm({ destination, focusOnOpen, onSaved, onDirty }: Props) {
  const { api, toast } = useApp();
  const submit = useFormSubmit();
  const saved = destination ? draftOf(destination) : blankDestination();
  const [draft, setDraft] = useState<DestinationDraft>(saved);
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [failed, setFailed] = useState(false);
  const [idEdited, setIdEdited] = useState(false);
  const [test, setTest] = useState<TestState>({ busy: false });
  const dirty = isDirty(saved, draft);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const { heading, form, focusFirstInvalidAfterRender } = useFormFocus(focusOnOpen);

  const set = <K extends keyof DestinationDraft>(key: K, value: DestinationDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const field = (key: string) => problems.byField.get(key);
  const described = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
  const control = (key: string, ...help: string[]) => ({
    'aria-invalid': field(key) ? true : undefined,
    'aria-describedby': described(...help, field(key) && `destination-${key}-error`),
  });
  const show = (next: Problems) => {
    setProblems(next);
    focusFirstInvalidAfterRender();
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (submit.busy) return;
    const local = localProblems(draft, !destination);
    if (local.size > 0) return show({ byField: local, other: [] });
    setProblems(NO_PROBLEMS);
    const body = bodyOf(draft, destination);
    let answer: ApiDestination | undefined;
    const ok = await submit.run(async () => {
      try {
        answer = destination ? await api.updateItem<ApiDestination>(DESTINATIONS_PATH, destination.id, body) : await api.createItem<ApiDestination>(DESTINATIONS_PATH, body);
      } catch (e) {
        if (e instanceof ApiError && e.details.length > 0) show(fieldProblems(e.details, draft));
        throw e;
      }
    });
    setFailed(!ok);
    if (!ok || !answer) return;
    // What the server kept is the form now: a typed secret is saved and the box empties again.
    setDraft(draftOf(answer));
    toast(destination ? `${answer.name} saved.` : `${answer.name} added.`);
    onSaved(answer);
  }

  async function sendTest() {
    if (!destination || test.busy) return;
    setTest({ busy: true });
    try {
      setTest({ busy: false, outcome: await api.createItem<{ delivered: boolean; error?: string }>(`${DESTINATIONS_PATH}/${encodeURIComponent(destination.id)}/test`, {}) });
    } catch (e) {
      setTest({ busy: false, outcome: { delivered: false, error: errorMessage(e) } });
    }
  }

  const kind = draft.kind;
  const placed = problems.byField.size > 0;
  return (
    <form ref={form} className="stack destination-form" onSubmit={save} noValidate aria-labelledby="destination-form-title">
      <h3 id="destination-form-title" ref={heading} tabIndex={-1}>
        {destination ? destination.name : 'New destination'}
      </h3>
      {destination?.problem && <p className="form-error">{destination.problem}</p>}

      <label htmlFor="destination-kind">Sends to</label>
      <select id="destination-kind" value={kind} onChange={(e) => set('kind', e.target.value as DestinationKind)} {...control('kind')}>
        {DESTINATION_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <FieldErrors id="destination-kind-error" messages={field('kind')} />

      <label htmlFor="destination-name">Name</label>
      <input
        id="destination-name"
        value={draft.name}
        onChange={(e) => setDraft({ ...draft, name: e.target.value, ...(!destination && !idEdited ? { id: idFromName(e.target.value) } : {}) })}
        {...control('name')}
      />
      <FieldErrors id="destination-name-error" messages={field('name')} />

      {!destination && (
        <>
          <label htmlFor="destination-id">Id</label>
          <input
            id="destination-id"
            value={draft.id}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setIdEdited(true);
              set('id', e.target.value);
            }}
            {...control('id', 'destination-id-help')}
          />
          <p id="destination-id-help" className="muted small">
            Routing rules name the destination by it. It cannot be changed later.
          </p>
          <FieldErrors id="destination-id-error" messages={field('id')} />
        </>
      )}

      {kind === 'email' ? (
        <>
          <label htmlFor="destination-to">Recipients</label>
          <textarea id="destination-to" rows={3} value={draft.recipients} onChange={(e) => set('recipients', e.target.value)} {...control('to', 'destination-to-help')} />
          <p id="destination-to-help" className="muted small">
            One email address per line, or separated by commas. Email needs an outgoing mail server (SMTP_URL) set for Redress.
          </p>
          <FieldErrors id="destination-to-error" messages={field('to')} />
        </>
      ) : (
        <>
          <label htmlFor="destination-url">Webhook address</label>
          <input id="destination-url" type="url" inputMode="url" autoComplete="off" spellCheck={false} value={draft.url} onChange={(e) => set('url', e.target.value)} {...control('url', 'destination-url-help')} />
          <p id="destination-url-help" className="muted small">
            {URL_HELP[kind]}
          </p>
          <FieldErrors id="destination-url-error" messages={field('url')} />
        </>
      )}

      {kind === 'webhook' && (
        <>
          <label htmlFor="destination-secret">Signing secret</label>
          <input id="destination-secret" type="password" autoComplete="new-password" value={draft.secret} onChange={(e) => set('secret', e.target.value)} {...control('secret', 'destination-secret-help')} />
          <p id="destination-secret-help" className="muted small">
            {destination?.hasSecret
              ? 'A secret is saved. Type a new one to replace it, or leave this empty to keep it.'
              : 'Optional, at least 16 characters. Redress signs each request with it (X-Redress-Signature) so your system can tell it is genuine.'}
          </p>
          <FieldErrors id="destination-secret-error" messages={field('secret')} />
        </>
      )}

      <label className="check">
        <input type="checkbox" checked={draft.includeContent} onChange={(e) => set('includeContent', e.target.checked)} aria-describedby={draft.includeContent ? 'destination-content-warning' : 'destination-content-help'} />{' '}
        Include case content
      </label>
      {draft.includeContent ? (
        <p id="destination-content-warning" className="form-error">
          This sends patient text outside Redress: the post and the name of whoever wrote it go to {draft.name.trim() || 'this destination'}. Turn it on only for a
          destination approved to receive patient information.
        </p>
      ) : (
        <p id="destination-content-help" className="muted small">
          Off: messages carry the case link, kind, category, site and severity, never what the patient wrote.
        </p>
      )}

      <label className="check">
        <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} aria-describedby="destination-enabled-help" /> On
      </label>
      <p id="destination-enabled-help" className="muted small">
        Off keeps the settings but sends nothing here.
      </p>

      {failed && submit.formError && <SaveRefusal placed={placed} formError={submit.formError} other={problems.other} />}

      <div className="actions">
        {/* Not disabled while saving: a disabled button would drop the focus it has. */}
        <button type="submit" className="primary" aria-disabled={submit.busy}>
          {submit.busy ? 'Saving…' : destination ? 'Save destination' : 'Add destination'}
        </button>
        {destination && (
          <button type="button" onClick={() => void sendTest()} aria-disabled={test.busy} aria-describedby="destination-test-help">
            {test.busy ? 'Sending…' : 'Send test'}
          </button>
        )}
      </div>
      {destination && (
        <>
          <p id="destination-test-help" className="muted small">
            Sends one message with no patient details, using the saved settings{dirty ? ' (save your changes first to test them)' : ''}.
          </p>
          <p role="status" className={test.outcome && !test.outcome.delivered ? 'form-error' : 'ok-text'}>
            {test.outcome && (test.outcome.delivered ? `Delivered: check that the test message arrived in ${destination.name}.` : `Not delivered: ${test.outcome.error}`)}
          </p>
        </>
      )}
    </form>
  );
}
