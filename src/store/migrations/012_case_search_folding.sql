-- Case search that does not depend on how a name or a phone number was typed: "Jose" finds "José", "munoz" finds
-- "Muñoz", and 555-010-0123, (555) 010 0123, +1 555.010.0123 and 5550100123 find each other. Not the unaccent
-- extension: PGlite 0.5.17 ships it only as a contrib bundle every embedded database would have to load when it opens,
-- a PostgreSQL server may lack it or the right to create it, and unaccent() is not immutable. The folding is plain
-- SQL (translate and regexp_replace), identical on both. cases.search holds to_tsvector('simple', case_search_text(…)) of the case's
-- posts and author names (src/app/process-post.ts), and the inbox searches plainto_tsquery('simple',
-- case_search_text(q)) (src/server/cases-query.ts), so both sides fold alike and the GIN index serves the search.
--
-- Accented Latin letters lose their marks (upper case ones too: lower() leaves them alone under the C locale); ß, æ
-- and œ are spelt out. A North American phone number, with or without +1 and separators, becomes its ten digits
-- followed by its last seven, so "010-0123" still finds it; a seven-digit number written 010-0123 becomes 0100123.
CREATE OR REPLACE FUNCTION case_search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
           regexp_replace(
             translate(replace(replace(replace(replace(replace(lower(t), 'ß', 'ss'), 'æ', 'ae'), 'Æ', 'ae'), 'œ', 'oe'), 'Œ', 'oe'),
                       'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳØøĐđŁłĦħıŦŧƗƀƵƶ',
                       'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyooddllhhittibzz'),
             '(?<![0-9])(?:[+]?1[ .-]*)?[(]?([0-9]{3})[)]?[ .-]*([0-9]{3})[ .-]*([0-9]{4})(?![0-9])', '\1\2\3 \2\3', 'g'),
           '(?<![0-9])([0-9]{3})[ .-]([0-9]{4})(?![0-9])', '\1\2', 'g')
$$;

-- Existing cases: rebuilt from their posts as they read now and every earlier revision, with the names and handles
-- of their authors (what new cases index, and what joined or merged posts add later).
UPDATE cases c SET search = to_tsvector('simple', case_search_text(t.words))
  FROM (SELECT p.case_id, string_agg(concat_ws(' ', p.text, r.texts, a.display_name, a.handle), ' ' ORDER BY p.created_at, p.id) AS words
          FROM posts p
          JOIN authors a ON a.id = p.author_id
          LEFT JOIN LATERAL (SELECT string_agg(pr.text, ' ' ORDER BY pr.revision) AS texts FROM post_revisions pr WHERE pr.post_id = p.id) r ON true
         WHERE p.case_id IS NOT NULL
         GROUP BY p.case_id) t
 WHERE t.case_id = c.id;

-- A case without posts (none in normal use) keeps its words, folded the same way.
UPDATE cases c SET search = to_tsvector('simple', case_search_text(array_to_string(tsvector_to_array(c.search), ' ')))
 WHERE c.search IS NOT NULL AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.case_id = c.id);
