-- An edit's checks, failing in the database.
--
-- An edit locks its record and checks it before changing it: the record must exist (and be
-- visible to the caller, under the table's policy), carry a version the caller named, and, for
-- most edits, not be archived. The server used to read the row and decide in Swift, which meant
-- the transaction's COMMIT could not go in the same round trip as the change: a refusal decided
-- after the round trip came back would come too late. lock_for_edit makes the same checks and
-- refuses by raising an error with SQLSTATEs of its own, so that a refusal fails the round trip
-- and nothing sent with it, COMMIT included, takes effect:
--   LQ404  no such record (or not visible to the caller)
--   LQ412  the record's version is not one of `versions` (the message is the current version)
--   LQ409  the record is archived and `archived_refusal` is given (the message is that text)
-- It runs as the caller (SECURITY INVOKER), so the table's row-level security applies.

CREATE FUNCTION lock_for_edit(target regclass, record uuid, versions integer[], archived_refusal text)
    RETURNS void
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    current_version integer;
    archived boolean;
BEGIN
    EXECUTE format('SELECT version, archived_at IS NOT NULL FROM %s WHERE id = $1 FOR UPDATE', target)
        INTO current_version, archived USING record;
    IF current_version IS NULL THEN
        RAISE EXCEPTION 'no such record' USING ERRCODE = 'LQ404';
    END IF;
    IF versions IS NOT NULL AND NOT current_version = ANY (versions) THEN
        RAISE EXCEPTION USING ERRCODE = 'LQ412', MESSAGE = current_version::text;
    END IF;
    IF archived_refusal IS NOT NULL AND archived THEN
        RAISE EXCEPTION USING ERRCODE = 'LQ409', MESSAGE = archived_refusal;
    END IF;
END
$$;

REVOKE ALL ON FUNCTION lock_for_edit(regclass, uuid, integer[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lock_for_edit(regclass, uuid, integer[], text) TO liaison_app;
