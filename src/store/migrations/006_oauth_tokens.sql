-- OAuth tokens of platforms that rotate their refresh tokens (X): every renewal spends the refresh token and returns
-- the next one, so it must outlive the process and be shared by every web and worker process. `seed_hash` is a hash
-- of the refresh token an operator configured: configuring a new one (after re-authorizing) starts over from it.
CREATE TABLE oauth_tokens (
  key text PRIMARY KEY,
  seed_hash text NOT NULL,
  refresh_token text NOT NULL,
  access_token text,
  expires_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
