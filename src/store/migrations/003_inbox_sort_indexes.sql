-- Indexes in the inbox's sort orders, so a filtered page of 50 is read by walking an index and stopping, instead of
-- sorting every matching case (the expressions match src/server/cases-query.ts exactly).
CREATE INDEX cases_newest ON cases (created_at DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX cases_due_order ON cases ((COALESCE(next_due_at, 'infinity'::timestamptz)), created_at, id) WHERE merged_into IS NULL;
CREATE INDEX cases_priority_order ON cases ((CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END) DESC, created_at DESC, id DESC)
  WHERE merged_into IS NULL;
CREATE INDEX cases_status_priority_order ON cases (status, (CASE priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END) DESC, created_at DESC, id DESC)
  WHERE merged_into IS NULL;
