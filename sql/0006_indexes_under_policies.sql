-- Reads that the row-level security policies kept off their indexes (found by the benchmark).
--
-- Under a policy, PostgreSQL checks the policy before any condition that is not "leakproof"
-- (one that could reveal a row through an error or a side channel), so such a condition cannot
-- be an index condition: every row of the table is read, and the policy checked on each.

-- Who owes a follow-up, as a column of its own. `coalesce(...) = $1` is not a leakproof
-- comparison, so a stakeholder's follow-ups were found by reading every follow-up;
-- `owed_by = $1` is, and walks the index.
ALTER TABLE commitments ADD COLUMN owed_by uuid
    GENERATED ALWAYS AS (coalesce(owed_by_user_id, owed_by_person_id, owed_by_organization_id)) STORED;
CREATE INDEX commitments_owed_by_idx ON commitments (owed_by);
DROP INDEX commitments_owner_idx;

-- Meetings found by their words. Full-text matching (`@@`) is not leakproof, so under the policy
-- on meetings the words' index went unused and every meeting was read. This function walks the
-- index with its owner's rights and applies the policy's own rule (the request's clearance)
-- itself; the caller then reads the meetings it names under the policy once more.
CREATE FUNCTION meetings_matching(query tsquery, wanted integer) RETURNS TABLE (id uuid, rank real)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        SELECT m.id, ts_rank(search_vector(m.subject, m.notes), query)
        FROM meetings m
        WHERE search_vector(m.subject, m.notes) @@ query
          AND m.archived_at IS NULL
          AND clearance_rank(m.confidentiality) <= request_clearance()
        ORDER BY 2 DESC, m.starts_at DESC, m.id
        LIMIT wanted
    $$;
REVOKE ALL ON FUNCTION meetings_matching(tsquery, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION meetings_matching(tsquery, integer) TO liaison_app;
