-- Cooperation initiatives (modelled on the IATI Activity Standard, adapted to measures I–VII).
CREATE TABLE initiative (
    id                       uuid PRIMARY KEY,
    code                     text        NOT NULL UNIQUE,
    title                    text        NOT NULL,
    summary                  text        NOT NULL,
    objectives               text,
    target_groups            text,
    measure                  text        NOT NULL,
    sub_areas                jsonb       NOT NULL,
    lead_party               text        NOT NULL,
    organisations            jsonb       NOT NULL,
    mechanisms               jsonb       NOT NULL,
    documents                jsonb       NOT NULL,
    planned_start            date,
    planned_end              date,
    actual_start             date,
    actual_end               date,
    budget_original_amount   numeric(15, 2),
    budget_original_currency text,
    budget_revised_amount    numeric(15, 2),
    budget_revised_currency  text,
    status                   text        NOT NULL,
    -- Set when first endorsed: from then on the initiative is public, whatever happens to it later.
    endorsed_at              timestamptz,
    created_by               text        NOT NULL,
    created_at               timestamptz NOT NULL,
    updated_by               text        NOT NULL,
    updated_at               timestamptz NOT NULL,
    version                  bigint      NOT NULL,
    CONSTRAINT planned_dates_ordered CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)
);

-- Participating parties (the lead included) and tags are filtered on, so they get their own indexed tables.
CREATE TABLE initiative_party (
    initiative_id uuid NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    party         text NOT NULL,
    PRIMARY KEY (initiative_id, party)
);
CREATE INDEX initiative_party_party ON initiative_party (party, initiative_id);

CREATE TABLE initiative_tag (
    initiative_id uuid    NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    tag           text    NOT NULL,
    PRIMARY KEY (initiative_id, position)
);
CREATE INDEX initiative_tag_tag ON initiative_tag (tag, initiative_id);

-- Keyset paging: every sortable field with the id as tie-breaker.
CREATE INDEX initiative_created ON initiative (created_at, id);
CREATE INDEX initiative_updated ON initiative (updated_at, id);
CREATE INDEX initiative_title ON initiative (title, id);
CREATE INDEX initiative_measure ON initiative (measure, created_at, id);
CREATE INDEX initiative_status ON initiative (status, created_at, id);
CREATE INDEX initiative_lead ON initiative (lead_party, created_at, id);
CREATE INDEX initiative_start ON initiative ((coalesce(actual_start, planned_start)));

-- Full-text search: the query function inlines into the indexed expression below, so the GIN index serves it.
CREATE FUNCTION initiative_matches(title text, summary text, objectives text, target_groups text, query text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT to_tsvector('simple', title || ' ' || summary || ' ' || coalesce(objectives, '') || ' ' || coalesce(target_groups, ''))
               @@ websearch_to_tsquery('simple', query)
    $$;

CREATE INDEX initiative_search ON initiative
    USING gin (to_tsvector('simple', title || ' ' || summary || ' ' || coalesce(objectives, '') || ' ' || coalesce(target_groups, '')));

-- ACI-<year>-<nnnn>: one counter per year, incremented atomically.
CREATE TABLE initiative_code_counter (
    year       integer PRIMARY KEY,
    last_value integer NOT NULL
);

-- Creation, field changes and transitions, kept for ever.
CREATE TABLE initiative_event (
    id            uuid PRIMARY KEY,
    initiative_id uuid        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    at            timestamptz NOT NULL,
    by_client     text        NOT NULL,
    kind          text        NOT NULL,
    from_status   text,
    to_status     text,
    reason        text,
    changes       jsonb       NOT NULL
);
CREATE INDEX initiative_event_initiative ON initiative_event (initiative_id, at, id);

CREATE TABLE milestone (
    id            uuid PRIMARY KEY,
    initiative_id uuid    NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    title         text    NOT NULL,
    due_date      date    NOT NULL,
    status        text    NOT NULL,
    completed_on  date,
    version       bigint  NOT NULL
);
CREATE INDEX milestone_initiative ON milestone (initiative_id, due_date, id);

CREATE TABLE indicator (
    id             uuid PRIMARY KEY,
    initiative_id  uuid    NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    title          text    NOT NULL,
    description    text,
    level          text    NOT NULL,
    unit           text    NOT NULL,
    ascending      boolean NOT NULL,
    baseline       jsonb,
    targets        jsonb   NOT NULL,
    created_at     timestamptz NOT NULL,
    version        bigint  NOT NULL
);
CREATE INDEX indicator_initiative ON indicator (initiative_id, created_at, id);

-- A progress report is an immutable document: its actuals are stored with it.
CREATE TABLE progress_report (
    id            uuid PRIMARY KEY,
    initiative_id uuid        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    period        text        NOT NULL,
    party         text        NOT NULL,
    narrative     text        NOT NULL,
    actuals       jsonb       NOT NULL,
    submitted_by  text        NOT NULL,
    submitted_at  timestamptz NOT NULL,
    CONSTRAINT one_report_per_party_and_period UNIQUE (initiative_id, period, party)
);
CREATE INDEX progress_report_initiative ON progress_report (initiative_id, period, party, id);
