-- Core schema: people, organization, posts, cases, timeline, audit.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sites (
  id text PRIMARY KEY,
  name text NOT NULL,
  aliases text[] NOT NULL DEFAULT '{}',
  city text,
  state text,
  kind text NOT NULL DEFAULT 'hospital' CHECK (kind IN ('hospital', 'clinic', 'other')),
  time_zone text NOT NULL DEFAULT 'UTC',
  public_email text,
  public_phone text
);

CREATE TABLE service_lines (
  id text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'social_agent', 'patient_experience', 'service_line_leader', 'risk_manager', 'viewer')),
  sites text[] NOT NULL DEFAULT '{}',
  password_hash text,
  prefs jsonb NOT NULL DEFAULT '{}',
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE teams (
  id text PRIMARY KEY,
  name text NOT NULL,
  function text NOT NULL,
  sites text[] NOT NULL DEFAULT '{}',
  calendar_id text,
  manager_id uuid REFERENCES users(id),
  rotation jsonb
);

CREATE TABLE team_members (
  team_id text NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id),
  PRIMARY KEY (team_id, user_id)
);

CREATE TABLE sessions (
  id text PRIMARY KEY, -- sha256 of the cookie value: a database leak does not hand out live sessions
  user_id uuid NOT NULL REFERENCES users(id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip text
);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  role text NOT NULL,
  sites text[] NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE TABLE channel_accounts (
  id text PRIMARY KEY,
  platform text NOT NULL,
  name text NOT NULL,
  external_id text,
  site_id text REFERENCES sites(id)
);

CREATE TABLE authors (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  platform text NOT NULL,
  platform_user_id text NOT NULL,
  handle text,
  display_name text,
  UNIQUE (platform, platform_user_id)
);

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number serial UNIQUE,
  status text NOT NULL DEFAULT 'new',
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  site_id text REFERENCES sites(id),
  service_line_id text,
  team_id text REFERENCES teams(id),
  assignee_id uuid REFERENCES users(id),
  author_id uuid REFERENCES authors(id),
  confidential boolean NOT NULL DEFAULT false,
  grievance boolean NOT NULL DEFAULT false,
  approval_required boolean NOT NULL DEFAULT false,
  tags text[] NOT NULL DEFAULT '{}',
  categories text[] NOT NULL DEFAULT '{}',
  risks text[] NOT NULL DEFAULT '{}',
  severity smallint NOT NULL DEFAULT 0,
  timing text NOT NULL DEFAULT 'unknown',
  platform text NOT NULL,
  excerpt text NOT NULL DEFAULT '',
  search tsvector,
  merged_into uuid REFERENCES cases(id),
  next_due_at timestamptz,
  next_clock jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  closed_at timestamptz
);
CREATE INDEX cases_open_by_author ON cases (author_id) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX cases_inbox ON cases (status, created_at DESC, id DESC);
CREATE INDEX cases_site_created ON cases (site_id, created_at DESC, id DESC);
CREATE INDEX cases_assignee ON cases (assignee_id, created_at DESC);
CREATE INDEX cases_team ON cases (team_id, created_at DESC);
CREATE INDEX cases_due ON cases (next_due_at) WHERE next_due_at IS NOT NULL;
CREATE INDEX cases_categories ON cases USING gin (categories);
CREATE INDEX cases_risks ON cases USING gin (risks);
CREATE INDEX cases_search ON cases USING gin (search);

CREATE TABLE posts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  platform text NOT NULL,
  external_id text NOT NULL,
  url text,
  thread_id text,
  parent_id text,
  author_id uuid NOT NULL REFERENCES authors(id),
  channel_account_id text REFERENCES channel_accounts(id),
  listing_site_id text REFERENCES sites(id),
  text text NOT NULL,
  rating smallint,
  created_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  visibility text NOT NULL CHECK (visibility IN ('public', 'private')),
  forwarded_by uuid REFERENCES users(id),
  raw jsonb NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  case_id uuid REFERENCES cases(id),
  triage jsonb,
  triage_engine text,
  processed_at timestamptz,
  UNIQUE (platform, external_id)
);
CREATE INDEX posts_case ON posts (case_id);
CREATE INDEX posts_author ON posts (author_id);
CREATE INDEX posts_unprocessed ON posts (received_at) WHERE processed_at IS NULL;
CREATE INDEX posts_created ON posts (created_at DESC, id DESC);

-- Earlier versions of an edited post: a review raised from 1 to 4 stars after recovery is counted, never lost.
CREATE TABLE post_revisions (
  post_id uuid NOT NULL REFERENCES posts(id),
  revision integer NOT NULL,
  text text NOT NULL,
  rating smallint,
  raw jsonb NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (post_id, revision)
);

CREATE TABLE case_events (
  id bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases(id),
  type text NOT NULL,
  actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'automation', 'system')),
  actor_id uuid,
  data jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case ON case_events (case_id, id);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid,
  actor_token_id uuid,
  actor_label text NOT NULL,
  ip text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at ON audit_log (at DESC);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, at DESC);

-- The audit trail is append-only for everyone, the application included.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
