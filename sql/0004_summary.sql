-- What the consensus summary reads quickly as history grows.
--
-- "Each stakeholder's latest position on each issue as of a date" is one walk down
-- positions_latest_idx (stakeholder_id, issue_id, stated_at DESC) per pair that has ever been
-- stated. position_pairs lists those pairs, so that the summary starts from them instead of
-- reading all of history; a trigger keeps it up to date. It holds ids only: what was said, when
-- and at which meeting stays in positions, under its row-level security.
CREATE TABLE position_pairs (
    stakeholder_id uuid NOT NULL,
    issue_id uuid NOT NULL REFERENCES issues (id),
    PRIMARY KEY (stakeholder_id, issue_id)
);

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
