-- The stakeholder register and the meeting log.
--
-- Conventions: every record has a uuid id, a version that rises by one with each update (the
-- HTTP ETag), created_at/updated_at, and archived_at instead of deletion. Lists users extend
-- (sectors, organisation kinds, regions) are tables keyed by a slug, not enums.

CREATE TABLE sectors (
    slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    sort_order integer NOT NULL DEFAULT 100
);

INSERT INTO sectors (slug, name, sort_order) VALUES
    ('government', 'Government', 1),
    ('political-party', 'Political party', 2),
    ('civil-society', 'Civil society', 3),
    ('international', 'International partner', 4),
    ('religious', 'Religious body', 5),
    ('media', 'Media', 6),
    ('other', 'Other', 7);

CREATE TABLE organization_kinds (
    slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100)
);

INSERT INTO organization_kinds (slug, name) VALUES
    ('ministry', 'Ministry'),
    ('state-committee', 'State committee or agency'),
    ('presidential-office', 'Presidential office'),
    ('parliament', 'Parliament'),
    ('commission', 'Commission'),
    ('court', 'Court or prosecutor'),
    ('local-authority', 'Local authority'),
    ('party', 'Political party'),
    ('ngo', 'Non-governmental organisation'),
    ('association', 'Association or union'),
    ('religious-body', 'Religious body'),
    ('media-outlet', 'Media outlet'),
    ('international-organization', 'International organisation'),
    ('embassy', 'Embassy'),
    ('other', 'Other');

CREATE TABLE regions (
    slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100)
);

INSERT INTO regions (slug, name) VALUES
    ('dushanbe', 'Dushanbe'),
    ('khatlon', 'Khatlon'),
    ('sughd', 'Sughd'),
    ('gbao', 'Gorno-Badakhshan (GBAO)'),
    ('rrs', 'Districts of Republican Subordination'),
    ('national', 'National'),
    ('abroad', 'Abroad');

-- Mission staff. Roles, clearance and credentials come with the accounts migration.
CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    login citext NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
    display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organizations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    aliases text[] NOT NULL DEFAULT '{}',
    sector text NOT NULL REFERENCES sectors (slug) ON UPDATE CASCADE,
    kind text REFERENCES organization_kinds (slug) ON UPDATE CASCADE,
    region text REFERENCES regions (slug) ON UPDATE CASCADE,
    parent_id uuid REFERENCES organizations (id),
    notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz,
    CHECK (parent_id IS DISTINCT FROM id)
);

CREATE INDEX organizations_name_idx ON organizations (lower(name), id);
CREATE INDEX organizations_sector_idx ON organizations (sector, region);
CREATE INDEX organizations_parent_idx ON organizations (parent_id) WHERE parent_id IS NOT NULL;

CREATE TABLE people (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 300),
    -- Other spellings and scripts of the name: Cyrillic, Latin transliterations, Persian script.
    alternate_names text[] NOT NULL DEFAULT '{}',
    title text NOT NULL DEFAULT '' CHECK (length(title) <= 300),
    email text NOT NULL DEFAULT '' CHECK (length(email) <= 300),
    phone text NOT NULL DEFAULT '' CHECK (length(phone) <= 100),
    address text NOT NULL DEFAULT '' CHECK (length(address) <= 1000),
    notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz
);

CREATE INDEX people_name_idx ON people (lower(name), id);

-- Influence (1-5) as judged on a date; the current rating is the latest.
CREATE TABLE influence_ratings (
    id bigserial PRIMARY KEY,
    person_id uuid REFERENCES people (id),
    organization_id uuid REFERENCES organizations (id),
    rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    as_of date NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    stakeholder_id uuid GENERATED ALWAYS AS (coalesce(person_id, organization_id)) STORED,
    CHECK (num_nonnulls(person_id, organization_id) = 1)
);

CREATE INDEX influence_ratings_latest_idx ON influence_ratings (stakeholder_id, as_of DESC, id DESC);

CREATE TABLE affiliations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    person_id uuid NOT NULL REFERENCES people (id),
    organization_id uuid NOT NULL REFERENCES organizations (id),
    role text NOT NULL DEFAULT '' CHECK (length(role) <= 300),
    valid_from date,
    valid_to date,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);

-- "Who represented organisation X on date D", and a person's affiliations.
CREATE INDEX affiliations_organization_idx ON affiliations (organization_id, valid_from);
CREATE INDEX affiliations_person_idx ON affiliations (person_id, valid_from);

CREATE TABLE issues (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
    description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
    -- The mandate objectives (a-d) the issue serves.
    objectives text[] NOT NULL DEFAULT '{d}'
        CHECK (cardinality(objectives) >= 1 AND objectives <@ ARRAY['a', 'b', 'c', 'd']),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz
);

CREATE UNIQUE INDEX issues_title_key ON issues (lower(title)) WHERE archived_at IS NULL;

CREATE TABLE meetings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kind text NOT NULL DEFAULT 'meeting'
        CHECK (kind IN ('meeting', 'call', 'workshop', 'round-table', 'field-visit', 'correspondence')),
    starts_at timestamptz NOT NULL,
    -- The IANA time zone the meeting took place in, for showing its local time.
    time_zone text NOT NULL DEFAULT 'Asia/Dushanbe' CHECK (length(time_zone) <= 64),
    duration_minutes integer CHECK (duration_minutes BETWEEN 0 AND 10080),
    place text NOT NULL DEFAULT '' CHECK (length(place) <= 300),
    region text REFERENCES regions (slug) ON UPDATE CASCADE,
    subject text NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 300),
    notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 100000),
    objectives text[] NOT NULL DEFAULT '{d}'
        CHECK (cardinality(objectives) >= 1 AND objectives <@ ARRAY['a', 'b', 'c', 'd']),
    confidentiality text NOT NULL DEFAULT 'unclassified'
        CHECK (confidentiality IN ('unclassified', 'confidential', 'strictly-confidential')),
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz
);

CREATE INDEX meetings_starts_at_idx ON meetings (starts_at DESC, id DESC);
CREATE INDEX meetings_region_idx ON meetings (region, starts_at DESC);

CREATE TABLE meeting_participants (
    meeting_id uuid NOT NULL REFERENCES meetings (id),
    person_id uuid REFERENCES people (id),
    organization_id uuid REFERENCES organizations (id),
    stakeholder_id uuid GENERATED ALWAYS AS (coalesce(person_id, organization_id)) STORED,
    listing_order integer NOT NULL,
    CHECK (num_nonnulls(person_id, organization_id) = 1),
    PRIMARY KEY (meeting_id, stakeholder_id)
);

CREATE INDEX meeting_participants_stakeholder_idx ON meeting_participants (stakeholder_id, meeting_id);

CREATE TABLE meeting_staff (
    meeting_id uuid NOT NULL REFERENCES meetings (id),
    user_id uuid NOT NULL REFERENCES users (id),
    PRIMARY KEY (meeting_id, user_id)
);

CREATE INDEX meeting_staff_user_idx ON meeting_staff (user_id);

CREATE TABLE positions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    meeting_id uuid NOT NULL REFERENCES meetings (id),
    issue_id uuid NOT NULL REFERENCES issues (id),
    person_id uuid REFERENCES people (id),
    organization_id uuid REFERENCES organizations (id),
    stakeholder_id uuid GENERATED ALWAYS AS (coalesce(person_id, organization_id)) STORED,
    stance smallint NOT NULL CHECK (stance BETWEEN -2 AND 2),
    quote text NOT NULL DEFAULT '' CHECK (length(quote) <= 5000),
    -- The meeting's time, kept here so that "latest position as of a date" is one index walk.
    stated_at timestamptz NOT NULL,
    CHECK (num_nonnulls(person_id, organization_id) = 1),
    UNIQUE (meeting_id, stakeholder_id, issue_id)
);

CREATE INDEX positions_latest_idx ON positions (stakeholder_id, issue_id, stated_at DESC, id DESC);
CREATE INDEX positions_issue_idx ON positions (issue_id, stated_at DESC);

CREATE TABLE commitments (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    description text NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 2000),
    meeting_id uuid REFERENCES meetings (id),
    issue_id uuid REFERENCES issues (id),
    -- Who owes it: a staff member, a person or an organisation.
    owed_by_user_id uuid REFERENCES users (id),
    owed_by_person_id uuid REFERENCES people (id),
    owed_by_organization_id uuid REFERENCES organizations (id),
    due_on date,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    closed_at timestamptz,
    version integer NOT NULL DEFAULT 1,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz,
    CHECK (num_nonnulls(owed_by_user_id, owed_by_person_id, owed_by_organization_id) <= 1)
);

CREATE INDEX commitments_due_idx ON commitments (status, due_on);
CREATE INDEX commitments_meeting_idx ON commitments (meeting_id);
CREATE INDEX commitments_owner_idx ON commitments (coalesce(owed_by_user_id, owed_by_person_id, owed_by_organization_id));

-- Responses to creates, kept so that a retried request with the same Idempotency-Key gets the
-- first response and creates nothing new.
CREATE TABLE idempotency_keys (
    scope text NOT NULL,
    key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request text NOT NULL,
    response_status integer NOT NULL,
    response text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
