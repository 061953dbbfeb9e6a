-- How far each polled channel account has been read (Google reviews, X mentions), so a poll asks only for what is
-- new, and how its last poll went, for admins. The error text is the platform's answer, never a post.
CREATE TABLE source_cursors (
  channel_account_id text PRIMARY KEY REFERENCES channel_accounts(id) ON DELETE CASCADE,
  cursor text,
  polled_at timestamptz,
  posts_read bigint NOT NULL DEFAULT 0,
  last_error text,
  failed_at timestamptz
);
