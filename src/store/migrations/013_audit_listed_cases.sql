-- "Who saw case #140 in a list?": an inbox list read writes the numbers of the cases it showed into its audit row
-- (details.caseNumbers, one row per request), and GET /api/v1/audit?caseNumber= finds those rows through this index
-- instead of reading every list read ever written (src/server/audit.ts, caseAuditFilter).
CREATE INDEX audit_log_listed_cases ON audit_log USING gin ((details->'caseNumbers') jsonb_path_ops) WHERE action = 'case.list';
