-- A count per week that grows with every answer of that week written (inserted, replaced, deleted):
-- the dashboard keeps each week's figures in memory while it stays the same, and every replica
-- compares it at each request (52 rows for a year, instead of summing 200,000 answers again).
-- Kept by statement triggers, so a bulk load costs one update per week, not one per answer.
CREATE TABLE activity_survey_week (
    week_start date   PRIMARY KEY,
    changes    bigint NOT NULL CHECK (changes >= 0)
);

INSERT INTO activity_survey_week (week_start, changes)
SELECT week_start, count(*) FROM activity_survey GROUP BY week_start;

CREATE FUNCTION activity_survey_week_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO activity_survey_week AS w (week_start, changes)
    SELECT week_start, count(*) FROM changed_rows GROUP BY week_start
    ON CONFLICT (week_start) DO UPDATE SET changes = w.changes + EXCLUDED.changes;
    RETURN NULL;
END
$$;

CREATE TRIGGER activity_survey_week_inserted AFTER INSERT ON activity_survey
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_survey_week_changed();
-- an update counts for the week it leaves and the one it reaches (the same one, in practice)
CREATE TRIGGER activity_survey_week_updated AFTER UPDATE ON activity_survey
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_survey_week_changed();
CREATE TRIGGER activity_survey_week_updated_from AFTER UPDATE ON activity_survey
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_survey_week_changed();
CREATE TRIGGER activity_survey_week_deleted AFTER DELETE ON activity_survey
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_survey_week_changed();
