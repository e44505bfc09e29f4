-- The demo data loaded, one row per set of contributors: a restart checks this one
-- row instead of looking up every demo record (DemoDataLoader).
CREATE TABLE demo_data_load (
    contributors text        PRIMARY KEY,
    loaded_at    timestamptz NOT NULL DEFAULT now()
);

-- The communes autocomplete answers from memory (ReferenceCatalog): its search
-- column and indexes are no longer read.
DROP INDEX commune_search_name_prefix_idx;
DROP INDEX commune_search_name_trgm_idx;
DROP INDEX commune_post_codes_trgm_idx;
ALTER TABLE commune DROP COLUMN search_name;
DROP FUNCTION public.f_post_codes_key(text[]);
