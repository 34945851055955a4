-- Clearance carried on every row that belongs to a meeting, so that every policy is one
-- comparison of the row's own column with the request's clearance.
--
-- Before, the policies on participants, staff, positions, follow-ups and the audit trail each
-- asked "is this row's meeting visible?" with a subquery per row. PostgreSQL cannot use an index
-- through such a policy, so three functions with their owner's rights copied the rule to stay
-- fast (meetings_matching, latest_positions_before, summary_commitments). Now:
--
-- - meetings.clearance is the classification as a number (0 unclassified, 1 confidential,
--   2 strictly confidential), computed by PostgreSQL from confidentiality;
-- - every row of a meeting carries the same number, and a foreign key
--   (meeting_id, clearance) REFERENCES meetings (id, clearance) ON UPDATE CASCADE keeps it equal:
--   reclassifying a meeting moves all its rows with it in the same statement, and a row whose
--   number differs from its meeting's cannot exist;
-- - the rule is written once, in cleared(level), which the planner inlines into each policy.

-- The rule: a row is visible when its level is within the request's clearance.
CREATE FUNCTION cleared(level smallint) RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT level <= request_clearance() $$;

ALTER TABLE meetings ADD COLUMN clearance smallint
    GENERATED ALWAYS AS (clearance_rank(confidentiality)::smallint) STORED;
ALTER TABLE meetings ADD CONSTRAINT meetings_id_clearance_key UNIQUE (id, clearance);

-- Fills in a new row's clearance from its meeting (or 0 for a follow-up without one). As the
-- request's own rights: a meeting the request cannot see leaves 0, which the foreign key then
-- refuses unless the meeting really is unclassified.
CREATE FUNCTION take_meeting_clearance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.meeting_id IS NULL THEN
        NEW.clearance := 0;
    ELSE
        NEW.clearance := coalesce((SELECT m.clearance FROM meetings m WHERE m.id = NEW.meeting_id), 0);
    END IF;
    RETURN NEW;
END
$$;

-- Each table of a meeting's rows gets the column, the key and the trigger. A default of 0 adds
-- the column without rewriting the table; only rows of classified meetings (few) are then
-- updated. The composite key replaces the plain one on meeting_id. A follow-up made without a
-- meeting is unclassified (MATCH SIMPLE: the key is only checked when meeting_id is set).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['meeting_participants', 'meeting_staff', 'positions', 'commitments'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN clearance smallint NOT NULL DEFAULT 0', t);
        EXECUTE format('UPDATE %I t SET clearance = m.clearance FROM meetings m WHERE m.id = t.meeting_id AND m.clearance <> 0', t);
        EXECUTE format(
            'ALTER TABLE %I ADD CONSTRAINT %I FOREIGN KEY (meeting_id, clearance) REFERENCES meetings (id, clearance) ON UPDATE CASCADE, '
            'DROP CONSTRAINT %I', t, t || '_meeting_clearance_fkey', t || '_meeting_id_fkey');
        EXECUTE format(
            'CREATE TRIGGER meeting_clearance BEFORE INSERT OR UPDATE OF meeting_id ON %I '
            'FOR EACH ROW EXECUTE FUNCTION take_meeting_clearance()', t);
    END LOOP;
END
$$;

-- The cascades look rows up by meeting; participants and positions have such an index already.
CREATE INDEX meeting_staff_meeting_idx ON meeting_staff (meeting_id, clearance);
DROP INDEX commitments_meeting_idx;
CREATE INDEX commitments_meeting_idx ON commitments (meeting_id, clearance);

-- The audit trail: `clearance` is the level a row was written at (the higher of before and
-- after), `meeting_clearance` its meeting's level now, kept by the same kind of foreign key, so
-- that a row about a meeting is hidden whenever the meeting is, even after it was classified
-- higher than when the row was written. The trail stays append-only: the one change allowed is
-- the cascade of a meeting's new level.
ALTER TABLE audit_log ADD COLUMN clearance smallint
    GENERATED ALWAYS AS (clearance_rank(confidentiality)::smallint) STORED;
ALTER TABLE audit_log ADD COLUMN meeting_clearance smallint NOT NULL DEFAULT 0;
ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
UPDATE audit_log a SET meeting_clearance = m.clearance FROM meetings m WHERE m.id = a.meeting_id AND m.clearance <> 0;
ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
CREATE INDEX audit_log_meeting_idx ON audit_log (meeting_id, meeting_clearance) WHERE meeting_id IS NOT NULL;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_meeting_clearance_fkey
    FOREIGN KEY (meeting_id, meeting_clearance) REFERENCES meetings (id, clearance) ON UPDATE CASCADE;

CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Its meeting was reclassified. (`clearance` is left out of the comparison because a BEFORE
    -- trigger does not see a generated column's new value; it follows confidentiality, compared.)
    IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - 'meeting_clearance' - 'clearance') = (to_jsonb(NEW) - 'meeting_clearance' - 'clearance') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Records every change of a row as who, when, what, before and after, at the level the row
-- carries. A change of nothing but the carried level (a meeting's rows following its new
-- classification) is the meeting's change, recorded once on the meeting.
CREATE OR REPLACE FUNCTION audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    action text;
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    row_data jsonb := coalesce(new_row, old_row);
    -- The rows of a meeting: the meeting itself, and every row that names one (participants,
    -- staff, positions, follow-ups); each carries the meeting's level as `clearance`. Other
    -- records (users too have a column named clearance) are level 0.
    of_meeting boolean := TG_TABLE_NAME = 'meetings' OR row_data ? 'meeting_id';
    meeting uuid;
    meeting_level smallint := 0;
    level integer := 0;
BEGIN
    -- Recording when a token was last used is bookkeeping, not a change anyone made.
    IF TG_TABLE_NAME = 'api_tokens' AND TG_OP = 'UPDATE' AND (old_row - 'last_used_at') = (new_row - 'last_used_at') THEN
        RETURN NULL;
    END IF;
    IF of_meeting AND TG_TABLE_NAME <> 'meetings' AND TG_OP = 'UPDATE' AND (old_row - 'clearance') = (new_row - 'clearance') THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        action := 'create';
    ELSIF TG_OP = 'DELETE' THEN
        action := 'delete';
    ELSIF (old_row ->> 'archived_at') IS NULL AND (new_row ->> 'archived_at') IS NOT NULL THEN
        action := 'archive';
    ELSIF (old_row ->> 'archived_at') IS NOT NULL AND (new_row ->> 'archived_at') IS NULL THEN
        action := 'restore';
    ELSE
        action := 'update';
    END IF;
    -- Secrets never reach the trail.
    old_row := old_row - 'password_hash' - 'token_hash';
    new_row := new_row - 'password_hash' - 'token_hash';
    -- A meeting's rows: the level is the higher of before and after, and the meeting the one the
    -- row belongs to now.
    IF of_meeting THEN
        level := greatest(coalesce((old_row ->> 'clearance')::integer, 0), coalesce((new_row ->> 'clearance')::integer, 0));
        IF TG_TABLE_NAME = 'meetings' THEN
            meeting := (row_data ->> 'id')::uuid;
        ELSE
            meeting := (row_data ->> 'meeting_id')::uuid;
        END IF;
        meeting_level := CASE WHEN meeting IS NULL THEN 0 ELSE (row_data ->> 'clearance')::smallint END;
    END IF;
    INSERT INTO audit_log (user_id, action, record_type, record_id, confidentiality, meeting_id, meeting_clearance, before, after)
    VALUES (request_user(), action, TG_TABLE_NAME, (row_data ->> 'id')::uuid,
            CASE level WHEN 2 THEN 'strictly-confidential' WHEN 1 THEN 'confidential' ELSE 'unclassified' END,
            meeting, meeting_level, old_row, new_row);
    RETURN NULL;
END
$$;

-- The policies: one comparison each, through the one rule.
ALTER POLICY meetings_clearance ON meetings USING (cleared(clearance)) WITH CHECK (cleared(clearance));
ALTER POLICY positions_clearance ON positions USING (cleared(clearance)) WITH CHECK (cleared(clearance));
ALTER POLICY participants_clearance ON meeting_participants USING (cleared(clearance)) WITH CHECK (cleared(clearance));
ALTER POLICY staff_clearance ON meeting_staff USING (cleared(clearance)) WITH CHECK (cleared(clearance));
ALTER POLICY commitments_clearance ON commitments USING (cleared(clearance)) WITH CHECK (cleared(clearance));
ALTER POLICY audit_clearance ON audit_log USING (cleared(clearance) AND cleared(meeting_clearance));

-- The functions that applied a copy of the rule with their owner's rights are no longer needed:
-- the same reads run under the policies at the same speed.
DROP FUNCTION latest_positions_before(date, uuid);
DROP FUNCTION summary_commitments(date, date, uuid);

-- Full-text matching (`@@`) is not leakproof, so under any policy its index goes unused, and
-- only a superuser can declare an operator leakproof. Finding meetings by their words therefore
-- still walks the index with the owner's rights, but it no longer copies the rule: it applies
-- cleared() itself, the very function the policies use, and the caller reads the meetings it
-- names under the policy once more.
CREATE OR REPLACE FUNCTION meetings_matching(query tsquery, wanted integer) RETURNS TABLE (id uuid, rank real)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT m.id, ts_rank(search_vector(m.subject, m.notes), query)
        FROM meetings m
        WHERE search_vector(m.subject, m.notes) @@ query
          AND m.archived_at IS NULL
          AND cleared(m.clearance)
        ORDER BY 2 DESC, m.starts_at DESC, m.id
        LIMIT wanted
    $$;
