-- Failed sign-ins, shared by every web process so the login rate limit holds however many run. The key is a hash
-- of the client address and the email: nothing here identifies anyone by itself. Rows older than the window are
-- pruned as new failures arrive.
CREATE TABLE login_failures (
  key_hash text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_key ON login_failures (key_hash, at);
