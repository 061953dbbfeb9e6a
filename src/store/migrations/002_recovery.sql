-- Service recovery: clocks, notifications, replies, uploads.

CREATE TABLE clocks (
  case_id uuid NOT NULL REFERENCES cases(id),
  name text NOT NULL,
  policy text NOT NULL,
  state text NOT NULL,
  due_at timestamptz NOT NULL,
  -- When the sweep must look at this clock next (warning, breach, escalation step); null when nothing is pending.
  next_wake_at timestamptz,
  data jsonb NOT NULL,
  PRIMARY KEY (case_id, name)
);
CREATE INDEX clocks_wake ON clocks (next_wake_at) WHERE next_wake_at IS NOT NULL;

CREATE TABLE destinations (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('email', 'slack', 'teams', 'webhook')),
  name text NOT NULL,
  config jsonb NOT NULL,
  include_content boolean NOT NULL DEFAULT false,
  allow_private_address boolean NOT NULL DEFAULT false,
  enabled boolean NOT NULL DEFAULT true
);

CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- One notification per purpose: a retried job or a repeated sweep finds the row and sends nothing new.
  idempotency_key text NOT NULL UNIQUE,
  user_id uuid REFERENCES users(id),
  destination_id text REFERENCES destinations(id),
  kind text NOT NULL,
  urgent boolean NOT NULL DEFAULT false,
  subject text NOT NULL,
  case_id uuid REFERENCES cases(id),
  payload jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'held', 'sent', 'failed', 'dead')),
  attempts integer NOT NULL DEFAULT 0,
  deliver_after timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  read_at timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);
CREATE INDEX notifications_dead ON notifications (status) WHERE status IN ('failed', 'dead');

CREATE TABLE notification_deliveries (
  id bigserial PRIMARY KEY,
  notification_id uuid NOT NULL REFERENCES notifications(id),
  channel text NOT NULL,
  attempt integer NOT NULL,
  ok boolean NOT NULL,
  detail text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notification_deliveries_n ON notification_deliveries (notification_id);

CREATE TABLE replies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases(id),
  post_id uuid REFERENCES posts(id),
  kind text NOT NULL CHECK (kind IN ('public', 'private', 'email')),
  text text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending_approval', 'queued', 'sending', 'sent', 'failed', 'manual', 'posted_manually', 'rejected')),
  -- Sent to the platform with the reply so a retried delivery never posts twice.
  idempotency_key text NOT NULL UNIQUE,
  findings jsonb NOT NULL DEFAULT '[]',
  verdict text NOT NULL,
  policy_version text NOT NULL,
  override_reason text,
  override_by uuid REFERENCES users(id),
  approver_id uuid REFERENCES users(id),
  approval_comment text,
  decided_at timestamptz,
  platform_reply_id text,
  platform_url text,
  error text,
  attempts integer NOT NULL DEFAULT 0,
  invites_contact boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX replies_case ON replies (case_id, created_at);

CREATE TABLE uploads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id uuid REFERENCES posts(id),
  filename text NOT NULL,
  content_type text NOT NULL,
  bytes bytea NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
