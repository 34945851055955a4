-- Accounts, tokens, clearance enforced by row-level security, and the audit trail.
--
-- Requests run as the role liaison_app (the server sets it on every connection it uses for
-- requests). liaison_app is not a superuser, does not own the tables and has no BYPASSRLS, so
-- the policies below apply to everything it reads or writes. The request's user and clearance
-- are set per transaction in liaison.user_id and liaison.clearance.

ALTER TABLE users
    ADD COLUMN role text NOT NULL DEFAULT 'viewer' CHECK (role IN ('admin', 'officer', 'viewer')),
    ADD COLUMN clearance text NOT NULL DEFAULT 'unclassified'
        CHECK (clearance IN ('unclassified', 'confidential', 'strictly-confidential')),
    ADD COLUMN password_hash text,
    ADD COLUMN version integer NOT NULL DEFAULT 1,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

CREATE TABLE api_tokens (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id uuid NOT NULL REFERENCES users (id),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    -- SHA-256 of the token; the token itself is shown once and never stored.
    token_hash bytea NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz,
    revoked_at timestamptz,
    last_used_at timestamptz
);

CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Failed logins per login and per client address, for slowing down guessing.
CREATE TABLE login_failures (
    key text PRIMARY KEY,
    failures integer NOT NULL,
    first_failure timestamptz NOT NULL,
    last_failure timestamptz NOT NULL
);

CREATE FUNCTION clearance_rank(level text) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT CASE level WHEN 'unclassified' THEN 0 WHEN 'confidential' THEN 1 WHEN 'strictly-confidential' THEN 2 END $$;

-- The request's clearance; no clearance set means nothing classified is visible.
CREATE FUNCTION request_clearance() RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT coalesce(clearance_rank(nullif(current_setting('liaison.clearance', true), '')), -1) $$;

CREATE FUNCTION request_user() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT nullif(current_setting('liaison.user_id', true), '')::uuid $$;

-- The role requests run as. Roles belong to the whole server, so another database may have
-- created it already.
DO $$
BEGIN
    CREATE ROLE liaison_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

-- The migrating user must be able to switch to it (a superuser always can).
DO $$
BEGIN
    GRANT liaison_app TO CURRENT_USER;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'could not grant liaison_app to %; grant it by hand', current_user;
END
$$;
GRANT USAGE ON SCHEMA public TO liaison_app;
GRANT SELECT ON sectors, organization_kinds, regions, schema_migrations TO liaison_app;
GRANT INSERT ON regions, organization_kinds TO liaison_app;
GRANT SELECT, INSERT, UPDATE ON users, api_tokens, organizations, people, affiliations, issues, meetings,
    commitments, idempotency_keys, login_failures TO liaison_app;
GRANT SELECT, INSERT ON influence_ratings TO liaison_app;
GRANT SELECT, INSERT, DELETE ON meeting_participants, meeting_staff, positions, login_failures TO liaison_app;

-- Clearance: a meeting, and everything recorded at it, is visible only up to the request's clearance.
ALTER TABLE meetings ENABLE ROW LEVEL SECURITY;
CREATE POLICY meetings_clearance ON meetings TO liaison_app
    USING (clearance_rank(confidentiality) <= request_clearance())
    WITH CHECK (clearance_rank(confidentiality) <= request_clearance());

ALTER TABLE positions ENABLE ROW LEVEL SECURITY;
CREATE POLICY positions_clearance ON positions TO liaison_app
    USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));

ALTER TABLE meeting_participants ENABLE ROW LEVEL SECURITY;
CREATE POLICY participants_clearance ON meeting_participants TO liaison_app
    USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));

ALTER TABLE meeting_staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_clearance ON meeting_staff TO liaison_app
    USING (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK (EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));

ALTER TABLE commitments ENABLE ROW LEVEL SECURITY;
CREATE POLICY commitments_clearance ON commitments TO liaison_app
    USING (meeting_id IS NULL OR EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id))
    WITH CHECK (meeting_id IS NULL OR EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id));

-- A stored response can hold a classified record: only its own creator sees it again.
-- Keys are per user (the zero id stands for requests without one).
ALTER TABLE idempotency_keys ADD COLUMN user_id uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE idempotency_keys ADD PRIMARY KEY (scope, user_id, key);
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY idempotency_owner ON idempotency_keys TO liaison_app
    USING (user_id = coalesce(request_user(), '00000000-0000-0000-0000-000000000000'))
    WITH CHECK (user_id = coalesce(request_user(), '00000000-0000-0000-0000-000000000000'));

-- The audit trail: append-only. liaison_app may add rows (through the triggers) and read them
-- within its clearance, never change or remove them; the trigger below refuses even the owner.
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    user_id uuid,
    action text NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete')),
    record_type text NOT NULL,
    record_id uuid NOT NULL,
    -- The classification of the record (the higher of before and after), so that the trail
    -- shows nobody more than they may see.
    confidentiality text NOT NULL DEFAULT 'unclassified',
    -- The meeting the record belongs to: its rows are hidden whenever the meeting is, even
    -- after it was classified higher than when they were written.
    meeting_id uuid,
    before jsonb,
    after jsonb
);

CREATE INDEX audit_log_record_idx ON audit_log (record_id, id);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);

GRANT SELECT, INSERT ON audit_log TO liaison_app;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_clearance ON audit_log TO liaison_app
    USING (clearance_rank(confidentiality) <= request_clearance()
           AND (meeting_id IS NULL OR EXISTS (SELECT 1 FROM meetings m WHERE m.id = audit_log.meeting_id)))
    WITH CHECK (true);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Records every change of a row as who, when, what, before and after.
CREATE FUNCTION audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    action text;
    old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
    row_data jsonb := coalesce(new_row, old_row);
    meeting uuid;
    level integer := 0;
BEGIN
    -- Recording when a token was last used is bookkeeping, not a change anyone made.
    IF TG_TABLE_NAME = 'api_tokens' AND TG_OP = 'UPDATE' AND (old_row - 'last_used_at') = (new_row - 'last_used_at') THEN
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
    -- The level is the higher of before and after, and of the meeting(s) the row belongs to.
    IF TG_TABLE_NAME = 'meetings' THEN
        meeting := (row_data ->> 'id')::uuid;
        level := greatest(coalesce(clearance_rank(old_row ->> 'confidentiality'), 0),
                          coalesce(clearance_rank(new_row ->> 'confidentiality'), 0));
    ELSIF row_data ? 'meeting_id' THEN
        meeting := coalesce((old_row ->> 'meeting_id')::uuid, (new_row ->> 'meeting_id')::uuid);
        SELECT coalesce(max(clearance_rank(m.confidentiality)), 0) INTO level FROM meetings m
        WHERE m.id IN ((old_row ->> 'meeting_id')::uuid, (new_row ->> 'meeting_id')::uuid);
    END IF;
    INSERT INTO audit_log (user_id, action, record_type, record_id, confidentiality, meeting_id, before, after)
    VALUES (request_user(), action, TG_TABLE_NAME, (row_data ->> 'id')::uuid,
            CASE level WHEN 2 THEN 'strictly-confidential' WHEN 1 THEN 'confidential' ELSE 'unclassified' END,
            meeting, old_row, new_row);
    RETURN NULL;
END
$$;

CREATE TRIGGER audit AFTER INSERT OR UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON people FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON affiliations FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON issues FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON meetings FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON commitments FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE TRIGGER audit AFTER INSERT OR DELETE ON positions FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON users FOR EACH ROW EXECUTE FUNCTION audit_change();
CREATE TRIGGER audit AFTER INSERT OR UPDATE ON api_tokens FOR EACH ROW EXECUTE FUNCTION audit_change();

-- Sequences behind the tables above (influence ratings, the audit trail).
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO liaison_app;
