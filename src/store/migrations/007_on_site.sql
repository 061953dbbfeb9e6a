-- Cases marked "in the building now" are few; the sweep looks for those whose last such post is too old to be true.
CREATE INDEX cases_on_site ON cases (created_at) WHERE timing = 'now';
