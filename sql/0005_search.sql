-- Search: names in any script or spelling, meetings and issues by their words, and merging
-- duplicate people and organisations.

-- Each person's and organisation's search keys (NameKey in the domain module, one per spelling
-- of the name). The server writes them with every change of a name, and computes them again at
-- start-up for rows written under older rules (`rules`). Names are not classified, so the table
-- needs no row-level security; archived records are left out when searching.
-- Edit distance, to tell a typing slip from another name when new records are checked for duplicates.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE search_names (
    record_id uuid PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('person', 'organization')),
    keys text[] NOT NULL,
    -- The Latin keys of every spelling, space-separated, for typos (trigram similarity) and parts.
    folded text NOT NULL,
    rules integer NOT NULL
);

CREATE INDEX search_names_keys_idx ON search_names USING gin (keys);
CREATE INDEX search_names_folded_idx ON search_names USING gin (folded gin_trgm_ops);
GRANT SELECT, INSERT, UPDATE, DELETE ON search_names TO liaison_app;

-- Words of meetings and issues in English and Russian (stemmed) and as written (Tajik and any
-- other language): an expression index, so that the audit trail does not carry the vectors.
CREATE FUNCTION search_vector(heading text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, heading), 'A') || setweight(to_tsvector('russian'::regconfig, heading), 'A')
        || setweight(to_tsvector('simple'::regconfig, heading), 'A')
        || setweight(to_tsvector('english'::regconfig, body), 'B') || setweight(to_tsvector('russian'::regconfig, body), 'B')
        || setweight(to_tsvector('simple'::regconfig, body), 'B')
$$;

CREATE INDEX meetings_search_idx ON meetings USING gin (search_vector(subject, notes));
CREATE INDEX issues_search_idx ON issues USING gin (search_vector(title, description));

-- A merged record points to the one it was merged into (and is archived).
ALTER TABLE people ADD COLUMN merged_into uuid REFERENCES people (id);
ALTER TABLE organizations ADD COLUMN merged_into uuid REFERENCES organizations (id);

-- Merges are recorded in the trail as such.
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete', 'merge'));

-- Moving a duplicate's history to the record kept. With the owner's rights, so that meetings
-- above the merging officer's clearance move too (nothing of them is read or returned): a merge
-- leaves one record with the whole history. Where both attended the same meeting, or stated a
-- position on the same issue there, the kept record's entry stays and the other's goes. Every
-- meeting, affiliation and follow-up touched gets a new version, so that an edit based on what
-- was read before the merge is refused (412) instead of putting the other record back.
CREATE FUNCTION merge_people(keep uuid, other uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF keep = other OR NOT EXISTS (SELECT 1 FROM people WHERE id = keep AND archived_at IS NULL)
        OR NOT EXISTS (SELECT 1 FROM people WHERE id = other AND archived_at IS NULL) THEN
        RAISE EXCEPTION 'merge_people needs two different current people' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE meetings SET version = version + 1, updated_at = now()
    WHERE id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = other
                 UNION SELECT meeting_id FROM positions WHERE person_id = other);
    UPDATE affiliations SET version = version + 1, updated_at = now(), person_id = keep WHERE person_id = other;
    UPDATE commitments SET version = version + 1, updated_at = now(), owed_by_person_id = keep WHERE owed_by_person_id = other;
    DELETE FROM meeting_participants mp WHERE mp.person_id = other
        AND EXISTS (SELECT 1 FROM meeting_participants k WHERE k.person_id = keep AND k.meeting_id = mp.meeting_id);
    UPDATE meeting_participants SET person_id = keep WHERE person_id = other;
    DELETE FROM positions p WHERE p.person_id = other
        AND EXISTS (SELECT 1 FROM positions k WHERE k.person_id = keep AND k.meeting_id = p.meeting_id AND k.issue_id = p.issue_id);
    UPDATE positions SET person_id = keep WHERE person_id = other;
    UPDATE influence_ratings SET person_id = keep WHERE person_id = other;
    -- Records merged into the other earlier now point to the kept one.
    UPDATE people SET merged_into = keep WHERE merged_into = other;
END
$$;

CREATE FUNCTION merge_organizations(keep uuid, other uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF keep = other OR NOT EXISTS (SELECT 1 FROM organizations WHERE id = keep AND archived_at IS NULL)
        OR NOT EXISTS (SELECT 1 FROM organizations WHERE id = other AND archived_at IS NULL) THEN
        RAISE EXCEPTION 'merge_organizations needs two different current organisations' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE meetings SET version = version + 1, updated_at = now()
    WHERE id IN (SELECT meeting_id FROM meeting_participants WHERE organization_id = other
                 UNION SELECT meeting_id FROM positions WHERE organization_id = other);
    UPDATE affiliations SET version = version + 1, updated_at = now(), organization_id = keep WHERE organization_id = other;
    UPDATE commitments SET version = version + 1, updated_at = now(), owed_by_organization_id = keep WHERE owed_by_organization_id = other;
    DELETE FROM meeting_participants mp WHERE mp.organization_id = other
        AND EXISTS (SELECT 1 FROM meeting_participants k WHERE k.organization_id = keep AND k.meeting_id = mp.meeting_id);
    UPDATE meeting_participants SET organization_id = keep WHERE organization_id = other;
    DELETE FROM positions p WHERE p.organization_id = other
        AND EXISTS (SELECT 1 FROM positions k WHERE k.organization_id = keep AND k.meeting_id = p.meeting_id AND k.issue_id = p.issue_id);
    UPDATE positions SET organization_id = keep WHERE organization_id = other;
    UPDATE influence_ratings SET organization_id = keep WHERE organization_id = other;
    -- The hierarchy: the other's children become the kept one's, except the one on the kept
    -- record's own line of ancestors (it takes the other's place), so that no loop can form.
    UPDATE organizations SET parent_id = (SELECT parent_id FROM organizations WHERE id = other),
        version = version + 1, updated_at = now()
    WHERE parent_id = other AND id IN (
        WITH RECURSIVE line(id) AS (
            SELECT keep
            UNION
            SELECT o.parent_id FROM organizations o JOIN line l ON o.id = l.id WHERE o.parent_id IS NOT NULL AND o.parent_id <> other)
        SELECT id FROM line);
    UPDATE organizations SET parent_id = keep, version = version + 1, updated_at = now() WHERE parent_id = other;
    UPDATE organizations SET merged_into = keep WHERE merged_into = other;
END
$$;

REVOKE ALL ON FUNCTION merge_people(uuid, uuid), merge_organizations(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION merge_people(uuid, uuid), merge_organizations(uuid, uuid) TO liaison_app;

-- Positions moved by a merge are changes like any other: in the trail, at their meeting's level.
CREATE TRIGGER audit_moved AFTER UPDATE ON positions FOR EACH ROW EXECUTE FUNCTION audit_change();
