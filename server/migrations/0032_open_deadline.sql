-- The open statutory deadlines of every open case, kept by the database itself (decision 0021).
--
-- The worklists read them at every visit: derived afresh, a team's list of 200 children cost about
-- ten index probes a child, four of them the policies' relationship checks on the case, notification,
-- assessment, plan and person rows. Here one row is one deadline, read with one relationship check.
-- The rows are rewritten for a case by the statement that changes any of its sources (the case, its
-- notifications, assessments and client plans), in the same transaction, so no command can forget
-- to keep them and a reader never sees them disagree with their sources. Nothing in them depends on
-- the date: how many days are left, and the urgency groups, are reckoned when they are read.
CREATE TABLE open_deadline (
  case_id uuid NOT NULL REFERENCES child_case (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN (
    'urgencyAssessment', 'startDecision', 'familyInformed', 'assessmentCompletion', 'firstClientPlan',
    'clientPlanReview'
  )),
  -- The notification, assessment or client plan the deadline belongs to (the case for a first plan).
  source_id uuid NOT NULL,
  due date,
  child_id uuid NOT NULL,
  phase text NOT NULL,
  responsible_worker_id uuid,
  -- An urgent notification of the case still waits for its assessment.
  urgent boolean NOT NULL,
  first_names text NOT NULL,
  last_name text NOT NULL,
  birth_date date,
  PRIMARY KEY (case_id, kind, source_id)
);
CREATE INDEX open_deadline_child_idx ON open_deadline (child_id);

ALTER TABLE open_deadline ENABLE ROW LEVEL SECURITY;
ALTER TABLE open_deadline FORCE ROW LEVEL SECURITY;
-- As for the case and its sources: a staff relationship to the child, never a partner's.
CREATE POLICY open_deadline_visible ON open_deadline FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = open_deadline.child_id AND r.user_id = (SELECT lumo_actor()) AND r.kind <> 'partner'
      AND r.valid_from <= (SELECT lumo_now()) AND (r.valid_to IS NULL OR r.valid_to > (SELECT lumo_now()))
  )
);
-- Read only: the rows are written by the functions below, with the owner's rights.
GRANT SELECT ON open_deadline TO lumo_app;

-- Rewrites the open deadlines of the given cases from their sources. Two transactions changing one
-- case wait for each other on the case row, so the later one derives from what the earlier committed;
-- cases are taken in order of id, so two transactions changing the same cases cannot deadlock here.
-- Case by case, in PL/pgSQL with generic plans: each statement is planned once a session and is an
-- index lookup by the case's id whatever the tables' statistics say. Set-based, the planner chose
-- nested sequential scans inside a large transaction whose tables it had not yet analysed (seeding
-- 20 000 children took six times as long); planned afresh at each call, a one-case refresh took 4 ms
-- instead of 0.2.
CREATE FUNCTION lumo_refresh_open_deadlines(cases uuid[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  the_case uuid;
BEGIN
  FOR the_case IN SELECT DISTINCT x FROM unnest(cases) AS x ORDER BY x LOOP
    PERFORM 1 FROM child_case WHERE id = the_case FOR NO KEY UPDATE;
    DELETE FROM open_deadline WHERE case_id = the_case;
    INSERT INTO open_deadline (case_id, kind, source_id, due, child_id, phase, responsible_worker_id, urgent,
      first_names, last_name, birth_date)
    WITH open_case AS (
      SELECT c.id, c.child_id, c.phase, c.responsible_worker_id FROM child_case c
      WHERE c.id = the_case AND c.status = 'open'
    ),
    items AS (
      -- §26: the urgency of every notification is assessed at once; due the day it came in.
      SELECT 'urgencyAssessment' AS kind, n.id AS source_id, n.received_on AS due
      FROM notification n
      WHERE n.case_id = the_case AND n.urgency_assessed_at IS NULL
      UNION ALL
      -- SHL §36 and LSL §26: the start decision, telling the family, and the assessment's completion.
      SELECT v.kind, a.id, v.due
      FROM assessment a
      CROSS JOIN LATERAL (VALUES
        ('startDecision', a.start_due, a.status = 'awaiting_start'),
        ('familyInformed', a.family_informed_due, a.family_informed_on IS NULL),
        ('assessmentCompletion', a.complete_due, a.status = 'in_progress')
      ) v (kind, due, open)
      WHERE a.case_id = the_case AND a.status <> 'concluded' AND v.open
      UNION ALL
      -- §30: a client has a plan, reviewed at least once a year; the first one has no date in law.
      SELECT CASE WHEN p.id IS NULL THEN 'firstClientPlan' ELSE 'clientPlanReview' END,
        coalesce(p.id, c.id), p.review_due
      FROM open_case c LEFT JOIN LATERAL (
        SELECT cp.id, cp.review_due FROM client_plan cp
        WHERE cp.case_id = c.id AND cp.status = 'agreed'
        ORDER BY cp.plan_no DESC LIMIT 1
      ) p ON true
      WHERE c.phase = 'client'
    )
    SELECT c.id, i.kind, i.source_id, i.due, c.child_id, c.phase, c.responsible_worker_id,
      EXISTS (
        SELECT 1 FROM notification un LEFT JOIN assessment ua ON ua.id = un.assessment_id
        WHERE un.case_id = c.id AND un.urgent
          AND (ua.id IS NULL OR ua.status IN ('awaiting_start', 'in_progress'))
      ),
      p.first_names, p.last_name, p.birth_date
    FROM items i CROSS JOIN open_case c JOIN person p ON p.id = c.child_id;
  END LOOP;
END
$$;
REVOKE ALL ON FUNCTION lumo_refresh_open_deadlines(uuid[]) FROM PUBLIC;

-- After each statement on a case or one of its sources, with the rows it changed. A trigger that
-- sees the changed rows as a table serves one kind of statement only: hence three per table.
CREATE FUNCTION lumo_open_deadlines_of_changed_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
  cases uuid[];
BEGIN
  -- The case table names its rows by id, the others name their case. A deleted case takes its
  -- deadlines with it (ON DELETE CASCADE).
  IF TG_TABLE_NAME = 'child_case' THEN
    IF TG_OP = 'INSERT' THEN
      cases := ARRAY(SELECT id FROM changed_new);
    ELSE
      cases := ARRAY(SELECT id FROM changed_new UNION SELECT id FROM changed_old);
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    cases := ARRAY(SELECT DISTINCT case_id FROM changed_new);
  ELSIF TG_OP = 'UPDATE' THEN
    cases := ARRAY(SELECT case_id FROM changed_new UNION SELECT case_id FROM changed_old);
  ELSE
    cases := ARRAY(SELECT DISTINCT case_id FROM changed_old);
  END IF;
  IF cardinality(cases) > 0 THEN
    PERFORM lumo_refresh_open_deadlines(cases);
  END IF;
  RETURN NULL;
END
$$;

-- Insert and update on the case (a deleted case takes its deadlines along); insert, update and delete
-- on each source.
DO $$
DECLARE
  target record;
  event text;
BEGIN
  FOR target IN
    SELECT * FROM (VALUES
      ('child_case', ARRAY['insert', 'update']),
      ('notification', ARRAY['insert', 'update', 'delete']),
      ('assessment', ARRAY['insert', 'update', 'delete']),
      ('client_plan', ARRAY['insert', 'update', 'delete'])
    ) AS t (tab, events)
  LOOP
    FOREACH event IN ARRAY target.events LOOP
      EXECUTE format(
        'CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT
         EXECUTE FUNCTION lumo_open_deadlines_of_changed_rows()',
        target.tab || '_open_deadlines_' || event, upper(event), target.tab,
        CASE event
          WHEN 'insert' THEN 'NEW TABLE AS changed_new'
          WHEN 'update' THEN 'OLD TABLE AS changed_old NEW TABLE AS changed_new'
          ELSE 'OLD TABLE AS changed_old'
        END);
    END LOOP;
  END LOOP;
END
$$;

-- The child's name and birth date are copied into her deadlines; a correction reaches them at once.
CREATE FUNCTION lumo_open_deadlines_of_renamed_child() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
BEGIN
  UPDATE open_deadline
  SET first_names = NEW.first_names, last_name = NEW.last_name, birth_date = NEW.birth_date
  WHERE child_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER person_open_deadlines_rename AFTER UPDATE OF first_names, last_name, birth_date ON person
  FOR EACH ROW
  WHEN (OLD.first_names IS DISTINCT FROM NEW.first_names OR OLD.last_name IS DISTINCT FROM NEW.last_name
    OR OLD.birth_date IS DISTINCT FROM NEW.birth_date)
  EXECUTE FUNCTION lumo_open_deadlines_of_renamed_child();

SELECT lumo_refresh_open_deadlines(ARRAY(SELECT id FROM child_case WHERE status = 'open'));
