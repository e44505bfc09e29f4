-- Sign-up (issue 13): buyers create their organisation, flagged until a facilitator verifies it;
-- people verify their e-mail before their account works; structures are claimed by the people who
-- sign up for them.

-- Organisations created by sign-up wait for a facilitator (confirm, or merge into another one);
-- every organisation made before is verified. The unique name rule of V16 holds among verified ones.
ALTER TABLE organisation ADD COLUMN verified boolean NOT NULL DEFAULT true;
ALTER TABLE organisation ADD COLUMN siret varchar(14) CHECK (siret ~ '^[0-9]{14}$');
DROP INDEX organisation_name_key;
CREATE UNIQUE INDEX organisation_name_key ON organisation (kind, public.f_organisation_name_key(name))
    WHERE kind <> 'SIAE' AND verified;
CREATE INDEX organisation_to_verify_idx ON organisation (created_at, id) WHERE NOT verified;

-- A signed-up account stays inactive until its e-mail is verified; consent to the terms of use and the
-- privacy notice is kept with the versions accepted (null for accounts made by an administrator).
ALTER TABLE app_user ADD COLUMN email_verified boolean NOT NULL DEFAULT true;
ALTER TABLE app_user ADD COLUMN terms_version varchar(20);
ALTER TABLE app_user ADD COLUMN privacy_version varchar(20);
ALTER TABLE app_user ADD COLUMN terms_accepted_at timestamptz;

ALTER TABLE password_token DROP CONSTRAINT password_token_purpose_check;
ALTER TABLE password_token ADD CONSTRAINT password_token_purpose_check
    CHECK (purpose IN ('INVITATION', 'RESET', 'EMAIL_VERIFICATION'));

-- A person's request to act for a structure: confirmed by a link to the structure's contact e-mail
-- (CONTACT_EMAIL, only its SHA-256 kept) or decided by a facilitator (QUEUE). A proposed structure
-- (missing from the directory) is created inactive and activated when its claim is accepted.
CREATE TABLE structure_claim (
    id               uuid PRIMARY KEY,
    user_id          uuid          NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    structure_id     uuid          NOT NULL REFERENCES structure (id),
    method           varchar(20)   NOT NULL CHECK (method IN ('CONTACT_EMAIL', 'QUEUE')),
    status           varchar(20)   NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED')),
    proposed         boolean       NOT NULL DEFAULT false,
    token_hash       varchar(64) UNIQUE,
    token_expires_at timestamptz,
    refusal_reason   varchar(1000),
    decided_at       timestamptz,
    decided_by       uuid REFERENCES app_user (id) ON DELETE SET NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    version          bigint        NOT NULL DEFAULT 0,
    CHECK ((method = 'CONTACT_EMAIL') = (token_hash IS NOT NULL))
);
CREATE INDEX structure_claim_status_idx ON structure_claim (status, created_at, id);
CREATE INDEX structure_claim_user_idx ON structure_claim (user_id);
CREATE INDEX structure_claim_structure_idx ON structure_claim (structure_id);
