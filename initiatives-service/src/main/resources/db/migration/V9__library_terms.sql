-- The library's full-text totals. A page's total counts every match, and counting on library_item visits nearly
-- every heap page of that wide table for a common term; for a phrase it also rechecks each candidate's word
-- positions, since GIN keeps none (31 ms for "data protection" at 100,000 items, bench/RESULTS.md). The list keeps
-- reading library_item; its total for a text query counts here instead: a narrow copy of what the filters read, whose
-- terms are the searchable words plus each pair of adjacent words as one lexeme ('data protection'), so a two-word
-- phrase is a single lexeme the GIN index answers exactly.

-- The adjacent word pairs of a text, in the positions to_tsvector('simple', ...) gives its words (the positions a
-- phrase query compares), each as a lexeme without position.
CREATE FUNCTION library_word_pairs(doc text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT first.lexeme || ' ' || second.lexeme)), ''::tsvector)
    FROM (SELECT lexeme, unnest(positions) AS position FROM unnest(to_tsvector('simple', doc))) AS first
    JOIN (SELECT lexeme, unnest(positions) AS position FROM unnest(to_tsvector('simple', doc))) AS second
      ON second.position = first.position + 1
    $$;

-- A search query (initiative_matches' syntax, V3) for library_item_terms.terms: each two-word phrase becomes its pair
-- lexeme. A query that keeps a phrase operator after that (a phrase of three words or more) is the query as written:
-- terms hold every word at its position too, so it matches exactly as on library_item.
CREATE FUNCTION library_terms_query(query text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN paired ~ '<' THEN written ELSE paired::tsquery END
    FROM (SELECT written, regexp_replace(written::text, '''((?:[^'']|'''')+)'' <-> ''((?:[^'']|'''')+)''',
                                         '''\1 \2''', 'g') AS paired
          FROM websearch_to_tsquery('simple', query) AS written) AS query
    $$;

CREATE FUNCTION library_terms_match(terms tsvector, query text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT terms @@ library_terms_query(query) $$;

-- The columns LibraryItemFilters reads, under the same names, so one filter serves both tables.
CREATE TABLE library_item_terms (
    id               uuid PRIMARY KEY REFERENCES library_item (id) ON DELETE CASCADE,
    terms            tsvector    NOT NULL,
    document_type    text        NOT NULL,
    measure          text        NOT NULL,
    sub_areas        jsonb       NOT NULL,
    party_mask       integer     NOT NULL,
    language_key     text        NOT NULL,
    publication_date date        NOT NULL,
    status           text        NOT NULL,
    published_at     timestamptz
);
CREATE INDEX library_item_terms_public ON library_item_terms USING gin (terms) WHERE published_at IS NOT NULL;
CREATE INDEX library_item_terms_all ON library_item_terms USING gin (terms);

-- Kept by the database, so no write path can forget it. AFTER: the generated columns are computed by then.
CREATE FUNCTION library_item_terms_copy() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        INSERT INTO library_item_terms (id, terms, document_type, measure, sub_areas, party_mask, language_key,
                                        publication_date, status, published_at)
        VALUES (NEW.id, NEW.search || library_word_pairs(NEW.title || ' ' || NEW.summary), NEW.document_type,
                NEW.measure, NEW.sub_areas, NEW.party_mask, NEW.language_key, NEW.publication_date, NEW.status,
                NEW.published_at)
        ON CONFLICT (id) DO UPDATE SET terms = EXCLUDED.terms, document_type = EXCLUDED.document_type,
            measure = EXCLUDED.measure, sub_areas = EXCLUDED.sub_areas, party_mask = EXCLUDED.party_mask,
            language_key = EXCLUDED.language_key, publication_date = EXCLUDED.publication_date,
            status = EXCLUDED.status, published_at = EXCLUDED.published_at;
        RETURN NULL;
    END
    $$;
CREATE TRIGGER library_item_terms_copy AFTER INSERT OR UPDATE ON library_item
    FOR EACH ROW EXECUTE FUNCTION library_item_terms_copy();

INSERT INTO library_item_terms (id, terms, document_type, measure, sub_areas, party_mask, language_key,
                                publication_date, status, published_at)
SELECT id, search || library_word_pairs(title || ' ' || summary), document_type, measure, sub_areas, party_mask,
       language_key, publication_date, status, published_at
FROM library_item;
