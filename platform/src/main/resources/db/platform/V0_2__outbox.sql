-- The transactional outbox (org.acde.platform.events.Outbox). The first five columns are Debezium's outbox event
-- router layout, so a deployment can stream this table to Kafka unchanged (deploy/README.md); the rest serve the
-- relay to events-service: the order events were written in, who may read them, and when they were handed on.
create table outbox (
    id            uuid primary key,
    aggregatetype text        not null,
    aggregateid   text        not null,
    type          text        not null,
    payload       jsonb       not null,
    occurred_at   timestamptz not null,
    subject       text        not null,
    parties       text[]      not null,
    audience      text[]      not null,
    seq           bigint      generated always as identity unique,
    published_at  timestamptz
);

create index outbox_unpublished on outbox (seq) where published_at is null;
create index outbox_published on outbox (published_at) where published_at is not null;
