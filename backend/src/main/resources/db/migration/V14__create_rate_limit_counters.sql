-- Rate limits shared by every replica: one counter per bucket (a partner client's requests,
-- failed logins from one address, failed client authentications per client id and per
-- address, failed password changes per user).
--
-- A bucket's window starts at its first hit and lasts the bucket's window (a minute for
-- partner requests, 15 minutes for failures); the first hit after it ends starts a new one.
-- One INSERT ... ON CONFLICT ... DO UPDATE ... RETURNING per request (RateLimitCounters).
--
-- UNLOGGED: no WAL for these hot, short-lived rows (half the cost of a logged update); after
-- a crash of PostgreSQL, or on a standby promoted after a failover, the table is empty and
-- every limit starts again from zero, which is acceptable for counters of a few minutes.
-- fillfactor 50 and no index besides the key: updates stay HOT (in place, in the same page).
create unlogged table rate_limit_counter (
    bucket      varchar(200) primary key,
    hits        integer      not null,
    resets_at   timestamptz  not null
) with (fillfactor = 50);

-- Requests per minute allowed to this partner client; null: the configured default
-- (relance.rate-limit.partner-requests-per-minute, 600).
alter table partner_client add column requests_per_minute integer
    check (requests_per_minute between 1 and 100000);
