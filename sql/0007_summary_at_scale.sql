-- The summary's stances before its period, read in one pass (found by the benchmark at a million
-- meetings).
--
-- Migration 0004 answered "each stakeholder's latest position on each issue before a date" with
-- one walk down positions_latest_idx per pair ever stated, listed in position_pairs. At a million
-- meetings that is 1.2 million walks, each checking the meetings policy twice: 24 s. Reading the
-- positions of the meetings before the date once, joined to those meetings by hash and sorted,
-- answers the same in about 2 s. position_pairs and its trigger are no longer needed.
DROP TRIGGER positions_note_pair ON positions;
DROP FUNCTION note_position_pair();
DROP TABLE position_pairs;

-- Runs with its owner's rights so that the join is one pass rather than a policy check per
-- position; it applies the policies' own rule itself: a position is seen when its meeting is,
-- and a meeting when the request's clearance reaches it. Archived meetings and issues are left
-- out. For a person's position, `representing` lists the organisations (as text, sorted) they
-- represented on the meeting's date, archived ones included, as the summary's other reads do.
CREATE FUNCTION latest_positions_before(day date, only_issue uuid)
    RETURNS TABLE (stakeholder_id uuid, issue_id uuid, stance smallint, stated_at timestamptz, local_date date,
                   meeting_id uuid, representing text[])
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    AS $$
        WITH latest AS (
            SELECT DISTINCT ON (ps.stakeholder_id, ps.issue_id)
                   ps.id, ps.stakeholder_id, ps.issue_id, ps.person_id, ps.stance, ps.stated_at,
                   (m.starts_at AT TIME ZONE m.time_zone)::date AS local_date, ps.meeting_id
            FROM positions ps
            JOIN meetings m ON m.id = ps.meeting_id
            JOIN issues i ON i.id = ps.issue_id
            WHERE m.archived_at IS NULL AND i.archived_at IS NULL
              AND clearance_rank(m.confidentiality) <= request_clearance()
              AND (only_issue IS NULL OR ps.issue_id = only_issue)
              -- A meeting's local date is within a day of its UTC instant: the first bound lets
              -- the planner skip later positions, the second is exact.
              AND ps.stated_at < (day + 2)::timestamptz
              AND (m.starts_at AT TIME ZONE m.time_zone)::date < day
            ORDER BY ps.stakeholder_id, ps.issue_id, ps.stated_at DESC, ps.id DESC
        )
        SELECT l.stakeholder_id, l.issue_id, l.stance, l.stated_at, l.local_date, l.meeting_id,
               CASE WHEN l.person_id IS NULL THEN '{}'::text[] ELSE ARRAY(
                   SELECT DISTINCT a.organization_id::text FROM affiliations a
                   WHERE a.person_id = l.person_id AND a.archived_at IS NULL
                     AND coalesce(a.valid_from, '-infinity') <= l.local_date AND coalesce(a.valid_to, 'infinity') >= l.local_date
                   ORDER BY 1) END
        FROM latest l
    $$;
REVOKE ALL ON FUNCTION latest_positions_before(date, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION latest_positions_before(date, uuid) TO liaison_app;
