import { memo } from 'react';
import type { CaseSummary } from '../../api/types.js';
import { CategoryChips, ClockBadge, PlatformBadge, PriorityBadge, RiskBadges, SeverityBadge, StatusBadge } from '../../components/Badges.js';
import { caseHref } from '../../lib/route.js';
import { describeAgo, formatDateTime } from '../../lib/time.js';

interface Props {
  item: CaseSummary;
  focused: boolean;
  selected: boolean;
  now: number;
  onFocus: (id: string) => void;
  onToggle: (id: string) => void;
}

/** Memoised: a countdown tick or a selection change re-renders only the rows that changed. */
export const InboxRow = memo(function InboxRow({ item, focused, selected, now, onFocus, onToggle }: Props) {
  const author = item.authorName || item.authorHandle || 'Unknown author';
  return (
    <tr
      id={`row-${item.id}`}
      className={`inbox-row${focused ? ' focused' : ''}${selected ? ' selected' : ''}`}
      tabIndex={focused ? 0 : -1}
      onFocus={(e) => e.target === e.currentTarget && onFocus(item.id)}
      onClick={() => onFocus(item.id)}
    >
      <td className="col-select">
        <input type="checkbox" checked={selected} onChange={() => onToggle(item.id)} aria-label={`Select case ${item.number}`} tabIndex={-1} />
      </td>
      <td className="col-main">
        <div className="row-head">
          <PlatformBadge platform={item.platform} />
          <a href={caseHref(item.id)} className="case-link" tabIndex={-1}>
            <span className="case-number">#{item.number}</span> <span className="author">{author}</span>
          </a>
          {item.confidential && <span className="badge confidential">Confidential</span>}
          {item.grievance && <span className="badge grievance">Grievance</span>}
          <PriorityBadge priority={item.priority} />
          <span className="muted small" title={formatDateTime(item.createdAt)}>
            {describeAgo(item.createdAt, now)}
          </span>
        </div>
        <p className="excerpt">{item.excerpt}</p>
        <div className="row-tags">
          <StatusBadge status={item.status} />
          {item.timing === 'now' && <span className="badge timing-now">In the building now</span>}
          <RiskBadges risks={item.risks} />
          <SeverityBadge severity={item.severity} />
          <CategoryChips categories={item.categories} />
        </div>
      </td>
      <td className="col-site">
        {item.siteName ?? <span className="muted">No site</span>}
        {item.teamName && <div className="muted small">{item.teamName}</div>}
      </td>
      <td className="col-clock">
        {item.nextClock ? <ClockBadge {...item.nextClock} now={now} /> : <span className="muted">No clock</span>}
      </td>
      <td className="col-assignee">
        {item.assigneeName ?? (noOwner(item) ? <span className="badge no-owner">No owner</span> : <span className="muted">Unassigned</span>)}
        {item.escalatedToMe && <div className="badge escalated">Escalated to you</div>}
      </td>
    </tr>
  );
});

/** Recovery under way with nobody owning it: the follow-up falls between chairs unless someone takes it. */
const noOwner = (item: CaseSummary) => item.status === 'in_recovery' && !item.assigneeId;
