// Where the service stands: volume, what people complain about, where, and how fast we recover.
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { useReference } from '../../hooks/useReference.js';
import { navigate } from '../../hooks/useHashRoute.js';
import { ErrorState, Loading } from '../../components/States.js';
import { filtersToQuery, type InboxFilters } from '../../lib/filters.js';
import { categoryLabel, clockLabel, platformLabel } from '../../lib/labels.js';
import { CLOCK_OUTCOMES, drillDown, formatMinutes, lastDays, percent, periodProblem, pivotVolume, type Period } from '../../lib/reports.js';
import { inboxHref } from '../../lib/route.js';
import { canExportEvidence } from '../../lib/permissions.js';
import { outcomeLabel } from '../../../domain/cases/outcomes.js';
import { API_BASE } from '../../api/client.js';
import { ChartCard } from './ChartCard.js';
import { RankedBars } from './RankedBars.js';
import { allSitesLabel, NO_SITE, sitesFor } from '../../lib/sites.js';
import { PLATFORMS, type Platform } from '../../../domain/platform.js';

// Colours chosen for at least 3:1 contrast against white and to stay apart for colour-blind viewers.
const PALETTE = ['#1f5fbf', '#b3541e', '#2e7d32', '#7b3fa0', '#a3202e', '#00707a', '#6b5900', '#4a4a4a'];
// Each platform keeps its colour whatever platforms a reader's sites and period happen to show, so two people
// comparing their screens (or one screen week to week) read the same colour the same way.
const platformColor = (platform: string) => PALETTE[Math.max(0, PLATFORMS.indexOf(platform as Platform)) % PALETTE.length];
/** Horizontal bar charts grow with their rows so long site names never overlap. */
const OUTCOME_COLOURS: Record<(typeof CLOCK_OUTCOMES)[number]['key'], string> = { met: '#2e7d32', metLate: '#b3541e', breached: '#a3202e', running: '#1f5fbf', stopped: '#6b7280' };
const cases = (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}`;

// The clock chart names each policy in full beside its bar, wrapped within the label area. Each row is made tall
// enough for its longest name's lines, so names never run into the next one whatever the number of clocks or the
// width of the screen. The line count is estimated on the wide side (a generous width per character): a guess too
// high only leaves a little more room.
const CLOCK_LABEL_WIDTH = 180;
const CLOCK_LABEL_LINE = 17;
/** How many lines `label` takes, wrapped at word breaks within `width` px (about 8.5 px a character, on the wide side). */
function labelLines(label: string, width = CLOCK_LABEL_WIDTH): number {
  const perLine = Math.max(1, Math.floor(width / 8.5));
  let lines = 0;
  let used = 0;
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length <= perLine) {
      used += 1 + word.length;
      continue;
    }
    const span = Math.ceil(word.length / perLine);
    lines += span;
    used = word.length - (span - 1) * perLine;
  }
  return Math.max(1, lines);
}
/** Height of the clock chart: a row per clock, as tall as its longest name needs, plus the axis and the legend (two lines on a phone). */
const clockChartHeight = (labels: string[]) => labels.length * Math.max(44, Math.max(1, ...labels.map((l) => labelLines(l))) * CLOCK_LABEL_LINE + 24) + 110;

export function Dashboards() {
  const { api, user } = useApp();
  const reference = useReference();
  // What the fields say, and the last valid period, which the figures keep showing while the fields are wrong.
  const [range, setRange] = useState(() => lastDays(30, Date.now()));
  const [period, setPeriod] = useState<Period>(range);
  const problem = periodProblem(range);
  const changeRange = (next: Period) => {
    setRange(next);
    if (!periodProblem(next)) setPeriod(next);
  };
  const [site, setSite] = useState('');
  const query = useMemo(() => {
    const q = new URLSearchParams({ from: period.from, to: period.to });
    if (site) q.set('site', site);
    return q;
  }, [period, site]);
  const summary = useResource(() => api.summary(query), [query.toString()]);
  // The period and site chosen here narrow every drill-down too, so a list holds the cases its number counted.
  const href = (filters: InboxFilters) => inboxHref(filtersToQuery(drillDown({ ...(site ? { site: [site] } : {}), ...filters }, period)));
  const clockHref = (clock: string, outcome: string) => href({ clock, clockState: [outcome] });

  const data = summary.data;
  const volume = useMemo(() => pivotVolume(data?.volumeByDay ?? []), [data]);

  return (
    <div className="dashboards">
      <div className="inbox-header">
        <h1>Dashboards</h1>
        <form className="toolbar report-toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Report period" noValidate>
          <span className="field-inline">
            <label htmlFor="rep-from">From</label>
            <input id="rep-from" type="date" value={range.from} aria-invalid={!!problem} aria-describedby={problem ? 'rep-period-error' : undefined} onChange={(e) => changeRange({ ...range, from: e.target.value })} />
          </span>
          <span className="field-inline">
            <label htmlFor="rep-to">To</label>
            <input id="rep-to" type="date" value={range.to} aria-invalid={!!problem} aria-describedby={problem ? 'rep-period-error' : undefined} onChange={(e) => changeRange({ ...range, to: e.target.value })} />
          </span>
          <span className="field-inline field-grow">
            <label htmlFor="rep-site">Site</label>
            <select id="rep-site" value={site} onChange={(e) => setSite(e.target.value)}>
              <option value="">{allSitesLabel(user)}</option>
              {sitesFor(user, reference.data?.sites ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </span>
          {problem ? (
            <button type="button" disabled title="Fix the period first">
              Export CSV
            </button>
          ) : (
            <a className="button" href={`${API_BASE}/reports/summary.csv?${query}`} download>
              Export CSV
            </a>
          )}
          {!problem && canExportEvidence(user.role) && (
            // The regulator's question for a period: every public reply and how it was checked (the sites you can see).
            <span className="evidence-links" title="Every public reply written in the period, with the post it answered, its guard findings, overrides and approvals, and the case's private follow-up, for the site chosen here (or every site you can see). The files count days and print times in the site's time zone (the organization's without a site), and say which.">
              Reply evidence:{' '}
              <a href={`${API_BASE}/replies/export.pdf?${query}`} download>
                PDF
              </a>{' '}
              ·{' '}
              <a href={`${API_BASE}/replies/export.csv?${query}`} download>
                CSV
              </a>
            </span>
          )}
          {problem && (
            <p className="field-error" id="rep-period-error" role="alert">
              {problem} Showing {period.from} to {period.to}.
            </p>
          )}
        </form>
      </div>
      {!data && summary.state === 'loading' && <Loading label="Loading reports…" />}
      {summary.state === 'error' && <ErrorState error={summary.error} what="reports" onRetry={summary.reload} />}
      {data && (
        <>
          <div className="kpis">
            <Kpi label="Posts received" value={String(data.postsReceived)} detail={`${cases(data.volumeByDay.reduce((n, v) => n + v.count, 0))} opened from them`} />
            <Kpi label="Time to first public reply" value={formatMinutes(data.timeToFirstPublicReply.medianMinutes)} detail={`median · p90 ${formatMinutes(data.timeToFirstPublicReply.p90Minutes)} · ${cases(data.timeToFirstPublicReply.count)}`} />
            <Kpi label="Time to private outreach" value={formatMinutes(data.timeToPrivateOutreach.medianMinutes)} detail={`median · p90 ${formatMinutes(data.timeToPrivateOutreach.p90Minutes)} · ${cases(data.timeToPrivateOutreach.count)}`} />
            <Kpi label="Invitations taken up" value={percent(data.invitations.takenUp, data.invitations.sent)} detail={`${data.invitations.takenUp} of ${data.invitations.sent} invitations`} />
            <Kpi label="Reviews raised after recovery" value={String(data.reviewsRaisedAfterRecovery.count)} detail={data.reviewsRaisedAfterRecovery.count === 1 ? 'author who improved their rating' : 'authors who improved their rating'} />
          </div>
          <div className="chart-grid">
            <ChartCard
              id="volume"
              title="New cases by day and platform"
              description={`Days run midnight to midnight, ${data.timeZone} time.`}
              columns={[{ key: 'day', label: 'Day' }, ...volume.platforms.map((p) => ({ key: p, label: platformLabel(p) }))]}
              rows={volume.rows.map((r) => ({
                key: r.day,
                label: r.day,
                cells: r,
                href: href({ day: r.day }),
                cellHref: Object.fromEntries(volume.platforms.map((p) => [p, href({ day: r.day, platform: [p] })])),
              }))}
              chart={
                <ResponsiveContainer width="100%" height={260}>
                  <BarChart data={volume.rows} accessibilityLayer>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Legend formatter={(v: string) => platformLabel(v)} />
                    {volume.platforms.map((p) => (
                      <Bar
                        key={p}
                        dataKey={p}
                        name={p}
                        stackId="v"
                        fill={platformColor(p)}
                        cursor="pointer"
                        onClick={(bar) => navigate(href({ day: String(bar.payload?.day), platform: [p] }))}
                      />
                    ))}
                  </BarChart>
                </ResponsiveContainer>
              }
            />
            <RankedBars
              id="categories"
              title="Complaints by category"
              itemLabel="Category"
              countLabel="Complaints"
              labelWidth={130}
              color={PALETTE[0]}
              items={data.complaintsByCategory.map((r) => ({ key: r.category, label: categoryLabel(r.category), count: r.count, href: href({ category: [r.category] }) }))}
            />
            <RankedBars
              id="sites"
              title="Complaints by site"
              itemLabel="Site"
              countLabel="Complaints"
              color={PALETTE[1]}
              items={data.complaintsBySite.map((r) => ({ key: r.siteId ?? 'none', label: r.siteName, count: r.count, href: href({ site: [r.siteId ?? NO_SITE] }) }))}
            />
            <RankedBars
              id="outcomes"
              title="How cases ended"
              description="Of the cases opened in the period that are resolved or closed: the outcome recorded when they ended."
              itemLabel="Outcome"
              countLabel="Cases"
              color={PALETTE[2]}
              items={data.outcomes.map((r) => ({ key: r.outcome, label: outcomeLabel(r.outcome), count: r.count, href: href({ outcome: [r.outcome] }) }))}
            />
            <ChartCard
              id="clocks"
              title="Clock compliance"
              description="Per clock, of the cases opened in the period: met on time, met after the due time, breached and still not met, still running, and stopped because the case ended before the clock was due or met."
              columns={[{ key: 'clock', label: 'Clock' }, ...CLOCK_OUTCOMES.map((o) => ({ key: o.key, label: o.label }))]}
              rows={data.clockCompliance.map((r) => ({
                key: r.clock,
                label: clockLabel(r.clock),
                cells: Object.fromEntries(CLOCK_OUTCOMES.map((o) => [o.key, r[o.key]])),
                cellHref: Object.fromEntries(CLOCK_OUTCOMES.map((o) => [o.key, clockHref(r.clock, o.outcome)])),
              }))}
              chart={
                <ResponsiveContainer width="100%" height={clockChartHeight(data.clockCompliance.map((r) => clockLabel(r.clock)))}>
                  {/* Bars laid sideways: the policies' full names sit beside them, wrapped within the axis, and never overlap. */}
                  <BarChart data={data.clockCompliance.map((r) => ({ ...r, label: clockLabel(r.clock) }))} layout="vertical" accessibilityLayer>
                    <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                    <XAxis type="number" allowDecimals={false} />
                    <YAxis type="category" dataKey="label" width={CLOCK_LABEL_WIDTH + 10} interval={0} tick={{ width: CLOCK_LABEL_WIDTH, lineHeight: `${CLOCK_LABEL_LINE}px` }} />
                    <Tooltip />
                    <Legend />
                    {CLOCK_OUTCOMES.map((o) => (
                      <Bar
                        key={o.key}
                        dataKey={o.key}
                        name={o.label}
                        stackId="c"
                        fill={OUTCOME_COLOURS[o.key]}
                        cursor="pointer"
                        onClick={(bar) => navigate(clockHref(String(bar.payload?.clock), o.outcome))}
                      />
                    ))}
                  </BarChart>
                </ResponsiveContainer>
              }
            />
          </div>
          <p className="muted small">
            Period {period.from} to {period.to} (days in {data.timeZone} time). Drill-downs open the inbox on the cases opened in this period, across all statuses.
          </p>
        </>
      )}
    </div>
  );
}

function Kpi({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="kpi panel">
      <p className="kpi-label">{label}</p>
      <p className="kpi-value">{value}</p>
      <p className="muted small">{detail}</p>
    </div>
  );
}
