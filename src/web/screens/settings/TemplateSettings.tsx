// Reply templates as a patient-experience admin reads them: by scenario and language, wording edited in place,
// with the placeholders the server fills listed once above. The YAML editor stays folded below for bulk changes.
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { ErrorState, Loading } from '../../components/States.js';
import { TEMPLATE_VARIABLE_HELP, type TemplateRow } from '../../lib/templateLibrary.js';
import { SourceDetails } from './SourceDetails.js';
import { TemplateLibraryForm } from './TemplateLibraryForm.js';

const PATH = '/settings/templates';

export function TemplateSettings() {
  const { api } = useApp();
  const doc = useResource(() => api.getSetting<TemplateRow[]>(PATH), []);
  if (doc.state === 'loading' && !doc.data) return <Loading label="Loading reply templates…" />;
  if (doc.state === 'error') return <ErrorState error={doc.error} what="reply templates" onRetry={doc.reload} />;
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">Reply templates</h2>
      <p className="muted small">
        Approved wording per scenario and language. Each case is offered one variant per scenario, chosen by the case, so a
        changed variant shows on some cases and not others. Saving checks changed wording against the reply guard for every
        site.
      </p>
      <TemplateVariables />
      <TemplateLibraryForm path={PATH} saved={Array.isArray(doc.data) ? doc.data : []} onSaved={doc.set} />
      <SourceDetails id="templates-source" title="Reply templates" path={PATH} summary="Edit as YAML (the saved library)" doc={doc} />
    </section>
  );
}

function TemplateVariables() {
  return (
    <details className="source-details" open>
      <summary>Variables you can use</summary>
      <dl className="variable-list small">
        {TEMPLATE_VARIABLE_HELP.map((v) => (
          <div key={v.name}>
            <dt>
              <code>{`{{${v.name}}}`}</code>
            </dt>
            <dd>{v.help}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
