-- Follow-ups kept with the days the summary counts them by, so that it counts them from indexes
-- instead of joining every open follow-up with its meeting (at a million meetings, 125,000 open
-- follow-ups joined with a million meetings: 1.5 s a summary).
--
-- followup_days holds one row for each follow-up that counts: not archived, and its meeting
-- (when it has one) not archived. `opened_on` is the date of its meeting where it took place,
-- or for one without a meeting the day it was recorded (in Asia/Dushanbe); `closed_on` the day
-- it was closed, in the meeting's zone. It carries the follow-up's clearance and is read under
-- the same rule as every other table.
--
-- Kept by triggers in the writing transaction: a follow-up added, edited, closed, reclassified
-- (its clearance follows its meeting's), archived or restored writes its row again; a meeting
-- moved, put in another zone, archived or restored writes the rows of its follow-ups again.

CREATE TABLE followup_days (
    commitment_id uuid PRIMARY KEY,
    clearance smallint NOT NULL CHECK (clearance BETWEEN 0 AND 2),
    issue_id uuid,
    status text NOT NULL,
    description text NOT NULL,
    due_on date,
    opened_on date NOT NULL,
    closed_on date
);
-- Made and closed in a period; open ones as of a day (index-only: every column read is here);
-- the longest overdue first, in the order the summary lists them.
CREATE INDEX followup_days_opened_idx ON followup_days (opened_on) INCLUDE (issue_id, clearance);
CREATE INDEX followup_days_closed_idx ON followup_days (closed_on) INCLUDE (opened_on, issue_id, clearance) WHERE status = 'done';
CREATE INDEX followup_days_open_idx ON followup_days (opened_on) INCLUDE (due_on, issue_id, clearance) WHERE status = 'open';
CREATE INDEX followup_days_overdue_idx ON followup_days (due_on, description COLLATE "C", commitment_id) WHERE status = 'open';

ALTER TABLE followup_days ENABLE ROW LEVEL SECURITY;
CREATE POLICY followup_days_clearance ON followup_days TO liaison_app USING (cleared(clearance));
GRANT SELECT ON followup_days TO liaison_app;

-- Each follow-up's row as worked out from it and its meeting (read by the functions below, with
-- their owner's rights).
CREATE VIEW followup_days_worked (commitment_id, clearance, issue_id, status, description, due_on, opened_on, closed_on) AS
    SELECT c.id, c.clearance, c.issue_id, c.status, c.description, c.due_on,
           coalesce((m.starts_at AT TIME ZONE m.time_zone)::date, (c.created_at AT TIME ZONE 'Asia/Dushanbe')::date),
           (c.closed_at AT TIME ZONE coalesce(m.time_zone, 'Asia/Dushanbe'))::date
    FROM commitments c LEFT JOIN meetings m ON m.id = c.meeting_id
    WHERE c.archived_at IS NULL AND m.archived_at IS NULL;

-- The rows of the given follow-ups worked out again.
CREATE FUNCTION rebuild_followup_days(commitment_ids uuid[]) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public SET TimeZone = 'UTC'
    AS $$
        DELETE FROM followup_days f WHERE f.commitment_id = ANY (commitment_ids);
        INSERT INTO followup_days (commitment_id, clearance, issue_id, status, description, due_on, opened_on, closed_on)
        SELECT * FROM followup_days_worked w WHERE w.commitment_id = ANY (commitment_ids);
    $$;
REVOKE ALL ON FUNCTION rebuild_followup_days(uuid[]) FROM PUBLIC;

CREATE FUNCTION followup_days_commitment_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM followup_days WHERE commitment_id = OLD.id;
    ELSE
        PERFORM rebuild_followup_days(ARRAY[NEW.id]);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER followup_days_commitments AFTER INSERT OR UPDATE OR DELETE ON commitments
    FOR EACH ROW EXECUTE FUNCTION followup_days_commitment_changed();

CREATE FUNCTION followup_days_meeting_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    PERFORM rebuild_followup_days(array_agg(c.id)) FROM commitments c WHERE c.meeting_id = NEW.id HAVING count(*) > 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER followup_days_meetings AFTER UPDATE OF archived_at, starts_at, time_zone ON meetings
    FOR EACH ROW
    WHEN (OLD.archived_at IS DISTINCT FROM NEW.archived_at OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
          OR OLD.time_zone IS DISTINCT FROM NEW.time_zone)
    EXECUTE FUNCTION followup_days_meeting_changed();

-- Every follow-up's row worked out in one pass (the migration, and rebuild_summary_state).
CREATE FUNCTION rebuild_all_followup_days() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public SET TimeZone = 'UTC'
    AS $$
        TRUNCATE followup_days;
        INSERT INTO followup_days (commitment_id, clearance, issue_id, status, description, due_on, opened_on, closed_on)
        SELECT * FROM followup_days_worked;
        ANALYZE followup_days;
    $$;
REVOKE ALL ON FUNCTION rebuild_all_followup_days() FROM PUBLIC;

-- Everything kept for the summary, worked out again: stances (0009, 0011), first meetings
-- (0010) and follow-ups' days.
CREATE OR REPLACE FUNCTION rebuild_summary_state() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    AS $$
        SELECT rebuild_all_stance_spans();
        SELECT rebuild_all_first_meetings();
        SELECT rebuild_all_followup_days();
    $$;

SELECT rebuild_all_followup_days();
