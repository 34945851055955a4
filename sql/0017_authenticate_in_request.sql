-- Authentication inside the request's own transaction.
--
-- Until now the server checked a request's bearer token on a connection of its own (one pool
-- checkout and one round trip), and then opened the request's transaction on another, telling
-- it who was asking with set_config. authenticate_request does both in one statement, which the
-- server sends with BEGIN in the transaction's first round trip: it finds the token's user,
-- refuses the request by raising an error when the token is unknown, revoked or expired, the
-- account is disabled or its role is below the one the request needs, and otherwise sets
-- liaison.user_id and liaison.clearance for this transaction, as the server did before. An
-- error here fails the whole round trip, so nothing the request sent with it takes effect.
--
-- It does not write: read transactions are read-only. When the token's last use is more than a
-- minute old it says so (stamp_due), and the server stamps last_used_at outside the request.
--
-- SQLSTATEs of its own, so that the server can tell these refusals from any other error:
-- LQ401 (no such user for this token) and LQ403 (the role is too low).

CREATE FUNCTION role_rank(role text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT CASE role WHEN 'viewer' THEN 0 WHEN 'officer' THEN 1 WHEN 'admin' THEN 2 END $$;

CREATE FUNCTION authenticate_request(token text, needed_role text)
    RETURNS TABLE (
        id uuid, login citext, display_name text, role text, clearance text, active boolean, version integer,
        created_at timestamptz, updated_at timestamptz, token_id uuid, stamp_due boolean)
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    account record;
BEGIN
    SELECT u.id, u.login, u.display_name, u.role, u.clearance, u.active, u.version, u.created_at, u.updated_at,
           t.id AS token_id, (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stamp_due
      INTO account
      FROM api_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = sha256(convert_to(token, 'UTF8')) AND u.active
       AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now());
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the bearer token is unknown, revoked or expired, or its account is disabled'
            USING ERRCODE = 'LQ401';
    END IF;
    -- An unknown role on either side ranks as NULL: refused, never let through.
    IF NOT coalesce(role_rank(account.role) >= role_rank(needed_role), false) THEN
        RAISE EXCEPTION 'This needs the % role; your account''s role is %.', needed_role, account.role
            USING ERRCODE = 'LQ403';
    END IF;
    PERFORM set_config('liaison.user_id', account.id::text, true), set_config('liaison.clearance', account.clearance, true);
    RETURN QUERY SELECT account.id, account.login, account.display_name, account.role, account.clearance, account.active,
        account.version, account.created_at, account.updated_at, account.token_id, account.stamp_due;
END
$$;

REVOKE ALL ON FUNCTION authenticate_request(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION authenticate_request(text, text) TO liaison_app;
