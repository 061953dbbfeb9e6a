// Where the service stands: volume, what people complain about, where, and how fast we recover.
import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useApp } from '../../hooks/context.js';
import { useResource } from '../../hooks/useResource.js';
import { useReference } from '../../hooks/useReference.js';
import { navigate } from '../../hooks/useHashRoute.js';
import { ErrorState, Loading } from '../../components/States.js';
import { filtersToQuery, type InboxFilters } from '../../lib/filters.js';
import { categoryLabel, label, platformLabel } from '../../lib/labels.js';
import { drillDown, formatMinutes, lastDays, percent, pivotVolume } from '../../lib/reports.js';
import { inboxHref } from '../../lib/route.js';
import { ChartCard } from './ChartCard.js';

// Colours chosen for at least 3:1 contrast against white and to stay apart for colour-blind viewers.
const PALETTE = ['#1f5fbf', '#b3541e', '#2e7d32', '#7b3fa0', '#a3202e', '#00707a', '#6b5900', '#4a4a4a'];
/** Horizontal bar charts grow with their rows so long site names never overlap. */
const barsHeight = (rows: number) => Math.max(200, rows * 44 + 40);
const STATE_COLOURS = { met: '#2e7d32', running: '#1f5fbf', breached: '#a3202e' };
const cases = (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}`;

export function Dashboards() {
  const { api } = useApp();
  const reference = useReference();
  const [range, setRange] = useState(() => lastDays(30, Date.now()));
  const [site, setSite] = useState('');
  const query = useMemo(() => {
    const q = new URLSearchParams({ from: range.from, to: range.to });
    if (site) q.set('site', site);
    return q;
  }, [range, site]);
  const summary = useResource(() => api.summary(query), [query.toString()]);
  // The site chosen here narrows every drill-down too.
  const href = (filters: InboxFilters) => inboxHref(filtersToQuery(drillDown({ ...(site ? { site: [site] } : {}), ...filters })));

  const data = summary.data;
  const volume = useMemo(() => pivotVolume(data?.volumeByDay ?? []), [data]);

  return (
    <div className="dashboards">
      <div className="inbox-header">
        <h1>Dashboards</h1>
        <form className="toolbar" onSubmit={(e) => e.preventDefault()} aria-label="Report period">
          <label htmlFor="rep-from">From</label>
          <input id="rep-from" type="date" value={range.from} max={range.to} onChange={(e) => e.target.value && setRange({ ...range, from: e.target.value })} />
          <label htmlFor="rep-to">To</label>
          <input id="rep-to" type="date" value={range.to} min={range.from} onChange={(e) => e.target.value && setRange({ ...range, to: e.target.value })} />
          <label htmlFor="rep-site">Site</label>
          <select id="rep-site" value={site} onChange={(e) => setSite(e.target.value)}>
            <option value="">All sites</option>
            {reference.data?.sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </form>
      </div>
      {!data && summary.state === 'loading' && <Loading label="Loading reports…" />}
      {summary.state === 'error' && <ErrorState error={summary.error} what="reports" onRetry={summary.reload} />}
      {data && (
        <>
          <div className="kpis">
            <Kpi label="Time to first public reply" value={formatMinutes(data.timeToFirstPublicReply.medianMinutes)} detail={`median · p90 ${formatMinutes(data.timeToFirstPublicReply.p90Minutes)} · ${cases(data.timeToFirstPublicReply.count)}`} />
            <Kpi label="Time to private outreach" value={formatMinutes(data.timeToPrivateOutreach.medianMinutes)} detail={`median · p90 ${formatMinutes(data.timeToPrivateOutreach.p90Minutes)} · ${cases(data.timeToPrivateOutreach.count)}`} />
            <Kpi label="Invitations taken up" value={percent(data.invitations.takenUp, data.invitations.sent)} detail={`${data.invitations.takenUp} of ${data.invitations.sent} invitations`} />
            <Kpi label="Reviews raised after recovery" value={String(data.reviewsRaisedAfterRecovery.count)} detail={data.reviewsRaisedAfterRecovery.count === 1 ? 'author who improved their rating' : 'authors who improved their rating'} />
          </div>
          <div className="chart-grid">
            <ChartCard
              id="volume"
              title="Volume by day and platform"
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
                    {volume.platforms.map((p, i) => (
                      <Bar
                        key={p}
                        dataKey={p}
                        name={p}
                        stackId="v"
                        fill={PALETTE[i % PALETTE.length]}
                        cursor="pointer"
                        onClick={(bar) => navigate(href({ day: String(bar.payload?.day), platform: [p] }))}
                      />
                    ))}
                  </BarChart>
                </ResponsiveContainer>
              }
            />
            <ChartCard
              id="categories"
              title="Complaints by category"
              columns={[
                { key: 'label', label: 'Category' },
                { key: 'count', label: 'Complaints' },
              ]}
              rows={data.complaintsByCategory.map((r) => ({ key: r.category, label: categoryLabel(r.category), cells: { count: r.count }, href: href({ category: [r.category] }) }))}
              chart={
                <ResponsiveContainer width="100%" height={barsHeight(data.complaintsByCategory.length)}>
                  <BarChart data={data.complaintsByCategory.map((r) => ({ ...r, label: categoryLabel(r.category) }))} layout="vertical" accessibilityLayer>
                    <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                    <XAxis type="number" allowDecimals={false} />
                    <YAxis type="category" dataKey="label" width={130} />
                    <Tooltip />
                    <Bar dataKey="count" name="Complaints" fill={PALETTE[0]} cursor="pointer" onClick={(bar) => navigate(href({ category: [String(bar.payload?.category)] }))} />
                  </BarChart>
                </ResponsiveContainer>
              }
            />
            <ChartCard
              id="sites"
              title="Complaints by site"
              columns={[
                { key: 'label', label: 'Site' },
                { key: 'count', label: 'Complaints' },
              ]}
              rows={data.complaintsBySite.map((r) => ({ key: r.siteId, label: r.siteName, cells: { count: r.count }, href: href({ site: [r.siteId] }) }))}
              chart={
                <ResponsiveContainer width="100%" height={barsHeight(data.complaintsBySite.length)}>
                  <BarChart data={data.complaintsBySite} layout="vertical" accessibilityLayer>
                    <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                    <XAxis type="number" allowDecimals={false} />
                    <YAxis type="category" dataKey="siteName" width={190} />
                    <Tooltip />
                    <Bar dataKey="count" name="Complaints" fill={PALETTE[1]} cursor="pointer" onClick={(bar) => navigate(href({ site: [String(bar.payload?.siteId)] }))} />
                  </BarChart>
                </ResponsiveContainer>
              }
            />
            <ChartCard
              id="clocks"
              title="Clock compliance"
              description="Met, breached and still running, per clock."
              columns={[
                { key: 'clock', label: 'Clock' },
                { key: 'met', label: 'Met' },
                { key: 'breached', label: 'Breached' },
                { key: 'running', label: 'Running' },
              ]}
              rows={data.clockCompliance.map((r) => ({
                key: r.clock,
                label: label(r.clock),
                cells: { met: r.met, breached: r.breached, running: r.running },
                cellHref: { breached: href({ clock: r.clock, clockState: ['breached'] }), running: href({ clock: r.clock, clockState: ['running', 'warning'] }) },
              }))}
              chart={
                <ResponsiveContainer width="100%" height={260}>
                  <BarChart data={data.clockCompliance} accessibilityLayer>
                    <CartesianGrid strokeDasharray="3 3" vertical={false} />
                    <XAxis dataKey="clock" tickFormatter={(c: string) => label(c)} />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Legend />
                    <Bar dataKey="met" name="Met" stackId="c" fill={STATE_COLOURS.met} />
                    <Bar dataKey="running" name="Running" stackId="c" fill={STATE_COLOURS.running} cursor="pointer" onClick={(bar) => navigate(href({ clock: String(bar.payload?.clock), clockState: ['running', 'warning'] }))} />
                    <Bar dataKey="breached" name="Breached" stackId="c" fill={STATE_COLOURS.breached} cursor="pointer" onClick={(bar) => navigate(href({ clock: String(bar.payload?.clock), clockState: ['breached'] }))} />
                  </BarChart>
                </ResponsiveContainer>
              }
            />
          </div>
          <p className="muted small">
            Period {range.from} to {range.to}. Drill-downs open the inbox across all statuses.
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
