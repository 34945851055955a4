-- Every organisation met at each meeting, itself or through a person representing it that day,
-- kept as meetings change, so that the summary finds when each organisation was last met with
-- one probe of an index instead of reading the gap window's meetings and walking the others'
-- representatives' meetings one by one (at 20,000 meetings 57 ms of a 213 ms summary; at a
-- million up to 1.7 s).
--
-- organizations_met holds, for each meeting not archived, the organisations met there: those
-- that took part, and those that a participating person (not archived) represented on the
-- meeting's date (an affiliation not archived whose dates hold it). `day` is the meeting's date
-- where it took place; `clearance` the meeting's, compared by the same policy as every table's.
-- An archived organisation keeps its rows and is left out when read.
--
-- Kept as the first meetings are (migration 0010): triggers note the meetings a change touches
-- (participants added, removed or merged; a meeting archived, restored, moved or put in another
-- zone; reclassifying moves the participants' level, noted like an edit; an affiliation added,
-- changed or ended, or a person archived or restored: every meeting of that person), and at
-- commit a deferred trigger works those meetings out again under a per-meeting lock.

CREATE TABLE organizations_met (
    organization_id uuid NOT NULL,
    meeting_id uuid NOT NULL,
    clearance smallint NOT NULL CHECK (clearance BETWEEN 0 AND 2),
    day date NOT NULL,
    PRIMARY KEY (meeting_id, organization_id)
);
-- "When was this organisation last met, on or before D": one backward step, from the index alone.
CREATE INDEX organizations_met_last_idx ON organizations_met (organization_id, day) INCLUDE (clearance);

ALTER TABLE organizations_met ENABLE ROW LEVEL SECURITY;
CREATE POLICY organizations_met_clearance ON organizations_met TO liaison_app USING (cleared(clearance));
GRANT SELECT ON organizations_met TO liaison_app;

-- The organisations met at each meeting, as worked out from the register (read by the functions
-- below, with their owner's rights).
CREATE VIEW organizations_met_worked (organization_id, meeting_id, clearance, day) AS
    SELECT DISTINCT o.id, m.id, m.clearance, (m.starts_at AT TIME ZONE m.time_zone)::date
    FROM meetings m
    JOIN meeting_participants mp ON mp.meeting_id = m.id
    LEFT JOIN (affiliations a JOIN people p ON p.id = a.person_id AND p.archived_at IS NULL)
           ON a.person_id = mp.stakeholder_id AND a.archived_at IS NULL
          AND (m.starts_at AT TIME ZONE m.time_zone)::date BETWEEN coalesce(a.valid_from, '-infinity') AND coalesce(a.valid_to, 'infinity')
    JOIN organizations o ON o.id = coalesce(a.organization_id, mp.stakeholder_id)
    WHERE m.archived_at IS NULL;

CREATE TABLE organizations_met_dirty (
    txid bigint NOT NULL DEFAULT txid_current(),
    meeting_id uuid NOT NULL,
    UNIQUE (txid, meeting_id)
);

CREATE FUNCTION rebuild_organizations_met(meeting_ids uuid[]) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public SET jit = off SET plan_cache_mode = force_generic_plan
    AS $$
        DELETE FROM organizations_met om WHERE om.meeting_id = ANY (meeting_ids);
        INSERT INTO organizations_met (organization_id, meeting_id, clearance, day)
        SELECT * FROM organizations_met_worked w WHERE w.meeting_id = ANY (meeting_ids);
    $$;
REVOKE ALL ON FUNCTION rebuild_organizations_met(uuid[]) FROM PUBLIC;

CREATE FUNCTION organizations_met_participant_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO organizations_met_dirty (meeting_id) VALUES (OLD.meeting_id) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO organizations_met_dirty (meeting_id) VALUES (NEW.meeting_id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER organizations_met_participants AFTER INSERT OR UPDATE OR DELETE ON meeting_participants
    FOR EACH ROW EXECUTE FUNCTION organizations_met_participant_changed();

CREATE FUNCTION organizations_met_meeting_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    INSERT INTO organizations_met_dirty (meeting_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER organizations_met_meetings AFTER UPDATE OF archived_at, starts_at, time_zone ON meetings
    FOR EACH ROW
    WHEN (OLD.archived_at IS DISTINCT FROM NEW.archived_at OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
          OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
    EXECUTE FUNCTION organizations_met_meeting_changed();

-- Whom a person represented, or whether they count at all, changed: every meeting they attended.
CREATE FUNCTION organizations_met_person_changed(person uuid) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    AS $$
        INSERT INTO organizations_met_dirty (meeting_id)
        SELECT mp.meeting_id FROM meeting_participants mp WHERE mp.stakeholder_id = person
        ON CONFLICT DO NOTHING;
    $$;
REVOKE ALL ON FUNCTION organizations_met_person_changed(uuid) FROM PUBLIC;

CREATE FUNCTION organizations_met_affiliation_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM organizations_met_person_changed(OLD.person_id); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM organizations_met_person_changed(NEW.person_id); END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER organizations_met_affiliations AFTER INSERT OR UPDATE OR DELETE ON affiliations
    FOR EACH ROW EXECUTE FUNCTION organizations_met_affiliation_changed();

CREATE FUNCTION organizations_met_people_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    PERFORM organizations_met_person_changed(NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER organizations_met_people AFTER UPDATE OF archived_at ON people
    FOR EACH ROW WHEN (OLD.archived_at IS DISTINCT FROM NEW.archived_at) EXECUTE FUNCTION organizations_met_people_changed();

CREATE FUNCTION organizations_met_refresh() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
DECLARE
    ids uuid[];
    id uuid;
BEGIN
    WITH taken AS (DELETE FROM organizations_met_dirty WHERE txid = txid_current() RETURNING meeting_id)
    SELECT array_agg(DISTINCT meeting_id ORDER BY meeting_id) INTO ids FROM taken;
    IF ids IS NULL THEN
        RETURN NULL;
    END IF;
    FOREACH id IN ARRAY ids LOOP
        PERFORM pg_advisory_xact_lock(1416, hashtext(id::text));
    END LOOP;
    PERFORM rebuild_organizations_met(ids);
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER organizations_met_refresh AFTER INSERT ON organizations_met_dirty
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organizations_met_refresh();

-- Every meeting's organisations worked out in one pass (the migration, and rebuild_summary_state).
CREATE FUNCTION rebuild_all_organizations_met() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public SET work_mem = '64MB'
    AS $$
        TRUNCATE organizations_met;
        INSERT INTO organizations_met (organization_id, meeting_id, clearance, day) SELECT * FROM organizations_met_worked;
        ANALYZE organizations_met;
    $$;
REVOKE ALL ON FUNCTION rebuild_all_organizations_met() FROM PUBLIC;

CREATE OR REPLACE FUNCTION rebuild_summary_state() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    AS $$
        SELECT rebuild_all_stance_spans();
        SELECT rebuild_all_first_meetings();
        SELECT rebuild_all_followup_days();
        SELECT rebuild_all_organizations_met();
    $$;

SELECT rebuild_all_organizations_met();
