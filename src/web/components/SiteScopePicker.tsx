// Which sites a person or an API token may see. An empty list means every site to the API, so "All sites" is its own
// box, unticked until someone ticks it: forgetting to choose must not hand over every hospital's complaints.
import { FieldErrors } from './States.js';

export interface SiteScope {
  allSites: boolean;
  sites: string[];
}

/** Empty (every site) only when "All sites" was ticked; null when nothing was chosen yet. */
export function scopeToSend(scope: SiteScope): string[] | null {
  if (scope.allSites) return [];
  return scope.sites.length ? scope.sites : null;
}

export function SiteScopePicker({
  idPrefix,
  legend,
  scope,
  options,
  errors,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  scope: SiteScope;
  options: readonly { id: string; name: string }[];
  errors?: string[];
  onChange: (scope: SiteScope) => void;
}) {
  const errorId = `${idPrefix}-sites-error`;
  return (
    <>
      <fieldset aria-describedby={errors ? errorId : undefined}>
        <legend>{legend}</legend>
        <label className="check">
          <input
            id={`${idPrefix}-sites`}
            type="checkbox"
            checked={scope.allSites}
            onChange={(e) => onChange({ allSites: e.target.checked, sites: e.target.checked ? [] : scope.sites })}
            aria-invalid={!!errors}
            aria-describedby={[`${idPrefix}-sites-help`, errors ? errorId : ''].filter(Boolean).join(' ')}
          />{' '}
          All sites
        </label>
        <p id={`${idPrefix}-sites-help`} className="muted small">
          Every site, including sites added later. Otherwise tick the sites below.
        </p>
        {options.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={!scope.allSites && scope.sites.includes(s.id)}
              onChange={(e) => onChange({ allSites: false, sites: e.target.checked ? [...(scope.allSites ? [] : scope.sites), s.id] : scope.sites.filter((x) => x !== s.id) })}
            />{' '}
            {s.name}
          </label>
        ))}
      </fieldset>
      <FieldErrors id={errorId} messages={errors} />
    </>
  );
}
