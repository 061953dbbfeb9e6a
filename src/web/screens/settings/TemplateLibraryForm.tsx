// The template library as a form: pick a scenario, edit its variants in place, save the whole library at once.
// A refused save opens the scenario of the first refused variant and puts the caret in it.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { Scenario, TemplateLanguage } from '../../../domain/templates/types.js';
import { ApiError, errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { addVariant, changedScenarios, groupTemplates, isLastOfKind, refusalByVariant, type Refusal, type TemplateRow } from '../../lib/templateLibrary.js';
import type { FieldError } from '../../lib/fieldPath.js';
import { TemplateScenario } from './TemplateScenario.js';
import { variantControlId } from './TemplateVariant.js';

const NO_REFUSAL: Refusal = { variants: new Map(), library: [] };

/** What the server answers when asked to check the saved library against the reply guard in force. */
interface LibraryCheck {
  policyVersion: string;
  checked: number;
  problems: FieldError[];
}

/** The server's own message repeats every path and reason; these are shown where they belong, so this only counts them. */
function refusalSummary({ variants, library }: Refusal): string | null {
  if (variants.size === 0) return library.length > 0 ? 'Not saved:' : null;
  return `Not saved: ${variants.size} variant${variants.size === 1 ? ' was' : 's were'} refused; each says why under its wording.`;
}

interface Props {
  path: string;
  saved: TemplateRow[];
  onSaved: (rows: TemplateRow[]) => void;
}

export function TemplateLibraryForm({ path, saved, onSaved }: Props) {
  const { api, toast } = useApp();
  const [rows, setRows] = useState(saved);
  const [refusal, setRefusal] = useState(NO_REFUSAL);
  const [justSaved, setJustSaved] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [checking, setChecking] = useState(false);
  // What the last check found when everything passed, kept on screen: a toast is gone before anyone reads it.
  const [passed, setPassed] = useState<string | null>(null);
  // A new library from the server (this form's save, or the YAML editor's) replaces the wording being edited,
  // without remounting, so the scenario being looked at stays open.
  const [base, setBase] = useState(saved);
  if (base !== saved) {
    setBase(saved);
    setRows(saved);
    setRefusal(NO_REFUSAL);
    setFormError(null);
  }
  const groups = useMemo(() => groupTemplates(rows), [rows]);
  const [scenario, setScenario] = useState<Scenario>(groups[0].scenario);
  const savedBodies = useMemo(() => new Map(saved.map((t) => [t.id, t.body])), [saved]);
  const changed = useMemo(() => changedScenarios(saved, rows), [saved, rows]);
  const dirty = changed.size > 0;
  // The control to focus once the variant it names is on screen (after adding one, or after a refusal).
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    if (focusIndex.current === null) return;
    document.getElementById(variantControlId(focusIndex.current))?.focus();
    focusIndex.current = null;
  });

  const isEdited = (row: TemplateRow) => savedBodies.has(row.id) && savedBodies.get(row.id) !== row.body;
  const change = (index: number, body: string) => setRows((all) => all.map((r, i) => (i === index ? { ...r, body } : r)));
  const add = (language: TemplateLanguage, short: boolean) => {
    focusIndex.current = rows.length;
    setRows(addVariant(rows, scenario, language, short));
  };
  const remove = (index: number) => {
    if (!window.confirm(`Remove the variant ${rows[index].id}? Agents stop being offered it once you save.`)) return;
    setRows(rows.filter((_, i) => i !== index));
    // Refusals name variants by position, which has just moved.
    setRefusal(NO_REFUSAL);
  };

  /** Opens the scenario of the first refused variant and puts the caret in it. */
  function showRefusal(refused: Refusal) {
    setRefusal(refused);
    const first = Math.min(...refused.variants.keys());
    if (rows[first]) {
      setScenario(rows[first].scenario);
      focusIndex.current = first;
    }
  }

  // A library saved under an earlier reply guard may hold wording today's guard blocks; only changed wording is
  // checked on save, so this checks all of it on request.
  async function checkSaved() {
    if (checking) return;
    setChecking(true);
    setFormError(null);
    setPassed(null);
    try {
      const check = await api.getSetting<LibraryCheck>(`${path}/check`);
      const refused = refusalByVariant(check.problems);
      if (check.problems.length === 0) {
        setRefusal(NO_REFUSAL);
        const at = new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
        setPassed(`All ${check.checked} saved templates pass the reply guard (${check.policyVersion}) for every site, checked at ${at}.`);
        toast(`All ${check.checked} saved templates pass the reply guard.`);
      } else {
        showRefusal(refused);
        setFormError(`${refused.variants.size} saved template${refused.variants.size === 1 ? ' does' : 's do'} not pass the reply guard in force (${check.policyVersion}); each says why under its wording. Change the wording and save.`);
      }
    } catch (e) {
      setFormError(errorMessage(e));
    } finally {
      setChecking(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !dirty) return;
    setBusy(true);
    setRefusal(NO_REFUSAL);
    setFormError(null);
    try {
      onSaved(await api.putSetting<TemplateRow[]>(path, rows));
      setJustSaved(true);
      toast('Reply templates saved.');
    } catch (e) {
      const refused = e instanceof ApiError ? refusalByVariant(e.details) : NO_REFUSAL;
      showRefusal(refused);
      setFormError(refusalSummary(refused) ?? errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const current = groups.find((g) => g.scenario === scenario)!;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Reply templates">
      <div className="master-detail">
        <ul className="item-list" aria-label="Scenarios">
          {groups.map((g) => {
            const variants = g.languages.flatMap((l) => l.variants);
            const refused = variants.filter((v) => refusal.variants.has(v.index)).length;
            const note = refused ? `${refused} refused` : changed.has(g.scenario) ? 'Unsaved changes' : g.languages.map((l) => `${l.variants.length} ${l.name}`).join(' · ');
            return (
              <li key={g.scenario}>
                <button type="button" aria-current={g.scenario === scenario ? 'true' : undefined} onClick={() => setScenario(g.scenario)}>
                  {g.name}
                  <span className={refused ? 'item-detail field-error' : 'item-detail muted small'}>{note}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <TemplateScenario group={current} refusal={refusal} isEdited={isEdited} isRemovable={(i) => !isLastOfKind(rows, i)} onChange={change} onRemove={remove} onAdd={add} />
      </div>
      {formError && (
        <div className="form-error" role="alert">
          <p>{formError}</p>
          {refusal.library.length > 0 && (
            <ul>
              {refusal.library.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="actions sticky-actions">
        {/* Not disabled when there is nothing to save: a disabled button would drop the focus it has just after saving. */}
        <button type="submit" className="primary" aria-disabled={busy || !dirty}>
          {busy ? 'Saving…' : 'Save reply templates'}
        </button>
        <button type="button" onClick={checkSaved} aria-disabled={checking} disabled={dirty} title={dirty ? 'Save or undo your changes first: the check reads the saved library' : undefined}>
          {checking ? 'Checking every template for every site…' : 'Check saved templates against the reply guard'}
        </button>
        <span role="status" className={dirty ? 'muted' : 'ok-text'}>
          {dirty ? 'Unsaved changes' : justSaved ? 'All changes saved.' : ''}
        </span>
      </div>
      {passed && !dirty && <p className="ok-text">{passed}</p>}
    </form>
  );
}
