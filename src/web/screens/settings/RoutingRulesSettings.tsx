// Routing rules as a list an admin can read: each rule's conditions and effects in sentences, switched on or off and
// put in order with buttons. Writing a new condition stays in the YAML editor under the list.
import { useMemo, useState } from 'react';
import type { RoutingRule } from '../../../domain/routing/schema.js';
import { isSafetyRule, safetyRulesLost } from '../../../domain/routing/safety.js';
import type { ClockPolicy } from '../../../domain/clocks/policy.js';
import { errorMessage } from '../../api/client.js';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { ErrorState, Loading } from '../../components/States.js';
import { describeThen, describeWhen, type Names } from '../../lib/ruleText.js';
import { SourceDetails } from './SourceDetails.js';
import { PagesReachNotice } from './ReachNotice.js';

const PATH = '/settings/routing-rules';

export function useRuleNames(): Names {
  const { api } = useApp();
  const sites = useResource(() => api.sites().catch(() => []), []);
  const teams = useResource(() => api.teams().catch(() => []), []);
  const users = useResource(() => api.users().catch(() => []), []);
  const clocks = useResource(() => api.getSetting<ClockPolicy[]>('/settings/clock-policies').catch(() => []), []);
  return useMemo(
    () => ({
      sites: new Map((sites.data ?? []).map((s) => [s.id, s.name])),
      teams: new Map((teams.data ?? []).map((t) => [t.id, t.name])),
      users: new Map((users.data ?? []).map((u) => [u.id, u.name])),
      clocks: new Map((Array.isArray(clocks.data) ? clocks.data : []).map((p) => [p.id, p.name])),
    }),
    [sites.data, teams.data, users.data, clocks.data],
  );
}

export function RoutingRulesSettings() {
  const { api, toast } = useApp();
  const doc = useResource(() => api.getSetting<RoutingRule[]>(PATH), []);
  const names = useRuleNames();
  const [busy, setBusy] = useState(false);
  const current = Array.isArray(doc.data) ? doc.data : [];

  async function save(rules: RoutingRule[], done: string) {
    const lost = safetyRulesLost(current, rules);
    const names = lost.map((r) => `“${r.name}”`).join(', ');
    if (lost.length && !window.confirm(`${names} would no longer run for the cases it names: posts about crisis, harm, legal or privacy risk may page nobody. Save anyway?`)) return;
    setBusy(true);
    // Shown at once, so a switch moves when clicked; the server's answer (or a reload on refusal) then settles it.
    doc.set(rules);
    try {
      doc.set(await api.putSetting<RoutingRule[]>(PATH, rules));
      toast(done);
    } catch (e) {
      toast(`Not saved: ${errorMessage(e)}`, 'error');
      doc.reload();
    } finally {
      setBusy(false);
    }
  }

  if (doc.state === 'loading' && !doc.data) return <Loading label="Loading routing rules…" />;
  if (doc.state === 'error') return <ErrorState error={doc.error} what="routing rules" onRetry={doc.reload} />;
  const rules = Array.isArray(doc.data) ? doc.data : [];
  const safetyOff = rules.filter((r) => r.enabled === false && isSafetyRule(r));

  // Buttons are not disabled while saving: a disabled button drops keyboard focus, and the moved rule keeps it.
  const move = (from: number, to: number) => {
    if (busy) return;
    const next = [...rules];
    const [rule] = next.splice(from, 1);
    next.splice(to, 0, rule);
    void save(next, `“${rule.name}” is now rule ${to + 1} of ${rules.length}.`);
  };
  const toggle = (index: number, enabled: boolean) => {
    if (busy) return;
    const rule = rules[index];
    void save(
      rules.map((r, i) => (i === index ? { ...r, enabled } : r)),
      `“${rule.name}” is ${enabled ? 'on' : 'off'}.`,
    );
  };

  return (
    <section aria-labelledby="routing-rules-title">
      <h2 id="routing-rules-title">Routing rules</h2>
      <p className="muted small">
        Every new case is checked against the rules from the top. A rule whose conditions all hold does what it says; a rule
        marked “stops here” keeps the rules below it from running. Changes apply to cases opened from now on.
      </p>
      <PagesReachNotice />
      {safetyOff.length > 0 && (
        <p className="form-error" role="status">
          Switched off: {safetyOff.map((r) => `“${r.name}”`).join(', ')}. Posts it would page someone for reach nobody until it is on again.
        </p>
      )}
      {rules.length === 0 ? (
        <p>No rules: new cases stay unassigned until someone picks them up.</p>
      ) : (
        <ol className="rule-list">
          {rules.map((rule, i) => {
            const when = describeWhen(rule.when, names);
            const off = rule.enabled === false;
            return (
              <li key={rule.id} className={off ? 'rule off' : 'rule'}>
                <div className="rule-head">
                  <span className="rule-name">{rule.name}</span>
                  {rule.stop && <span className="badge">Stops here</span>}
                  <label className="check">
                    <input type="checkbox" checked={!off} aria-disabled={busy} onChange={(e) => toggle(i, e.target.checked)} />
                    <span aria-hidden="true">{off ? 'Off' : 'On'}</span>
                    <span className="visually-hidden">On “{rule.name}”</span>
                  </label>
                  <button type="button" className="small" disabled={i === 0} aria-disabled={busy} onClick={() => move(i, i - 1)} aria-label={`Move “${rule.name}” up`}>
                    ↑
                  </button>
                  <button type="button" className="small" disabled={i === rules.length - 1} aria-disabled={busy} onClick={() => move(i, i + 1)} aria-label={`Move “${rule.name}” down`}>
                    ↓
                  </button>
                </div>
                <p className="small">
                  <strong>When</strong> {when.length === 0 ? 'any post arrives' : when.join(', and ')}
                  <br />
                  <strong>Then</strong> {describeThen(rule.then, names).join('; ')}.
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <SourceDetails id="routing-rules-source" title="Routing rules" path={PATH} summary="Edit as YAML (add a rule, change conditions)" doc={doc} />
    </section>
  );
}
