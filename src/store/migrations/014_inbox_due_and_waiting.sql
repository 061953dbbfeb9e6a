-- The inbox's "due" order breaks ties on priority (breached first, the longest overdue first, then the soonest due,
-- then the most urgent), so the index it walks carries the priority too, negated so the order runs one way
-- (the expressions match src/server/cases-query.ts exactly).
DROP INDEX IF EXISTS cases_due_order;
CREATE INDEX cases_due_order ON cases ((COALESCE(next_due_at, 'infinity'::timestamptz)), (-(CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END)), created_at, id)
  WHERE merged_into IS NULL;
-- The replies a person must act on (approve, or post by hand): few at any time, so the "Awaiting approval" and
-- "To post by hand" views and their counts start from them instead of probing every open case's replies.
CREATE INDEX replies_waiting ON replies (case_id, status) WHERE status IN ('pending_approval', 'manual');
-- "Overdue or due soon" is the next clock's warning time passed (a breached clock's warning passed too). That time is
-- kept in next_clock as ISO 8601 text with its offset (…Z or …+00:00), which no TimeZone setting changes, so this
-- cast may be declared immutable (a plain cast is only stable) and kept as a column of its own, computed when the row
-- is written: the view and its count then read an index range instead of every open case's JSON.
CREATE OR REPLACE FUNCTION redress_instant(t text) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT t::timestamptz
$$;
ALTER TABLE cases ADD COLUMN next_warning_at timestamptz GENERATED ALWAYS AS (redress_instant(next_clock->>'warningAt')) STORED;
CREATE INDEX cases_next_warning ON cases (next_warning_at) WHERE next_warning_at IS NOT NULL;
