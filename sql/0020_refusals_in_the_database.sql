-- Refusals decided by the statement that finds them, so that a write's COMMIT can go with it.
--
-- A person's or organisation's create looks for a likely duplicate, and an affiliation's write
-- for a side merged into another record, in the same round trip as the write. Until now the
-- server read what the look found and refused in Swift once the round trip was back, so the
-- write's COMMIT had to wait for a round trip of its own. refuse() raises instead, with what was
-- found as JSON in the error's DETAIL, so that the round trip fails, nothing sent with it takes
-- effect (COMMIT included), and the server still words the refusal from what was found.
--
-- SQLSTATEs of its own, beside lock_for_edit's: LQDUP (a likely duplicate: DETAIL is a JSON
-- array of {"id", "name"}) and LQ422 (fields refused: DETAIL is a JSON array of
-- {"field", "mergedInto"}).

CREATE FUNCTION refuse(code text, refused jsonb) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF refused IS NOT NULL AND jsonb_array_length(refused) > 0 THEN
        RAISE EXCEPTION 'refused: %', code USING ERRCODE = code, DETAIL = refused::text;
    END IF;
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION refuse(text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION refuse(text, jsonb) TO liaison_app;
