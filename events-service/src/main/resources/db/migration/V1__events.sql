-- The change feed: every event of every service, stored once (by id) at a position in one order across services.
-- Positions come from event_position, taken under an advisory lock by ingestion (org.acde.events.ingest.Ingestion),
-- so they commit in the order they are taken: a reader that sees a position sees every lower one that will ever
-- exist, and a cursor (the last position read) never skips an event committed later.
CREATE SEQUENCE event_position AS bigint;

CREATE TABLE event (
    position    bigint      PRIMARY KEY,
    id          uuid        NOT NULL UNIQUE,
    type        text        NOT NULL,
    subject     text        NOT NULL,
    -- The parties the resource concerns (the party filter) and who may read the event (org.acde.platform.events.Audience).
    parties     text[]      NOT NULL,
    audience    text[]      NOT NULL,
    occurred_at timestamptz NOT NULL,
    stored_at   timestamptz NOT NULL,
    -- The CloudEvent, structured JSON, as the recording service wrote it.
    payload     jsonb       NOT NULL
);
-- Reads walk the primary key from the cursor on and filter as they go (type, party, visibility), stopping after a
-- page of matches: a page costs the rows between its first and last event, and paging through the whole feed reads
-- each row once, whatever the filters. Only the subject filter, which keeps very few rows, has an index of its own.
CREATE INDEX event_subject ON event (subject, position);
-- The retention purge looks for the newest event stored before the cut-off; rows are appended in stored_at order.
CREATE INDEX event_stored_at ON event USING brin (stored_at);

-- One row: the highest position the retention purge deleted. A cursor below it has lost events (410).
CREATE TABLE feed_retention (
    singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    purged_through bigint  NOT NULL
);
INSERT INTO feed_retention (purged_through) VALUES (0);
