-- Capacity-building programs (modelled on Open edX / Moodle courses and runs), with per-party seat quotas.
CREATE TABLE program (
    id                          uuid PRIMARY KEY,
    title                       text        NOT NULL,
    description                 text        NOT NULL,
    measure                     text        NOT NULL,
    provider_party              text        NOT NULL,
    provider_organisation       text        NOT NULL,
    delivery                    text        NOT NULL,
    languages                   jsonb       NOT NULL,
    initiative_id               uuid,
    -- The initiative's code as initiatives-service gave it when the link was checked; certificates cite it.
    initiative_code             text,
    certificate_validity_months integer,
    status                      text        NOT NULL,
    created_by                  text        NOT NULL,
    created_at                  timestamptz NOT NULL,
    updated_by                  text        NOT NULL,
    updated_at                  timestamptz NOT NULL,
    version                     bigint      NOT NULL
);
CREATE INDEX program_created ON program (created_at, id);
CREATE INDEX program_updated ON program (updated_at, id);
CREATE INDEX program_title ON program (title, id);
CREATE INDEX program_provider ON program (provider_party, created_at, id);
CREATE INDEX program_status ON program (status, created_at, id);
CREATE INDEX program_measure ON program (measure, created_at, id);

-- Topics and audiences are filtered on, so they get their own indexed tables.
CREATE TABLE program_topic (
    program_id uuid    NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    topic      text    NOT NULL,
    PRIMARY KEY (program_id, position)
);
CREATE INDEX program_topic_topic ON program_topic (topic, program_id);

CREATE TABLE program_audience (
    program_id uuid    NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    audience   text    NOT NULL,
    PRIMARY KEY (program_id, position)
);
CREATE INDEX program_audience_audience ON program_audience (audience, program_id);

CREATE TABLE cohort (
    id                     uuid PRIMARY KEY,
    program_id             uuid        NOT NULL REFERENCES program (id),
    start_date             date        NOT NULL,
    end_date               date        NOT NULL,
    enrolment_opens        timestamptz NOT NULL,
    enrolment_closes       timestamptz NOT NULL,
    time_zone              text        NOT NULL,
    place                  text,
    seats                  integer     NOT NULL CHECK (seats >= 1),
    -- [{"party": "VN", "seats": 5}, ...]; the seats left over are open to every party.
    quotas                 jsonb       NOT NULL,
    min_attendance_percent integer     NOT NULL CHECK (min_attendance_percent BETWEEN 0 AND 100),
    pass_mark              integer     CHECK (pass_mark BETWEEN 0 AND 100),
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint      NOT NULL,
    CONSTRAINT cohort_dates_ordered CHECK (end_date >= start_date),
    CONSTRAINT cohort_window_ordered CHECK (enrolment_closes > enrolment_opens)
);
CREATE INDEX cohort_program ON cohort (program_id, start_date, id);

CREATE TABLE enrolment (
    id                  uuid PRIMARY KEY,
    cohort_id           uuid        NOT NULL REFERENCES cohort (id),
    program_id          uuid        NOT NULL REFERENCES program (id),
    -- Arrival order in the cohort, from 1; taken while holding the cohort's row lock.
    position            bigint      NOT NULL,
    -- Personal data: emptied by erasure.
    participant_name    text,
    participant_email   text,
    sex                 text,
    party               text        NOT NULL,
    organisation_type   text        NOT NULL,
    consented_at        timestamptz NOT NULL,
    status              text        NOT NULL,
    -- The seat held: a party code (reserved seat) or OPEN; null while waitlisted or after withdrawal.
    seat                text,
    attendance_percent  integer,
    score               integer,
    status_reason       text,
    certificate_id      uuid,
    erased_at           timestamptz,
    enrolled_by         text        NOT NULL,
    applied_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL,
    CONSTRAINT enrolment_arrival UNIQUE (cohort_id, position),
    CONSTRAINT enrolment_seat_only_when_held CHECK ((seat IS NULL) = (status IN ('WAITLISTED', 'WITHDRAWN')))
);
-- The same email twice in a cohort is refused; the check runs under the cohort lock, this index is the backstop.
CREATE UNIQUE INDEX enrolment_email ON enrolment (cohort_id, lower(participant_email)) WHERE participant_email IS NOT NULL;
CREATE INDEX enrolment_cohort_status ON enrolment (cohort_id, status, position);
CREATE INDEX enrolment_program ON enrolment (program_id);

CREATE TABLE certificate (
    id                 uuid PRIMARY KEY,
    enrolment_id       uuid        NOT NULL UNIQUE REFERENCES enrolment (id),
    program_id         uuid        NOT NULL REFERENCES program (id),
    cohort_id          uuid        NOT NULL REFERENCES cohort (id),
    -- The signed VC-JWT, exactly as issued; its payload is the OpenBadgeCredential.
    jwt                text        NOT NULL,
    key_id             text        NOT NULL,
    issued_at          timestamptz NOT NULL,
    valid_until        timestamptz,
    revoked_at         timestamptz,
    revoked_by         text,
    revocation_reason  text,
    version            bigint      NOT NULL
);
CREATE INDEX certificate_program ON certificate (program_id);
