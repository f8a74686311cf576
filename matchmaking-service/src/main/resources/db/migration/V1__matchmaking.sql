-- Enterprise profiles, partnering opportunities (after the Enterprise Europe Network's partnering profiles) and
-- expressions of interest. Vocabulary codes are stored as text; multi-valued codes as varchar[] (what Hibernate binds arrays as) so that a bulk load is
-- one COPY per table and the matching engine reads a profile in one row.
CREATE TABLE enterprise (
    id                       uuid PRIMARY KEY,
    name                     text        NOT NULL,
    party                    text        NOT NULL,
    registration_id          text,
    size_band                text        NOT NULL,
    employees                integer,
    annual_turnover_amount   numeric(15, 2),
    annual_turnover_currency text,
    size_definition          text        NOT NULL,
    sectors                  varchar[]   NOT NULL,
    languages                varchar[]   NOT NULL,
    website                  text,
    description              text        NOT NULL,
    -- Private: shown only to the owner, an agency of the party, the secretariat and accepted counterparts.
    contact_person           text        NOT NULL,
    contact_email            text        NOT NULL,
    contact_phone            text,
    verified                 boolean     NOT NULL DEFAULT false,
    verified_by              text,
    verified_at              timestamptz,
    -- The OAuth2 client that registered the enterprise: the only partner or agency that may change it.
    owner_client             text        NOT NULL,
    created_by               text        NOT NULL,
    created_at               timestamptz NOT NULL,
    updated_by               text        NOT NULL,
    updated_at               timestamptz NOT NULL,
    version                  bigint      NOT NULL
);
CREATE INDEX enterprise_created ON enterprise (created_at, id);
CREATE INDEX enterprise_updated ON enterprise (updated_at, id);
CREATE INDEX enterprise_name ON enterprise (name, id);
CREATE INDEX enterprise_party ON enterprise (party, created_at, id);
CREATE INDEX enterprise_owner ON enterprise (owner_client, created_at, id);
CREATE INDEX enterprise_sectors ON enterprise USING gin (sectors);

CREATE TABLE opportunity (
    id                uuid PRIMARY KEY,
    enterprise_id     uuid        NOT NULL REFERENCES enterprise (id),
    -- Copies of the enterprise's party, size band, languages and owner, kept in step by the service, so that lists,
    -- the anonymised view and the matching engine need no join.
    party             text        NOT NULL,
    size_band         text        NOT NULL,
    languages         varchar[]   NOT NULL,
    owner_client      text        NOT NULL,
    type              text        NOT NULL,
    title             text        NOT NULL,
    summary           text        NOT NULL,
    technologies      varchar[]   NOT NULL,
    keywords          varchar[]   NOT NULL,
    sectors           varchar[]   NOT NULL,
    target_parties    varchar[]   NOT NULL,
    partnership_types varchar[]   NOT NULL,
    stage             text        NOT NULL,
    measure           text        NOT NULL,
    initiative_id     uuid,
    initiative_code   text,
    status            text        NOT NULL,
    expires_on        date        NOT NULL,
    published_at      timestamptz,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_by        text        NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL
);
CREATE INDEX opportunity_created ON opportunity (created_at, id);
CREATE INDEX opportunity_updated ON opportunity (updated_at, id);
CREATE INDEX opportunity_title ON opportunity (title, id);
CREATE INDEX opportunity_enterprise ON opportunity (enterprise_id, created_at, id);
CREATE INDEX opportunity_status ON opportunity (status, created_at, id);
CREATE INDEX opportunity_party ON opportunity (party, created_at, id);
CREATE INDEX opportunity_type ON opportunity (type, created_at, id);
CREATE INDEX opportunity_measure ON opportunity (measure, created_at, id);
CREATE INDEX opportunity_technologies ON opportunity USING gin (technologies);
CREATE INDEX opportunity_sectors ON opportunity USING gin (sectors);
-- The open candidates of one type: what the naive scorer scans and the expiry job walks.
CREATE INDEX opportunity_published ON opportunity (type, expires_on) WHERE status = 'PUBLISHED';

CREATE TABLE interest (
    id                        uuid PRIMARY KEY,
    opportunity_id            uuid        NOT NULL REFERENCES opportunity (id),
    -- The interested enterprise, and its own complementary opportunity if it named one.
    enterprise_id             uuid        NOT NULL REFERENCES enterprise (id),
    from_opportunity_id       uuid REFERENCES opportunity (id),
    -- Snapshots for access checks and statistics: the two owners and the two enterprises.
    opportunity_enterprise_id uuid        NOT NULL REFERENCES enterprise (id),
    opportunity_owner         text        NOT NULL,
    interested_owner          text        NOT NULL,
    message                   text        NOT NULL,
    partnership_type          text        NOT NULL,
    status                    text        NOT NULL,
    expires_at                timestamptz NOT NULL,
    decided_at                timestamptz,
    -- Set once, when the opportunity's owner accepts: from then on the two sides see each other's contacts.
    accepted_at               timestamptz,
    agreement_type            text,
    agreement_date            date,
    created_by                text        NOT NULL,
    created_at                timestamptz NOT NULL,
    updated_by                text        NOT NULL,
    updated_at                timestamptz NOT NULL,
    version                   bigint      NOT NULL
);
CREATE INDEX interest_created ON interest (created_at, id);
CREATE INDEX interest_updated ON interest (updated_at, id);
CREATE INDEX interest_opportunity ON interest (opportunity_id, created_at, id);
CREATE INDEX interest_enterprise ON interest (enterprise_id, status);
CREATE INDEX interest_opportunity_owner ON interest (opportunity_owner, created_at, id);
CREATE INDEX interest_interested_owner ON interest (interested_owner, created_at, id);
CREATE INDEX interest_accepted_pair ON interest (opportunity_enterprise_id, enterprise_id) WHERE accepted_at IS NOT NULL;
CREATE INDEX interest_expiry ON interest (expires_at) WHERE status = 'SUBMITTED';
CREATE INDEX interest_signed ON interest (agreement_date) WHERE status = 'AGREEMENT_SIGNED';
-- One pending interest of an enterprise in an opportunity, even under concurrent submissions.
CREATE UNIQUE INDEX interest_one_pending ON interest (opportunity_id, enterprise_id) WHERE status = 'SUBMITTED';
