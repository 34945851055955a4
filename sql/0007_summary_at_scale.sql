-- The summary's stances before its period, read in one pass (found by the benchmark at a million
-- meetings).
--
-- Migration 0004 answered "each stakeholder's latest position on each issue before a date" with
-- one walk down positions_latest_idx per pair ever stated, listed in position_pairs. At a million
-- meetings that is 1.2 million walks, each checking the meetings policy twice: 24 s. Reading the
-- positions of the meetings before the date once, joined to those meetings by hash and sorted,
-- answers the same in 2 to 4 s. position_pairs and its trigger are no longer needed.
DROP TRIGGER positions_note_pair ON positions;
DROP FUNCTION note_position_pair();
DROP TABLE position_pairs;

-- Runs with its owner's rights so that the join is one pass rather than a policy check per
-- position; it applies the policies' own rule itself: a position is seen when its meeting is,
-- and a meeting when the request's clearance reaches it. Archived meetings and issues are left
-- out. The statement is planned for each call's values (EXECUTE ... USING), so that the planner
-- sees how much of history lies before the date: a plan made once for any date joined meetings
-- one by one, twice as slow for a date late in history.
CREATE FUNCTION latest_positions_before(day date, only_issue uuid)
    RETURNS TABLE (stakeholder_id uuid, issue_id uuid, person_id uuid, stance smallint, stated_at timestamptz,
                   local_date date, meeting_id uuid)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET TimeZone = 'UTC'
    AS $function$
    BEGIN
        RETURN QUERY EXECUTE $query$
            SELECT DISTINCT ON (ps.stakeholder_id, ps.issue_id)
                   ps.stakeholder_id, ps.issue_id, ps.person_id, ps.stance, ps.stated_at,
                   (m.starts_at AT TIME ZONE m.time_zone)::date, ps.meeting_id
            FROM positions ps
            JOIN meetings m ON m.id = ps.meeting_id
            JOIN issues i ON i.id = ps.issue_id
            WHERE m.archived_at IS NULL AND i.archived_at IS NULL
              AND clearance_rank(m.confidentiality) <= request_clearance()
              AND ($2::uuid IS NULL OR ps.issue_id = $2)
              -- A meeting's local date is within a day of its UTC date (zones run from -12 to
              -- +14 hours). The first bound lets the planner skip later positions; meetings more
              -- than a day before the date qualify without their time being converted to their
              -- zone, which for a million meetings took a second.
              AND ps.stated_at < ($1::date + 2)::timestamptz
              AND (m.starts_at < ($1::date - 1)::timestamptz
                   OR (m.starts_at < ($1::date + 2)::timestamptz AND (m.starts_at AT TIME ZONE m.time_zone)::date < $1))
            ORDER BY ps.stakeholder_id, ps.issue_id, ps.stated_at DESC, ps.id DESC
        $query$ USING day, only_issue;
    END
    $function$;
REVOKE ALL ON FUNCTION latest_positions_before(date, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION latest_positions_before(date, uuid) TO liaison_app;

-- The follow-ups a summary counts: the open ones, and those made or closed in the period, with
-- what a report shows of them. Under the policy on commitments each open follow-up cost a look
-- at its meeting, one by one: 3.7 s for the 128,000 of the benchmark. With its owner's rights the
-- same rows come from hash joins in under a second; the policy's rule is applied here instead
-- (a follow-up is seen when it has no meeting or its meeting is).
CREATE FUNCTION summary_commitments(from_day date, to_day date, only_issue uuid)
    RETURNS TABLE (id uuid, description text, opened_on date, due_on date, status text, closed_on date, owner text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET TimeZone = 'UTC'
    AS $$
        WITH picked AS (
            SELECT c.id FROM commitments c WHERE c.status = 'open'
            UNION
            SELECT c.id FROM meetings m JOIN commitments c ON c.meeting_id = m.id
            WHERE m.starts_at >= (from_day - 2)::timestamptz AND m.starts_at < (to_day + 2)::timestamptz
            UNION
            SELECT c.id FROM commitments c
            WHERE c.meeting_id IS NULL AND c.created_at >= (from_day - 2)::timestamptz AND c.created_at < (to_day + 2)::timestamptz
            UNION
            SELECT c.id FROM commitments c
            WHERE c.closed_at IS NOT NULL AND c.closed_at >= (from_day - 2)::timestamptz AND c.closed_at < (to_day + 2)::timestamptz
        )
        SELECT c.id, c.description,
               coalesce((m.starts_at AT TIME ZONE m.time_zone)::date, (c.created_at AT TIME ZONE 'Asia/Dushanbe')::date),
               c.due_on, c.status, (c.closed_at AT TIME ZONE coalesce(m.time_zone, 'Asia/Dushanbe'))::date,
               coalesce(u.display_name, p.name, o.name)
        FROM picked JOIN commitments c ON c.id = picked.id
        LEFT JOIN meetings m ON m.id = c.meeting_id
        LEFT JOIN issues i ON i.id = c.issue_id
        LEFT JOIN users u ON u.id = c.owed_by_user_id
        LEFT JOIN people p ON p.id = c.owed_by_person_id
        LEFT JOIN organizations o ON o.id = c.owed_by_organization_id
        WHERE c.archived_at IS NULL
          AND (c.meeting_id IS NULL OR (m.archived_at IS NULL AND clearance_rank(m.confidentiality) <= request_clearance()))
          AND (i.id IS NULL OR i.archived_at IS NULL)
          AND (only_issue IS NULL OR c.issue_id = only_issue)
        ORDER BY c.id
    $$;
REVOKE ALL ON FUNCTION summary_commitments(date, date, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION summary_commitments(date, date, uuid) TO liaison_app;
