-- One refresh at commit for everything the summary keeps by note (stances, first meetings,
-- organisations met).
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
-- table works everything out at commit, in one order: stances, then first meetings, then the
-- organisations met, each kind's locks taken in the order of its keys.

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

-- At commit: this transaction's notes taken and worked out. Each statement after a kind's locks
-- sees what other transactions committed meanwhile (read committed).
CREATE FUNCTION kept_refresh() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
    AS $$
DECLARE
    holders uuid[];
    issues uuid[];
    ids uuid[];
    id uuid;
BEGIN
    DELETE FROM kept_pending WHERE txid = txid_current();

    -- Stances, by holder (an issue of NULL: all of the holder's).
    WITH taken AS (DELETE FROM stance_dirty WHERE txid = txid_current() RETURNING holder_id, issue_id)
    SELECT array_agg(holder_id), array_agg(issue_id) INTO holders, issues FROM taken;
    IF holders IS NOT NULL THEN
        FOR id IN SELECT DISTINCT h FROM unnest(holders) AS h ORDER BY h LOOP
            PERFORM pg_advisory_xact_lock(1414, hashtext(id::text));
        END LOOP;
        PERFORM rebuild_stance_spans(holders, issues);
    END IF;

    -- First meetings, by stakeholder.
    WITH taken AS (DELETE FROM first_meetings_dirty WHERE txid = txid_current() RETURNING stakeholder_id)
    SELECT array_agg(DISTINCT stakeholder_id ORDER BY stakeholder_id) INTO ids FROM taken;
    IF ids IS NOT NULL THEN
        FOREACH id IN ARRAY ids LOOP
            PERFORM pg_advisory_xact_lock(1415, hashtext(id::text));
        END LOOP;
        PERFORM rebuild_first_meetings(ids);
    END IF;

    -- Organisations met, by meeting.
    WITH taken AS (DELETE FROM organizations_met_dirty WHERE txid = txid_current() RETURNING meeting_id)
    SELECT array_agg(DISTINCT meeting_id ORDER BY meeting_id) INTO ids FROM taken;
    IF ids IS NOT NULL THEN
        FOREACH id IN ARRAY ids LOOP
            PERFORM pg_advisory_xact_lock(1416, hashtext(id::text));
        END LOOP;
        PERFORM rebuild_organizations_met(ids);
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER kept_refresh AFTER INSERT ON kept_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kept_refresh();
