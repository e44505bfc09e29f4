-- Benchmark data of the activity barometer (bench/indicators.sh): the structures spread over every
-- department (1 in 50 without one), then ${surveys} weekly answers over the 52 weeks up to the
-- current one (Paris time), at most one per structure and week (besides the demo's), with plausible figures.
WITH d AS (SELECT array_agg(code ORDER BY code) AS codes FROM department)
UPDATE structure s SET department = CASE WHEN abs(hashtext(s.id::text)) % 50 = 0 THEN NULL
    ELSE d.codes[1 + abs(hashtext(s.id::text || 'd')) % array_length(d.codes, 1)] END
FROM d;

SELECT setseed(0.12);

INSERT INTO activity_survey (id, structure_id, week, week_start, department, kind, activity_level_pct,
    revenue_loss_pct, insertion_employees, insertion_working, insertion_short_time, people_followed,
    followed_in_person, followed_by_phone, followed_by_video, obstacles, needs, needs_text, version,
    entered_via, created_at, updated_at)
SELECT gen_random_uuid(), id, to_char(monday, 'IYYY-"W"IW'), monday, department, kind, activity, loss,
       employees, working, floor((employees - working) * r3)::int, followed, floor(followed * r4)::int,
       floor(followed * r5)::int, floor(followed * r6 * 0.5)::int,
       array_remove(ARRAY[CASE WHEN r7 < 0.15 THEN 'NO_EQUIPMENT' END, CASE WHEN r7 > 0.9 THEN 'NO_CONNECTION' END,
           CASE WHEN r8 < 0.1 THEN 'HEALTH' END, CASE WHEN r8 > 0.85 THEN 'CHILDCARE' END,
           CASE WHEN r9 < 0.2 THEN 'TRANSPORT' END, CASE WHEN r9 > 0.97 THEN 'OTHER' END], NULL)::varchar(20)[],
       array_remove(ARRAY[CASE WHEN r10 < 0.1 THEN 'SUPPLIES' END, CASE WHEN r10 > 0.85 THEN 'CUSTOMERS' END,
           CASE WHEN r11 < 0.08 THEN 'FINANCING' END, CASE WHEN r11 > 0.95 THEN 'STAFFING' END], NULL)::varchar(20)[],
       NULL, 1, 'LINK', now(), now()
FROM (
    SELECT p.*, floor(employees * r2 * 0.8)::int AS working
    FROM (
        SELECT s.id, s.department, s.kind, w.monday,
               least(100, floor(random() * 70 + random() * 40))::int AS activity,
               floor(random() * 101)::int AS loss, floor(random() * 30)::int AS employees,
               floor(random() * 25)::int AS followed, random() AS r2, random() AS r3, random() AS r4,
               random() AS r5, random() AS r6, random() AS r7, random() AS r8, random() AS r9, random() AS r10,
               random() AS r11
        FROM structure s
        CROSS JOIN (SELECT (date_trunc('week', now() AT TIME ZONE 'Europe/Paris')::date - 7 * i) AS monday
                    FROM generate_series(0, 51) i) w
        WHERE s.active
          -- the demo data's own answers stay (one answer per structure and week)
          AND NOT EXISTS (SELECT 1 FROM activity_survey a WHERE a.structure_id = s.id AND a.week_start = w.monday)
        ORDER BY md5(s.id::text || w.monday::text)
        LIMIT ${surveys}
    ) p
) q;

VACUUM ANALYZE structure;
VACUUM ANALYZE activity_survey;
