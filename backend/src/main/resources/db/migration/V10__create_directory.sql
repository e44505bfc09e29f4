-- The SIAE directory: structures, their activities (what they do and where) and
-- catalogue offers, client references, the label and network reference lists, the
-- search document and the import jobs.

-- cube and earthdistance are "trusted": a database owner may create them.
CREATE EXTENSION IF NOT EXISTS cube WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS earthdistance WITH SCHEMA public;

CREATE TABLE structure_label (
    code     varchar(50)  PRIMARY KEY,
    name     varchar(200) NOT NULL,
    position integer      NOT NULL
);

CREATE TABLE structure_network (
    code     varchar(50)  PRIMARY KEY,
    name     varchar(200) NOT NULL,
    position integer      NOT NULL
);

INSERT INTO structure_label (code, name, position) VALUES
    ('rge', 'RGE — Reconnu garant de l''environnement', 1),
    ('esus', 'ESUS — Entreprise solidaire d''utilité sociale', 2),
    ('b-corp', 'B Corp', 3),
    ('qualiopi', 'Qualiopi', 4),
    ('iso-9001', 'ISO 9001', 5),
    ('iso-14001', 'ISO 14001', 6),
    ('ecocert', 'Ecocert', 7),
    ('imprim-vert', 'Imprim''Vert', 8),
    ('lucie-26000', 'Label Lucie 26000', 9),
    ('qualibat', 'Qualibat', 10);

INSERT INTO structure_network (code, name, position) VALUES
    ('fei', 'Fédération des entreprises d''insertion', 1),
    ('chantier-ecole', 'Chantier école', 2),
    ('coorace', 'COORACE', 3),
    ('emmaus-france', 'Emmaüs France', 4),
    ('tissons-la-solidarite', 'Tissons la solidarité', 5),
    ('envie', 'Réseau Envie', 6),
    ('unea', 'UNEA — Union nationale des entreprises adaptées', 7),
    ('fas', 'Fédération des acteurs de la solidarité', 8),
    ('geiq', 'Fédération française des GEIQ', 9),
    ('gesat', 'Réseau Gesat', 10);

CREATE TABLE structure (
    id                  uuid PRIMARY KEY,
    siret               varchar(14)  NOT NULL CHECK (siret ~ '^[0-9]{14}$'),
    siren               varchar(9)   GENERATED ALWAYS AS (left(siret, 9)) STORED,
    name                varchar(200) NOT NULL,
    brand               varchar(200),
    kind                varchar(10)  NOT NULL REFERENCES structure_kind (code),
    legal_form          varchar(100),
    naf                 varchar(5)   CHECK (naf ~ '^[0-9]{4}[A-Z]$'),
    address             varchar(300),
    post_code           varchar(10),
    city                varchar(100),
    department          varchar(3)   REFERENCES department (code),
    latitude            double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude           double precision CHECK (longitude BETWEEN -180 AND 180),
    description         text,
    email               varchar(254),
    phone               varchar(30),
    contact_name        varchar(200),
    website             varchar(300),
    insertion_fte       numeric(8, 2) CHECK (insertion_fte >= 0),
    permanent_headcount integer       CHECK (permanent_headcount >= 0),
    annual_revenue      bigint        CHECK (annual_revenue >= 0),
    -- codes of structure_label and structure_network, checked by the application
    labels              text[]       NOT NULL DEFAULT '{}',
    networks            text[]       NOT NULL DEFAULT '{}',
    organisation_id     uuid         NOT NULL REFERENCES organisation (id),
    active              boolean      NOT NULL DEFAULT true,
    -- Share (%) of the 15 optional profile fields that are filled. A generated column,
    -- so that every writer (API, import, the benchmark generator) agrees on it.
    completion_rate     integer GENERATED ALWAYS AS ((100 * (
          (legal_form IS NOT NULL)::int + (naf IS NOT NULL)::int + (address IS NOT NULL)::int
        + (post_code IS NOT NULL)::int + (city IS NOT NULL)::int + (department IS NOT NULL)::int
        + (latitude IS NOT NULL AND longitude IS NOT NULL)::int + (description IS NOT NULL)::int
        + (email IS NOT NULL)::int + (phone IS NOT NULL)::int + (contact_name IS NOT NULL)::int
        + (website IS NOT NULL)::int + (insertion_fte IS NOT NULL)::int
        + (permanent_headcount IS NOT NULL)::int + (annual_revenue IS NOT NULL)::int) / 15)) STORED,
    -- name then brand in the search form of V2: typo-tolerant matching (trigrams)
    search_name         text GENERATED ALWAYS AS (public.f_search_name(name || ' ' || coalesce(brand, ''))) STORED,
    sort_name           text GENERATED ALWAYS AS (public.f_search_name(name)) STORED,
    -- French full text over name and brand (A), sectors and offer titles (B),
    -- descriptions (C); maintained by the triggers below
    search_vector       tsvector,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    updated_at          timestamptz  NOT NULL DEFAULT now(),
    version             bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX structure_siret_key ON structure (siret);
CREATE INDEX structure_siren_idx ON structure (siren);
CREATE INDEX structure_organisation_idx ON structure (organisation_id);
CREATE INDEX structure_department_idx ON structure (department);
CREATE INDEX structure_sort_name_idx ON structure (sort_name, id);
CREATE INDEX structure_search_vector_idx ON structure USING gin (search_vector);
CREATE INDEX structure_search_name_trgm_idx ON structure USING gin (search_name gin_trgm_ops);
CREATE INDEX structure_labels_idx ON structure USING gin (labels);
CREATE INDEX structure_networks_idx ON structure USING gin (networks);
-- Radius searches: earth_box(...) @> ll_to_earth(latitude, longitude)
CREATE INDEX structure_earth_idx ON structure USING gist (public.ll_to_earth(latitude, longitude));

CREATE TABLE client_reference (
    structure_id uuid         NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    name         varchar(200) NOT NULL,
    description  text,
    PRIMARY KEY (structure_id, position)
);

CREATE TABLE structure_activity (
    id              uuid PRIMARY KEY,
    structure_id    uuid         NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
    sector_slug     varchar(100) NOT NULL REFERENCES sector (slug),
    presta_types    text[]       NOT NULL
        CHECK (cardinality(presta_types) > 0 AND presta_types <@ ARRAY['SERVICE', 'STAFFING', 'GOODS']),
    geo_range       varchar(12)  NOT NULL CHECK (geo_range IN ('COUNTRY', 'DEPARTMENTS', 'RADIUS')),
    geo_departments text[]       NOT NULL DEFAULT '{}',
    geo_radius_km   integer      CHECK (geo_radius_km BETWEEN 1 AND 1000),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    CHECK ((geo_range = 'RADIUS') = (geo_radius_km IS NOT NULL)),
    CHECK ((geo_range = 'DEPARTMENTS') = (cardinality(geo_departments) > 0))
);
-- One activity per sector and structure: the import upserts activities by sector.
CREATE UNIQUE INDEX structure_activity_sector_key ON structure_activity (structure_id, sector_slug);
CREATE INDEX structure_activity_sector_idx ON structure_activity (sector_slug, structure_id);
CREATE INDEX structure_activity_departments_idx ON structure_activity USING gin (geo_departments);

CREATE TABLE offer (
    id               uuid PRIMARY KEY,
    structure_id     uuid          NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
    title            varchar(200)  NOT NULL,
    description      text,
    sector_slug      varchar(100)  NOT NULL REFERENCES sector (slug),
    presta_type      varchar(20)   NOT NULL CHECK (presta_type IN ('SERVICE', 'STAFFING', 'GOODS')),
    unit             varchar(50),
    price_min        numeric(12, 2) CHECK (price_min >= 0),
    price_max        numeric(12, 2) CHECK (price_max >= 0),
    monthly_capacity integer        CHECK (monthly_capacity >= 0),
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    version          bigint        NOT NULL DEFAULT 0,
    CHECK (price_min IS NULL OR price_max IS NULL OR price_min <= price_max)
);
CREATE INDEX offer_structure_idx ON offer (structure_id);

-- The search document of a structure, from its row and what hangs off it.
CREATE FUNCTION directory_search_vector(s structure) RETURNS tsvector
    LANGUAGE sql STABLE
    AS $$
    SELECT setweight(to_tsvector('french', public.f_unaccent(s.name || ' ' || coalesce(s.brand, ''))), 'A')
        || setweight(to_tsvector('french', public.f_unaccent(
               coalesce((SELECT string_agg(sec.name, ' ') FROM structure_activity a
                         JOIN sector sec ON sec.slug = a.sector_slug WHERE a.structure_id = s.id), '')
               || ' ' || coalesce((SELECT string_agg(o.title, ' ') FROM offer o WHERE o.structure_id = s.id), ''))), 'B')
        || setweight(to_tsvector('french', public.f_unaccent(
               coalesce(s.description, '')
               || ' ' || coalesce((SELECT string_agg(o.description, ' ') FROM offer o WHERE o.structure_id = s.id), ''))), 'C')
    $$;

CREATE FUNCTION structure_search_vector_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        NEW.search_vector := directory_search_vector(NEW);
        RETURN NEW;
    END
    $$;

CREATE TRIGGER structure_search_vector BEFORE INSERT OR UPDATE OF name, brand, description, search_vector
    ON structure FOR EACH ROW EXECUTE FUNCTION structure_search_vector_trigger();

-- A change to an activity or an offer rebuilds its structure's document (the
-- UPDATE of search_vector fires the trigger above; the version is not touched).
CREATE FUNCTION structure_children_changed_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            UPDATE structure SET search_vector = NULL WHERE id = OLD.structure_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.structure_id <> OLD.structure_id) THEN
            UPDATE structure SET search_vector = NULL WHERE id = NEW.structure_id;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER structure_activity_search AFTER INSERT OR UPDATE OF sector_slug, structure_id OR DELETE
    ON structure_activity FOR EACH ROW EXECUTE FUNCTION structure_children_changed_trigger();

CREATE TRIGGER offer_search AFTER INSERT OR UPDATE OF title, description, structure_id OR DELETE
    ON offer FOR EACH ROW EXECUTE FUNCTION structure_children_changed_trigger();

-- CSV imports run on a worker thread of one replica; their state lives here so
-- that any replica answers GET /structure-imports/{id}. heartbeat_at moves while
-- a job runs: a RUNNING job whose heartbeat stopped belonged to a dead replica.
CREATE TABLE structure_import (
    id             uuid PRIMARY KEY,
    status         varchar(10) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    created_by     uuid,
    total_rows     integer     NOT NULL DEFAULT 0,
    processed_rows integer     NOT NULL DEFAULT 0,
    report         jsonb,
    error          text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    started_at     timestamptz,
    finished_at    timestamptz,
    heartbeat_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX structure_import_created_idx ON structure_import (created_at);
