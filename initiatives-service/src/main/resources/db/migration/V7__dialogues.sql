-- Dialogues: the meetings and events of the parties (ministerial and senior officials' meetings, workshops, forums)
-- and what they did about initiatives. Expand-only: the previous version ignores the new tables and column.
CREATE TABLE dialogue (
    id             uuid PRIMARY KEY,
    kind           text        NOT NULL,
    title          text        NOT NULL,
    title_language text,
    start_date     date        NOT NULL,
    end_date       date        NOT NULL,
    place          text,
    online         boolean     NOT NULL,
    host_party     text        NOT NULL,
    agenda         jsonb       NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_by     text        NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL,
    CONSTRAINT dialogue_dates_ordered CHECK (end_date >= start_date),
    CONSTRAINT dialogue_somewhere CHECK (place IS NOT NULL OR online)
);
-- Keyset paging and the date filters.
CREATE INDEX dialogue_start ON dialogue (start_date, id);
CREATE INDEX dialogue_created ON dialogue (created_at, id);
CREATE INDEX dialogue_host ON dialogue (host_party, start_date, id);
CREATE INDEX dialogue_end ON dialogue (end_date);

-- The parties taking part (the host included): the party filter and the party overview ask by party.
CREATE TABLE dialogue_party (
    dialogue_id uuid NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    party       text NOT NULL,
    PRIMARY KEY (dialogue_id, party)
);
CREATE INDEX dialogue_party_party ON dialogue_party (party, dialogue_id);

-- An outcome about an initiative: once per dialogue, initiative and kind. The initiative's code is copied (it never
-- changes). An initiative that is deleted (only ever a proposal) takes its outcomes with it.
CREATE TABLE dialogue_outcome (
    id              uuid PRIMARY KEY,
    dialogue_id     uuid        NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    initiative_id   uuid        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    initiative_code text        NOT NULL,
    kind            text        NOT NULL,
    note            text,
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT dialogue_outcome_once UNIQUE (dialogue_id, initiative_id, kind)
);
CREATE INDEX dialogue_outcome_dialogue ON dialogue_outcome (dialogue_id, recorded_at, id);
CREATE INDEX dialogue_outcome_initiative ON dialogue_outcome (initiative_id, dialogue_id);

-- An endorsement names the dialogue that endorsed the initiative; its history shows it.
ALTER TABLE initiative_event ADD COLUMN dialogue_id uuid REFERENCES dialogue (id);
