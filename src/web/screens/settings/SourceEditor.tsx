// A YAML/JSON editor for settings: syntax checked as you type, server validation errors listed with
// the line they concern; selecting one puts the caret on that line.
import { useMemo, useRef, useState } from 'react';
import { stringify } from 'yaml';
import { ApiError, errorMessage } from '../../api/client.js';
import { lineOfPath, parseSource, syntaxProblems } from '../../lib/yamlLines.js';

export interface SourceEditorProps {
  id: string;
  label: string;
  initial: unknown;
  saveLabel?: string;
  disabled?: boolean;
  onSave: (value: unknown) => Promise<void>;
}

export function toSource(value: unknown): string {
  return value === undefined ? '' : stringify(value, { lineWidth: 0 });
}

export function SourceEditor({ id, label, initial, saveLabel = 'Save', disabled, onSave }: SourceEditorProps) {
  const [source, setSource] = useState(() => toSource(initial));
  const [serverErrors, setServerErrors] = useState<{ path: string; message: string; line: number | null }[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const syntax = useMemo(() => syntaxProblems(source), [source]);

  function goToLine(line: number | null) {
    const el = ref.current;
    if (!el || !line) return;
    const lines = el.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (syntax.length > 0) return goToLine(syntax[0].line);
    setBusy(true);
    setServerErrors([]);
    setFormError(null);
    setSaved(false);
    try {
      await onSave(parseSource(source));
      setSaved(true);
    } catch (e) {
      if (e instanceof ApiError && e.details.length > 0) {
        setServerErrors(e.details.map((d) => ({ ...d, line: lineOfPath(source, d.path) })));
      }
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const problems = [...syntax.map((s) => ({ key: `s${s.line}${s.message}`, line: s.line, text: s.message, path: '' })), ...serverErrors.map((e, i) => ({ key: `e${i}`, line: e.line, text: e.message, path: e.path }))];
  const lineCount = source.split('\n').length;

  return (
    <form onSubmit={save} className="stack source-editor">
      <label htmlFor={id}>{label}</label>
      <div className="editor-frame">
        <pre className="gutter" aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => {
            const bad = problems.some((p) => p.line === i + 1);
            return (
              <span key={i} className={bad ? 'gutter-bad' : undefined}>
                {bad ? '● ' : ''}
                {i + 1}
                {'\n'}
              </span>
            );
          })}
        </pre>
        <textarea
          id={id}
          ref={ref}
          className="code"
          spellCheck={false}
          rows={Math.min(30, Math.max(8, lineCount + 1))}
          value={source}
          disabled={disabled}
          onChange={(e) => {
            setSource(e.target.value);
            setSaved(false);
          }}
          onScroll={(e) => {
            const gutter = (e.target as HTMLElement).previousElementSibling as HTMLElement | null;
            if (gutter) gutter.scrollTop = (e.target as HTMLElement).scrollTop;
          }}
          aria-invalid={problems.length > 0 || undefined}
          aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        />
      </div>
      {problems.length > 0 && (
        <ul id={`${id}-problems`} className="problems" aria-label="Problems">
          {problems.map((p) => (
            <li key={p.key} className="field-error">
              <button type="button" className="link-button" onClick={() => goToLine(p.line)} disabled={!p.line}>
                {p.line ? `Line ${p.line}` : 'Document'}
                {p.path ? ` (${p.path})` : ''}
              </button>
              : {p.text}
            </li>
          ))}
        </ul>
      )}
      {formError && problems.length === 0 && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {formError && problems.length > 0 && (
        <p className="visually-hidden" role="alert">
          {`Not saved: ${problems.length} problem${problems.length === 1 ? '' : 's'}. ${problems[0].text}`}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || disabled || syntax.length > 0}>
          {busy ? 'Saving…' : saveLabel}
        </button>
        {saved && (
          <span className="ok-text" role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}
