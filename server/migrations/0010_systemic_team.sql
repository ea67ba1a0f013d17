-- The systemic team workspace (issue 4): team membership that grants and ends access on its dates,
-- the weekly meeting and its agenda, the reflective record of each family's discussion
-- (hypotheses, perspectives, experiments and their follow-up, family voices, the summary for the
-- family, decisions), the family's genogram and timeline. See docs/systemic-team.md and
-- docs/decisions/0006-the-family-is-the-unit-of-systemic-work.md.

-- Membership edits are guarded by a version like every record people edit together.
ALTER TABLE team_member ADD COLUMN version integer NOT NULL DEFAULT 1;
CREATE INDEX team_member_team_user_idx ON team_member (team_id, user_id, valid_from);

-- A family: the children a team works with together (usually siblings). Every record of systemic
-- work belongs to a family, and whoever sees it must have a relationship to every one of its
-- children. child_ids is what the policies read; family_child keeps a child in one family only.
CREATE TABLE family (
  id uuid PRIMARY KEY,
  child_ids uuid[] NOT NULL CHECK (cardinality(child_ids) BETWEEN 1 AND 20),
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES staff_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX family_children_idx ON family USING gin (child_ids);

CREATE TABLE family_child (
  child_id uuid PRIMARY KEY REFERENCES person (id),
  family_id uuid NOT NULL REFERENCES family (id)
);
CREATE INDEX family_child_family_idx ON family_child (family_id);

-- The weekly meeting. Dates come from the series; a meeting row exists for each date someone has
-- looked at or written to, and holds that date's exceptions (cancelled, moved, another place).
CREATE TABLE meeting_series (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES team (id),
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time text NOT NULL CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
  place text NOT NULL DEFAULT '',
  online_url text,
  starts_on date NOT NULL,
  ends_on date,
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX meeting_series_team_idx ON meeting_series (team_id, starts_on);

CREATE TABLE meeting (
  id uuid PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES team (id),
  series_id uuid NOT NULL REFERENCES meeting_series (id),
  -- The series date this meeting stands for; `date` is when it is held (they differ when moved).
  occurs_on date NOT NULL,
  date date NOT NULL,
  -- Null: as in the series.
  start_time text CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  place text,
  online_url text,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
  -- Why it was cancelled or moved; for the team, never about a family.
  note text NOT NULL DEFAULT '',
  agenda_closed_at timestamptz,
  agenda_closed_by uuid REFERENCES staff_user (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (series_id, occurs_on)
);
CREATE INDEX meeting_team_date_idx ON meeting (team_id, date);

-- A family on a meeting's agenda, with the dilemma the worker brings; the same row heads the
-- reflective record of the discussion (the visible concern: the tip of the iceberg).
CREATE TABLE agenda_item (
  id uuid PRIMARY KEY,
  meeting_id uuid NOT NULL REFERENCES meeting (id),
  family_id uuid NOT NULL REFERENCES family (id),
  position integer NOT NULL,
  -- added: by a member; follow_up: an open experiment's follow-up date came; moved: from a
  -- cancelled meeting.
  origin text NOT NULL CHECK (origin IN ('added', 'follow_up', 'moved')),
  added_by uuid REFERENCES staff_user (id),
  dilemma text NOT NULL DEFAULT '',
  visible_concern text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES staff_user (id),
  UNIQUE (meeting_id, family_id)
);
CREATE INDEX agenda_item_family_idx ON agenda_item (family_id);

-- A hypothesis lives as long as the family's work: formed in one discussion, supported or set
-- aside in a later one. Every status it has had is kept, the first included.
CREATE TABLE hypothesis (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES family (id),
  agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
  text text NOT NULL CHECK (length(btrim(text)) > 0),
  author_id uuid NOT NULL REFERENCES staff_user (id),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'supported', 'set_aside')),
  status_reason text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES staff_user (id),
  CHECK (status <> 'set_aside' OR length(btrim(status_reason)) > 0)
);
CREATE INDEX hypothesis_family_idx ON hypothesis (family_id);
CREATE INDEX hypothesis_item_idx ON hypothesis (agenda_item_id);

CREATE TABLE hypothesis_status_change (
  id uuid PRIMARY KEY,
  hypothesis_id uuid NOT NULL REFERENCES hypothesis (id),
  family_id uuid NOT NULL REFERENCES family (id),
  -- The discussion in which the team changed its view, when it happened in one.
  agenda_item_id uuid REFERENCES agenda_item (id),
  status text NOT NULL CHECK (status IN ('open', 'supported', 'set_aside')),
  reason text NOT NULL DEFAULT '',
  changed_by uuid NOT NULL REFERENCES staff_user (id),
  changed_at timestamptz NOT NULL
);
CREATE INDEX hypothesis_status_change_family_idx ON hypothesis_status_change (family_id, changed_at);

-- A small experiment in acting differently: what, who, and when the team looks at it again.
-- team_id is the team that agreed it, whose next meeting on or after follow_up_on carries it.
CREATE TABLE experiment (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES family (id),
  agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
  team_id uuid NOT NULL REFERENCES team (id),
  hypothesis_id uuid REFERENCES hypothesis (id),
  action text NOT NULL CHECK (length(btrim(action)) > 0),
  who text NOT NULL CHECK (length(btrim(who)) > 0),
  owner_id uuid REFERENCES staff_user (id),
  follow_up_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'concluded')),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES staff_user (id)
);
CREATE INDEX experiment_family_idx ON experiment (family_id);
CREATE INDEX experiment_due_idx ON experiment (team_id, follow_up_on) WHERE status = 'open';

-- Each look back at an experiment: what happened, what we learned, and whether to repeat it.
CREATE TABLE experiment_follow_up (
  id uuid PRIMARY KEY,
  experiment_id uuid NOT NULL REFERENCES experiment (id),
  family_id uuid NOT NULL REFERENCES family (id),
  agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
  what_happened text NOT NULL CHECK (length(btrim(what_happened)) > 0),
  what_we_learned text NOT NULL DEFAULT '',
  outcome text NOT NULL CHECK (outcome IN ('continue', 'conclude')),
  next_follow_up_on date,
  recorded_by uuid NOT NULL REFERENCES staff_user (id),
  recorded_at timestamptz NOT NULL,
  CHECK ((outcome = 'continue') = (next_follow_up_on IS NOT NULL))
);
CREATE INDEX experiment_follow_up_family_idx ON experiment_follow_up (family_id);

-- What was said in a discussion, one row each, so that members writing at once never collide:
-- a member's perspective (with her team role), a family member's own words (with who said them),
-- or a decision that belongs in the client record.
CREATE TABLE record_entry (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES family (id),
  agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
  kind text NOT NULL CHECK (kind IN ('perspective', 'family_voice', 'decision')),
  text text NOT NULL CHECK (length(btrim(text)) > 0),
  author_id uuid REFERENCES staff_user (id),
  team_role text,
  speaker_person_id uuid REFERENCES person (id),
  speaker_label text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES staff_user (id),
  CHECK ((kind = 'perspective') = (author_id IS NOT NULL AND team_role IS NOT NULL)),
  CHECK (kind <> 'family_voice' OR speaker_person_id IS NOT NULL OR length(btrim(speaker_label)) > 0)
);
CREATE INDEX record_entry_item_idx ON record_entry (agenda_item_id);

-- Who took part in a family's discussion: staff, and family members (linked, or named).
CREATE TABLE discussion_attendee (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES family (id),
  agenda_item_id uuid NOT NULL REFERENCES agenda_item (id),
  user_id uuid REFERENCES staff_user (id),
  person_id uuid REFERENCES person (id),
  label text NOT NULL DEFAULT '',
  added_by uuid NOT NULL REFERENCES staff_user (id),
  added_at timestamptz NOT NULL,
  CHECK (num_nonnulls(user_id, person_id) <= 1),
  CHECK (user_id IS NOT NULL OR person_id IS NOT NULL OR length(btrim(label)) > 0),
  UNIQUE (agenda_item_id, user_id),
  UNIQUE (agenda_item_id, person_id)
);
CREATE INDEX discussion_attendee_item_idx ON discussion_attendee (agenda_item_id);

-- The plain-language summary of a discussion. Only a summary with shared_with_family set is for
-- the family (the family portal reads nothing else); editing its text withdraws the sharing.
CREATE TABLE family_summary (
  agenda_item_id uuid PRIMARY KEY REFERENCES agenda_item (id),
  family_id uuid NOT NULL REFERENCES family (id),
  text text NOT NULL,
  shared_with_family boolean NOT NULL DEFAULT false,
  shared_at timestamptz,
  shared_by uuid REFERENCES staff_user (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES staff_user (id),
  CHECK (shared_with_family = (shared_at IS NOT NULL AND shared_by IS NOT NULL)),
  CHECK (NOT shared_with_family OR length(btrim(text)) > 0)
);
CREATE INDEX family_summary_family_idx ON family_summary (family_id);
CREATE INDEX family_summary_shared_idx ON family_summary (family_id, shared_at) WHERE shared_with_family;

-- The genogram is drawn, read and saved whole, so it is one validated document per family.
CREATE TABLE genogram (
  family_id uuid PRIMARY KEY REFERENCES family (id),
  document jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES staff_user (id)
);

-- Significant events in the family's life entered by the team; the record's own events (cases,
-- notifications, assessments, plans, meetings) are read from their tables.
CREATE TABLE timeline_event (
  id uuid PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES family (id),
  occurred_on date NOT NULL,
  -- How much of the date is known: a grandfather died "in 2019".
  date_precision text NOT NULL DEFAULT 'day' CHECK (date_precision IN ('day', 'month', 'year')),
  kind text NOT NULL CHECK (kind IN (
    'move', 'loss', 'illness', 'service_started', 'service_ended', 'other'
  )),
  title text NOT NULL CHECK (length(btrim(title)) > 0),
  description text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES staff_user (id)
);
CREATE INDEX timeline_event_family_idx ON timeline_event (family_id, occurred_on);

-- Row-level security. A family is visible only to someone with a valid relationship to every one
-- of its children (an anti-join, inline like 0001's policies). Every record of systemic work is
-- visible through its family: the EXISTS on family below is itself filtered by family's policy,
-- so one rule guards them all.
ALTER TABLE family ENABLE ROW LEVEL SECURITY;
ALTER TABLE family FORCE ROW LEVEL SECURITY;
CREATE POLICY family_of_related_children ON family USING (
  NOT EXISTS (
    SELECT 1 FROM unnest(family.child_ids) AS c(child_id)
    WHERE NOT EXISTS (
      SELECT 1 FROM access_relationship r
      WHERE r.child_id = c.child_id AND r.user_id = lumo_actor()
        AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
    )
  )
);

ALTER TABLE family_child ENABLE ROW LEVEL SECURITY;
ALTER TABLE family_child FORCE ROW LEVEL SECURITY;
CREATE POLICY family_child_related ON family_child USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_child.child_id AND r.user_id = lumo_actor()
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE agenda_item ENABLE ROW LEVEL SECURITY;
ALTER TABLE agenda_item FORCE ROW LEVEL SECURITY;
CREATE POLICY agenda_item_of_visible_family ON agenda_item USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = agenda_item.family_id)
);
ALTER TABLE hypothesis ENABLE ROW LEVEL SECURITY;
ALTER TABLE hypothesis FORCE ROW LEVEL SECURITY;
CREATE POLICY hypothesis_of_visible_family ON hypothesis USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = hypothesis.family_id)
);
ALTER TABLE hypothesis_status_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE hypothesis_status_change FORCE ROW LEVEL SECURITY;
CREATE POLICY hypothesis_status_change_of_visible_family ON hypothesis_status_change USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = hypothesis_status_change.family_id)
);
ALTER TABLE experiment ENABLE ROW LEVEL SECURITY;
ALTER TABLE experiment FORCE ROW LEVEL SECURITY;
CREATE POLICY experiment_of_visible_family ON experiment USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = experiment.family_id)
);
ALTER TABLE experiment_follow_up ENABLE ROW LEVEL SECURITY;
ALTER TABLE experiment_follow_up FORCE ROW LEVEL SECURITY;
CREATE POLICY experiment_follow_up_of_visible_family ON experiment_follow_up USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = experiment_follow_up.family_id)
);
ALTER TABLE record_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE record_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY record_entry_of_visible_family ON record_entry USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = record_entry.family_id)
);
ALTER TABLE discussion_attendee ENABLE ROW LEVEL SECURITY;
ALTER TABLE discussion_attendee FORCE ROW LEVEL SECURITY;
CREATE POLICY discussion_attendee_of_visible_family ON discussion_attendee USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = discussion_attendee.family_id)
);
ALTER TABLE family_summary ENABLE ROW LEVEL SECURITY;
ALTER TABLE family_summary FORCE ROW LEVEL SECURITY;
CREATE POLICY family_summary_of_visible_family ON family_summary USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = family_summary.family_id)
);
ALTER TABLE genogram ENABLE ROW LEVEL SECURITY;
ALTER TABLE genogram FORCE ROW LEVEL SECURITY;
CREATE POLICY genogram_of_visible_family ON genogram USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = genogram.family_id)
);
ALTER TABLE timeline_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE timeline_event FORCE ROW LEVEL SECURITY;
CREATE POLICY timeline_event_of_visible_family ON timeline_event USING (
  EXISTS (SELECT 1 FROM family f WHERE f.id = timeline_event.family_id)
);

-- The family a row of systemic work belongs to, and its children, whether or not the actor may
-- see it: the server checks her relationships to those children before it reads anything, and
-- writes a refused attempt to the children's use log. Ids only, never content.
CREATE FUNCTION lumo_family_of(item_kind text, item uuid)
RETURNS TABLE (family_id uuid, child_ids uuid[]) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT f.id, f.child_ids FROM family f
  WHERE f.id = CASE item_kind
    WHEN 'family' THEN item
    WHEN 'agenda_item' THEN (SELECT a.family_id FROM agenda_item a WHERE a.id = item)
    WHEN 'hypothesis' THEN (SELECT h.family_id FROM hypothesis h WHERE h.id = item)
    WHEN 'experiment' THEN (SELECT e.family_id FROM experiment e WHERE e.id = item)
    WHEN 'record_entry' THEN (SELECT e.family_id FROM record_entry e WHERE e.id = item)
    WHEN 'discussion_attendee' THEN (SELECT d.family_id FROM discussion_attendee d WHERE d.id = item)
    WHEN 'timeline_event' THEN (SELECT t.family_id FROM timeline_event t WHERE t.id = item)
  END
$$;

-- Whether the actor manages the team's membership: its lead, or a consultant social worker who is
-- a member now.
CREATE FUNCTION lumo_manages_team(target_team uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM team t WHERE t.id = target_team AND t.lead_id = lumo_actor())
    OR EXISTS (
      SELECT 1 FROM team_member m
      WHERE m.team_id = target_team AND m.user_id = lumo_actor()
        AND m.team_role = 'consultant_social_worker'
        AND m.valid_from <= lumo_now() AND (m.valid_to IS NULL OR m.valid_to > lumo_now())
    )
$$;

-- Joining a team: the membership and a team relationship to every child whose open case the team
-- holds, valid from the day she joins until the day she leaves. Only the team's lead or its
-- consultant may do it; the app role cannot write team memberships or grants itself.
CREATE FUNCTION lumo_add_team_member(
  member_id uuid, target_team uuid, member_user uuid, member_role text, joins timestamptz,
  leaves timestamptz
) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  granted integer;
BEGIN
  IF NOT lumo_manages_team(target_team) THEN
    RAISE EXCEPTION 'may not manage team %', target_team USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO team_member (id, team_id, user_id, team_role, valid_from, valid_to)
  VALUES (member_id, target_team, member_user, member_role, joins, leaves);
  INSERT INTO access_relationship (id, user_id, child_id, kind, valid_from, valid_to, granted_by, source_id)
  SELECT gen_random_uuid(), member_user, c.child_id, 'team', joins, leaves, lumo_actor(), target_team
  FROM child_case c
  WHERE c.team_id = target_team AND c.status = 'open';
  GET DIAGNOSTICS granted = ROW_COUNT;
  RETURN granted;
END
$$;

-- Changing a membership's role or the day she leaves. Her team relationships that were to run
-- past the old leaving day (or without end) end on the new one; relationships that would only
-- have begun after it are removed, as they never gave access.
CREATE FUNCTION lumo_change_team_member(member_id uuid, member_role text, leaves timestamptz)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  m team_member%ROWTYPE;
  next_start timestamptz;
  changed integer;
BEGIN
  SELECT * INTO m FROM team_member WHERE id = member_id FOR UPDATE;
  IF NOT FOUND OR NOT lumo_manages_team(m.team_id) THEN
    RAISE EXCEPTION 'may not manage membership %', member_id USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- Her next membership of the same team, if one is planned, keeps its own relationships.
  SELECT min(n.valid_from) INTO next_start FROM team_member n
  WHERE n.team_id = m.team_id AND n.user_id = m.user_id AND n.valid_from > m.valid_from;
  UPDATE team_member SET team_role = member_role, valid_to = leaves, version = version + 1
  WHERE id = member_id;
  DELETE FROM access_relationship r
  WHERE r.kind = 'team' AND r.source_id = m.team_id AND r.user_id = m.user_id
    AND r.valid_from >= m.valid_from AND (next_start IS NULL OR r.valid_from < next_start)
    AND leaves IS NOT NULL AND r.valid_from >= leaves;
  UPDATE access_relationship r SET valid_to = leaves
  WHERE r.kind = 'team' AND r.source_id = m.team_id AND r.user_id = m.user_id
    AND r.valid_from >= m.valid_from AND (next_start IS NULL OR r.valid_from < next_start)
    AND (r.valid_to IS NULL OR r.valid_to IS NOT DISTINCT FROM m.valid_to OR r.valid_to > leaves);
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed;
END
$$;

-- The families of a team's meetings' agendas the actor may not see are still counted, so that
-- the team lead sees how full the meeting is without seeing whom it is about.
CREATE FUNCTION lumo_agenda_counts(meetings uuid[])
RETURNS TABLE (meeting_id uuid, items integer) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT a.meeting_id, count(*)::int FROM agenda_item a
  WHERE a.meeting_id = ANY (meetings)
    AND EXISTS (
      SELECT 1 FROM meeting m
      WHERE m.id = a.meeting_id AND (
        EXISTS (SELECT 1 FROM team t WHERE t.id = m.team_id AND t.lead_id = lumo_actor())
        OR EXISTS (
          SELECT 1 FROM team_member tm
          WHERE tm.team_id = m.team_id AND tm.user_id = lumo_actor()
            AND tm.valid_from <= lumo_now() AND (tm.valid_to IS NULL OR tm.valid_to > lumo_now())
        )
      )
    )
  GROUP BY a.meeting_id
$$;

-- Whether anything has been written in a family's discussion beyond the dilemma it was brought
-- with: then it is part of the record and stays where it is.
CREATE FUNCTION lumo_discussion_begun(item uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM agenda_item i WHERE i.id = item AND i.visible_concern <> '')
    OR EXISTS (SELECT 1 FROM hypothesis h WHERE h.agenda_item_id = item)
    OR EXISTS (SELECT 1 FROM hypothesis_status_change c WHERE c.agenda_item_id = item)
    OR EXISTS (SELECT 1 FROM experiment e WHERE e.agenda_item_id = item)
    OR EXISTS (SELECT 1 FROM experiment_follow_up f WHERE f.agenda_item_id = item)
    OR EXISTS (SELECT 1 FROM record_entry r WHERE r.agenda_item_id = item)
    OR EXISTS (SELECT 1 FROM discussion_attendee d WHERE d.agenda_item_id = item)
    OR EXISTS (SELECT 1 FROM family_summary s WHERE s.agenda_item_id = item)
$$;

-- When a meeting is cancelled, the families members put on its agenda move to the team's next
-- meeting (after its own items), unless their discussion has begun or they are already there.
-- Follow-ups need no moving: they come to the next meeting by themselves. A lead may cancel a
-- meeting without seeing whom its agenda is about, so this runs as the definer.
CREATE FUNCTION lumo_move_agenda(from_meeting uuid, to_meeting uuid) RETURNS integer LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
  moved integer;
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM meeting a JOIN meeting b ON b.team_id = a.team_id
    WHERE a.id = from_meeting AND b.id = to_meeting AND lumo_manages_team(a.team_id)
  ) THEN
    RAISE EXCEPTION 'may not move the agenda of %', from_meeting USING ERRCODE = 'insufficient_privilege';
  END IF;
  UPDATE agenda_item a SET meeting_id = to_meeting, origin = 'moved', position = s.position
  FROM (
    SELECT i.id, coalesce((SELECT max(t.position) FROM agenda_item t WHERE t.meeting_id = to_meeting), 0)
      + row_number() OVER (ORDER BY i.position, i.id) AS position
    FROM agenda_item i
    WHERE i.meeting_id = from_meeting AND i.origin <> 'follow_up'
      AND NOT EXISTS (SELECT 1 FROM agenda_item t WHERE t.meeting_id = to_meeting AND t.family_id = i.family_id)
      AND NOT lumo_discussion_begun(i.id)
  ) s
  WHERE a.id = s.id;
  GET DIAGNOSTICS moved = ROW_COUNT;
  RETURN moved;
END
$$;

GRANT SELECT, INSERT, UPDATE ON family, meeting_series, meeting, agenda_item, hypothesis, experiment,
  family_summary, genogram, record_entry, timeline_event TO lumo_app;
GRANT SELECT, INSERT, DELETE ON family_child, discussion_attendee TO lumo_app;
GRANT SELECT, INSERT ON hypothesis_status_change, experiment_follow_up TO lumo_app;
GRANT DELETE ON meeting, agenda_item, record_entry, timeline_event TO lumo_app;
REVOKE ALL ON FUNCTION lumo_family_of(text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_add_team_member(uuid, uuid, uuid, text, timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_change_team_member(uuid, text, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_agenda_counts(uuid[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_move_agenda(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lumo_family_of(text, uuid) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_add_team_member(uuid, uuid, uuid, text, timestamptz, timestamptz) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_change_team_member(uuid, text, timestamptz) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_agenda_counts(uuid[]) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_move_agenda(uuid, uuid) TO lumo_app;
