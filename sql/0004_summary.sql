-- What the consensus summary reads quickly as history grows: every question it asks of the past
-- is an index walk that stops at the first answer, never a read of all history.
--
-- "Each stakeholder's latest position on each issue as of a date" is one walk down
-- positions_latest_idx (stakeholder_id, issue_id, stated_at DESC) per pair that has ever been
-- stated. position_pairs lists those pairs, so that the summary starts from them; a trigger keeps
-- it up to date. It holds ids only: what was said, when and at which meeting stays in positions,
-- under its row-level security.
CREATE TABLE position_pairs (
    stakeholder_id uuid NOT NULL,
    issue_id uuid NOT NULL REFERENCES issues (id),
    PRIMARY KEY (stakeholder_id, issue_id)
);

CREATE INDEX position_pairs_issue_idx ON position_pairs (issue_id);

INSERT INTO position_pairs (stakeholder_id, issue_id)
SELECT DISTINCT stakeholder_id, issue_id FROM positions;

CREATE FUNCTION note_position_pair() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO position_pairs (stakeholder_id, issue_id) VALUES (NEW.stakeholder_id, NEW.issue_id)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER positions_note_pair AFTER INSERT OR UPDATE OF person_id, organization_id, issue_id ON positions
    FOR EACH ROW EXECUTE FUNCTION note_position_pair();

GRANT SELECT, INSERT ON position_pairs TO liaison_app;

-- Positions stated in a period (the summary's changes), whatever the issue.
CREATE INDEX positions_stated_at_idx ON positions (stated_at);

-- When each participant met the mission, copied from the meeting (as positions.stated_at is), so
-- that "when was this organisation or person first and last met" is one walk of an index.
ALTER TABLE meeting_participants ADD COLUMN starts_at timestamptz;
UPDATE meeting_participants mp SET starts_at = m.starts_at FROM meetings m WHERE m.id = mp.meeting_id;
ALTER TABLE meeting_participants ALTER COLUMN starts_at SET NOT NULL;

-- Definer's rights: the copy is bookkeeping, not the request's own reading or writing.
CREATE FUNCTION meeting_participant_time() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    SELECT starts_at INTO NEW.starts_at FROM meetings WHERE id = NEW.meeting_id;
    RETURN NEW;
END
$$;

CREATE TRIGGER meeting_participants_time BEFORE INSERT ON meeting_participants
    FOR EACH ROW EXECUTE FUNCTION meeting_participant_time();

CREATE FUNCTION meeting_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    UPDATE meeting_participants SET starts_at = NEW.starts_at WHERE meeting_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER meetings_moved AFTER UPDATE OF starts_at ON meetings
    FOR EACH ROW WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at) EXECUTE FUNCTION meeting_moved();

CREATE INDEX meeting_participants_when_idx ON meeting_participants (stakeholder_id, starts_at);

-- Follow-ups made without a meeting, and closed, in a period.
CREATE INDEX commitments_created_idx ON commitments (created_at) WHERE meeting_id IS NULL;
CREATE INDEX commitments_closed_idx ON commitments (closed_at) WHERE closed_at IS NOT NULL;
