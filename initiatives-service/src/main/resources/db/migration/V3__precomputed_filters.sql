-- Filters computed once per write instead of on every read, so that lists and their totals stay fast at scale.

-- Participating parties as a bit set (bit n = party n of the fixed order below), kept by the service on every write.
-- A party filter then reads one column of the row, or of an index, instead of joining initiative_party.
ALTER TABLE initiative ADD COLUMN party_mask integer NOT NULL DEFAULT 0;
UPDATE initiative i SET party_mask = (
    SELECT coalesce(bit_or(1 << (array_position(ARRAY['BN','KH','ID','LA','MY','MM','PH','SG','TH','VN','TL','CN'], p.party) - 1)), 0)
    FROM initiative_party p WHERE p.initiative_id = i.id);

CREATE FUNCTION initiative_includes(party_mask integer, party_bit integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (party_mask & party_bit) <> 0 $$;

-- The searchable text, stored; the GIN index answers full-text queries without recomputing it per row.
ALTER TABLE initiative ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('simple', title || ' ' || summary || ' ' || coalesce(objectives, '') || ' ' || coalesce(target_groups, ''))) STORED;
DROP INDEX initiative_search;
DROP FUNCTION initiative_matches(text, text, text, text, text);
CREATE INDEX initiative_search ON initiative USING gin (search);

CREATE FUNCTION initiative_matches(search tsvector, query text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT search @@ websearch_to_tsquery('simple', query) $$;

-- When an initiative runs: from the actual (else planned) start to the actual end; once started and not closed it
-- is still running; before it starts, until the planned end; a cancelled one never runs.
ALTER TABLE initiative ADD COLUMN running daterange GENERATED ALWAYS AS (
    CASE
        WHEN status = 'CANCELLED' OR coalesce(actual_start, planned_start) IS NULL THEN 'empty'::daterange
        WHEN actual_end IS NOT NULL THEN daterange(coalesce(actual_start, planned_start), actual_end, '[]')
        WHEN actual_start IS NOT NULL THEN daterange(actual_start, NULL, '[)')
        ELSE daterange(planned_start, planned_end, '[]')
    END) STORED;
CREATE INDEX initiative_running ON initiative USING gist (running);
CREATE INDEX initiative_public_running ON initiative USING gist (running) WHERE endorsed_at IS NOT NULL;

CREATE FUNCTION initiative_runs_on(running daterange, day date) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT running @> day $$;

-- Public pages and their totals, party filters included, from the index alone.
DROP INDEX initiative_public_created;
CREATE INDEX initiative_public_created ON initiative (created_at, id) INCLUDE (party_mask) WHERE endorsed_at IS NOT NULL;
