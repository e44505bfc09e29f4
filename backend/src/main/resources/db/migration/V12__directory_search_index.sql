-- The directory search moves to an in-memory Lucene index in each replica
-- (fr.relanceiae.directory.search), rebuilt from these tables at start and kept
-- up to date on every search: each structure records the transaction that last
-- changed it or what hangs off it (search_xid), so that a replica reloads exactly
-- the structures written since the oldest transaction that was still running at
-- its previous check. The full-text columns of V10 and V11 go.

DROP TRIGGER structure_search_vector ON structure;
DROP TRIGGER structure_activity_search ON structure_activity;
DROP TRIGGER offer_search ON offer;
DROP FUNCTION structure_search_vector_trigger();
DROP FUNCTION structure_children_changed_trigger();
DROP FUNCTION directory_rank_vector(structure);
DROP FUNCTION directory_search_vector(structure);
DROP INDEX structure_search_vector_idx;
DROP INDEX structure_search_name_trgm_idx;
ALTER TABLE structure DROP COLUMN search_vector, DROP COLUMN rank_vector, DROP COLUMN sector_groups,
    DROP COLUMN search_name;

ALTER TABLE structure ADD COLUMN search_xid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX structure_search_xid_idx ON structure (search_xid);

CREATE FUNCTION structure_search_stamp_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        NEW.search_xid := pg_current_xact_id();
        RETURN NEW;
    END
    $$;

CREATE TRIGGER structure_search_stamp BEFORE INSERT OR UPDATE ON structure
    FOR EACH ROW EXECUTE FUNCTION structure_search_stamp_trigger();

-- Any change to an activity or an offer stamps its structure (the version, which
-- guards concurrent edits of the profile, is not touched).
CREATE FUNCTION structure_children_changed_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            UPDATE structure SET search_xid = pg_current_xact_id() WHERE id = OLD.structure_id;
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.structure_id <> OLD.structure_id) THEN
            UPDATE structure SET search_xid = pg_current_xact_id() WHERE id = NEW.structure_id;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER structure_activity_search AFTER INSERT OR UPDATE OR DELETE
    ON structure_activity FOR EACH ROW EXECUTE FUNCTION structure_children_changed_trigger();
CREATE TRIGGER offer_search AFTER INSERT OR UPDATE OR DELETE
    ON offer FOR EACH ROW EXECUTE FUNCTION structure_children_changed_trigger();

-- Structures are deactivated, never deleted by the application; a row deleted by
-- hand still leaves the replicas' indexes through this log.
CREATE TABLE structure_search_removal (
    structure_id uuid NOT NULL,
    removed_xid  xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX structure_search_removal_xid_idx ON structure_search_removal (removed_xid);

CREATE FUNCTION structure_removed_trigger() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    BEGIN
        INSERT INTO structure_search_removal (structure_id) VALUES (OLD.id);
        RETURN NULL;
    END
    $$;

CREATE TRIGGER structure_search_removal AFTER DELETE ON structure
    FOR EACH ROW EXECUTE FUNCTION structure_removed_trigger();
