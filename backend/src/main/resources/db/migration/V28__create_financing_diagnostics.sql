-- Financing diagnostics (issue 12): the recommendation rules an admin edits, the structures'
-- diagnostics and their review, and the log of who read a confidential record.

-- The rules that turn a diagnostic into recommendations, stored as data: each row holds one rule
-- in the JSON language of fr.relanceiae.financing.compute.RuleParser ({"code", "label",
-- "instrument", "condition", "amount"}). The seed rules of default-rules.json are inserted by
-- the application at start when the table is empty (FinancingRuleSeed), from the file itself,
-- so that the file stays the one source of the seed.
CREATE TABLE financing_rule (
    id          uuid         PRIMARY KEY,
    code        varchar(50)  NOT NULL UNIQUE,
    -- the order recommendations are listed in
    position    integer      NOT NULL CHECK (position >= 0),
    active      boolean      NOT NULL DEFAULT true,
    definition  jsonb        NOT NULL CHECK (jsonb_typeof(definition) = 'object'),
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX financing_rule_position_idx ON financing_rule (position, code);

-- A structure's diagnostic: its inputs (any may be missing in a draft), its review by a
-- facilitator and the orientation chosen. The figures and recommendations are computed on every
-- read from the inputs and the rules in force; only the risk level is kept as well, recomputed
-- on every change of the inputs, for the lists' filter and the indicators.
CREATE TABLE financing_diagnostic (
    id                        uuid          PRIMARY KEY,
    structure_id              uuid          NOT NULL REFERENCES structure (id),
    status                    varchar(12)   NOT NULL
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'ORIENTED', 'CLOSED')),
    last_year_revenue         numeric(14,2) CHECK (last_year_revenue >= 0),
    revenue_loss_pct          numeric(5,2)  CHECK (revenue_loss_pct BETWEEN 0 AND 100),
    variable_cost_rate_pct    numeric(5,2)  CHECK (variable_cost_rate_pct >= 0 AND variable_cost_rate_pct < 100),
    monthly_fixed_costs       numeric(14,2) CHECK (monthly_fixed_costs >= 0),
    cash_on_hand              numeric(14,2) CHECK (cash_on_hand >= 0),
    receivables_due_3m        numeric(14,2) CHECK (receivables_due_3m >= 0),
    debts_due_3m              numeric(14,2) CHECK (debts_due_3m >= 0),
    short_time_work           boolean,
    pge_amount                numeric(14,2) CHECK (pge_amount >= 0),
    solidarity_fund_amount    numeric(14,2) CHECK (solidarity_fund_amount >= 0),
    fdi_amount                numeric(14,2) CHECK (fdi_amount >= 0),
    deferred_charges_amount   numeric(14,2) CHECK (deferred_charges_amount >= 0),
    permanent_headcount       integer       CHECK (permanent_headcount >= 0),
    insertion_fte             numeric(8,2)  CHECK (insertion_fte >= 0),
    risk_level                varchar(10)   CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    created_by_user_id        uuid          REFERENCES app_user (id),
    assignee_user_id          uuid          REFERENCES app_user (id),
    review_notes              varchar(4000),
    -- codes of fr.relanceiae.financing.compute.Instrument, checked by the application
    orientation_instruments   varchar(30)[] NOT NULL DEFAULT '{}',
    orientation_comment       varchar(4000),
    follow_up_date            date,
    close_reason              varchar(2000),
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    submitted_at              timestamptz,
    reviewed_at               timestamptz,
    oriented_at               timestamptz,
    closed_at                 timestamptz,
    version                   bigint        NOT NULL DEFAULT 0
);
-- One open diagnostic per structure: a second one waits until the first is closed.
CREATE UNIQUE INDEX financing_diagnostic_open_idx ON financing_diagnostic (structure_id) WHERE status <> 'CLOSED';
CREATE INDEX financing_diagnostic_structure_idx ON financing_diagnostic (structure_id, created_at DESC);
CREATE INDEX financing_diagnostic_queue_idx ON financing_diagnostic (status, updated_at DESC);

-- The follow-up of a declared financing need points to the diagnostic opened for it.
ALTER TABLE follow_up
    ADD CONSTRAINT follow_up_diagnostic_fk FOREIGN KEY (diagnostic_id) REFERENCES financing_diagnostic (id);

-- Who read which confidential record, when, as what: written for every read of a diagnostic by
-- someone other than its structure's users (one row per record of a list). Kept without a
-- foreign key to app_user, so that the log outlives the accounts it names.
CREATE TABLE audit_event (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at            timestamptz  NOT NULL,
    actor_user_id uuid         NOT NULL,
    actor_role    varchar(20)  NOT NULL,
    action        varchar(20)  NOT NULL CHECK (action IN ('READ', 'LIST')),
    record_type   varchar(40)  NOT NULL,
    record_id     uuid         NOT NULL
);
CREATE INDEX audit_event_record_idx ON audit_event (record_type, record_id, at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, at DESC);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);
