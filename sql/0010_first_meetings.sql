-- Each stakeholder's first meeting, kept as meetings change, so that a summary tells who was met
-- for the first time in its period without a walk of the index per participant (at a million
-- meetings, 50,000 walks a quarter: a second).
--
-- first_meetings holds, per stakeholder and clearance level (`clearance`), the date (where it
-- took place) of the earliest meeting not archived, of that level or below, that the stakeholder
-- attended:
-- the earliest by time, then by meeting id. A reader uses the row of its own level; the policy
-- hides rows above the request's clearance like every other table's.
--
-- Kept as migration 0009 keeps stances: triggers note the stakeholders a change touches (a
-- participant added, removed or merged; a meeting archived, restored, moved or put in another
-- zone; reclassifying moves the participants' level, which the trigger on participants notes),
-- and at commit a deferred trigger works them out again under a per-stakeholder lock.

CREATE TABLE first_meetings (
    stakeholder_id uuid NOT NULL,
    clearance smallint NOT NULL CHECK (clearance BETWEEN 0 AND 2),
    day date NOT NULL,
    PRIMARY KEY (stakeholder_id, clearance)
);
ALTER TABLE first_meetings ENABLE ROW LEVEL SECURITY;
CREATE POLICY first_meetings_clearance ON first_meetings TO liaison_app USING (cleared(clearance));
GRANT SELECT ON first_meetings TO liaison_app;

CREATE TABLE first_meetings_dirty (
    txid bigint NOT NULL DEFAULT txid_current(),
    stakeholder_id uuid NOT NULL,
    UNIQUE (txid, stakeholder_id)
);

CREATE FUNCTION rebuild_first_meetings(stakeholder_ids uuid[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public SET jit = off SET plan_cache_mode = force_generic_plan
    AS $$
BEGIN
    DELETE FROM first_meetings f WHERE f.stakeholder_id = ANY (stakeholder_ids);
    INSERT INTO first_meetings (stakeholder_id, clearance, day)
    SELECT s.id, l.level, first.day
    FROM (SELECT DISTINCT id FROM unnest(stakeholder_ids) AS id) s
    CROSS JOIN (VALUES (0::smallint), (1::smallint), (2::smallint)) AS l (level)
    CROSS JOIN LATERAL (
        SELECT (m.starts_at AT TIME ZONE m.time_zone)::date AS day
        FROM meeting_participants mp JOIN meetings m ON m.id = mp.meeting_id AND m.archived_at IS NULL
        WHERE mp.stakeholder_id = s.id AND mp.clearance <= l.level
        ORDER BY mp.starts_at, mp.meeting_id
        LIMIT 1) first;
END
$$;
REVOKE ALL ON FUNCTION rebuild_first_meetings(uuid[]) FROM PUBLIC;

CREATE FUNCTION first_meetings_participant_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO first_meetings_dirty (stakeholder_id) VALUES (OLD.stakeholder_id) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO first_meetings_dirty (stakeholder_id) VALUES (NEW.stakeholder_id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER first_meetings_participants AFTER INSERT OR UPDATE OR DELETE ON meeting_participants
    FOR EACH ROW EXECUTE FUNCTION first_meetings_participant_changed();

CREATE FUNCTION first_meetings_meeting_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    INSERT INTO first_meetings_dirty (stakeholder_id)
    SELECT mp.stakeholder_id FROM meeting_participants mp WHERE mp.meeting_id = NEW.id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER first_meetings_meetings AFTER UPDATE OF archived_at, starts_at, time_zone ON meetings
    FOR EACH ROW
    WHEN (OLD.archived_at IS DISTINCT FROM NEW.archived_at OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
          OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
    EXECUTE FUNCTION first_meetings_meeting_changed();

CREATE FUNCTION first_meetings_refresh() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
DECLARE
    ids uuid[];
    id uuid;
BEGIN
    WITH taken AS (DELETE FROM first_meetings_dirty WHERE txid = txid_current() RETURNING stakeholder_id)
    SELECT array_agg(DISTINCT stakeholder_id ORDER BY stakeholder_id) INTO ids FROM taken;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    FOREACH id IN ARRAY ids LOOP
        PERFORM pg_advisory_xact_lock(1415, hashtext(id::text));
    END LOOP;
    PERFORM rebuild_first_meetings(ids);
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER first_meetings_refresh AFTER INSERT ON first_meetings_dirty
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION first_meetings_refresh();

-- Every stakeholder's first meetings, worked out in one pass (the migration, and
-- rebuild_summary_state).
CREATE FUNCTION rebuild_all_first_meetings() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    AS $$
        TRUNCATE first_meetings;
        INSERT INTO first_meetings (stakeholder_id, clearance, day)
        SELECT DISTINCT ON (mp.stakeholder_id, l.level) mp.stakeholder_id, l.level, (m.starts_at AT TIME ZONE m.time_zone)::date
        FROM meeting_participants mp
        JOIN meetings m ON m.id = mp.meeting_id AND m.archived_at IS NULL
        JOIN (VALUES (0::smallint), (1::smallint), (2::smallint)) AS l (level) ON mp.clearance <= l.level
        ORDER BY mp.stakeholder_id, l.level, mp.starts_at, mp.meeting_id;
        ANALYZE first_meetings;
    $$;
REVOKE ALL ON FUNCTION rebuild_all_first_meetings() FROM PUBLIC;

-- Everything kept for the summary, worked out again: stances (0009) and first meetings.
CREATE OR REPLACE FUNCTION rebuild_summary_state() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    AS $$
        SELECT rebuild_all_stance_spans();
        SELECT rebuild_all_first_meetings();
    $$;

SELECT rebuild_all_first_meetings();
