-- Solicitations (issue 10), second part of the model.
-- A personal link per e-mail sent (the solicitation, each reminder, a deadline moved), all
-- valid until the solicitation's link_expires_at: a later e-mail must not kill the link of
-- an earlier one, and a token is never stored, so it cannot be sent again. Only the SHA-256
-- of each token is kept; the single column of V21 goes.
CREATE TABLE solicitation_link (
    token_hash      bytea       PRIMARY KEY CHECK (length(token_hash) = 32),
    solicitation_id uuid        NOT NULL REFERENCES solicitation (id) ON DELETE CASCADE,
    created_at      timestamptz NOT NULL
);
CREATE INDEX solicitation_link_solicitation_idx ON solicitation_link (solicitation_id);
ALTER TABLE solicitation DROP COLUMN link_token_hash;

-- The buyer hears of answers in a digest at most hourly: an answer (or a change) is due
-- while answer_notified_at is before answered_at; one row per buyer organisation says when
-- its last digest went (claimed with an upsert, so replicas never send two).
ALTER TABLE solicitation ADD COLUMN answer_notified_at timestamptz;
CREATE INDEX solicitation_answer_due_idx ON solicitation (request_id)
    WHERE answered_at IS NOT NULL AND removed_at IS NULL
        AND (answer_notified_at IS NULL OR answer_notified_at < answered_at);
CREATE TABLE solicitation_answer_digest (
    buyer_organisation_id uuid        PRIMARY KEY REFERENCES organisation (id),
    sent_at               timestamptz NOT NULL
);

-- The facilitators' list of structures to call.
CREATE INDEX solicitation_unreachable_idx ON solicitation (sent_at DESC)
    WHERE unreachable AND removed_at IS NULL AND status IN ('SENT', 'VIEWED');
