-- Two columns that spare the directory search work proportional to the number of
-- matches (measured on 10,000 structures with 100,000 offers):
--  * rank_vector: the name, brand, sectors and offer titles only (weights A and B),
--    a few lexemes, which ts_rank reads much faster than the whole search_vector;
--    descriptions (weight C) still match but no longer weigh on the order;
--  * sector_groups: the sector groups of the activities, so that the facet counts
--    them without joining every matching structure's activities.
-- Both are maintained by the same trigger as search_vector.

ALTER TABLE structure ADD COLUMN rank_vector tsvector;
ALTER TABLE structure ADD COLUMN sector_groups text[] NOT NULL DEFAULT '{}';

CREATE OR REPLACE FUNCTION directory_rank_vector(s structure) RETURNS tsvector
    LANGUAGE sql STABLE
    AS $$
    SELECT setweight(to_tsvector('french', public.f_unaccent(s.name || ' ' || coalesce(s.brand, ''))), 'A')
        || setweight(to_tsvector('french', public.f_unaccent(
               coalesce((SELECT string_agg(sec.name, ' ') FROM structure_activity a
                         JOIN sector sec ON sec.slug = a.sector_slug WHERE a.structure_id = s.id), '')
               || ' ' || coalesce((SELECT string_agg(DISTINCT o.title, ' ') FROM offer o WHERE o.structure_id = s.id), ''))), 'B')
    $$;

CREATE OR REPLACE FUNCTION structure_search_vector_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        NEW.search_vector := directory_search_vector(NEW);
        NEW.rank_vector := directory_rank_vector(NEW);
        NEW.sector_groups := coalesce((SELECT array_agg(DISTINCT sec.group_slug ORDER BY sec.group_slug)
                                       FROM structure_activity a JOIN sector sec ON sec.slug = a.sector_slug
                                       WHERE a.structure_id = NEW.id), '{}');
        RETURN NEW;
    END
    $$;

UPDATE structure SET search_vector = NULL;
