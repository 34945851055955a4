-- Each speaker's own stance kept as it changes, so that the summary tells who moved in its period
-- without a walk down the positions index for every speaker of the period (at a million
-- meetings: 20,000 walks a quarter, 1.4 s with the pages in memory and 10 s without).
--
-- speaker_stances holds, for every stakeholder who stated positions and every issue, the stance
-- of their own latest position as of each day, as runs of days (first_day up to the day before
-- end_day, 'infinity' while it holds), per clearance level as stance_spans does (`levels`,
-- `clearance`). Only positions that count at all are taken (a meeting not archived; a person who
-- did not speak only for organisations since archived), and an archived speaker holds nothing:
-- the rule the holders' spans use, in the statement that works those out. Every holder is a
-- speaker of its own positions, and every speaker is noted as a holder whenever their
-- positions, meetings, affiliations or archiving change (migration 0009), so the rebuild that
-- works out a holder's spans also writes its own stances.
--
-- A speaker moved in a period when their stance the day before it differs from their stance at
-- its end; that can only be so when the run in force the day before ends within the period, so
-- the summary reads just those runs, by end_day.

CREATE TABLE speaker_stances (
    speaker_id uuid NOT NULL,
    issue_id uuid NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    levels smallint NOT NULL CHECK (levels BETWEEN 1 AND 7),
    clearance smallint GENERATED ALWAYS AS (CASE WHEN levels & 1 <> 0 THEN 0 WHEN levels & 2 <> 0 THEN 1 ELSE 2 END) STORED,
    first_day date NOT NULL,
    end_day date NOT NULL,
    stance smallint NOT NULL CHECK (stance BETWEEN -2 AND 2),
    PRIMARY KEY (speaker_id, issue_id, levels, first_day),
    CHECK (first_day < end_day)
);
-- "Which runs end from D1 to D2", answered from the index alone once the table is vacuumed.
CREATE INDEX speaker_stances_end_day_idx ON speaker_stances (end_day)
    INCLUDE (first_day, levels, clearance, speaker_id, issue_id, stance);

ALTER TABLE speaker_stances ENABLE ROW LEVEL SECURITY;
CREATE POLICY speaker_stances_clearance ON speaker_stances TO liaison_app USING (cleared(clearance));
GRANT SELECT ON speaker_stances TO liaison_app;

CREATE OR REPLACE FUNCTION rebuild_stance_spans(holder_ids uuid[], issue_ids uuid[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET TimeZone = 'UTC' SET jit = off
    -- Planned once per connection, not at every write: planning the statement below took 8 ms
    -- a call, running it for a meeting's few holders about one.
    SET plan_cache_mode = force_generic_plan
    AS $function$
BEGIN
    -- The holders and issues to work out: each issue asked for, or for NULL every issue where
    -- the holder or its representatives took a position, or where it holds spans now.
    SELECT array_agg(d.holder_id), array_agg(i.issue_id) INTO holder_ids, issue_ids
    FROM (SELECT DISTINCT * FROM unnest(holder_ids, issue_ids)) AS d (holder_id, issue_id)
    CROSS JOIN LATERAL (
        SELECT d.issue_id WHERE d.issue_id IS NOT NULL
        UNION SELECT s.issue_id FROM stance_spans s WHERE d.issue_id IS NULL AND s.holder_id = d.holder_id
        UNION SELECT ps.issue_id FROM positions ps WHERE d.issue_id IS NULL AND ps.stakeholder_id = d.holder_id
        UNION SELECT ps.issue_id FROM affiliations a JOIN positions ps ON ps.stakeholder_id = a.person_id
              WHERE d.issue_id IS NULL AND a.organization_id = d.holder_id AND a.archived_at IS NULL
    ) AS i (issue_id);
    IF holder_ids IS NULL THEN
        RETURN;
    END IF;

    DELETE FROM stance_spans s USING unnest(holder_ids, issue_ids) AS k (holder_id, issue_id)
    WHERE s.holder_id = k.holder_id AND s.issue_id = k.issue_id;
    -- Every holder is also a speaker (of its own positions): its own stances are worked out with it.
    DELETE FROM speaker_stances s USING unnest(holder_ids, issue_ids) AS k (holder_id, issue_id)
    WHERE s.speaker_id = k.holder_id AND s.issue_id = k.issue_id;

    WITH holding AS (
        -- Holders still in the register: an archived organisation or person holds nothing.
        SELECT DISTINCT k.holder_id, k.issue_id FROM unnest(holder_ids, issue_ids) AS k (holder_id, issue_id)
        WHERE EXISTS (SELECT 1 FROM organizations o WHERE o.id = k.holder_id AND o.archived_at IS NULL)
           OR EXISTS (SELECT 1 FROM people p WHERE p.id = k.holder_id AND p.archived_at IS NULL)
    ),
    speakers AS (
        SELECT h.holder_id, h.issue_id, h.holder_id AS stakeholder_id FROM holding h
        UNION
        SELECT h.holder_id, h.issue_id, a.person_id FROM holding h
        JOIN affiliations a ON a.organization_id = h.holder_id AND a.archived_at IS NULL
    ),
    -- Every position of a holder's speakers that counts at all, with its day and a key that
    -- orders a speaker's positions as "latest" does (by time, then by meeting) and carries what
    -- the rest needs: the stance, whether it is the holder's own, whether it counts for the
    -- holder. The key's first 20 characters are the time.
    said AS (
        SELECT sp.holder_id, sp.issue_id, ps.stakeholder_id, ps.clearance, here.day,
               (to_char(ps.stated_at, 'YYYYMMDDHH24MISSUS') || ps.meeting_id::text || (ps.stance + 2)::text
                || CASE WHEN ps.stakeholder_id = sp.holder_id THEN '1' ELSE '0' END
                || CASE WHEN ps.person_id IS NULL THEN '1'
                        WHEN ps.person_id = sp.holder_id THEN CASE WHEN r.represented = 0 THEN '1' ELSE '0' END
                        WHEN r.for_holder THEN '1' ELSE '0' END) COLLATE "C" AS said_key
        FROM speakers sp
        JOIN positions ps ON ps.stakeholder_id = sp.stakeholder_id AND ps.issue_id = sp.issue_id
        JOIN meetings m ON m.id = ps.meeting_id AND m.archived_at IS NULL
        CROSS JOIN LATERAL (SELECT (m.starts_at AT TIME ZONE m.time_zone)::date AS day) here
        LEFT JOIN people p ON p.id = ps.person_id
        LEFT JOIN organizations o ON o.id = ps.organization_id
        LEFT JOIN LATERAL (
            SELECT count(*) AS represented, count(*) FILTER (WHERE ro.archived_at IS NULL) AS live,
                   coalesce(bool_or(a.organization_id = sp.holder_id AND ro.archived_at IS NULL), false) AS for_holder
            FROM affiliations a JOIN organizations ro ON ro.id = a.organization_id
            WHERE a.person_id = ps.person_id AND a.archived_at IS NULL
              AND here.day BETWEEN coalesce(a.valid_from, '-infinity') AND coalesce(a.valid_to, 'infinity')
        ) r ON ps.person_id IS NOT NULL
        -- The speaker is still in the register, and a person did not speak only for
        -- organisations since archived (such a position counts for no one).
        WHERE coalesce(p.archived_at, o.archived_at) IS NULL
          AND (ps.person_id IS NULL OR r.represented = 0 OR r.live > 0)
    ),
    -- Each position at every level it is worked out for: 0, and a higher one only where the
    -- holder and issue have a position of that level (elsewhere it is the same as the one below).
    -- Every step from here reads the one before once, in order: no step joins two of them, so
    -- that the work stays in proportion to the positions whatever the planner expects of them.
    leveled AS (
        SELECT x.holder_id, x.issue_id, x.stakeholder_id, x.day, x.said_key, l.level,
               CASE l.level
                   WHEN 0 THEN 1 | CASE WHEN NOT x.has1 THEN 2 ELSE 0 END | CASE WHEN NOT x.has1 AND NOT x.has2 THEN 4 ELSE 0 END
                   WHEN 1 THEN 2 | CASE WHEN NOT x.has2 THEN 4 ELSE 0 END
                   ELSE 4 END AS levels
        FROM (SELECT said.*, bool_or(clearance = 1) OVER w AS has1, bool_or(clearance = 2) OVER w AS has2
              FROM said WINDOW w AS (PARTITION BY holder_id, issue_id)) x
        CROSS JOIN (VALUES (0), (1), (2)) AS l (level)
        WHERE x.clearance <= l.level AND (l.level = 0 OR (l.level = 1 AND x.has1) OR (l.level = 2 AND x.has2))
    ),
    -- Each speaker's latest position as of each day they spoke: the greatest key so far.
    running AS (
        SELECT DISTINCT holder_id, issue_id, level, levels, stakeholder_id, day,
               max(said_key) OVER (PARTITION BY holder_id, issue_id, level, stakeholder_id ORDER BY day) AS latest
        FROM leveled
    ),
    -- ... which stays their latest until the next day they spoke.
    latest AS (
        SELECT holder_id, issue_id, level, levels, day AS since,
               lead(day) OVER (PARTITION BY holder_id, issue_id, level, stakeholder_id ORDER BY day) AS until,
               left(latest, 20) AS stated, substr(latest, 57, 1)::integer - 2 AS stance,
               substr(latest, 58, 1) = '1' AS own, substr(latest, 59, 1) = '1' AS for_holder,
               row_number() OVER (PARTITION BY holder_id, issue_id, level, day) = 1 AS first_of_day
        FROM running
    ),
    -- The holder's own positions (its speaker rows that are its own) give its own stance, day
    -- by day: kept as runs of days like the holder's, for the summary's movement.
    own_marked AS (
        SELECT holder_id, issue_id, levels, since, stance,
               stance IS DISTINCT FROM lag(stance) OVER (PARTITION BY holder_id, issue_id, level ORDER BY since) AS starts
        FROM latest WHERE own
    ),
    own_kept AS (
        INSERT INTO speaker_stances (speaker_id, issue_id, levels, first_day, end_day, stance)
        SELECT holder_id, issue_id, levels, since,
               coalesce(lead(since) OVER (PARTITION BY holder_id, issue_id, levels ORDER BY since), 'infinity'), stance
        FROM own_marked WHERE starts
    ),
    -- With each, every day the holder's stance may change on (a day a speaker spoke).
    spread AS (
        SELECT l.*, array_agg(l.since) FILTER (WHERE l.first_of_day) OVER (PARTITION BY l.holder_id, l.issue_id, l.level) AS days
        FROM latest l
    ),
    -- On each such day, the latest positions counting for the holder, and which were stated last.
    candidates AS (
        SELECT s.holder_id, s.issue_id, s.level, s.levels, d.day, s.stance, s.own,
               s.stated = max(s.stated) OVER (PARTITION BY s.holder_id, s.issue_id, s.level, d.day) AS at_top
        FROM spread s CROSS JOIN LATERAL unnest(s.days) AS d (day)
        WHERE s.for_holder AND d.day >= s.since AND (s.until IS NULL OR d.day < s.until)
    ),
    -- The holder's stance on each day: the organisation's own among those, else their mean
    -- rounded towards zero; none on a day where nothing counts for it.
    held AS (
        SELECT holder_id, issue_id, level, levels, day, max(stance) AS stance
        FROM (
            SELECT holder_id, issue_id, level, levels, day,
                   CASE WHEN bool_or(own) THEN max(stance) FILTER (WHERE own) ELSE trunc(avg(stance)) END::smallint AS stance
            FROM candidates WHERE at_top GROUP BY 1, 2, 3, 4, 5
            UNION ALL
            SELECT holder_id, issue_id, level, levels, since, NULL FROM latest WHERE first_of_day
        ) every_day
        GROUP BY 1, 2, 3, 4, 5
    ),
    marked AS (
        SELECT holder_id, issue_id, levels, day, stance,
               stance IS DISTINCT FROM lag(stance) OVER (PARTITION BY holder_id, issue_id, level ORDER BY day) AS starts
        FROM held
    ),
    spans AS (
        SELECT holder_id, issue_id, levels, day, stance,
               lead(day) OVER (PARTITION BY holder_id, issue_id, levels ORDER BY day) AS ends
        FROM marked WHERE starts
    )
    INSERT INTO stance_spans (holder_id, issue_id, levels, first_day, end_day, stance)
    SELECT holder_id, issue_id, levels, day, coalesce(ends, 'infinity'), stance FROM spans WHERE stance IS NOT NULL;
END
$function$;
REVOKE ALL ON FUNCTION rebuild_stance_spans(uuid[], uuid[]) FROM PUBLIC;

-- The whole state worked out again, the speakers' own stances with it.
CREATE OR REPLACE FUNCTION rebuild_all_stance_spans() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB'
    AS $$
DECLARE
    batch uuid[];
BEGIN
    TRUNCATE stance_spans, speaker_stances;
    -- A few thousand holders at a time, so that each pass's sorts stay in memory.
    FOR batch IN
        SELECT array_agg(id) FROM (
            SELECT id, (row_number() OVER (ORDER BY id) - 1) / 5000 AS part
            FROM (SELECT id FROM organizations UNION ALL SELECT id FROM people) AS holders) numbered
        GROUP BY part ORDER BY part
    LOOP
        PERFORM rebuild_stance_spans(batch, array_fill(NULL::uuid, ARRAY[cardinality(batch)]));
    END LOOP;
    ANALYZE stance_spans;
    ANALYZE speaker_stances;
END
$$;

SELECT rebuild_all_stance_spans();
