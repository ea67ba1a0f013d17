-- Secure core: organisations, staff, people, families, cases, access relationships, sessions
-- and the hash-chained use log. The same file runs on PGlite and PostgreSQL.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lumo_app') THEN
    -- The role every request runs as. It owns nothing and can never bypass row-level security.
    CREATE ROLE lumo_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;

-- The actor and the clock of the current request, set transaction-locally by the server.
-- Policies read the clock from the request so that tests with a fixed clock see what production sees.
CREATE FUNCTION lumo_actor() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('lumo.actor', true), '')::uuid
$$;

CREATE FUNCTION lumo_now() RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('lumo.now', true), '')::timestamptz, now())
$$;

CREATE TABLE organisation (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('county', 'municipality', 'partner')),
  code text,
  name_fi text NOT NULL,
  name_sv text NOT NULL,
  parent_id uuid REFERENCES organisation (id),
  region text,
  systemic_training boolean,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_user (
  id uuid PRIMARY KEY,
  username text NOT NULL UNIQUE,
  first_name text NOT NULL,
  last_name text NOT NULL,
  title text NOT NULL DEFAULT '',
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  roles text[] NOT NULL,
  language text NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en')),
  password_hash text,
  totp_secret text,
  totp_pending_secret text,
  totp_enabled_at timestamptz,
  totp_last_step bigint,
  failed_login_count integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  name text NOT NULL,
  lead_id uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team_municipality (
  team_id uuid NOT NULL REFERENCES team (id),
  municipality_id uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (team_id, municipality_id)
);

CREATE TABLE team_member (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES team (id),
  user_id uuid NOT NULL REFERENCES staff_user (id),
  team_role text NOT NULL CHECK (team_role IN (
    'consultant_social_worker', 'social_worker', 'family_therapist', 'family_worker', 'coordinator'
  )),
  valid_from timestamptz NOT NULL,
  valid_to timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX team_member_user_idx ON team_member (user_id);
CREATE INDEX team_member_team_idx ON team_member (team_id);

CREATE TABLE person (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('child', 'adult')),
  first_names text NOT NULL,
  last_name text NOT NULL,
  hetu text UNIQUE,
  birth_date date,
  sex text NOT NULL DEFAULT 'unknown' CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  municipality_id uuid REFERENCES organisation (id),
  street_address text NOT NULL DEFAULT '',
  postal_code text NOT NULL DEFAULT '',
  post_office text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  language text NOT NULL DEFAULT 'fi',
  non_disclosure boolean NOT NULL DEFAULT false,
  deceased_on date,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_last_name_idx ON person (lower(last_name) text_pattern_ops);

CREATE TABLE family_link (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES person (id),
  person_id uuid NOT NULL REFERENCES person (id),
  relation text NOT NULL CHECK (relation IN (
    'mother', 'father', 'parent', 'step_parent', 'foster_parent', 'sibling', 'half_sibling',
    'grandparent', 'other_relative', 'other'
  )),
  is_guardian boolean NOT NULL DEFAULT false,
  lives_with_child boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (child_id, person_id),
  CHECK (child_id <> person_id)
);
CREATE INDEX family_link_person_idx ON family_link (person_id);

CREATE TABLE child_case (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES person (id),
  county_id uuid NOT NULL REFERENCES organisation (id),
  municipality_id uuid NOT NULL REFERENCES organisation (id),
  team_id uuid REFERENCES team (id),
  responsible_worker_id uuid REFERENCES staff_user (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_at timestamptz NOT NULL,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX child_case_one_open_idx ON child_case (child_id) WHERE status = 'open';
CREATE INDEX child_case_child_idx ON child_case (child_id, opened_at DESC);
CREATE INDEX child_case_worker_idx ON child_case (responsible_worker_id) WHERE status = 'open';
CREATE INDEX child_case_team_idx ON child_case (team_id) WHERE status = 'open';

-- The technically verified client relationship of Act 703/2023 §9: a row per person and child,
-- valid for a time. Every policy on client data reads these rows.
CREATE TABLE access_relationship (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES staff_user (id),
  child_id uuid NOT NULL REFERENCES person (id),
  kind text NOT NULL CHECK (kind IN ('responsible', 'team', 'emergency')),
  valid_from timestamptz NOT NULL,
  valid_to timestamptz,
  reason text,
  granted_by uuid REFERENCES staff_user (id),
  source_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_to > valid_from),
  CHECK (kind <> 'emergency' OR (
    length(btrim(coalesce(reason, ''))) >= 10
    AND valid_to IS NOT NULL
    AND valid_to <= valid_from + interval '2 hours'
  ))
);
CREATE INDEX access_relationship_user_child_idx ON access_relationship (user_id, child_id);
CREATE INDEX access_relationship_child_idx ON access_relationship (child_id);
CREATE INDEX access_relationship_source_idx ON access_relationship (source_id) WHERE source_id IS NOT NULL;

CREATE TABLE session (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES staff_user (id),
  auth_method text NOT NULL,
  second_factor text NOT NULL CHECK (second_factor IN ('not_required', 'pending', 'enrolment_required', 'verified')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ended_at timestamptz,
  user_agent text NOT NULL DEFAULT '',
  ip text NOT NULL DEFAULT ''
);
CREATE INDEX session_user_idx ON session (user_id);

CREATE TABLE audit_event (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id uuid NOT NULL,
  occurred_at timestamptz NOT NULL,
  actor_id uuid,
  actor_name text NOT NULL DEFAULT '',
  organisation_id uuid,
  child_ids uuid[] NOT NULL DEFAULT '{}',
  action text NOT NULL,
  outcome text NOT NULL DEFAULT 'ok' CHECK (outcome IN ('ok', 'denied', 'failed')),
  basis text NOT NULL DEFAULT '',
  purpose text NOT NULL DEFAULT '',
  request_id text NOT NULL DEFAULT '',
  details jsonb NOT NULL DEFAULT '{}',
  chain smallint NOT NULL,
  chain_pos bigint NOT NULL,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL,
  UNIQUE (chain, chain_pos)
);
CREATE INDEX audit_event_child_idx ON audit_event USING gin (child_ids);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, occurred_at);

-- The log is chained in 128 stripes so that concurrent requests do not queue on one lock (a
-- stripe's lock is held until its transaction commits); each stripe is a complete chain from its
-- genesis hash to the head kept here.
-- Every use updates its stripe's head: a low fill factor keeps the heads on many pages (and leaves
-- room for their updated versions), so concurrent commits do not contend for one page.
CREATE TABLE audit_chain (
  chain smallint PRIMARY KEY,
  last_pos bigint NOT NULL,
  last_hash bytea NOT NULL
) WITH (fillfactor = 10);
INSERT INTO audit_chain (chain, last_pos, last_hash)
SELECT c, 0, sha256(convert_to('lumo-audit-genesis-' || c, 'UTF8'))
FROM generate_series(0, 127) AS c;

-- jsonb text output is deterministic, which makes it an unambiguous canonical form of a row.
CREATE FUNCTION lumo_audit_canonical(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.actor_id, e.actor_name, e.organisation_id, e.child_ids, e.action, e.outcome, e.basis,
    e.purpose, e.request_id, e.details, e.chain, e.chain_pos
  )::text
$$;

CREATE FUNCTION lumo_audit_chain_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
  -- One connection runs one transaction at a time: by its backend, concurrent transactions land on
  -- different stripes far more often than at random.
  stripe smallint := (pg_backend_pid() % 128)::smallint;
  head audit_chain%ROWTYPE;
BEGIN
  SELECT * INTO STRICT head FROM audit_chain WHERE chain = stripe FOR UPDATE;
  NEW.chain := head.chain;
  NEW.chain_pos := head.last_pos + 1;
  NEW.prev_hash := head.last_hash;
  NEW.hash := sha256(head.last_hash || convert_to(lumo_audit_canonical(NEW), 'UTF8'));
  UPDATE audit_chain SET last_pos = NEW.chain_pos, last_hash = NEW.hash WHERE chain = head.chain;
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
FOR EACH ROW EXECUTE FUNCTION lumo_audit_chain_row();

-- Row-level security: the second wall. Client data is visible only through a valid relationship.
-- The conditions are written out in each policy rather than called as a function, so that the
-- planner can use the relationship index as a semi-join instead of calling a function per row.
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
ALTER TABLE person FORCE ROW LEVEL SECURITY;
CREATE POLICY person_visible ON person FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = person.id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR EXISTS (
    SELECT 1 FROM family_link f JOIN access_relationship r ON r.child_id = f.child_id
    WHERE f.person_id = person.id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY person_update ON person FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = person.id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR EXISTS (
    SELECT 1 FROM family_link f JOIN access_relationship r ON r.child_id = f.child_id
    WHERE f.person_id = person.id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE family_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE family_link FORCE ROW LEVEL SECURITY;
CREATE POLICY family_link_visible ON family_link FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_link.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE child_case ENABLE ROW LEVEL SECURITY;
ALTER TABLE child_case FORCE ROW LEVEL SECURITY;
CREATE POLICY child_case_visible ON child_case FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = child_case.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY child_case_update ON child_case FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = child_case.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

-- A person sees her own grants; the grants of others reach her only through the
-- security-definer functions below, which check that she is entitled to see them.
ALTER TABLE access_relationship ENABLE ROW LEVEL SECURITY;
CREATE POLICY access_relationship_own ON access_relationship FOR SELECT USING (user_id = lumo_actor());
CREATE POLICY access_relationship_emergency ON access_relationship FOR INSERT
  WITH CHECK (kind = 'emergency' AND user_id = lumo_actor() AND granted_by = lumo_actor());

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_append ON audit_event FOR INSERT WITH CHECK (actor_id = lumo_actor());

-- The responsible worker sees who else holds access to her child, emergency access included.
CREATE FUNCTION lumo_child_access_grants(child uuid)
RETURNS SETOF access_relationship LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public ROWS 10 AS $$
  SELECT r.* FROM access_relationship r
  WHERE r.child_id = child
    AND EXISTS (
      SELECT 1 FROM access_relationship me
      WHERE me.child_id = child AND me.user_id = lumo_actor() AND me.kind = 'responsible'
        AND me.valid_from <= lumo_now() AND (me.valid_to IS NULL OR me.valid_to > lumo_now())
    )
$$;

-- Emergency accesses taken by others that the actor must see: to children she is responsible for,
-- and to children of the teams she leads. The child's name comes along, so a team lead can
-- review an access to a child she has no relationship with.
CREATE FUNCTION lumo_emergency_accesses_to_review(since timestamptz)
RETURNS TABLE (
  id uuid, user_id uuid, child_id uuid, child_name text, valid_from timestamptz, valid_to timestamptz,
  reason text
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public ROWS 10 AS $$
  SELECT r.id, r.user_id, r.child_id, p.first_names || ' ' || p.last_name, r.valid_from, r.valid_to, r.reason
  FROM access_relationship r
  JOIN person p ON p.id = r.child_id
  WHERE r.kind = 'emergency' AND r.valid_from >= since AND r.user_id <> lumo_actor()
    AND (
      EXISTS (
        SELECT 1 FROM access_relationship me
        WHERE me.child_id = r.child_id AND me.user_id = lumo_actor() AND me.kind = 'responsible'
          AND me.valid_from <= lumo_now() AND (me.valid_to IS NULL OR me.valid_to > lumo_now())
      )
      OR EXISTS (
        SELECT 1 FROM child_case c JOIN team t ON t.id = c.team_id
        WHERE c.child_id = r.child_id AND c.status = 'open' AND t.lead_id = lumo_actor()
      )
    )
  ORDER BY r.valid_from DESC
$$;

-- Whether an id is a child, for the one action that needs to know without a relationship:
-- taking emergency access. Granted only to the app role; the command checks the role first.
CREATE FUNCTION lumo_is_child(candidate uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM person WHERE id = candidate AND kind = 'child')
$$;

-- The use log of a child, for the worker responsible for the child (Act 703/2023 §11).
CREATE FUNCTION lumo_child_audit_log(child uuid, max_rows integer)
RETURNS TABLE (
  seq bigint, occurred_at timestamptz, actor_id uuid, actor_name text, organisation_id uuid,
  action text, outcome text, basis text, purpose text
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT e.seq, e.occurred_at, e.actor_id, e.actor_name, e.organisation_id, e.action, e.outcome,
    e.basis, e.purpose
  FROM audit_event e
  WHERE e.child_ids @> ARRAY[child]
    AND EXISTS (
      SELECT 1 FROM access_relationship me
      WHERE me.child_id = child AND me.user_id = lumo_actor() AND me.kind = 'responsible'
        AND me.valid_from <= lumo_now() AND (me.valid_to IS NULL OR me.valid_to > lumo_now())
    )
  ORDER BY e.occurred_at DESC, e.seq DESC
  LIMIT max_rows
$$;

GRANT SELECT ON organisation, team, team_municipality, team_member TO lumo_app;
GRANT SELECT (id, username, first_name, last_name, title, organisation_id, roles, language, active)
  ON staff_user TO lumo_app;
GRANT SELECT, INSERT, UPDATE ON person, family_link, child_case TO lumo_app;
GRANT SELECT, INSERT ON access_relationship TO lumo_app;
GRANT INSERT ON audit_event TO lumo_app;
REVOKE ALL ON FUNCTION lumo_child_access_grants(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_emergency_accesses_to_review(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_is_child(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_child_audit_log(uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lumo_child_access_grants(uuid) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_emergency_accesses_to_review(timestamptz) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_is_child(uuid) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_child_audit_log(uuid, integer) TO lumo_app;
