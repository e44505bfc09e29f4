-- Import jobs wait in PostgreSQL, their file beside them, instead of in one
-- replica's memory: every replica's worker claims the oldest QUEUED job with
-- FOR UPDATE SKIP LOCKED, and the number of QUEUED jobs is bounded. The file
-- is deleted when its job ends.
-- The report becomes counts on the job and one row per rejected line and per
-- warning: the job answers with the first ones, CSV files give them all.

CREATE TABLE structure_import_file (
    import_id uuid  PRIMARY KEY REFERENCES structure_import (id) ON DELETE CASCADE,
    content   bytea NOT NULL
);

ALTER TABLE structure_import
    ADD COLUMN created_count   integer NOT NULL DEFAULT 0,
    ADD COLUMN updated_count   integer NOT NULL DEFAULT 0,
    ADD COLUMN unchanged_count integer NOT NULL DEFAULT 0,
    ADD COLUMN rejected_count  integer NOT NULL DEFAULT 0,
    ADD COLUMN warning_count   integer NOT NULL DEFAULT 0,
    -- The file's header as rejected.csv writes it back (CSV cells in UTF-8; bytes, as a cell may hold NUL).
    ADD COLUMN header_csv      bytea;

CREATE INDEX structure_import_queued_idx ON structure_import (created_at) WHERE status = 'QUEUED';

-- A rejected line: its reasons, and its cells as they were in the file (CSV, UTF-8).
CREATE TABLE structure_import_rejection (
    import_id    uuid    NOT NULL REFERENCES structure_import (id) ON DELETE CASCADE,
    line         integer NOT NULL,
    siret        text,
    reasons      text[]  NOT NULL,
    original_csv bytea   NOT NULL,
    PRIMARY KEY (import_id, line)
);

-- A value left out of a written line; position orders a job's warnings (by line).
CREATE TABLE structure_import_warning (
    import_id uuid    NOT NULL REFERENCES structure_import (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    line      integer NOT NULL,
    siret     text,
    message   text    NOT NULL,
    PRIMARY KEY (import_id, position)
);

-- Reports of earlier jobs: their rows knew only the SIRET of the line.
UPDATE structure_import
   SET created_count = (report ->> 'created')::int,
       updated_count = (report ->> 'updated')::int,
       unchanged_count = (report ->> 'unchanged')::int,
       rejected_count = (report ->> 'rejected')::int,
       warning_count = jsonb_array_length(report -> 'warnings'),
       header_csv = convert_to('siret', 'UTF8')
 WHERE report IS NOT NULL;
INSERT INTO structure_import_rejection (import_id, line, siret, reasons, original_csv)
SELECT i.id, (r ->> 'line')::int, r ->> 'siret', ARRAY(SELECT jsonb_array_elements_text(r -> 'reasons')),
       convert_to(coalesce(r ->> 'siret', ''), 'UTF8')
  FROM structure_import i, jsonb_array_elements(i.report -> 'rejectedRows') r
 WHERE i.report IS NOT NULL;
INSERT INTO structure_import_warning (import_id, position, line, siret, message)
SELECT i.id, w.position, (w.warning ->> 'line')::int, w.warning ->> 'siret', w.warning ->> 'message'
  FROM structure_import i, jsonb_array_elements(i.report -> 'warnings') WITH ORDINALITY w (warning, position)
 WHERE i.report IS NOT NULL;
ALTER TABLE structure_import DROP COLUMN report;

-- Jobs queued in the memory of a replica that this deployment stops: their file is gone.
UPDATE structure_import
   SET status = 'FAILED', finished_at = now(),
       error = 'L''import a été interrompu (arrêt du serveur qui le traitait) : relancez-le, '
               || 'les lignes déjà écrites seront comptées inchangées.'
 WHERE status IN ('QUEUED', 'RUNNING');
