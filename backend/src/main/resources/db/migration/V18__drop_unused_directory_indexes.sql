-- Since V12 the directory search runs on each replica's Lucene index: no SQL query
-- filters or sorts structures by these columns any more (the search reads rows by
-- id, a siae user's structures by organisation_id). The indexes only slowed writes.
DROP INDEX structure_siren_idx;
DROP INDEX structure_department_idx;
DROP INDEX structure_sort_name_idx;
DROP INDEX structure_labels_idx;
DROP INDEX structure_networks_idx;
DROP INDEX structure_earth_idx;
DROP INDEX structure_activity_sector_idx;
DROP INDEX structure_activity_departments_idx;

-- Import jobs are claimed through structure_import_queued_idx; none is read by
-- created_at alone. The scheduled check of stale jobs reads the RUNNING ones by
-- heartbeat, every 30 s on every replica: a small partial index serves it.
DROP INDEX structure_import_created_idx;
CREATE INDEX structure_import_running_idx ON structure_import (heartbeat_at) WHERE status = 'RUNNING';
