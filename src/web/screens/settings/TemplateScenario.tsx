// A scenario's variants, English then Spanish, each language with its own buttons to add a long or short variant.
import type { TemplateLanguage } from '../../../domain/templates/types.js';
import type { Refusal, ScenarioGroup, TemplateRow } from '../../lib/templateLibrary.js';
import { TemplateVariant } from './TemplateVariant.js';

interface Props {
  group: ScenarioGroup;
  refusal: Refusal;
  isEdited: (row: TemplateRow) => boolean;
  isRemovable: (index: number) => boolean;
  onChange: (index: number, body: string) => void;
  onRemove: (index: number) => void;
  onAdd: (language: TemplateLanguage, short: boolean) => void;
}

export function TemplateScenario({ group, refusal, isEdited, isRemovable, onChange, onRemove, onAdd }: Props) {
  return (
    <div className="item-editor">
      <h3>{group.name}</h3>
      {group.languages.map((l) => (
        <section key={l.language} aria-labelledby={`templates-${group.scenario}-${l.language}`}>
          <h4 id={`templates-${group.scenario}-${l.language}`}>{l.name}</h4>
          {l.variants.length > 0 && (
            <ul className="rule-list">
              {l.variants.map(({ row, index }) => (
                <TemplateVariant
                  key={row.id}
                  row={row}
                  index={index}
                  edited={isEdited(row)}
                  removable={isRemovable(index)}
                  messages={refusal.variants.get(index)}
                  onChange={(body) => onChange(index, body)}
                  onRemove={() => onRemove(index)}
                />
              ))}
            </ul>
          )}
          <div className="actions">
            <button type="button" onClick={() => onAdd(l.language, false)}>
              Add long variant<span className="visually-hidden"> in {l.name}</span>
            </button>
            <button type="button" onClick={() => onAdd(l.language, true)}>
              Add short variant<span className="visually-hidden"> in {l.name}</span>
            </button>
          </div>
        </section>
      ))}
    </div>
  );
}
