-- Responses of creating POSTs sent with an Idempotency-Key, replayed when the same caller retries the same request.
-- Versioned below every service's own migrations (V1+), so it is applied first in every database.
CREATE TABLE idempotency_key (
    caller       text        NOT NULL,
    key          text        NOT NULL,
    operation    text        NOT NULL,
    request_hash bytea       NOT NULL,
    status       integer,
    location     text,
    etag         text,
    body         text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
