-- The statutory clock: notifications (LSL §25–25c), urgency assessment (§26), the service-need
-- assessment (SHL §36), the client relationship (§27), caseloads (§13b), client plans (§30) and the
-- documents given to the family. Dates are Europe/Helsinki calendar dates; due dates are computed by
-- the domain's clock when a row is written and stored, so that lists can sort and filter by them.

-- A case moves from intake (notification received, start decision pending) through the assessment
-- to the client relationship. The cases that existed before this migration are clients.
ALTER TABLE child_case
  ADD COLUMN phase text NOT NULL DEFAULT 'client' CHECK (phase IN ('intake', 'assessment', 'client')),
  ADD COLUMN client_since date,
  ADD COLUMN opened_by uuid REFERENCES staff_user (id);
UPDATE child_case SET client_since = (opened_at AT TIME ZONE 'Europe/Helsinki')::date;
-- The caseload of §13b: open client cases per responsible worker.
CREATE INDEX child_case_caseload_idx ON child_case (responsible_worker_id)
  WHERE status = 'open' AND phase = 'client';

-- An expected child (pre-birth notification, §25c) has neither identity code nor birth date yet.
ALTER TABLE person ADD COLUMN expected_birth_date date;

CREATE TABLE assessment (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES person (id),
  case_id uuid NOT NULL REFERENCES child_case (id),
  -- The day the child-welfare matter became pending: the notification's day, or the birth (§25c).
  pending_date date NOT NULL,
  start_due date NOT NULL,
  complete_due date NOT NULL,
  family_informed_due date NOT NULL,
  -- A notification about a child who is already a client is handled within client work.
  existing_client boolean NOT NULL,
  status text NOT NULL DEFAULT 'awaiting_start' CHECK (status IN (
    'awaiting_start', 'in_progress', 'concluded', 'not_started', 'within_client_work'
  )),
  start_decided_on date,
  start_decided_by uuid REFERENCES staff_user (id),
  start_decision_reason text,
  participants jsonb NOT NULL DEFAULT '[]',
  child_meetings jsonb NOT NULL DEFAULT '[]',
  child_views text NOT NULL DEFAULT '',
  child_views_method text NOT NULL DEFAULT '',
  guardian_views text NOT NULL DEFAULT '',
  working_notes text NOT NULL DEFAULT '',
  conclusion text CHECK (conclusion IN ('client', 'not_client')),
  conclusion_reasons text,
  services_instead text,
  concluded_on date,
  concluded_by uuid REFERENCES staff_user (id),
  -- Set when the child and every guardian have been told of the notification (or why not).
  family_informed_on date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'not_started' OR length(btrim(coalesce(start_decision_reason, ''))) > 0),
  CHECK (status <> 'concluded' OR (conclusion IS NOT NULL AND concluded_on IS NOT NULL)),
  CHECK (conclusion IS DISTINCT FROM 'not_client' OR length(btrim(coalesce(conclusion_reasons, ''))) > 0)
);
-- At most one matter pending per case at a time: later notifications join it.
CREATE UNIQUE INDEX assessment_one_open_idx ON assessment (case_id)
  WHERE status IN ('awaiting_start', 'in_progress');
CREATE INDEX assessment_case_idx ON assessment (case_id, pending_date DESC);
CREATE INDEX assessment_child_idx ON assessment (child_id);

CREATE TABLE notification (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES person (id),
  case_id uuid NOT NULL REFERENCES child_case (id),
  assessment_id uuid REFERENCES assessment (id),
  municipality_id uuid NOT NULL REFERENCES organisation (id),
  kind text NOT NULL CHECK (kind IN ('notification', 'joint_request', 'pre_birth')),
  received_at timestamptz NOT NULL,
  received_on date NOT NULL,
  -- Null only for a pre-birth notification until the child is born.
  pending_date date,
  channel text NOT NULL CHECK (channel IN (
    'phone', 'letter', 'e_form', 'email', 'in_person', 'police_report', 'other'
  )),
  notifier_category text NOT NULL CHECK (notifier_category IN (
    'police', 'school', 'early_childhood_education', 'health_care', 'social_services',
    'emergency_response_centre', 'child', 'parent_or_guardian', 'relative', 'private_person',
    'anonymous', 'other'
  )),
  notifier_name text,
  notifier_contact text,
  content text NOT NULL,
  suspected_offence boolean NOT NULL DEFAULT false,
  police_notified boolean,
  police_not_notified_reason text,
  registered_by uuid NOT NULL REFERENCES staff_user (id),
  registered_at timestamptz NOT NULL,
  urgency_assessed_at timestamptz,
  urgency_assessed_by uuid REFERENCES staff_user (id),
  urgent boolean,
  immediate_measures text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'pre_birth' OR pending_date IS NOT NULL),
  CHECK (notifier_category <> 'anonymous' OR (notifier_name IS NULL AND notifier_contact IS NULL)),
  -- §25(3): a suspected sexual or violent offence needs the police question answered.
  CHECK (NOT suspected_offence OR police_notified OR length(btrim(coalesce(police_not_notified_reason, ''))) > 0),
  CHECK ((urgency_assessed_at IS NULL) = (urgent IS NULL))
);
CREATE INDEX notification_case_idx ON notification (case_id, received_at);
CREATE INDEX notification_child_idx ON notification (child_id, received_at DESC);
CREATE INDEX notification_municipality_idx ON notification (municipality_id, received_at DESC);
CREATE INDEX notification_assessment_idx ON notification (assessment_id);
CREATE INDEX notification_unassessed_idx ON notification (case_id) WHERE urgency_assessed_at IS NULL;
CREATE INDEX notification_registrar_idx ON notification (registered_by, received_at DESC);

CREATE TABLE family_information (
  id uuid PRIMARY KEY,
  assessment_id uuid NOT NULL REFERENCES assessment (id),
  child_id uuid NOT NULL REFERENCES person (id),
  subject text NOT NULL CHECK (subject IN ('notification', 'outcome')),
  person_id uuid NOT NULL REFERENCES person (id),
  informed_on date,
  method text NOT NULL CHECK (method IN (
    'in_person', 'phone', 'letter', 'e_service', 'video', 'other', 'not_informed'
  )),
  not_informed_reason text,
  notes text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL REFERENCES staff_user (id),
  recorded_at timestamptz NOT NULL,
  CHECK ((method = 'not_informed') = (informed_on IS NULL)),
  CHECK (method <> 'not_informed' OR length(btrim(coalesce(not_informed_reason, ''))) > 0)
);
CREATE INDEX family_information_assessment_idx ON family_information (assessment_id);

CREATE TABLE client_plan (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES person (id),
  case_id uuid NOT NULL REFERENCES child_case (id),
  plan_no integer NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'agreed')),
  circumstances_to_change text NOT NULL DEFAULT '',
  support_needed text NOT NULL DEFAULT '',
  services jsonb NOT NULL DEFAULT '[]',
  goals jsonb NOT NULL DEFAULT '[]',
  child_views text NOT NULL DEFAULT '',
  guardian_views text NOT NULL DEFAULT '',
  dissenting_views text NOT NULL DEFAULT '',
  participants jsonb NOT NULL DEFAULT '[]',
  requested_review_date date,
  plan_date date,
  review_due date,
  agreed_at timestamptz,
  agreed_by uuid REFERENCES staff_user (id),
  based_on_id uuid REFERENCES client_plan (id),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES staff_user (id),
  updated_at timestamptz NOT NULL,
  UNIQUE (case_id, plan_no),
  CHECK (status = 'draft' OR (plan_date IS NOT NULL AND review_due IS NOT NULL AND agreed_at IS NOT NULL))
);
CREATE UNIQUE INDEX client_plan_one_draft_idx ON client_plan (case_id) WHERE status = 'draft';
CREATE INDEX client_plan_current_idx ON client_plan (case_id, plan_no DESC) WHERE status = 'agreed';
CREATE INDEX client_plan_child_idx ON client_plan (child_id, plan_no DESC);

-- A document exactly as it was given to the family: the bytes, their hash, who made it and when.
CREATE TABLE document (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES person (id),
  case_id uuid NOT NULL REFERENCES child_case (id),
  kind text NOT NULL CHECK (kind IN ('assessment_summary', 'client_plan')),
  source_id uuid NOT NULL,
  language text NOT NULL CHECK (language IN ('fi', 'sv')),
  filename text NOT NULL,
  content bytea NOT NULL,
  sha256 text NOT NULL,
  byte_size integer NOT NULL,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX document_child_idx ON document (child_id, created_at DESC);
CREATE INDEX document_source_idx ON document (source_id);

-- A team lead lets one assignment take a worker past the limit of §13b; the next such assignment
-- consumes it. It holds no client data: the lead sees counts and reasons, never the children.
CREATE TABLE caseload_override (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES team (id),
  worker_id uuid NOT NULL REFERENCES staff_user (id),
  reason text NOT NULL CHECK (length(btrim(reason)) >= 10),
  granted_by uuid NOT NULL REFERENCES staff_user (id),
  granted_at timestamptz NOT NULL,
  consumed_at timestamptz,
  consumed_by uuid REFERENCES staff_user (id),
  consumed_case_id uuid REFERENCES child_case (id)
);
CREATE UNIQUE INDEX caseload_override_open_idx ON caseload_override (worker_id) WHERE consumed_at IS NULL;
CREATE INDEX caseload_override_team_idx ON caseload_override (team_id, granted_at DESC);

-- Row-level security in the inline style of 0001: a relationship to the child, valid now.
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
-- The registrar may read back what she registered, even about a child whose case she cannot see.
CREATE POLICY notification_visible ON notification FOR SELECT USING (
  registered_by = lumo_actor()
  OR EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = notification.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY notification_insert ON notification FOR INSERT WITH CHECK (registered_by = lumo_actor());
CREATE POLICY notification_update ON notification FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = notification.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY assessment_visible ON assessment FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = assessment.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
-- A registrar opens the matter a notification makes pending, also for a child she cannot see.
CREATE POLICY assessment_insert ON assessment FOR INSERT WITH CHECK (created_by = lumo_actor());
CREATE POLICY assessment_update ON assessment FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = assessment.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE family_information ENABLE ROW LEVEL SECURITY;
ALTER TABLE family_information FORCE ROW LEVEL SECURITY;
CREATE POLICY family_information_visible ON family_information FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_information.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY family_information_insert ON family_information FOR INSERT WITH CHECK (
  recorded_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_information.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE client_plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE client_plan FORCE ROW LEVEL SECURITY;
CREATE POLICY client_plan_visible ON client_plan FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY client_plan_insert ON client_plan FOR INSERT WITH CHECK (
  created_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
-- An agreed plan is frozen: only drafts change (and one change is agreeing them).
CREATE POLICY client_plan_update ON client_plan FOR UPDATE USING (
  status = 'draft'
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
) WITH CHECK (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE document ENABLE ROW LEVEL SECURITY;
ALTER TABLE document FORCE ROW LEVEL SECURITY;
CREATE POLICY document_visible ON document FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = document.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY document_insert ON document FOR INSERT WITH CHECK (
  created_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = document.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

-- A notification about someone not yet in the register creates the person and opens the case.
CREATE POLICY person_insert ON person FOR INSERT WITH CHECK (lumo_actor() IS NOT NULL);
CREATE POLICY child_case_insert ON child_case FOR INSERT WITH CHECK (
  opened_by = lumo_actor() AND status = 'open'
);
CREATE POLICY family_link_insert ON family_link FOR INSERT WITH CHECK (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_link.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

-- What intake needs to know about a child it may not see: whether the id is a child, whether she
-- is still expected, and the open case and pending matter a new notification joins. The server
-- uses it to file the notification and never passes it on to a registrar without a relationship.
CREATE FUNCTION lumo_intake_target(child uuid)
RETURNS TABLE (
  is_child boolean, expected boolean, municipality_id uuid, case_id uuid, case_phase text,
  case_municipality_id uuid, open_assessment_id uuid
) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT p.kind = 'child', p.birth_date IS NULL AND p.expected_birth_date IS NOT NULL, p.municipality_id,
    c.id, c.phase, c.municipality_id, a.id
  FROM person p
  LEFT JOIN child_case c ON c.child_id = p.id AND c.status = 'open'
  LEFT JOIN assessment a ON a.case_id = c.id AND a.status IN ('awaiting_start', 'in_progress')
  WHERE p.id = child
$$;

-- A person already in the register, found by the identity code the registrar typed.
CREATE FUNCTION lumo_person_by_hetu(code text)
RETURNS TABLE (id uuid, kind text) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT p.id, p.kind FROM person p WHERE p.hetu = code
$$;

-- Makes the relationships of a child match her open case: a responsible row for the case's worker
-- (others' responsible rows end) and team rows for the current members of the case's team. It only
-- mirrors the case row, which takes a relationship to change; still, only someone who works with the
-- child or who opened the case may ask.
CREATE FUNCTION lumo_sync_case_access(target_case uuid) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
  c child_case%ROWTYPE;
  now_ timestamptz := lumo_now();
BEGIN
  SELECT * INTO c FROM child_case WHERE id = target_case AND status = 'open';
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no open case %', target_case USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (
      SELECT 1 FROM access_relationship r
      WHERE r.child_id = c.child_id AND r.user_id = lumo_actor() AND r.kind IN ('responsible', 'team')
        AND r.valid_from <= now_ AND (r.valid_to IS NULL OR r.valid_to > now_)
    ) AND c.opened_by IS DISTINCT FROM lumo_actor() THEN
    RAISE EXCEPTION 'no relationship to the child of case %', target_case USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- A responsibility that began this very instant never took effect, so it goes; older ones end now.
  DELETE FROM access_relationship r
  WHERE r.child_id = c.child_id AND r.kind = 'responsible' AND r.user_id IS DISTINCT FROM c.responsible_worker_id
    AND r.valid_from >= now_;
  UPDATE access_relationship r SET valid_to = now_
  WHERE r.child_id = c.child_id AND r.kind = 'responsible' AND r.user_id IS DISTINCT FROM c.responsible_worker_id
    AND r.valid_from < now_ AND (r.valid_to IS NULL OR r.valid_to > now_);
  IF c.responsible_worker_id IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM access_relationship r
      WHERE r.child_id = c.child_id AND r.user_id = c.responsible_worker_id AND r.kind = 'responsible'
        AND r.valid_from <= now_ AND (r.valid_to IS NULL OR r.valid_to > now_)
    ) THEN
    INSERT INTO access_relationship (id, user_id, child_id, kind, valid_from, granted_by, source_id)
    VALUES (gen_random_uuid(), c.responsible_worker_id, c.child_id, 'responsible', now_, lumo_actor(), c.id);
  END IF;
  -- Team access follows each membership's own days: a member who is leaving keeps access only
  -- until she leaves, and one who joins later gets it from the day she joins.
  IF c.team_id IS NOT NULL THEN
    INSERT INTO access_relationship (id, user_id, child_id, kind, valid_from, valid_to, granted_by, source_id)
    SELECT gen_random_uuid(), m.user_id, c.child_id, 'team', greatest(now_, m.valid_from), m.valid_to,
      lumo_actor(), c.team_id
    FROM team_member m
    WHERE m.team_id = c.team_id AND (m.valid_to IS NULL OR m.valid_to > now_)
      AND NOT EXISTS (
        SELECT 1 FROM access_relationship r
        WHERE r.child_id = c.child_id AND r.user_id = m.user_id AND r.kind = 'team'
          AND (r.valid_to IS NULL OR r.valid_to > now_)
      );
  END IF;
END
$$;

-- How many child clients a worker is responsible for (§13b): a count, not client data, so that
-- whoever assigns a case can be told the worker is full.
CREATE FUNCTION lumo_client_count(worker uuid) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT count(*)::int FROM child_case c
  WHERE c.responsible_worker_id = worker AND c.status = 'open' AND c.phase = 'client'
$$;

-- Each current member's client count, for the team's lead and the team's own members.
CREATE FUNCTION lumo_team_caseloads(target_team uuid)
RETURNS TABLE (user_id uuid, client_count integer) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT m.user_id, (
    SELECT count(*)::int FROM child_case c
    WHERE c.responsible_worker_id = m.user_id AND c.status = 'open' AND c.phase = 'client'
  )
  FROM team_member m
  WHERE m.team_id = target_team AND m.valid_from <= lumo_now()
    AND (m.valid_to IS NULL OR m.valid_to > lumo_now())
    AND (
      EXISTS (SELECT 1 FROM team t WHERE t.id = target_team AND t.lead_id = lumo_actor())
      OR EXISTS (
        SELECT 1 FROM team_member me
        WHERE me.team_id = target_team AND me.user_id = lumo_actor() AND me.valid_from <= lumo_now()
          AND (me.valid_to IS NULL OR me.valid_to > lumo_now())
      )
    )
$$;

GRANT SELECT, INSERT, UPDATE ON notification, assessment, client_plan TO lumo_app;
GRANT SELECT, INSERT ON family_information, document TO lumo_app;
GRANT SELECT, INSERT ON caseload_override TO lumo_app;
GRANT UPDATE (consumed_at, consumed_by, consumed_case_id) ON caseload_override TO lumo_app;
REVOKE ALL ON FUNCTION lumo_intake_target(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_person_by_hetu(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_sync_case_access(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_client_count(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_team_caseloads(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lumo_intake_target(uuid) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_person_by_hetu(text) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_sync_case_access(uuid) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_client_count(uuid) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_team_caseloads(uuid) TO lumo_app;
