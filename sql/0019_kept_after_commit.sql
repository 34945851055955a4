-- The summary's kept state worked out after commit, not in it.
--
-- Until now a deferred trigger worked out, at each write's COMMIT, everything the write had
-- noted (stances, first meetings, organisations met, follow-ups' days: migration 0016). That
-- was about 3 ms of a meeting's 6.6 ms in PostgreSQL at one client on the million-meeting set,
-- more than the rest of the meeting's statements together, paid by the officer waiting on the
-- write; and each write paid it for its own few holders, one call each, where one call for many
-- costs little more than one for a few.
--
-- Now a write only notes what it touched, in the same transaction, as before: the notes
-- (stance_dirty, first_meetings_dirty, organizations_met_dirty, followup_days_dirty) commit or
-- roll back with the change itself, so nothing a write did can be lost between its commit and
-- the working out. refresh_kept_state() takes every committed note and works it out. liaisond
-- calls it in the background as notes arrive, and a summary calls it, waiting, before it reads,
-- so that a summary sees every write committed before it was asked for.
--
-- Refreshes take turns on one lock (class 1413): a refresh that waits for it then sees what the
-- one before it worked out, and the notes it takes are exactly those committed and not yet
-- worked out. A note committed while a refresh runs stays for the next one; working a holder
-- out twice gives the same rows, so a note taken late is only work repeated, never a wrong row.
-- The per-key locks of the commit-time refresh are no longer needed: nothing else writes the
-- kept tables. rebuild_summary_state() takes the same lock.

DROP TRIGGER kept_refresh ON kept_pending;
DROP FUNCTION kept_refresh();
DROP TRIGGER kept_pending ON stance_dirty;
DROP TRIGGER kept_pending ON first_meetings_dirty;
DROP TRIGGER kept_pending ON organizations_met_dirty;
DROP TRIGGER kept_pending ON followup_days_dirty;
DROP FUNCTION kept_mark_pending();
DROP TABLE kept_pending;
DROP FUNCTION lock_in_order(integer, uuid[]);

-- Committed notes worked out, at most `most` of each kind (so that a backlog, after a change
-- that touches thousands of holders, goes in steps that each end well within a statement
-- timeout). Returns how many notes it took and whether a kind had more than `most` (call it
-- again); no row when `wait` is false and another refresh holds the lock (that one, or the
-- next, takes what this one would have).
CREATE FUNCTION refresh_kept_state(wait boolean, most integer DEFAULT 500)
    RETURNS TABLE (taken integer, more boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
DECLARE
    holders uuid[];
    issues uuid[];
    ids uuid[];
    count_of_kind integer;
BEGIN
    IF wait THEN
        PERFORM pg_advisory_xact_lock(1413, 0);
    ELSIF NOT pg_try_advisory_xact_lock(1413, 0) THEN
        RETURN;
    END IF;
    taken := 0;
    more := false;

    -- Each kind in one order; each statement sees what was committed before it began.
    WITH taken_notes AS (
        DELETE FROM stance_dirty WHERE ctid = ANY (ARRAY(SELECT ctid FROM stance_dirty LIMIT most))
        RETURNING holder_id, issue_id)
    SELECT array_agg(holder_id), array_agg(issue_id), count(*) INTO holders, issues, count_of_kind FROM taken_notes;
    IF holders IS NOT NULL THEN
        PERFORM rebuild_stance_spans(holders, issues);
    END IF;
    taken := taken + count_of_kind;
    more := more OR count_of_kind >= most;

    WITH taken_notes AS (
        DELETE FROM first_meetings_dirty WHERE ctid = ANY (ARRAY(SELECT ctid FROM first_meetings_dirty LIMIT most))
        RETURNING stakeholder_id)
    SELECT array_agg(DISTINCT stakeholder_id), count(*) INTO ids, count_of_kind FROM taken_notes;
    IF ids IS NOT NULL THEN
        PERFORM rebuild_first_meetings(ids);
    END IF;
    taken := taken + count_of_kind;
    more := more OR count_of_kind >= most;

    WITH taken_notes AS (
        DELETE FROM organizations_met_dirty WHERE ctid = ANY (ARRAY(SELECT ctid FROM organizations_met_dirty LIMIT most))
        RETURNING meeting_id)
    SELECT array_agg(DISTINCT meeting_id), count(*) INTO ids, count_of_kind FROM taken_notes;
    IF ids IS NOT NULL THEN
        PERFORM rebuild_organizations_met(ids);
    END IF;
    taken := taken + count_of_kind;
    more := more OR count_of_kind >= most;

    WITH taken_notes AS (
        DELETE FROM followup_days_dirty WHERE ctid = ANY (ARRAY(SELECT ctid FROM followup_days_dirty LIMIT most))
        RETURNING commitment_id)
    SELECT array_agg(DISTINCT commitment_id), count(*) INTO ids, count_of_kind FROM taken_notes;
    IF ids IS NOT NULL THEN
        PERFORM rebuild_followup_days(ids);
    END IF;
    taken := taken + count_of_kind;
    more := more OR count_of_kind >= most;
    RETURN NEXT;
END
$$;
REVOKE ALL ON FUNCTION refresh_kept_state(boolean, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION refresh_kept_state(boolean, integer) TO liaison_app;

-- How many notes wait to be worked out (for liaisond's metrics and the tests).
CREATE FUNCTION kept_state_pending() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT (SELECT count(*) FROM stance_dirty) + (SELECT count(*) FROM first_meetings_dirty)
             + (SELECT count(*) FROM organizations_met_dirty) + (SELECT count(*) FROM followup_days_dirty)
    $$;
REVOKE ALL ON FUNCTION kept_state_pending() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kept_state_pending() TO liaison_app;

CREATE OR REPLACE FUNCTION rebuild_summary_state() RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public
    AS $$
        SELECT pg_advisory_xact_lock(1413, 0);
        SELECT rebuild_all_stance_spans();
        SELECT rebuild_all_first_meetings();
        SELECT rebuild_all_followup_days();
        SELECT rebuild_all_organizations_met();
    $$;

-- Writes that committed before this migration worked their notes out at their commit; any note
-- still here is worked out by liaisond's first refresh.
