-- Biểu 06 by resolving unit and by field, computed by DuckDB from the same files motcua reads:
-- the dossier CSV, procedures.jsonl and the working calendar that motcua exports (CalendarCsv).
-- The rules are motcua's defaults (docs/rules.md §2.2 to §2.6), restated in SQL:
--   * dates are Vietnam's (UTC+7); the day of receipt is not counted;
--   * N working days end on the working day whose ordinal is the start day's plus N; N calendar
--     days end N days later, moved to the next working day; a same-day procedure ends on the day,
--     or the next working day; N working hours run inside the two daily sessions;
--   * supplement requests (RESTART): only requests sent by the report date are known, and answers
--     given by it; while the last known request is unanswered there is no due date; otherwise the
--     clock starts again at the last answer;
--   * a dossier ends at its result-ready instant when resolved, else at its return; it is counted
--     when received by the report date and not ended before the window's first day; carried over
--     when received before that day;
--   * ended by the report date: refused, withdrawn and stopped in their own classes; resolved
--     early, on time or late by its end date against its due date; otherwise pending: within while
--     it waits for the applicant or the report date is not after the due date, overdue otherwise.
-- Placeholders in double braces are filled in by DuckDbReport.
SET TimeZone = 'UTC';
CREATE OR REPLACE MACRO vn_day(ts) AS (epoch_ms(ts) // 1000 + {{VN_OFFSET}}) // 86400;
CREATE OR REPLACE MACRO vn_second(ts) AS (epoch_ms(ts) // 1000 + {{VN_OFFSET}}) % 86400;
CREATE OR REPLACE TEMP TABLE cal AS
  SELECT CAST(date - DATE '1970-01-01' AS BIGINT) AS day, working, working_day_ordinal AS ord
  FROM read_csv('{{CALENDAR}}', header = true,
                columns = {'date': 'DATE', 'working': 'BOOLEAN', 'working_day_ordinal': 'BIGINT'});
CREATE OR REPLACE TEMP TABLE wd AS SELECT ord, day FROM cal WHERE working;
CREATE OR REPLACE TEMP TABLE proc AS
  SELECT procedure.code AS code, procedure.field.code AS field,
         CAST(CAST(effectiveFrom AS DATE) - DATE '1970-01-01' AS BIGINT) AS eff,
         procedure.processingTime.amount AS amount, procedure.processingTime.unit AS time_unit
  FROM read_json('{{PROCEDURES}}');
WITH raw AS (
  SELECT resolving_unit_code AS unit, procedure_code, outcome,
         CAST(received_at AS TIMESTAMPTZ) AS received,
         CASE WHEN outcome = 'RESOLVED' AND result_ready_at IS NOT NULL THEN CAST(result_ready_at AS TIMESTAMPTZ)
              ELSE CAST(returned_at AS TIMESTAMPTZ) END AS ended,
         list_filter(
           coalesce(json_transform(supplement_requests,
                                   '[{"requestedAt": "TIMESTAMPTZ", "answeredAt": "TIMESTAMPTZ"}]'), []),
           lambda r: vn_day(r.requestedAt) <= {{REPORT_DAY}}) AS known
  FROM read_csv('{{DOSSIERS}}', header = true, all_varchar = true)
), dossiers AS (
  SELECT unit, procedure_code, outcome, received, known, vn_day(received) AS received_day,
         CASE WHEN outcome IS NOT NULL AND ended IS NOT NULL THEN vn_day(ended) END AS end_day,
         len(list_filter(known, lambda r: r.answeredAt IS NULL OR vn_day(r.answeredAt) > {{REPORT_DAY}})) > 0
           AS waiting,
         len(known) > 0 AND (known[-1].answeredAt IS NULL OR vn_day(known[-1].answeredAt) > {{REPORT_DAY}})
           AS awaiting
  FROM raw
), counted AS (
  SELECT d.*, vn_day(clock) AS start_day, vn_second(clock) AS start_second, p.field, p.amount, p.time_unit
  FROM (SELECT *, CASE WHEN len(known) > 0 AND NOT awaiting THEN known[-1].answeredAt ELSE received END AS clock
        FROM dossiers) d
  ASOF JOIN proc p ON d.procedure_code = p.code AND d.received_day >= p.eff
  WHERE received_day <= {{REPORT_DAY}} AND (end_day IS NULL OR end_day >= {{FIRST_DAY}})
), timed AS (
  SELECT counted.*,
         CASE WHEN time_unit IN ('CALENDAR_DAYS', 'SAME_DAY') AND target.working THEN target.day END AS due_direct,
         CASE time_unit
           WHEN 'WORKING_DAYS' THEN start.ord + amount
           WHEN 'CALENDAR_DAYS' THEN target.ord + 1
           WHEN 'SAME_DAY' THEN target.ord + 1
           WHEN 'WORKING_HOURS' THEN
             ((CASE WHEN start.working
                    THEN (start.ord - 1) * {{DAY_SECONDS}}
                         + least(greatest(start_second - {{S1_START}}, 0), {{S1_SECONDS}})
                         + least(greatest(start_second - {{S2_START}}, 0), {{S2_SECONDS}})
                    ELSE start.ord * {{DAY_SECONDS}} END)
              + amount * 3600 + {{DAY_SECONDS}} - 1) // {{DAY_SECONDS}}
         END AS due_ordinal
  FROM counted
  JOIN cal start ON start.day = counted.start_day
  JOIN cal target ON target.day = counted.start_day + CASE WHEN time_unit = 'CALENDAR_DAYS' THEN amount ELSE 0 END
), classed AS (
  SELECT unit, field, received_day < {{FIRST_DAY}} AS carried_over,
         CASE WHEN end_day IS NOT NULL AND end_day <= {{REPORT_DAY}} AND outcome <> 'RESOLVED' THEN outcome
              WHEN end_day IS NOT NULL AND end_day <= {{REPORT_DAY}} THEN
                CASE WHEN end_day < due THEN 'EARLY' WHEN end_day = due THEN 'ON_TIME' ELSE 'LATE' END
              WHEN due IS NULL OR waiting THEN 'PENDING_WITHIN'
              WHEN {{REPORT_DAY}} > due THEN 'PENDING_OVERDUE'
              ELSE 'PENDING_WITHIN' END AS class
  FROM (SELECT timed.*, CASE WHEN awaiting THEN NULL ELSE coalesce(due_direct, wd.day) END AS due
        FROM timed LEFT JOIN wd ON wd.ord = timed.due_ordinal)
)
SELECT CASE WHEN GROUPING(unit) = 0 THEN 'unit' ELSE 'field' END AS grouping,
       coalesce(unit, field) AS key,
       count(*) AS received,
       count(*) FILTER (WHERE carried_over) AS carried_over,
       count(*) FILTER (WHERE class = 'EARLY') AS early,
       count(*) FILTER (WHERE class = 'ON_TIME') AS on_time,
       count(*) FILTER (WHERE class = 'LATE') AS late,
       count(*) FILTER (WHERE class = 'PENDING_WITHIN') AS pending_within,
       count(*) FILTER (WHERE class = 'PENDING_OVERDUE') AS pending_overdue,
       count(*) FILTER (WHERE class = 'REFUSED') AS refused,
       count(*) FILTER (WHERE class = 'WITHDRAWN') AS withdrawn,
       count(*) FILTER (WHERE class = 'STOPPED') AS stopped
FROM classed
GROUP BY GROUPING SETS ((unit), (field))
