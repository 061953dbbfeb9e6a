-- A post list read names the cases of the posts it showed, as an inbox read does (013), so "who saw case #140?"
-- finds both kinds of list read through one index.
DROP INDEX IF EXISTS audit_log_listed_cases;
CREATE INDEX audit_log_listed_cases ON audit_log USING gin ((details->'caseNumbers') jsonb_path_ops) WHERE action IN ('case.list', 'post.list');
