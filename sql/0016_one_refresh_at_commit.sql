-- One refresh at commit for everything the summary keeps by note (stances, first meetings,
-- organisations met, and from here follow-ups' days).
--
-- Migrations 0009, 0010 and 0014 each queued a deferred trigger for every row noted in their
-- lists of what a transaction touched (stance_dirty, first_meetings_dirty,
-- organizations_met_dirty): logging a meeting with three participants and two positions queued
-- a dozen, of which the first of each kind did the work and the others found nothing. And the
-- three kinds took their locks in the order in which their first notes happened to be queued,
-- so two transactions could take a holder's lock and a stakeholder's lock in opposite orders.
--
-- Now the lists have no trigger of their own. A statement that notes anything marks its
-- transaction in kept_pending, once (later marks find it there); one deferred trigger on that
-- table works everything out at commit, in one order: stances, first meetings, organisations
-- met, follow-ups' days, each kind's locks taken in the order of its keys.

CREATE TABLE kept_pending (
    txid bigint PRIMARY KEY DEFAULT txid_current()
);

CREATE FUNCTION kept_mark_pending() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    INSERT INTO kept_pending DEFAULT VALUES ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

DROP TRIGGER stance_refresh ON stance_dirty;
DROP TRIGGER first_meetings_refresh ON first_meetings_dirty;
DROP TRIGGER organizations_met_refresh ON organizations_met_dirty;
DROP FUNCTION stance_refresh();
DROP FUNCTION first_meetings_refresh();
DROP FUNCTION organizations_met_refresh();

CREATE TRIGGER kept_pending AFTER INSERT ON stance_dirty FOR EACH STATEMENT EXECUTE FUNCTION kept_mark_pending();
CREATE TRIGGER kept_pending AFTER INSERT ON first_meetings_dirty FOR EACH STATEMENT EXECUTE FUNCTION kept_mark_pending();
CREATE TRIGGER kept_pending AFTER INSERT ON organizations_met_dirty FOR EACH STATEMENT EXECUTE FUNCTION kept_mark_pending();

-- Follow-ups' days (migration 0013) were written at once by their triggers, unlocked: a meeting
-- moved while one of its follow-ups was edited had both transactions rewrite the follow-up's row
-- from what each saw, and the second failed on its key or kept a stale day. They are now noted
-- like the rest and worked out at commit under a lock per follow-up.
CREATE TABLE followup_days_dirty (
    txid bigint NOT NULL DEFAULT txid_current(),
    commitment_id uuid NOT NULL,
    UNIQUE (txid, commitment_id)
);
CREATE TRIGGER kept_pending AFTER INSERT ON followup_days_dirty FOR EACH STATEMENT EXECUTE FUNCTION kept_mark_pending();

CREATE OR REPLACE FUNCTION followup_days_commitment_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    INSERT INTO followup_days_dirty (commitment_id)
    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION followup_days_meeting_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
BEGIN
    INSERT INTO followup_days_dirty (commitment_id)
    SELECT c.id FROM commitments c WHERE c.meeting_id = NEW.id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- Locks the keys of one kind (`lock_class`) in the order of the keys, each once.
CREATE FUNCTION lock_in_order(lock_class integer, keys uuid[]) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(lock_class, hashtext(k::text))
    FROM (SELECT DISTINCT k FROM unnest(keys) AS k ORDER BY k) ordered;
END
$$;
REVOKE ALL ON FUNCTION lock_in_order(integer, uuid[]) FROM PUBLIC;

-- At commit: this transaction's notes taken and worked out. Each statement after a kind's locks
-- sees what other transactions committed meanwhile (read committed).
CREATE FUNCTION kept_refresh() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
DECLARE
    holders uuid[];
    issues uuid[];
    ids uuid[];
BEGIN
    DELETE FROM kept_pending WHERE txid = txid_current();

    -- Stances, by holder (an issue of NULL: all of the holder's).
    WITH taken AS (DELETE FROM stance_dirty WHERE txid = txid_current() RETURNING holder_id, issue_id)
    SELECT array_agg(holder_id), array_agg(issue_id) INTO holders, issues FROM taken;
    IF holders IS NOT NULL THEN
        PERFORM lock_in_order(1414, holders);
        PERFORM rebuild_stance_spans(holders, issues);
    END IF;

    -- First meetings, by stakeholder.
    WITH taken AS (DELETE FROM first_meetings_dirty WHERE txid = txid_current() RETURNING stakeholder_id)
    SELECT array_agg(DISTINCT stakeholder_id) INTO ids FROM taken;
    IF ids IS NOT NULL THEN
        PERFORM lock_in_order(1415, ids);
        PERFORM rebuild_first_meetings(ids);
    END IF;

    -- Organisations met, by meeting.
    WITH taken AS (DELETE FROM organizations_met_dirty WHERE txid = txid_current() RETURNING meeting_id)
    SELECT array_agg(DISTINCT meeting_id) INTO ids FROM taken;
    IF ids IS NOT NULL THEN
        PERFORM lock_in_order(1416, ids);
        PERFORM rebuild_organizations_met(ids);
    END IF;

    -- Follow-ups' days, by follow-up.
    WITH taken AS (DELETE FROM followup_days_dirty WHERE txid = txid_current() RETURNING commitment_id)
    SELECT array_agg(DISTINCT commitment_id) INTO ids FROM taken;
    IF ids IS NOT NULL THEN
        PERFORM lock_in_order(1417, ids);
        PERFORM rebuild_followup_days(ids);
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER kept_refresh AFTER INSERT ON kept_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kept_refresh();
