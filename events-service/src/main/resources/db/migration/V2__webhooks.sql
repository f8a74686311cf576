-- Webhook subscriptions and their deliveries (org.acde.events.webhooks). Events are referenced by their feed position
-- and id, not by a foreign key: a delivery keeps the exact body it signs, so it outlives the feed's retention.
create table webhook (
    id                      uuid primary key,
    -- Caller.id() of the API client that created it: the only one who sees it.
    owner                   text        not null,
    url                     text        not null,
    description             text,
    -- Exact event types, or prefixes ending with '.'.
    types                   text[]      not null,
    -- Empty: every party.
    parties                 text[]      not null,
    -- The owner's read rights (Readers) when it last wrote the subscription: it receives what it could read then.
    readers_everything      boolean     not null,
    readers                 text[]      not null,
    status                  text        not null,
    failing_since           timestamptz,
    -- AES-GCM (nonce || ciphertext) of the signing secret, under acde.webhooks.secret-key.
    secret                  bytea       not null,
    previous_secret         bytea,
    previous_secret_until   timestamptz,
    created_by              text        not null,
    created_at              timestamptz not null,
    updated_by              text        not null,
    updated_at              timestamptz not null,
    version                 bigint      not null
);

create index webhook_owner_created on webhook (owner, created_at, id);

create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid        not null references webhook (id) on delete cascade,
    position        bigint      not null,
    event_id        uuid        not null,
    event_type      text        not null,
    subject         text        not null,
    -- The CloudEvent exactly as signed and sent on every attempt.
    body            text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    -- Retries stop (status FAILED) once an attempt fails after this.
    give_up_at      timestamptz not null,
    -- A replica's claim: while it lasts no other replica sends this delivery; a dead replica's claim runs out.
    locked_until    timestamptz,
    lease           uuid,
    last_attempt_at timestamptz,
    outcome         text,
    delivered_at    timestamptz,
    created_at      timestamptz not null,
    unique (webhook_id, event_id)
);

-- What the deliverers claim, and the earlier pending delivery of the same subject that holds a later one back.
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subject_pending on webhook_delivery (webhook_id, subject, position) where status = 'PENDING';
-- A subscription's deliveries in feed order, by status; and by time for redelivery of a range and the purge.
create index webhook_delivery_list on webhook_delivery (webhook_id, position, id);
create index webhook_delivery_status on webhook_delivery (webhook_id, status, position, id);
create index webhook_delivery_created on webhook_delivery (webhook_id, created_at);
create index webhook_delivery_purge on webhook_delivery (created_at);
