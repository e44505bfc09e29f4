-- Idempotency keys of creating requests (shared.idempotency.IdempotentRequests), in
-- PostgreSQL so that a retry reaching another replica is recognised.
--
-- One row per caller ('user:<id>' or 'client:<client id>'), operation ('POST /sourcing-requests')
-- and key. It is claimed (INSERT ... ON CONFLICT DO NOTHING, committed at once) before the
-- action runs, so a duplicate sees it IN_FLIGHT; the response is written in the action's own
-- transaction, so a COMPLETED row always goes with a committed action. An IN_FLIGHT row older
-- than the lease belongs to a replica that stopped: it may be claimed again (claim_id changes,
-- and the old claimant's completion then finds no row and rolls back).
-- Rows are deleted 24 hours after their creation (a scheduled purge).
create table idempotency_key (
    caller           varchar(300) not null,
    operation        varchar(200) not null,
    idempotency_key  varchar(255) not null,
    request_hash     char(64)     not null,
    claim_id         uuid         not null,
    status           varchar(10)  not null check (status in ('IN_FLIGHT', 'COMPLETED')),
    response_status  smallint,
    response_headers jsonb,
    response_body    text,
    created_at       timestamptz  not null default now(),
    claimed_at       timestamptz  not null default now(),
    primary key (caller, operation, idempotency_key),
    check ((status = 'COMPLETED') = (response_status is not null))
);

create index idempotency_key_created_idx on idempotency_key (created_at);
