-- Cases of other accounts that go by the same full name (a review and a page comment by one patient) are offered
-- as possible duplicates on the case screen; this finds them without reading every author.
-- The expression must stay identical to AUTHOR_NAME_KEY in src/server/routes/cases.ts.
CREATE INDEX authors_name_key ON authors (lower(regexp_replace(btrim(display_name), '\s+', ' ', 'g')));
