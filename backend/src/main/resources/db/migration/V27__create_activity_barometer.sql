-- Activity barometer and support continuity (issue 12): the weekly survey of each structure,
-- the replaced answers, the personal links of the Monday e-mail and the follow-ups of the needs.

-- The answer in force of one structure for one ISO week (one row per structure and week: a
-- second answer replaces the figures here and keeps the first in activity_survey_version).
-- department and kind are the structure's when it answered, so the weekly figures of the past
-- do not move when a structure changes department; department is null for a structure
-- without one.
CREATE TABLE activity_survey (
    id                   uuid         PRIMARY KEY,
    structure_id         uuid         NOT NULL REFERENCES structure (id),
    week                 varchar(8)   NOT NULL CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    -- the Monday of the week, for the period filters (from/to) with an index
    week_start           date         NOT NULL CHECK (extract(isodow FROM week_start) = 1),
    department           varchar(3)   REFERENCES department (code),
    kind                 varchar(10)  NOT NULL REFERENCES structure_kind (code),
    activity_level_pct   smallint     NOT NULL CHECK (activity_level_pct BETWEEN 0 AND 100),
    revenue_loss_pct     smallint     NOT NULL CHECK (revenue_loss_pct BETWEEN 0 AND 100),
    insertion_employees  integer      NOT NULL CHECK (insertion_employees >= 0),
    insertion_working    integer      NOT NULL CHECK (insertion_working >= 0),
    insertion_short_time integer      NOT NULL CHECK (insertion_short_time >= 0),
    people_followed      integer      NOT NULL CHECK (people_followed >= 0),
    followed_in_person   integer      NOT NULL CHECK (followed_in_person >= 0),
    followed_by_phone    integer      NOT NULL CHECK (followed_by_phone >= 0),
    followed_by_video    integer      NOT NULL CHECK (followed_by_video >= 0),
    -- codes of Obstacle and Need (fr.relanceiae.barometer.indicators), checked by the application
    obstacles            varchar(20)[] NOT NULL DEFAULT '{}',
    needs                varchar(20)[] NOT NULL DEFAULT '{}',
    needs_text           varchar(2000),
    -- the answer in force is version n of activity_survey_version
    version              integer      NOT NULL DEFAULT 1 CHECK (version >= 1),
    -- who entered the answer in force: a user (the structure's or a facilitator on the phone),
    -- or nobody through the personal link of the e-mail (entered_via = 'LINK')
    entered_by_user_id   uuid         REFERENCES app_user (id),
    entered_via          varchar(12)  NOT NULL CHECK (entered_via IN ('STRUCTURE', 'FACILITATOR', 'LINK')),
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    CHECK (insertion_working + insertion_short_time <= insertion_employees),
    CHECK (followed_in_person <= people_followed AND followed_by_phone <= people_followed
           AND followed_by_video <= people_followed),
    UNIQUE (structure_id, week)
);
CREATE INDEX activity_survey_week_idx ON activity_survey (week_start);

-- Every answer given, the one in force included: the history of a structure's week.
CREATE TABLE activity_survey_version (
    survey_id          uuid        NOT NULL REFERENCES activity_survey (id) ON DELETE CASCADE,
    version            integer     NOT NULL CHECK (version >= 1),
    -- the answer's fields under their JSON names (week excluded), as given
    answers            jsonb       NOT NULL,
    entered_by_user_id uuid        REFERENCES app_user (id),
    entered_via        varchar(12) NOT NULL CHECK (entered_via IN ('STRUCTURE', 'FACILITATOR', 'LINK')),
    entered_at         timestamptz NOT NULL,
    PRIMARY KEY (survey_id, version)
);

-- The personal links of the Monday e-mail and of Thursday's reminder: valid for one structure
-- and one week, stored as the SHA-256 of the token (the token itself is never kept).
CREATE TABLE survey_link (
    token_hash   bytea       PRIMARY KEY CHECK (length(token_hash) = 32),
    structure_id uuid        NOT NULL REFERENCES structure (id),
    week         varchar(8)  NOT NULL CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX survey_link_structure_idx ON survey_link (structure_id, week);

-- Which structure got which e-mail of which week: claimed with an insert, so two replicas
-- never send the same e-mail twice.
CREATE TABLE survey_mailing (
    structure_id uuid        NOT NULL REFERENCES structure (id),
    week         varchar(8)  NOT NULL,
    mail         varchar(10) NOT NULL CHECK (mail IN ('INVITATION', 'REMINDER')),
    sent_at      timestamptz NOT NULL,
    PRIMARY KEY (structure_id, week, mail)
);

-- A need declared in a survey, for the facilitators to follow up: supplies → a link to order,
-- customers → an invitation to the sourcing service, financing → a draft diagnostic (its id is
-- set by the financing side), staffing → a call. One open follow-up per structure and need: a
-- need declared again while one is open adds nothing.
CREATE TABLE follow_up (
    id                uuid         PRIMARY KEY,
    structure_id      uuid         NOT NULL REFERENCES structure (id),
    survey_id         uuid         NOT NULL REFERENCES activity_survey (id),
    need              varchar(20)  NOT NULL CHECK (need IN ('SUPPLIES', 'CUSTOMERS', 'FINANCING', 'STAFFING')),
    needs_text        varchar(2000),
    status            varchar(12)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE')),
    assignee_user_id  uuid         REFERENCES app_user (id),
    note              varchar(2000),
    diagnostic_id     uuid,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX follow_up_open_idx ON follow_up (structure_id, need) WHERE status <> 'DONE';
CREATE INDEX follow_up_status_idx ON follow_up (status, created_at DESC);
