// One variant of a reply template: its wording in place, what the server will do with it (version, short for X),
// and why a save was refused, right under the words that were refused.
import { REPLY_LENGTH_LIMIT } from '../../../domain/platform.js';
import { FieldErrors } from '../../components/States.js';
import type { TemplateRow } from '../../lib/templateLibrary.js';

export const variantControlId = (index: number) => `template-${index}`;

interface Props {
  row: TemplateRow;
  index: number;
  edited: boolean;
  /** The last long or short variant of its scenario and language cannot go: the library needs one. */
  removable: boolean;
  messages?: string[];
  onChange: (body: string) => void;
  onRemove: () => void;
}

export function TemplateVariant({ row, index, edited, removable, messages, onChange, onRemove }: Props) {
  const id = variantControlId(index);
  return (
    <li className="rule">
      <div className="rule-head">
        <label htmlFor={id} className="rule-name">
          <span className="visually-hidden">Wording of </span>
          <code>{row.id}</code>
        </label>
        {row.short && <span className="badge">Short: fits X ({REPLY_LENGTH_LIMIT.x} characters)</span>}
        {/* A changed wording gets the next version on save, so sent replies keep naming the text they used. */}
        <span className="badge">{!row.version ? 'New' : edited ? `Version ${row.version}, edited` : `Version ${row.version}`}</span>
        {removable && (
          <button type="button" className="small" onClick={onRemove}>
            Remove<span className="visually-hidden"> {row.id}</span>
          </button>
        )}
      </div>
      <textarea id={id} rows={row.short ? 2 : 4} value={row.body} onChange={(e) => onChange(e.target.value)} aria-invalid={!!messages} aria-describedby={messages ? `${id}-error` : undefined} />
      <FieldErrors id={`${id}-error`} messages={messages} />
    </li>
  );
}
