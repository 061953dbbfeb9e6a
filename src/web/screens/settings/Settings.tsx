// Administration: one section per part of the configuration.
import { CollectionSettings } from './CollectionSettings.js';
import { ClockPoliciesSettings } from './ClockPoliciesSettings.js';
import { DocumentSettings } from './DocumentSettings.js';
import { RoutingRulesSettings } from './RoutingRulesSettings.js';
import { TemplateSettings } from './TemplateSettings.js';
import { TeamSettings } from './TeamSettings.js';
import { OnCallSettings } from './OnCallSettings.js';
import { TokenSettings } from './TokenSettings.js';
import { UserSettings } from './UserSettings.js';
import { DestinationSettings } from './DestinationSettings.js';
import { PollStatus, type PollInfo } from './PollStatus.js';
import { useApp } from '../../hooks/context.js';
import { platformLabel } from '../../lib/labels.js';

/** One listing often has an account on several platforms under the same name: the platform and id tell them apart. */
const channelAccountDetail = (item: Record<string, unknown>) => [platformLabel(String(item.platform ?? '')), item.externalId].filter(Boolean).join(' · ');

const SECTIONS = [
  { id: 'organization', title: 'Organization' },
  { id: 'sites', title: 'Sites' },
  { id: 'teams', title: 'Teams and members' },
  { id: 'users', title: 'Users and roles' },
  { id: 'routing-rules', title: 'Routing rules' },
  { id: 'clock-policies', title: 'Clock policies' },
  { id: 'calendars', title: 'Calendars' },
  { id: 'oncall', title: 'On-call' },
  { id: 'templates', title: 'Reply templates' },
  { id: 'channel-accounts', title: 'Channel accounts' },
  { id: 'destinations', title: 'Notification destinations' },
  { id: 'tokens', title: 'API tokens' },
] as const;

function Section({ id }: { id: string }) {
  const { api, toast } = useApp();
  switch (id) {
    case 'organization':
      return <DocumentSettings id={id} title="Organization" path="/settings/organization" help="Our name, aliases, handles and the names triage should treat as ambiguous." />;
    case 'sites':
      return <CollectionSettings id={id} title="Sites" path="/sites" template={{ id: '', name: '', aliases: [], timeZone: 'America/Chicago' }} help="Hospitals and clinics, their aliases, time zones and public contact details." />;
    case 'teams':
      return <TeamSettings />;
    case 'users':
      return <UserSettings />;
    case 'routing-rules':
      return <RoutingRulesSettings />;
    case 'clock-policies':
      return <ClockPoliciesSettings />;
    case 'calendars':
      return <DocumentSettings id={id} title="Calendars" path="/settings/calendars" help="Business hours and holidays that business-hours clocks follow." />;
    case 'oncall':
      return <OnCallSettings />;
    case 'templates':
      return <TemplateSettings />;
    case 'channel-accounts':
      return (
        <CollectionSettings
          id={id}
          title="Channel accounts"
          path="/channel-accounts"
          template={{ id: '', platform: 'facebook', name: '', siteId: null }}
          help="The pages and listings Redress reads and replies on. Google listings and X accounts with credentials are read every few minutes."
          readOnly={['poll']}
          detail={channelAccountDetail}
          status={(item, reload) => (
            <PollStatus
              poll={item.poll as PollInfo | null | undefined}
              onReadNow={async () => {
                try {
                  const r = await api.createItem<{ read: number; accepted: number; failed: boolean; error: string | null }>(`/channel-accounts/${encodeURIComponent(String(item.id))}/poll`, {});
                  toast(r.failed ? `Could not read it: ${r.error}` : `Read ${r.read} posts, ${r.accepted} new.`, r.failed ? 'error' : 'ok');
                } catch (err) {
                  toast(`Could not read it: ${(err as Error).message}`, 'error');
                }
                reload();
              }}
            />
          )}
        />
      );
    case 'destinations':
      return <DestinationSettings />;
    case 'tokens':
      return <TokenSettings />;
    default:
      return <p>Choose a section.</p>;
  }
}

export function Settings({ section }: { section: string | null }) {
  const current = SECTIONS.find((s) => s.id === section)?.id ?? 'organization';
  return (
    <div className="settings">
      <h1>Settings</h1>
      <div className="settings-layout">
        <nav aria-label="Settings sections" className="settings-nav">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#/settings/${s.id}`} aria-current={current === s.id ? 'page' : undefined}>
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-body">
          <Section key={current} id={current} />
        </div>
      </div>
    </div>
  );
}
