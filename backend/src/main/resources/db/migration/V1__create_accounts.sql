-- Accounts and authentication: organisations, their users, partner (machine) clients,
-- and the state that must be shared by every replica (refresh tokens, login attempts,
-- password links).

create table organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    kind        varchar(20)  not null
        check (kind in ('PUBLIC_BUYER', 'PRIVATE_BUYER', 'SIAE', 'NETWORK', 'PARTNER', 'PLATFORM')),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create index organisation_name_idx on organisation (lower(name));

create table app_user (
    id              uuid primary key,
    email           varchar(254) not null,
    display_name    varchar(200) not null,
    role            varchar(20)  not null
        check (role in ('buyer', 'siae', 'facilitator', 'partner', 'admin')),
    organisation_id uuid         not null references organisation (id),
    active          boolean      not null default true,
    -- null until the user follows the invitation link
    password_hash   varchar(100),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    version         bigint       not null default 0
);
create unique index app_user_email_key on app_user (lower(email));
create index app_user_organisation_idx on app_user (organisation_id);

create table partner_client (
    id              uuid primary key,
    client_id       varchar(64)  not null unique,
    name            varchar(200) not null,
    organisation_id uuid         not null references organisation (id),
    -- SHA-256 (hex) of a 256-bit random secret: a slow hash adds nothing at that entropy
    secret_hash     varchar(64)  not null,
    -- space-separated, as in OAuth 2.0
    scopes          varchar(1000) not null default '',
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    last_used_at    timestamptz,
    version         bigint       not null default 0
);
create index partner_client_organisation_idx on partner_client (organisation_id);

create table refresh_token (
    id          uuid primary key,
    -- SHA-256 (hex) of the cookie value; the value itself is never stored
    token_hash  varchar(64) not null unique,
    user_id     uuid        not null references app_user (id) on delete cascade,
    -- every token rotated from one login shares the family: reuse of a rotated token revokes it all
    family_id   uuid        not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    created_at  timestamptz not null default now()
);
create index refresh_token_user_idx on refresh_token (user_id);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_expires_idx on refresh_token (expires_at);

create table login_attempt (
    id            bigint generated always as identity primary key,
    -- normalised (trimmed, lower case), whether or not an account has it
    email         varchar(254) not null,
    succeeded     boolean      not null,
    attempted_at  timestamptz  not null default now()
);
create index login_attempt_email_time_idx on login_attempt (email, attempted_at);
create index login_attempt_time_idx on login_attempt (attempted_at);

create table password_token (
    id          uuid primary key,
    token_hash  varchar(64) not null unique,
    user_id     uuid        not null references app_user (id) on delete cascade,
    purpose     varchar(20) not null check (purpose in ('INVITATION', 'RESET')),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index password_token_user_idx on password_token (user_id, purpose, created_at);
create index password_token_expires_idx on password_token (expires_at);
