-- Reference data: sector taxonomy, departments, communes, kinds of inclusion
-- structures and kinds of services. Rows of the first three are loaded by the
-- Java migration V3 from src/main/resources/reference/.

-- Both extensions are "trusted": a database owner may create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in
-- an index or a generated column; naming the dictionary makes this wrapper safe to
-- declare IMMUTABLE. Everything is schema-qualified so that it also works with an
-- empty search_path (pg_restore).
CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent', $1) $$;

-- The search form of a name, for stored names and typed queries alike: no accents,
-- lower case, every run of characters other than ASCII letters and digits (hyphens,
-- apostrophes, brackets) as one space, and the abbreviations "st" and "ste" as whole
-- words spelt out. 'L''Île-Saint-Denis' gives 'l ile saint denis', 'St-Denis' 'saint denis'.
CREATE OR REPLACE FUNCTION public.f_search_name(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT regexp_replace(
                     btrim(regexp_replace(lower(public.f_unaccent($1)), '[^a-z0-9]+', ' ', 'g')),
                     '\mst(e?)\M', 'saint\1', 'g') $$;

-- The postcodes of a commune as one string, each after a space (' 93200 93210'), so
-- that "a postcode starts with 931" is LIKE '% 931%' and can use a trigram index.
-- (array_to_string is only STABLE in general; for text[] it cannot change.)
CREATE OR REPLACE FUNCTION public.f_post_codes_key(text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT ' ' || array_to_string($1, ' ') $$;

CREATE TABLE sector_group (
    slug     varchar(100) PRIMARY KEY,
    name     varchar(200) NOT NULL,
    position integer      NOT NULL
);

CREATE TABLE sector (
    slug       varchar(100) PRIMARY KEY,
    group_slug varchar(100) NOT NULL REFERENCES sector_group (slug),
    name       varchar(200) NOT NULL,
    position   integer      NOT NULL
);
CREATE INDEX sector_group_slug_idx ON sector (group_slug);

CREATE TABLE department (
    code        varchar(3)   PRIMARY KEY,
    name        varchar(100) NOT NULL,
    region_code varchar(2),
    region_name varchar(100)
);

CREATE TABLE commune (
    insee_code      varchar(5)   PRIMARY KEY,
    name            varchar(100) NOT NULL,
    department_code varchar(3)   NOT NULL REFERENCES department (code),
    post_codes      text[]       NOT NULL,
    latitude        double precision,
    longitude       double precision,
    search_name     text GENERATED ALWAYS AS (public.f_search_name(name)) STORED
);
CREATE INDEX commune_department_code_idx ON commune (department_code);
-- Exact and prefix matches on the name (LIKE 'key%').
CREATE INDEX commune_search_name_prefix_idx ON commune (search_name text_pattern_ops);
-- Matches on a later word of the name (LIKE '% key%').
CREATE INDEX commune_search_name_trgm_idx ON commune USING gin (search_name gin_trgm_ops);
-- Postcode searches, whole or the start of one.
CREATE INDEX commune_post_codes_trgm_idx ON commune USING gin (public.f_post_codes_key(post_codes) gin_trgm_ops);

CREATE TABLE structure_kind (
    code        varchar(10)  PRIMARY KEY,
    label       varchar(100) NOT NULL,
    description text         NOT NULL,
    position    integer      NOT NULL
);

CREATE TABLE presta_type (
    code     varchar(20)  PRIMARY KEY,
    label    varchar(100) NOT NULL,
    position integer      NOT NULL
);

-- The codes are those of the Java enums StructureKind and PrestaType.
INSERT INTO structure_kind (code, label, description, position) VALUES
    ('ACI', 'Atelier et chantier d''insertion',
     'Structure, le plus souvent associative, qui emploie des personnes très éloignées de l''emploi sur des activités d''utilité sociale avec un accompagnement social et professionnel renforcé.', 1),
    ('AI', 'Association intermédiaire',
     'Association qui embauche des personnes en difficulté pour les mettre à disposition de particuliers, d''associations, d''entreprises ou de collectivités pour des missions ponctuelles.', 2),
    ('EI', 'Entreprise d''insertion',
     'Entreprise du secteur marchand qui produit des biens ou des services tout en offrant à des personnes en difficulté un emploi assorti d''un accompagnement.', 3),
    ('ETTI', 'Entreprise de travail temporaire d''insertion',
     'Entreprise de travail temporaire dont les missions d''intérim sont réservées à des personnes en difficulté, accompagnées pendant et entre leurs missions.', 4),
    ('EITI', 'Entreprise d''insertion par le travail indépendant',
     'Structure qui permet à des personnes en difficulté d''exercer une activité de travailleur indépendant avec un accompagnement adapté.', 5),
    ('GEIQ', 'Groupement d''employeurs pour l''insertion et la qualification',
     'Groupement d''entreprises qui recrute des personnes éloignées de l''emploi et les met à disposition de ses membres dans un parcours qualifiant en alternance.', 6),
    ('EA', 'Entreprise adaptée',
     'Entreprise du milieu ordinaire dont la majorité des salariés sont des travailleurs handicapés, qu''elle accompagne dans leur projet professionnel.', 7),
    ('EATT', 'Entreprise adaptée de travail temporaire',
     'Entreprise adaptée qui propose des missions d''intérim à des travailleurs handicapés pour favoriser leur accès à un emploi durable.', 8),
    ('ESAT', 'Établissement et service d''aide par le travail',
     'Établissement médico-social qui offre à des personnes handicapées une activité professionnelle adaptée avec un soutien médico-social et éducatif.', 9);

INSERT INTO presta_type (code, label, position) VALUES
    ('SERVICE', 'Prestation de service', 1),
    ('STAFFING', 'Mise à disposition de personnel', 2),
    ('GOODS', 'Fabrication et commercialisation de biens', 3);
