-- Cooperation needs: the demand side a party posts for offers, capacity programs and initiatives to answer.
CREATE TABLE need (
    id                   uuid PRIMARY KEY,
    party                text        NOT NULL,
    kind                 text        NOT NULL,
    measure              text        NOT NULL,
    sub_areas            varchar[]   NOT NULL,
    title                text        NOT NULL,
    title_language       text,
    description          text        NOT NULL,
    description_language text,
    audiences            varchar[]   NOT NULL,
    audience_size        integer,
    technologies         varchar[]   NOT NULL,
    sectors              varchar[]   NOT NULL,
    languages            varchar[]   NOT NULL,
    starts_on            date        NOT NULL,
    ends_on              date        NOT NULL,
    status               text        NOT NULL,
    status_reason        text,
    created_by           text        NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_by           text        NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint      NOT NULL
);
CREATE INDEX need_created ON need (created_at, id);
CREATE INDEX need_updated ON need (updated_at, id);
CREATE INDEX need_title ON need (title, id);
CREATE INDEX need_party ON need (party, created_at, id);
CREATE INDEX need_status ON need (status, created_at, id);
CREATE INDEX need_measure ON need (measure, created_at, id);
CREATE INDEX need_kind ON need (kind, created_at, id);
CREATE INDEX need_sub_areas ON need USING gin (sub_areas);
CREATE INDEX need_audiences ON need USING gin (audiences);
CREATE INDEX need_technologies ON need USING gin (technologies);

-- The needs an offer declares it answers (checked against need when written; a need is never deleted).
ALTER TABLE opportunity ADD COLUMN answers_needs uuid[] NOT NULL DEFAULT '{}';
CREATE INDEX opportunity_answers_needs ON opportunity USING gin (answers_needs);
