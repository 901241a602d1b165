-- Biểu 06 by resolving unit and by field, computed by DuckDB from the same files motcua reads:
-- the dossier CSV, procedures.jsonl and the working calendar that motcua exports (CalendarCsv).
-- The rules are motcua's defaults (docs/rules.md §2.2 to §2.6), restated in SQL:
--   * dates and times are Vietnam's (UTC+7); the day of receipt is not counted;
--   * an instant outside the working sessions, or on a day off, counts from the start of the next
--     session (a receipt, and an answer to a supplement request);
--   * from that start, N working days end on the working day whose ordinal is the start's plus N,
--     at the end of its last session; N calendar days end N days later, moved to the next working
--     day; a same-day procedure ends at the end of the start's day; N working hours run inside the
--     two daily sessions;
--   * supplement requests (RESTART; the data set holds at most one per dossier, and the SQL fails
--     on more): only a request sent by the report date is known, and an answer given by it; a
--     request sent after the original due date (after the due instant, for working-hour and
--     same-day procedures), or more than 3 working days after the receipt's start, moves nothing;
--     any other request stops the clock while unanswered and starts it again at its answer;
--   * a dossier ends at its result-ready instant when resolved, else at its return; it is counted
--     when received by the report date and not ended before the window's first day; carried over
--     when received before that day;
--   * ended by the report date: refused, withdrawn and stopped in their own classes; resolved
--     early, on time or late by its end date against its due date, and late on the due date when
--     a working-hour or same-day procedure ends after its due instant; otherwise pending: within
--     while the clock waits for the applicant or the report date is before the due date (or is
--     the due date, for a procedure counted in days), overdue otherwise.
-- Placeholders in double braces are filled in by DuckDbReport.
SET TimeZone = 'UTC';
CREATE OR REPLACE MACRO vn_day(ts) AS (epoch_ms(ts) // 1000 + {{VN_OFFSET}}) // 86400;
CREATE OR REPLACE MACRO vn_second(ts) AS (epoch_ms(ts) // 1000 + {{VN_OFFSET}}) % 86400;
CREATE OR REPLACE MACRO in_hours(working, second) AS working AND second < {{S2_END}};
CREATE OR REPLACE MACRO session_second(second) AS
  CASE WHEN second < {{S1_START}} THEN {{S1_START}}
       WHEN second >= {{S1_START}} + {{S1_SECONDS}} AND second < {{S2_START}} THEN {{S2_START}}
       ELSE second END;
CREATE OR REPLACE MACRO worked_before(second) AS
  least(greatest(second - {{S1_START}}, 0), {{S1_SECONDS}}) + least(greatest(second - {{S2_START}}, 0), {{S2_SECONDS}});
CREATE OR REPLACE TEMP TABLE days AS
  SELECT CAST(date - DATE '1970-01-01' AS BIGINT) AS day, working, working_day_ordinal AS ord
  FROM read_csv('{{CALENDAR}}', header = true,
                columns = {'date': 'DATE', 'working': 'BOOLEAN', 'working_day_ordinal': 'BIGINT'});
CREATE OR REPLACE TEMP TABLE wd AS SELECT ord, day FROM days WHERE working;
CREATE OR REPLACE TEMP TABLE cal AS
  SELECT days.*, wd.day AS next_day FROM days LEFT JOIN wd ON wd.ord = days.ord + 1;
CREATE OR REPLACE TEMP TABLE proc AS
  SELECT procedure.code AS code, procedure.field.code AS field,
         CAST(CAST(effectiveFrom AS DATE) - DATE '1970-01-01' AS BIGINT) AS eff,
         procedure.processingTime.amount AS amount, procedure.processingTime.unit AS time_unit
  FROM read_json('{{PROCEDURES}}');
WITH raw AS (
  SELECT id, resolving_unit_code AS unit, procedure_code, outcome,
         CAST(received_at AS TIMESTAMPTZ) AS received,
         CASE WHEN outcome = 'RESOLVED' AND result_ready_at IS NOT NULL THEN CAST(result_ready_at AS TIMESTAMPTZ)
              ELSE CAST(returned_at AS TIMESTAMPTZ) END AS ended,
         list_filter(
           coalesce(json_transform(supplement_requests,
                                   '[{"requestedAt": "TIMESTAMPTZ", "answeredAt": "TIMESTAMPTZ"}]'), []),
           lambda r: vn_day(r.requestedAt) <= {{REPORT_DAY}}) AS known
  FROM read_csv('{{DOSSIERS}}', header = true, all_varchar = true)
), dossiers AS (
  SELECT d.*, p.field, p.amount, p.time_unit
  FROM (SELECT id, unit, procedure_code, outcome, received, vn_day(received) AS received_day,
               CASE WHEN outcome IS NOT NULL AND ended IS NOT NULL THEN vn_day(ended) END AS end_day,
               CASE WHEN outcome IS NOT NULL AND ended IS NOT NULL THEN vn_second(ended) END AS end_second,
               CASE WHEN len(known) > 1 THEN error('the SQL models one supplement request per dossier: ' || id)
                    WHEN len(known) = 1 THEN vn_day(known[1].requestedAt) END AS requested_day,
               CASE WHEN len(known) = 1 THEN vn_second(known[1].requestedAt) END AS requested_second,
               CASE WHEN len(known) = 1 AND vn_day(known[1].answeredAt) <= {{REPORT_DAY}}
                    THEN known[1].answeredAt END AS answered
        FROM raw) d
  ASOF JOIN proc p ON d.procedure_code = p.code AND d.received_day >= p.eff
  WHERE received_day <= {{REPORT_DAY}} AND (end_day IS NULL OR end_day >= {{FIRST_DAY}})
), starts AS (
  -- Each instant a clock may start from, moved to the start of the next session when outside one.
  SELECT s.id, s.kind, s.amount, s.time_unit,
         CASE WHEN in_hours(c.working, s.second) THEN c.ord ELSE c.ord + 1 END AS start_ord,
         CASE WHEN in_hours(c.working, s.second) THEN s.day ELSE c.next_day END AS start_day,
         CASE WHEN in_hours(c.working, s.second) THEN session_second(s.second) ELSE {{S1_START}} END
           AS start_second
  FROM (SELECT id, 'receipt' AS kind, amount, time_unit, received_day AS day, vn_second(received) AS second
        FROM dossiers
        UNION ALL
        SELECT id, 'answer', amount, time_unit, vn_day(answered), vn_second(answered)
        FROM dossiers WHERE answered IS NOT NULL) s
  JOIN cal c ON c.day = s.day
), totals AS (
  SELECT starts.*, (start_ord - 1) * {{DAY_SECONDS}} + worked_before(start_second) + amount * 3600 AS hours_total
  FROM starts
), ordinals AS (
  SELECT totals.*,
         CASE time_unit
           WHEN 'WORKING_DAYS' THEN start_ord + amount
           WHEN 'CALENDAR_DAYS' THEN CASE WHEN target.working THEN target.ord ELSE target.ord + 1 END
           WHEN 'SAME_DAY' THEN start_ord
           WHEN 'WORKING_HOURS' THEN (hours_total + {{DAY_SECONDS}} - 1) // {{DAY_SECONDS}}
         END AS due_ord
  FROM totals
  JOIN cal target ON target.day = totals.start_day + CASE WHEN time_unit = 'CALENDAR_DAYS' THEN amount ELSE 0 END
), dues AS (
  -- The due instant as a day and a second of that day: the end of the last session, or where the
  -- working hours run out.
  SELECT id, kind, start_ord, wd.day AS due_day,
         CASE WHEN time_unit <> 'WORKING_HOURS' THEN {{S2_END}}
              WHEN hours_total - (due_ord - 1) * {{DAY_SECONDS}} <= {{S1_SECONDS}}
                THEN {{S1_START}} + hours_total - (due_ord - 1) * {{DAY_SECONDS}}
              ELSE {{S2_START}} + hours_total - (due_ord - 1) * {{DAY_SECONDS}} - {{S1_SECONDS}} END AS due_second
  FROM ordinals JOIN wd ON wd.ord = ordinals.due_ord
), judged AS (
  SELECT d.*, r.due_day AS original_due_day, r.due_second AS original_due_second,
         a.due_day AS answer_due_day, a.due_second AS answer_due_second,
         d.requested_day IS NOT NULL AND d.requested_day <= w.day
           AND CASE WHEN d.time_unit IN ('WORKING_HOURS', 'SAME_DAY')
                    THEN d.requested_day < r.due_day
                         OR (d.requested_day = r.due_day AND d.requested_second <= r.due_second)
                    ELSE d.requested_day <= r.due_day END AS moves
  FROM dossiers d
  JOIN dues r ON r.id = d.id AND r.kind = 'receipt'
  JOIN wd w ON w.ord = r.start_ord + 3
  LEFT JOIN dues a ON a.id = d.id AND a.kind = 'answer'
), classed AS (
  SELECT unit, field, received_day < {{FIRST_DAY}} AS carried_over,
         CASE WHEN end_day IS NOT NULL AND end_day <= {{REPORT_DAY}} AND outcome <> 'RESOLVED' THEN outcome
              WHEN end_day IS NOT NULL AND end_day <= {{REPORT_DAY}} THEN
                CASE WHEN end_day < due THEN 'EARLY'
                     WHEN end_day = due AND NOT (time_unit IN ('WORKING_HOURS', 'SAME_DAY') AND end_second > due_second)
                       THEN 'ON_TIME'
                     ELSE 'LATE' END
              WHEN due IS NULL OR {{REPORT_DAY}} < due THEN 'PENDING_WITHIN'
              WHEN {{REPORT_DAY}} = due AND time_unit NOT IN ('WORKING_HOURS', 'SAME_DAY') THEN 'PENDING_WITHIN'
              ELSE 'PENDING_OVERDUE' END AS class
  FROM (SELECT judged.*,
               CASE WHEN NOT moves THEN original_due_day ELSE answer_due_day END AS due,
               CASE WHEN NOT moves THEN original_due_second ELSE answer_due_second END AS due_second
        FROM judged)
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
