-- Organisation names are unique per kind, compared without case, accents or extra spaces
-- ("Ville de Montreuil" and " ville  de MONTREUIL" are the same name). SIAE organisations
-- are left out: the directory creates one per structure, named after it, and two distinct
-- structures (each known by its SIRET) may share a name ("Régie de quartier").

-- The compared form of a name; the service asks with the same function (OrganisationService).
CREATE OR REPLACE FUNCTION public.f_organisation_name_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.f_unaccent(btrim(regexp_replace($1, '\s+', ' ', 'g')))) $$;

-- Names that already collide keep the oldest as it is; the others get a suffix an admin can
-- then correct (" (doublon 2)", " (doublon 3)"…), so that the index below can be built.
WITH ranked AS (
    SELECT id, row_number() OVER (PARTITION BY kind, public.f_organisation_name_key(name)
                                  ORDER BY created_at, id) AS position
    FROM organisation
    WHERE kind <> 'SIAE'
)
UPDATE organisation o
SET name = left(o.name, 200 - length(' (doublon ' || r.position || ')')) || ' (doublon ' || r.position || ')',
    version = o.version + 1,
    updated_at = now()
FROM ranked r
WHERE r.id = o.id AND r.position > 1;

CREATE UNIQUE INDEX organisation_name_key ON organisation (kind, public.f_organisation_name_key(name))
    WHERE kind <> 'SIAE';
