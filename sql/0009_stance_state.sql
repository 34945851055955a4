-- Stances kept as they change, so that a summary reads the stances in force over its period
-- instead of every position ever stated before it.
--
-- stance_spans holds, for every stance holder (an organisation, or a person who spoke for no
-- one) and issue, the stance in force as validity intervals of dates: from first_day up to the
-- day before end_day, which is 'infinity' while it holds. It is the summary's rule of
-- docs/summary.md ("Stances by sector") worked out ahead: on each day, each speaker's latest
-- position; a person's counts for the organisations they represented when they stated it; of
-- those counting for a holder, the latest; at one moment, the organisation's own, else the
-- representatives' mean rounded towards zero.
--
-- Per clearance level: the spans a reader at level L uses are those worked out from the
-- positions of meetings at level L or below. `levels` says for which levels a row holds (bit L
-- for level L), so that a holder with no classified positions has one set of rows, not three;
-- `clearance` is the lowest of them, the level of the most classified position it was worked
-- out from, and the policy compares it with the request's clearance like every other table's.
--
-- The write transaction keeps it current. Triggers on positions, meetings, affiliations, people
-- and organisations note which holders a change can touch (stance_dirty, one row per holder and
-- issue, or per holder for all issues); at commit a deferred trigger works out those holders'
-- spans again from their positions, under a per-holder lock so that two transactions touching
-- one holder take turns. Archived issues keep their spans and are left out when read, and an
-- organisation's sector or region is read with its spans, so neither needs work here.

CREATE TABLE stance_spans (
    holder_id uuid NOT NULL,
    issue_id uuid NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    levels smallint NOT NULL CHECK (levels BETWEEN 1 AND 7),
    clearance smallint GENERATED ALWAYS AS (CASE WHEN levels & 1 <> 0 THEN 0 WHEN levels & 2 <> 0 THEN 1 ELSE 2 END) STORED,
    first_day date NOT NULL,
    end_day date NOT NULL,
    stance smallint NOT NULL CHECK (stance BETWEEN -2 AND 2),
    PRIMARY KEY (holder_id, issue_id, levels, first_day),
    CHECK (first_day < end_day)
);
-- "Which stances held at some time from D1 to D2": first_day <= D2 AND end_day > D1. Two btree
-- indexes rather than one GiST index on a date range: under the policy PostgreSQL uses an index
-- only for operators it knows leak nothing (the comparisons of dates, not the range operators).
CREATE INDEX stance_spans_first_day_idx ON stance_spans (first_day);
CREATE INDEX stance_spans_end_day_idx ON stance_spans (end_day);

ALTER TABLE stance_spans ENABLE ROW LEVEL SECURITY;
CREATE POLICY stance_spans_clearance ON stance_spans TO liaison_app USING (cleared(clearance));
GRANT SELECT ON stance_spans TO liaison_app;

-- What this transaction changed, by holder: issue_id NULL stands for every issue.
CREATE TABLE stance_dirty (
    txid bigint NOT NULL DEFAULT txid_current(),
    holder_id uuid NOT NULL,
    issue_id uuid,
    UNIQUE NULLS NOT DISTINCT (txid, holder_id, issue_id)
);

-- The spans of the given holders and issues (an issue of NULL: every issue where they or their
-- representatives ever took a position, or where they hold spans now) worked out again.
CREATE FUNCTION rebuild_stance_spans(holder_ids uuid[], issue_ids uuid[]) RETURNS void
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

    INSERT INTO stance_spans (holder_id, issue_id, levels, first_day, end_day, stance)
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
    SELECT holder_id, issue_id, levels, day, coalesce(ends, 'infinity'), stance FROM spans WHERE stance IS NOT NULL;
END
$function$;
REVOKE ALL ON FUNCTION rebuild_stance_spans(uuid[], uuid[]) FROM PUBLIC;

-- Notes the holders a speaker's positions on an issue (NULL: any) count for: the speaker, and
-- every organisation they were ever affiliated with.
CREATE FUNCTION note_stance_speaker(speaker uuid, issue uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET plan_cache_mode = force_generic_plan
    AS $$
BEGIN
    INSERT INTO stance_dirty (holder_id, issue_id)
    SELECT speaker, issue UNION SELECT a.organization_id, issue FROM affiliations a WHERE a.person_id = speaker
    ON CONFLICT DO NOTHING;
END
$$;
REVOKE ALL ON FUNCTION note_stance_speaker(uuid, uuid) FROM PUBLIC;

CREATE FUNCTION stance_position_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM note_stance_speaker(OLD.stakeholder_id, OLD.issue_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM note_stance_speaker(NEW.stakeholder_id, NEW.issue_id); END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER stance_positions AFTER INSERT OR UPDATE OR DELETE ON positions
    FOR EACH ROW EXECUTE FUNCTION stance_position_changed();

-- A meeting archived, restored, moved or moved to another zone changes its positions' days or
-- whether they count. (Reclassifying it updates its positions' clearance, which the trigger on
-- positions notes.)
CREATE FUNCTION stance_meeting_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    PERFORM note_stance_speaker(ps.stakeholder_id, ps.issue_id) FROM positions ps WHERE ps.meeting_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER stance_meetings AFTER UPDATE OF archived_at, starts_at, time_zone ON meetings
    FOR EACH ROW
    WHEN (OLD.archived_at IS DISTINCT FROM NEW.archived_at OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
          OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
    EXECUTE FUNCTION stance_meeting_changed();

-- An affiliation changes whom a person's positions count for, on every issue: the person (as
-- someone who spoke for no one) and every organisation they are or were affiliated with.
CREATE FUNCTION stance_affiliation_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM note_stance_speaker(OLD.person_id, NULL);
        INSERT INTO stance_dirty (holder_id, issue_id) VALUES (OLD.organization_id, NULL) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM note_stance_speaker(NEW.person_id, NULL);
        INSERT INTO stance_dirty (holder_id, issue_id) VALUES (NEW.organization_id, NULL) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER stance_affiliations AFTER INSERT OR UPDATE OR DELETE ON affiliations
    FOR EACH ROW EXECUTE FUNCTION stance_affiliation_changed();

-- A person archived or restored: their positions stop or start counting.
CREATE FUNCTION stance_person_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    PERFORM note_stance_speaker(NEW.id, NULL);
    RETURN NULL;
END
$$;
CREATE TRIGGER stance_people AFTER UPDATE OF archived_at ON people
    FOR EACH ROW WHEN (OLD.archived_at IS DISTINCT FROM NEW.archived_at) EXECUTE FUNCTION stance_person_changed();

-- An organisation archived or restored: it stops or starts holding a stance, and what its
-- representatives said for it alone stops or starts counting, which can change their latest
-- position and so the stance of every other organisation they spoke for.
CREATE FUNCTION stance_organization_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    PERFORM note_stance_speaker(NEW.id, NULL);
    PERFORM note_stance_speaker(a.person_id, NULL) FROM affiliations a WHERE a.organization_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER stance_organizations AFTER UPDATE OF archived_at ON organizations
    FOR EACH ROW WHEN (OLD.archived_at IS DISTINCT FROM NEW.archived_at) EXECUTE FUNCTION stance_organization_changed();

-- At commit: the noted holders worked out again. The first call does all of this transaction's;
-- the others find nothing. Holders are locked in one order, so that two transactions touching
-- the same holders take turns without deadlock; each statement after the locks sees what the
-- other committed (read committed).
CREATE FUNCTION stance_refresh() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
DECLARE
    holders uuid[];
    issues uuid[];
    holder uuid;
BEGIN
    WITH taken AS (DELETE FROM stance_dirty WHERE txid = txid_current() RETURNING holder_id, issue_id)
    SELECT array_agg(holder_id), array_agg(issue_id) INTO holders, issues FROM taken;
    IF holders IS NULL THEN
        RETURN NULL;
    END IF;
    FOR holder IN SELECT DISTINCT h FROM unnest(holders) AS h ORDER BY h LOOP
        PERFORM pg_advisory_xact_lock(1414, hashtext(holder::text));
    END LOOP;
    PERFORM rebuild_stance_spans(holders, issues);
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER stance_refresh AFTER INSERT ON stance_dirty
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stance_refresh();

-- The whole state worked out again from the register: after rows were loaded with the triggers
-- held off (an import, the benchmark's data set), and here, from what is there.
CREATE FUNCTION rebuild_all_stance_spans() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET work_mem = '64MB'
    AS $$
DECLARE
    batch uuid[];
BEGIN
    TRUNCATE stance_spans;
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
END
$$;
REVOKE ALL ON FUNCTION rebuild_all_stance_spans() FROM PUBLIC;

-- Everything the summary keeps, worked out again (later migrations add to it).
CREATE FUNCTION rebuild_summary_state() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    AS $$ SELECT rebuild_all_stance_spans() $$;
REVOKE ALL ON FUNCTION rebuild_summary_state() FROM PUBLIC;

SELECT rebuild_all_stance_spans();
