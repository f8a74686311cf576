-- The knowledge exchange library: documents the parties share (policies, regulations, standards, guidelines, best
-- practices, case studies), each a link with what a search needs to find it.
CREATE TABLE library_item (
    id               uuid PRIMARY KEY,
    title            text        NOT NULL,
    summary          text        NOT NULL,
    document_type    text        NOT NULL,
    measure          text        NOT NULL,
    sub_areas        jsonb       NOT NULL,
    parties          jsonb       NOT NULL,
    -- The parties as bits, in the order of migration V3 (initiative_includes reads them): filters need no join.
    party_mask       integer     NOT NULL,
    language         text        NOT NULL,
    publication_date date        NOT NULL,
    url              text        NOT NULL,
    licence          text,
    status           text        NOT NULL,
    status_reason    text,
    -- Set when first published: from then on the item is public, withdrawn or not.
    published_at     timestamptz,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    version          bigint      NOT NULL,
    -- BCP 47 tags compare case-insensitively; the language filter matches this column or a prefix of it.
    language_key     text GENERATED ALWAYS AS (lower(language)) STORED,
    -- The searchable text, stored, as initiatives do it (V3); initiative_matches(search, query) reads it.
    search           tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || summary)) STORED
);

CREATE TABLE library_item_initiative (
    item_id       uuid NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    -- A deleted proposal drops out of the items that named it.
    initiative_id uuid NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, initiative_id)
);
CREATE INDEX library_item_initiative_initiative ON library_item_initiative (initiative_id, item_id);

-- Keyset paging of every sortable field, all rows (the secretariat, agencies) ...
CREATE INDEX library_item_created ON library_item (created_at, id);
CREATE INDEX library_item_updated ON library_item (updated_at, id);
CREATE INDEX library_item_title ON library_item (title, id);
CREATE INDEX library_item_publication ON library_item (publication_date, id);
-- ... and the public rows, which most reads ask for: the default order (newest publication first), the date range
-- filter and the totals of the common filters from the index alone (index-only scans).
CREATE INDEX library_item_public_publication ON library_item (publication_date, id)
    INCLUDE (party_mask, measure, document_type, language_key) WHERE published_at IS NOT NULL;
-- A measure with other filters counts from this index alone too (the type, language and party of each row are in it).
CREATE INDEX library_item_public_measure ON library_item (measure, publication_date, id)
    INCLUDE (party_mask, document_type, language_key) WHERE published_at IS NOT NULL;
CREATE INDEX library_item_public_type ON library_item (document_type, publication_date, id)
    INCLUDE (party_mask) WHERE published_at IS NOT NULL;
CREATE INDEX library_item_search ON library_item USING gin (search);
CREATE INDEX library_item_sub_areas ON library_item USING gin (sub_areas);

-- A sub-area filter as an element test the GIN index above answers, inlined by PostgreSQL like V3's functions. Its
-- body must call nothing less than immutable, or it is not inlined and runs once per row (jsonb_build_array is only
-- stable: a containment test built with it made the filter's count a sequential scan, 150 ms at 100,000 items).
CREATE FUNCTION library_item_has_sub_area(sub_areas jsonb, sub_area text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT sub_areas ? sub_area $$;
