// Clock policies in sentences (when each starts, the time it gives, what meets it, who hears when it slips), with
// the YAML editor folded away below for changing them.
import type { ClockPolicy } from '../../../domain/clocks/policy.js';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { ErrorState, Loading } from '../../components/States.js';
import { describeClockPolicy } from '../../lib/ruleText.js';
import { useRuleNames } from './RoutingRulesSettings.js';
import { SourceDetails } from './SourceDetails.js';

const PATH = '/settings/clock-policies';

export function ClockPoliciesSettings() {
  const { api } = useApp();
  const doc = useResource(() => api.getSetting<ClockPolicy[]>(PATH), []);
  const names = useRuleNames();
  if (doc.state === 'loading' && !doc.data) return <Loading label="Loading clock policies…" />;
  if (doc.state === 'error') return <ErrorState error={doc.error} what="clock policies" onRetry={doc.reload} />;
  const policies = Array.isArray(doc.data) ? doc.data : [];
  return (
    <section aria-labelledby="clock-policies-title">
      <h2 id="clock-policies-title">Clock policies</h2>
      <p className="muted small">
        Service-recovery clocks: what each promises the patient and who is told when it slips. Routing rules can start more
        clocks on some cases. Changes apply to clocks started from now on.
      </p>
      <ul className="rule-list">
        {policies.map((p) => (
          <li key={p.id} className="rule">
            <div className="rule-head">
              <span className="rule-name">{p.name}</span>
            </div>
            <p className="small">{describeClockPolicy(p, names)}</p>
          </li>
        ))}
      </ul>
      <SourceDetails id="clock-policies-source" title="Clock policies" path={PATH} summary="Edit as YAML (durations, warnings, escalation)" doc={doc} />
    </section>
  );
}
