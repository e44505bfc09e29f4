-- Sourcing (issue 10): ongoing contracts, buyers' sourcing requests with their
-- attachments and awards, and the solicitations sent to structures.
-- Lists of codes are arrays (read whole, never joined on); money is in euros.

CREATE TABLE ongoing_contract (
    id                    uuid PRIMARY KEY,
    buyer_organisation_id uuid         NOT NULL REFERENCES organisation (id),
    title                 varchar(200) NOT NULL,
    holder_name           varchar(200) NOT NULL,
    holder_siret          varchar(14)  CHECK (holder_siret ~ '^[0-9]{14}$'),
    holder_contact_name   varchar(200),
    holder_contact_email  varchar(254),
    holder_contact_phone  varchar(30),
    amount                numeric(14, 2) CHECK (amount >= 0),
    end_date              date,
    sectors               text[]       NOT NULL DEFAULT '{}',
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0
);
CREATE INDEX ongoing_contract_buyer_idx ON ongoing_contract (buyer_organisation_id);

CREATE TABLE sourcing_request (
    id                     uuid PRIMARY KEY,
    title                  varchar(200) NOT NULL,
    description            text         NOT NULL,
    channel                varchar(20)  NOT NULL CHECK (channel IN ('QUOTE', 'NEGOTIATED', 'SUBCONTRACTING')),
    status                 varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'CLOSED')),
    outcome                varchar(20)  CHECK (outcome IN ('AWARDED', 'UNSUCCESSFUL', 'CANCELLED')),
    ongoing_contract_id    uuid         REFERENCES ongoing_contract (id),
    buyer_organisation_id  uuid         NOT NULL REFERENCES organisation (id),
    -- Who created it: a person, or a partner client (its client id).
    author_user_id         uuid         REFERENCES app_user (id),
    author_client_id       varchar(100),
    sectors                text[]       NOT NULL DEFAULT '{}',
    presta_types           text[]       NOT NULL DEFAULT '{}',
    kinds                  text[]       NOT NULL DEFAULT '{}',
    -- The place: departments, or a point with a radius.
    departments            text[]       NOT NULL DEFAULT '{}',
    latitude               double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude              double precision CHECK (longitude BETWEEN -180 AND 180),
    radius_km              integer      CHECK (radius_km > 0),
    place_label            varchar(200),
    place_department       varchar(3)   REFERENCES department (code),
    include_nationwide     boolean      NOT NULL DEFAULT false,
    amount_min             numeric(14, 2) CHECK (amount_min >= 0),
    amount_max             numeric(14, 2) CHECK (amount_max >= 0),
    response_deadline      date,
    start_date             date,
    social_clause          boolean      NOT NULL DEFAULT false,
    max_solicitations      integer      CHECK (max_solicitations > 0),
    target_structure_ids   uuid[]       NOT NULL DEFAULT '{}',
    excluded_structure_ids uuid[]       NOT NULL DEFAULT '{}',
    return_reason          text,
    submitted_at           timestamptz,
    published_at           timestamptz,
    closed_at              timestamptz,
    -- When the buyer was reminded to record the outcome (after the deadline).
    outcome_reminder_at    timestamptz,
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    version                bigint       NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (outcome IS NOT NULL)),
    CHECK (channel <> 'SUBCONTRACTING' OR ongoing_contract_id IS NOT NULL),
    CHECK (author_user_id IS NOT NULL OR author_client_id IS NOT NULL),
    CHECK (amount_min IS NULL OR amount_max IS NULL OR amount_min <= amount_max)
);
CREATE INDEX sourcing_request_buyer_idx ON sourcing_request (buyer_organisation_id, created_at DESC);
CREATE INDEX sourcing_request_status_idx ON sourcing_request (status, created_at DESC);
CREATE INDEX sourcing_request_client_idx ON sourcing_request (author_client_id) WHERE author_client_id IS NOT NULL;

CREATE TABLE sourcing_attachment (
    id           uuid PRIMARY KEY,
    request_id   uuid         NOT NULL REFERENCES sourcing_request (id) ON DELETE CASCADE,
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    content      bytea        NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX sourcing_attachment_request_idx ON sourcing_attachment (request_id);

CREATE TABLE sourcing_award (
    request_id   uuid NOT NULL REFERENCES sourcing_request (id) ON DELETE CASCADE,
    structure_id uuid NOT NULL REFERENCES structure (id),
    amount       numeric(14, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (request_id, structure_id)
);
CREATE INDEX sourcing_award_structure_idx ON sourcing_award (structure_id);

CREATE TABLE solicitation (
    id                    uuid PRIMARY KEY,
    request_id            uuid         NOT NULL REFERENCES sourcing_request (id),
    structure_id          uuid         NOT NULL REFERENCES structure (id),
    -- MATCHED by the rule, TARGETED by the request, ADDED by a facilitator.
    origin                varchar(10)  NOT NULL CHECK (origin IN ('MATCHED', 'TARGETED', 'ADDED')),
    status                varchar(12)  NOT NULL CHECK (status IN ('SENT', 'VIEWED', 'INTERESTED', 'DECLINED')),
    score                 integer      CHECK (score BETWEEN 0 AND 100),
    reasons               text[]       NOT NULL DEFAULT '{}',
    distance_km           double precision,
    -- No user in its organisation and no contact e-mail: to be called.
    unreachable           boolean      NOT NULL DEFAULT false,
    -- Removed by a facilitator; kept (not deleted) once answered.
    removed_at            timestamptz,
    sent_at               timestamptz  NOT NULL,
    first_viewed_at       timestamptz,
    answered_at           timestamptz,
    message               text,
    quote_amount          numeric(14, 2) CHECK (quote_amount >= 0),
    monthly_capacity      varchar(300),
    partner_structure_ids uuid[]       NOT NULL DEFAULT '{}',
    decline_reason        text,
    deadline_reminder_at  timestamptz,
    -- The personal link for answering without an account: only its SHA-256 is kept.
    link_token_hash       bytea        UNIQUE,
    link_expires_at       timestamptz,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL DEFAULT 0,
    UNIQUE (request_id, structure_id)
);
CREATE INDEX solicitation_structure_idx ON solicitation (structure_id, sent_at DESC);
