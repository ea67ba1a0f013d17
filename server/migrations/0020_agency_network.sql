-- The agency network (issue 5): the partnership register of the four regions, partner professionals
-- invited into a child's case by sections on a recorded legal basis or consent, the disclosure log,
-- the child's network map, the multi-agency service-need assessment and consultations across the
-- collaboration area. See docs/agency-network.md and docs/decisions/0010–0013.

-- ---------------------------------------------------------------------------------------------
-- Partner relationships. A `partner` row opens only the sections it names; every policy written
-- before this migration reads "a valid relationship" and would let it see everything, so each of
-- them is replaced below with one that ignores partner rows.
-- ---------------------------------------------------------------------------------------------
ALTER TABLE access_relationship DROP CONSTRAINT access_relationship_kind_check;
ALTER TABLE access_relationship ADD CONSTRAINT access_relationship_kind_check
  CHECK (kind IN ('responsible', 'team', 'emergency', 'partner'));

-- The municipalities of the collaboration area by their official codes: public reference data that
-- the register's coverage is counted over.
CREATE TABLE municipality (
  code text PRIMARY KEY CHECK (code ~ '^\d{3}$'),
  name_fi text NOT NULL,
  name_sv text NOT NULL,
  region text NOT NULL CHECK (region IN ('Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo'))
);
CREATE INDEX municipality_region_idx ON municipality (region, name_fi);
INSERT INTO municipality (code, name_fi, name_sv, region) VALUES
  ('046', 'Enonkoski', 'Enonkoski', 'Etelä-Savo'),
  ('097', 'Hirvensalmi', 'Hirvensalmi', 'Etelä-Savo'),
  ('178', 'Juva', 'Juva', 'Etelä-Savo'),
  ('213', 'Kangasniemi', 'Kangasniemi', 'Etelä-Savo'),
  ('491', 'Mikkeli', 'S:t Michel', 'Etelä-Savo'),
  ('507', 'Mäntyharju', 'Mäntyharju', 'Etelä-Savo'),
  ('588', 'Pertunmaa', 'Pertunmaa', 'Etelä-Savo'),
  ('593', 'Pieksämäki', 'Pieksämäki', 'Etelä-Savo'),
  ('623', 'Puumala', 'Puumala', 'Etelä-Savo'),
  ('681', 'Rantasalmi', 'Rantasalmi', 'Etelä-Savo'),
  ('740', 'Savonlinna', 'Nyslott', 'Etelä-Savo'),
  ('768', 'Sulkava', 'Sulkava', 'Etelä-Savo'),
  ('077', 'Hankasalmi', 'Hankasalmi', 'Keski-Suomi'),
  ('172', 'Joutsa', 'Joutsa', 'Keski-Suomi'),
  ('179', 'Jyväskylä', 'Jyväskylä', 'Keski-Suomi'),
  ('182', 'Jämsä', 'Jämsä', 'Keski-Suomi'),
  ('216', 'Kannonkoski', 'Kannonkoski', 'Keski-Suomi'),
  ('226', 'Karstula', 'Karstula', 'Keski-Suomi'),
  ('249', 'Keuruu', 'Keuruu', 'Keski-Suomi'),
  ('256', 'Kinnula', 'Kinnula', 'Keski-Suomi'),
  ('265', 'Kivijärvi', 'Kivijärvi', 'Keski-Suomi'),
  ('275', 'Konnevesi', 'Konnevesi', 'Keski-Suomi'),
  ('312', 'Kyyjärvi', 'Kyyjärvi', 'Keski-Suomi'),
  ('410', 'Laukaa', 'Laukaa', 'Keski-Suomi'),
  ('414', 'Luhanka', 'Luhanka', 'Keski-Suomi'),
  ('495', 'Multia', 'Multia', 'Keski-Suomi'),
  ('500', 'Muurame', 'Muurame', 'Keski-Suomi'),
  ('592', 'Petäjävesi', 'Petäjävesi', 'Keski-Suomi'),
  ('601', 'Pihtipudas', 'Pihtipudas', 'Keski-Suomi'),
  ('729', 'Saarijärvi', 'Saarijärvi', 'Keski-Suomi'),
  ('850', 'Toivakka', 'Toivakka', 'Keski-Suomi'),
  ('892', 'Uurainen', 'Uurainen', 'Keski-Suomi'),
  ('931', 'Viitasaari', 'Viitasaari', 'Keski-Suomi'),
  ('992', 'Äänekoski', 'Äänekoski', 'Keski-Suomi'),
  ('090', 'Heinävesi', 'Heinävesi', 'Pohjois-Karjala'),
  ('146', 'Ilomantsi', 'Ilomants', 'Pohjois-Karjala'),
  ('167', 'Joensuu', 'Joensuu', 'Pohjois-Karjala'),
  ('176', 'Juuka', 'Juuka', 'Pohjois-Karjala'),
  ('260', 'Kitee', 'Kitee', 'Pohjois-Karjala'),
  ('276', 'Kontiolahti', 'Kontiolahti', 'Pohjois-Karjala'),
  ('309', 'Outokumpu', 'Outokumpu', 'Pohjois-Karjala'),
  ('422', 'Lieksa', 'Lieksa', 'Pohjois-Karjala'),
  ('426', 'Liperi', 'Liperi', 'Pohjois-Karjala'),
  ('541', 'Nurmes', 'Nurmes', 'Pohjois-Karjala'),
  ('607', 'Polvijärvi', 'Polvijärvi', 'Pohjois-Karjala'),
  ('707', 'Rääkkylä', 'Rääkkylä', 'Pohjois-Karjala'),
  ('848', 'Tohmajärvi', 'Tohmajärvi', 'Pohjois-Karjala'),
  ('140', 'Iisalmi', 'Idensalmi', 'Pohjois-Savo'),
  ('171', 'Joroinen', 'Jorois', 'Pohjois-Savo'),
  ('204', 'Kaavi', 'Kaavi', 'Pohjois-Savo'),
  ('239', 'Keitele', 'Keitele', 'Pohjois-Savo'),
  ('263', 'Kiuruvesi', 'Kiuruvesi', 'Pohjois-Savo'),
  ('297', 'Kuopio', 'Kuopio', 'Pohjois-Savo'),
  ('402', 'Lapinlahti', 'Lapinlahti', 'Pohjois-Savo'),
  ('420', 'Leppävirta', 'Leppävirta', 'Pohjois-Savo'),
  ('595', 'Pielavesi', 'Pielavesi', 'Pohjois-Savo'),
  ('686', 'Rautalampi', 'Rautalampi', 'Pohjois-Savo'),
  ('687', 'Rautavaara', 'Rautavaara', 'Pohjois-Savo'),
  ('749', 'Siilinjärvi', 'Siilinjärvi', 'Pohjois-Savo'),
  ('762', 'Sonkajärvi', 'Sonkajärvi', 'Pohjois-Savo'),
  ('778', 'Suonenjoki', 'Suonenjoki', 'Pohjois-Savo'),
  ('844', 'Tervo', 'Tervo', 'Pohjois-Savo'),
  ('857', 'Tuusniemi', 'Tuusniemi', 'Pohjois-Savo'),
  ('915', 'Varkaus', 'Varkaus', 'Pohjois-Savo'),
  ('921', 'Vesanto', 'Vesanto', 'Pohjois-Savo'),
  ('925', 'Vieremä', 'Vieremä', 'Pohjois-Savo');

-- ---------------------------------------------------------------------------------------------
-- The partnership register (kumppanuuskartta). Not client data: no row-level security on its
-- content; the app lets team leads and development coordinators write it.
-- ---------------------------------------------------------------------------------------------

-- A partner organisation is an `organisation` row of kind partner (partner professionals' accounts
-- belong to it) with its register details here. The app may create and rename only partner rows.
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
CREATE POLICY organisation_read ON organisation FOR SELECT USING (true);
CREATE POLICY organisation_partner_insert ON organisation FOR INSERT WITH CHECK (kind = 'partner');
CREATE POLICY organisation_partner_update ON organisation FOR UPDATE USING (kind = 'partner')
  WITH CHECK (kind = 'partner');

CREATE TABLE partner_organisation (
  id uuid PRIMARY KEY REFERENCES organisation (id),
  sector text NOT NULL CHECK (sector IN ('wellbeing_county', 'municipality', 'state', 'ngo', 'parish', 'private')),
  region text NOT NULL CHECK (region IN ('Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo')),
  municipality_code text REFERENCES municipality (code),
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  website text NOT NULL DEFAULT '',
  notes text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES staff_user (id)
);
CREATE INDEX partner_organisation_region_idx ON partner_organisation (region, sector);

-- A service of a partner: the thing a worker looks for ("koulukuraattori", "nuorisopsykiatria").
-- `search` is the words it is found by (its names, its organisation's, its type's, its contacts'
-- names and titles, its municipalities), written by the app with every change: a tsvector in the
-- 'simple' configuration (no stemming, so prefixes of Finnish words match), which PGlite has too.
CREATE TABLE partner_service (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES partner_organisation (id),
  service_type text NOT NULL CHECK (service_type IN (
    'school', 'early_childhood_education', 'school_health_care', 'youth_clinic', 'family_counselling',
    'child_psychiatry', 'youth_psychiatry', 'family_unit', 'substance_abuse_mental_health',
    'disability_services', 'youth_services', 'police', 'prosecutor', 'ngo', 'parish', 'other'
  )),
  name_fi text NOT NULL CHECK (length(btrim(name_fi)) > 0),
  name_sv text NOT NULL DEFAULT '',
  region text NOT NULL CHECK (region IN ('Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo')),
  description text NOT NULL DEFAULT '',
  address text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  search tsvector NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES staff_user (id)
);
CREATE INDEX partner_service_search_idx ON partner_service USING gin (search);
CREATE INDEX partner_service_org_idx ON partner_service (organisation_id);
CREATE INDEX partner_service_type_idx ON partner_service (service_type, name_fi);
CREATE INDEX partner_service_region_idx ON partner_service (region, service_type, name_fi);

-- The municipalities a service serves: the cells of the coverage view.
CREATE TABLE partner_service_area (
  service_id uuid NOT NULL REFERENCES partner_service (id),
  municipality_code text NOT NULL REFERENCES municipality (code),
  PRIMARY KEY (service_id, municipality_code)
);
CREATE INDEX partner_service_area_municipality_idx ON partner_service_area (municipality_code, service_id);

CREATE TABLE partner_contact (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES partner_organisation (id),
  service_id uuid REFERENCES partner_service (id),
  name text NOT NULL CHECK (length(btrim(name)) > 0),
  title text NOT NULL DEFAULT '',
  phone text NOT NULL DEFAULT '',
  email text NOT NULL DEFAULT '',
  -- Her Lumo account, when she is a partner professional who can be invited into a case.
  user_id uuid REFERENCES staff_user (id),
  notes text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES staff_user (id)
);
CREATE INDEX partner_contact_org_idx ON partner_contact (organisation_id);
CREATE INDEX partner_contact_service_idx ON partner_contact (service_id) WHERE service_id IS NOT NULL;

-- A collaboration model agreed with partners: ordered steps, each with who carries it and its
-- action card. Read and saved whole, like a document.
CREATE TABLE collaboration_model (
  id uuid PRIMARY KEY,
  name_fi text NOT NULL CHECK (length(btrim(name_fi)) > 0),
  name_sv text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  region text CHECK (region IN ('Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo')),
  municipality_code text REFERENCES municipality (code),
  partner_organisation_ids uuid[] NOT NULL DEFAULT '{}',
  service_ids uuid[] NOT NULL DEFAULT '{}',
  steps jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES staff_user (id)
);
CREATE INDEX collaboration_model_partners_idx ON collaboration_model USING gin (partner_organisation_ids);
CREATE INDEX collaboration_model_services_idx ON collaboration_model USING gin (service_ids);
CREATE INDEX collaboration_model_region_idx ON collaboration_model (region, name_fi);

-- The action cards (toimintakortit) of the multi-agency assessment, per county: configuration kept
-- by development coordinators, copied into each assessment's tasks when its multi-agency work starts.
CREATE TABLE action_card (
  id uuid PRIMARY KEY,
  county_id uuid NOT NULL REFERENCES organisation (id),
  phase text NOT NULL CHECK (phase IN ('preparation', 'invitations', 'contributions', 'joint_meeting', 'summary_feedback')),
  position integer NOT NULL,
  title_fi text NOT NULL CHECK (length(btrim(title_fi)) > 0),
  title_sv text NOT NULL DEFAULT '',
  instructions_fi text NOT NULL DEFAULT '',
  instructions_sv text NOT NULL DEFAULT '',
  owner text NOT NULL CHECK (owner IN ('responsible_worker', 'team', 'partners', 'family', 'coordinator')),
  due_working_days integer NOT NULL CHECK (due_working_days BETWEEN 0 AND 65),
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES staff_user (id)
);
CREATE INDEX action_card_county_idx ON action_card (county_id, phase, position);

-- The expert pool: who can be consulted, in what, in which region. Not client data.
CREATE TABLE expert_profile (
  user_id uuid PRIMARY KEY REFERENCES staff_user (id),
  expertise text[] NOT NULL CHECK (cardinality(expertise) > 0),
  region text NOT NULL CHECK (region IN ('Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo')),
  description text NOT NULL DEFAULT '',
  available boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by uuid REFERENCES staff_user (id)
);
CREATE INDEX expert_profile_expertise_idx ON expert_profile USING gin (expertise);

-- ---------------------------------------------------------------------------------------------
-- Consent and partner access.
-- ---------------------------------------------------------------------------------------------

-- A guardian's (or a child's, from 12) consent to disclose named data to one organisation until a
-- day. Withdrawing it ends at once every access it grounded (trigger below).
CREATE TABLE consent (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES person (id),
  given_by_person_id uuid NOT NULL REFERENCES person (id),
  giver_role text NOT NULL CHECK (giver_role IN ('guardian', 'child')),
  given_on date NOT NULL,
  method text NOT NULL CHECK (method IN ('written', 'electronic', 'oral')),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  scopes text[] NOT NULL CHECK (
    cardinality(scopes) > 0
    AND scopes <@ ARRAY['basic_facts', 'assessment', 'network_map', 'client_plan', 'consultation']
  ),
  purpose text NOT NULL CHECK (length(btrim(purpose)) > 0),
  valid_until date NOT NULL CHECK (valid_until >= given_on),
  notes text NOT NULL DEFAULT '',
  recorded_by uuid NOT NULL REFERENCES staff_user (id),
  recorded_at timestamptz NOT NULL,
  withdrawn_on date,
  withdrawal_recorded_at timestamptz,
  withdrawal_recorded_by uuid REFERENCES staff_user (id),
  withdrawal_note text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  CHECK ((withdrawn_on IS NULL) = (withdrawal_recorded_at IS NULL)
    AND (withdrawal_recorded_at IS NULL) = (withdrawal_recorded_by IS NULL)),
  CHECK (giver_role <> 'child' OR given_by_person_id = child_id)
);
CREATE INDEX consent_child_idx ON consent (child_id, recorded_at DESC);

-- The basis and scope of a partner relationship. A partner row always ends (valid_to, at most the
-- end of its consent's last day) and is revoked by setting revoked_at, which the policies read, so
-- a revocation in the very instant of the grant still ends it.
ALTER TABLE access_relationship
  ADD COLUMN sections text[],
  ADD COLUMN legal_basis text CHECK (legal_basis IN ('statutory', 'consent')),
  ADD COLUMN provision text CHECK (provision IN ('shl_41', 'lsl_25', 'lsl_41', 'police_lasta', 'other')),
  ADD COLUMN provision_detail text,
  ADD COLUMN consent_id uuid REFERENCES consent (id),
  ADD COLUMN purpose text,
  ADD COLUMN revoked_at timestamptz,
  ADD COLUMN revoked_by uuid REFERENCES staff_user (id),
  ADD COLUMN revocation text CHECK (revocation IN ('revoked', 'consent_withdrawn')),
  ADD COLUMN revoked_reason text,
  ADD CONSTRAINT access_relationship_partner_check CHECK (
    (kind = 'partner') = (sections IS NOT NULL)
    AND (kind <> 'partner' OR (
      cardinality(sections) > 0
      AND sections <@ ARRAY['basic_facts', 'assessment', 'network_map', 'client_plan']
      AND valid_to IS NOT NULL
      AND length(btrim(coalesce(purpose, ''))) > 0
      AND granted_by IS NOT NULL
      AND (
        (legal_basis = 'consent' AND consent_id IS NOT NULL AND provision IS NULL)
        OR (legal_basis = 'statutory' AND consent_id IS NULL AND provision IS NOT NULL
          AND (provision <> 'other' OR length(btrim(coalesce(provision_detail, ''))) > 0))
      )
    ))
  ),
  ADD CONSTRAINT access_relationship_revoked_check CHECK (
    (revoked_at IS NULL) = (revocation IS NULL) AND (revoked_at IS NULL OR kind = 'partner')
  );
CREATE INDEX access_relationship_consent_idx ON access_relationship (consent_id) WHERE consent_id IS NOT NULL;
CREATE INDEX access_relationship_partner_idx ON access_relationship (user_id, valid_to) WHERE kind = 'partner';

-- The disclosure log (luovutusloki, Act 703/2023 §10): what data, to whom (person and organisation),
-- when, for what purpose, on what basis or consent. Each row is also in the hash-chained use log
-- (the disclosing request's audit_event carries the same facts); this table answers the child's
-- and guardian's question "to whom, and why" (§11). The app may only append to it.
CREATE TABLE disclosure_event (
  id uuid PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  child_id uuid NOT NULL REFERENCES person (id),
  recipient_user_id uuid NOT NULL REFERENCES staff_user (id),
  recipient_name text NOT NULL,
  recipient_organisation_id uuid NOT NULL REFERENCES organisation (id),
  data text NOT NULL CHECK (data IN ('basic_facts', 'assessment', 'network_map', 'client_plan', 'consultation')),
  data_ref uuid,
  purpose text NOT NULL,
  legal_basis text NOT NULL CHECK (legal_basis IN ('statutory', 'consent')),
  provision text,
  provision_detail text NOT NULL DEFAULT '',
  consent_id uuid REFERENCES consent (id),
  relationship_id uuid REFERENCES access_relationship (id),
  decided_by uuid REFERENCES staff_user (id),
  request_id text NOT NULL DEFAULT '',
  CHECK ((legal_basis = 'consent') = (consent_id IS NOT NULL))
);
CREATE INDEX disclosure_event_child_idx ON disclosure_event (child_id, occurred_at DESC);
CREATE INDEX disclosure_event_recipient_idx ON disclosure_event (recipient_user_id, occurred_at);

-- ---------------------------------------------------------------------------------------------
-- The network map and the multi-agency assessment.
-- ---------------------------------------------------------------------------------------------

-- Every save is a new version; none is ever changed, so two can always be compared.
CREATE TABLE network_map_version (
  id uuid PRIMARY KEY,
  child_id uuid NOT NULL REFERENCES person (id),
  version integer NOT NULL CHECK (version > 0),
  document jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  saved_by uuid NOT NULL REFERENCES staff_user (id),
  saved_at timestamptz NOT NULL,
  UNIQUE (child_id, version)
);

CREATE TABLE multiagency_assessment (
  id uuid PRIMARY KEY,
  assessment_id uuid NOT NULL UNIQUE REFERENCES assessment (id),
  child_id uuid NOT NULL REFERENCES person (id),
  phase text NOT NULL DEFAULT 'preparation' CHECK (phase IN ('preparation', 'invitations', 'contributions', 'joint_meeting', 'summary_feedback')),
  started_on date NOT NULL,
  started_by uuid NOT NULL REFERENCES staff_user (id),
  started_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL
);
CREATE INDEX multiagency_assessment_child_idx ON multiagency_assessment (child_id);

CREATE TABLE multiagency_task (
  id uuid PRIMARY KEY,
  multiagency_id uuid NOT NULL REFERENCES multiagency_assessment (id),
  child_id uuid NOT NULL REFERENCES person (id),
  card_id uuid REFERENCES action_card (id),
  phase text NOT NULL CHECK (phase IN ('preparation', 'invitations', 'contributions', 'joint_meeting', 'summary_feedback')),
  position integer NOT NULL,
  title_fi text NOT NULL,
  title_sv text NOT NULL DEFAULT '',
  instructions_fi text NOT NULL DEFAULT '',
  instructions_sv text NOT NULL DEFAULT '',
  owner text NOT NULL CHECK (owner IN ('responsible_worker', 'team', 'partners', 'family', 'coordinator')),
  assignee text NOT NULL DEFAULT '',
  due_on date NOT NULL,
  done_at timestamptz,
  done_by uuid REFERENCES staff_user (id),
  note text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  CHECK ((done_at IS NULL) = (done_by IS NULL))
);
CREATE INDEX multiagency_task_assessment_idx ON multiagency_task (multiagency_id, phase, position);

-- A partner's own perspective, one per partner and assessment, written by her alone.
CREATE TABLE multiagency_contribution (
  id uuid PRIMARY KEY,
  multiagency_id uuid NOT NULL REFERENCES multiagency_assessment (id),
  child_id uuid NOT NULL REFERENCES person (id),
  author_id uuid NOT NULL REFERENCES staff_user (id),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  relationship_id uuid NOT NULL REFERENCES access_relationship (id),
  observations text NOT NULL DEFAULT '',
  concerns text NOT NULL DEFAULT '',
  strengths text NOT NULL DEFAULT '',
  proposed_support text NOT NULL DEFAULT '',
  meeting_availability text NOT NULL DEFAULT '',
  submitted_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (multiagency_id, author_id)
);

-- A joint network meeting and its record, written by the child protection worker for the network.
CREATE TABLE network_meeting (
  id uuid PRIMARY KEY,
  multiagency_id uuid NOT NULL REFERENCES multiagency_assessment (id),
  child_id uuid NOT NULL REFERENCES person (id),
  held_on date NOT NULL,
  start_time text CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  place text NOT NULL DEFAULT '',
  attendees jsonb NOT NULL DEFAULT '[]',
  record text NOT NULL DEFAULT '',
  next_steps jsonb NOT NULL DEFAULT '[]',
  recorded_by uuid NOT NULL REFERENCES staff_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX network_meeting_assessment_idx ON network_meeting (multiagency_id, held_on);

-- The summary of every perspective; the partners see it only once the responsible worker shares it.
CREATE TABLE multiagency_summary (
  multiagency_id uuid PRIMARY KEY REFERENCES multiagency_assessment (id),
  child_id uuid NOT NULL REFERENCES person (id),
  text text NOT NULL,
  shared_at timestamptz,
  shared_by uuid REFERENCES staff_user (id),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by uuid NOT NULL REFERENCES staff_user (id),
  CHECK ((shared_at IS NULL) = (shared_by IS NULL)),
  CHECK (shared_at IS NULL OR length(btrim(text)) > 0)
);

-- ---------------------------------------------------------------------------------------------
-- Consultations. The request itself holds nothing that links it to the child: the expert reads
-- `consultation`, while the link to the child is in `consultation_case`, which only the child's own
-- workers can see.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE consultation (
  id uuid PRIMARY KEY,
  expertise text NOT NULL,
  region text CHECK (region IN ('Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo')),
  expert_id uuid REFERENCES staff_user (id),
  question text NOT NULL CHECK (length(btrim(question)) > 0),
  background text NOT NULL DEFAULT '',
  child_age_years integer CHECK (child_age_years BETWEEN 0 AND 25),
  identifying boolean NOT NULL DEFAULT false,
  legal_basis text CHECK (legal_basis IN ('statutory', 'consent')),
  provision text,
  provision_detail text NOT NULL DEFAULT '',
  consent_id uuid REFERENCES consent (id),
  asked_by uuid NOT NULL REFERENCES staff_user (id),
  sent_at timestamptz NOT NULL,
  due_on date NOT NULL,
  taken_at timestamptz,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered')),
  answer text,
  answered_at timestamptz,
  answered_by uuid REFERENCES staff_user (id),
  version integer NOT NULL DEFAULT 1,
  -- An identifying request has its basis and a named expert (the disclosure has a recipient).
  CHECK (NOT identifying OR (legal_basis IS NOT NULL AND expert_id IS NOT NULL)),
  CHECK ((status = 'answered') = (answer IS NOT NULL AND answered_at IS NOT NULL))
);
CREATE INDEX consultation_expert_idx ON consultation (expert_id, status, due_on) WHERE expert_id IS NOT NULL;
CREATE INDEX consultation_pool_idx ON consultation (expertise, due_on) WHERE expert_id IS NULL AND status = 'open';

CREATE TABLE consultation_case (
  consultation_id uuid PRIMARY KEY REFERENCES consultation (id),
  child_id uuid NOT NULL REFERENCES person (id),
  asked_by uuid NOT NULL REFERENCES staff_user (id)
);
CREATE INDEX consultation_case_child_idx ON consultation_case (child_id);

-- ---------------------------------------------------------------------------------------------
-- Row-level security. The policies of 0001, 0002 and 0010 again, each now reading only the staff
-- relationships (responsible, team, emergency): a partner row opens nothing of them.
-- ---------------------------------------------------------------------------------------------
DROP POLICY person_visible ON person;
CREATE POLICY person_visible ON person FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = person.id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR EXISTS (
    SELECT 1 FROM family_link f JOIN access_relationship r ON r.child_id = f.child_id
    WHERE f.person_id = person.id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
DROP POLICY person_update ON person;
CREATE POLICY person_update ON person FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = person.id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR EXISTS (
    SELECT 1 FROM family_link f JOIN access_relationship r ON r.child_id = f.child_id
    WHERE f.person_id = person.id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
-- Basic facts: the child's own row, never her family's.
CREATE POLICY person_partner_basic_facts ON person FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = person.id AND r.user_id = lumo_actor() AND r.kind = 'partner'
      AND 'basic_facts' = ANY (r.sections) AND r.revoked_at IS NULL
      AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
  )
);

DROP POLICY family_link_visible ON family_link;
CREATE POLICY family_link_visible ON family_link FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_link.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
DROP POLICY family_link_insert ON family_link;
CREATE POLICY family_link_insert ON family_link FOR INSERT WITH CHECK (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_link.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

DROP POLICY child_case_visible ON child_case;
CREATE POLICY child_case_visible ON child_case FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = child_case.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
DROP POLICY child_case_update ON child_case;
CREATE POLICY child_case_update ON child_case FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = child_case.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

DROP POLICY notification_visible ON notification;
CREATE POLICY notification_visible ON notification FOR SELECT USING (
  registered_by = lumo_actor()
  OR EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = notification.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
DROP POLICY notification_update ON notification;
CREATE POLICY notification_update ON notification FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = notification.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

DROP POLICY assessment_visible ON assessment;
CREATE POLICY assessment_visible ON assessment FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = assessment.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
DROP POLICY assessment_update ON assessment;
CREATE POLICY assessment_update ON assessment FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = assessment.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

DROP POLICY family_information_visible ON family_information;
CREATE POLICY family_information_visible ON family_information FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_information.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
DROP POLICY family_information_insert ON family_information;
CREATE POLICY family_information_insert ON family_information FOR INSERT WITH CHECK (
  recorded_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_information.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

DROP POLICY client_plan_visible ON client_plan;
CREATE POLICY client_plan_visible ON client_plan FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
-- The client plan section: agreed plans only, never drafts.
CREATE POLICY client_plan_partner ON client_plan FOR SELECT USING (
  status = 'agreed'
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
      AND 'client_plan' = ANY (r.sections) AND r.revoked_at IS NULL
      AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
  )
);
DROP POLICY client_plan_insert ON client_plan;
CREATE POLICY client_plan_insert ON client_plan FOR INSERT WITH CHECK (
  created_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
DROP POLICY client_plan_update ON client_plan;
CREATE POLICY client_plan_update ON client_plan FOR UPDATE USING (
  status = 'draft'
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
) WITH CHECK (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = client_plan.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

DROP POLICY document_visible ON document;
CREATE POLICY document_visible ON document FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = document.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
DROP POLICY document_insert ON document;
CREATE POLICY document_insert ON document FOR INSERT WITH CHECK (
  created_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = document.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

DROP POLICY family_of_related_children ON family;
CREATE POLICY family_of_related_children ON family USING (
  NOT EXISTS (
    SELECT 1 FROM unnest(family.child_ids) AS c(child_id)
    WHERE NOT EXISTS (
      SELECT 1 FROM access_relationship r
      WHERE r.child_id = c.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
        AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
    )
  )
);
DROP POLICY family_child_related ON family_child;
CREATE POLICY family_child_related ON family_child USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = family_child.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

-- The new tables of client data: the child's workers by a staff relationship; a partner only through
-- a live, unrevoked partner relationship naming the section.
ALTER TABLE consent ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_visible ON consent FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = consent.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  -- A partner sees the consent her own access rests on.
  OR EXISTS (SELECT 1 FROM access_relationship r WHERE r.consent_id = consent.id AND r.user_id = lumo_actor())
);
CREATE POLICY consent_insert ON consent FOR INSERT WITH CHECK (
  recorded_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = consent.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY consent_update ON consent FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = consent.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE disclosure_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE disclosure_event FORCE ROW LEVEL SECURITY;
-- Appended by the request that discloses: the recipient's own read, or the worker who sends.
CREATE POLICY disclosure_event_append ON disclosure_event FOR INSERT WITH CHECK (
  recipient_user_id = lumo_actor() OR decided_by = lumo_actor()
);

ALTER TABLE network_map_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_map_version FORCE ROW LEVEL SECURITY;
CREATE POLICY network_map_version_visible ON network_map_version FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = network_map_version.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = network_map_version.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
      AND 'network_map' = ANY (r.sections) AND r.revoked_at IS NULL
      AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
  )
);
CREATE POLICY network_map_version_insert ON network_map_version FOR INSERT WITH CHECK (
  saved_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = network_map_version.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE multiagency_assessment ENABLE ROW LEVEL SECURITY;
ALTER TABLE multiagency_assessment FORCE ROW LEVEL SECURITY;
CREATE POLICY multiagency_assessment_visible ON multiagency_assessment FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_assessment.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_assessment.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
      AND 'assessment' = ANY (r.sections) AND r.revoked_at IS NULL
      AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
  )
);
CREATE POLICY multiagency_assessment_insert ON multiagency_assessment FOR INSERT WITH CHECK (
  started_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_assessment.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY multiagency_assessment_update ON multiagency_assessment FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_assessment.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE multiagency_task ENABLE ROW LEVEL SECURITY;
ALTER TABLE multiagency_task FORCE ROW LEVEL SECURITY;
CREATE POLICY multiagency_task_visible ON multiagency_task FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_task.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_task.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
      AND 'assessment' = ANY (r.sections) AND r.revoked_at IS NULL
      AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
  )
);
CREATE POLICY multiagency_task_write ON multiagency_task FOR INSERT WITH CHECK (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_task.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY multiagency_task_update ON multiagency_task FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_task.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE multiagency_contribution ENABLE ROW LEVEL SECURITY;
ALTER TABLE multiagency_contribution FORCE ROW LEVEL SECURITY;
CREATE POLICY multiagency_contribution_visible ON multiagency_contribution FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_contribution.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  -- A partner sees her own contribution, and no one else's, while her access lasts.
  OR (
    author_id = lumo_actor()
    AND EXISTS (
      SELECT 1 FROM access_relationship r
      WHERE r.child_id = multiagency_contribution.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
        AND 'assessment' = ANY (r.sections) AND r.revoked_at IS NULL
        AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
    )
  )
);
CREATE POLICY multiagency_contribution_insert ON multiagency_contribution FOR INSERT WITH CHECK (
  author_id = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.id = multiagency_contribution.relationship_id
      AND r.child_id = multiagency_contribution.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
      AND 'assessment' = ANY (r.sections) AND r.revoked_at IS NULL
      AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
  )
);
CREATE POLICY multiagency_contribution_update ON multiagency_contribution FOR UPDATE USING (
  author_id = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_contribution.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
      AND 'assessment' = ANY (r.sections) AND r.revoked_at IS NULL
      AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
  )
);

ALTER TABLE network_meeting ENABLE ROW LEVEL SECURITY;
ALTER TABLE network_meeting FORCE ROW LEVEL SECURITY;
CREATE POLICY network_meeting_visible ON network_meeting FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = network_meeting.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = network_meeting.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
      AND 'assessment' = ANY (r.sections) AND r.revoked_at IS NULL
      AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
  )
);
CREATE POLICY network_meeting_insert ON network_meeting FOR INSERT WITH CHECK (
  recorded_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = network_meeting.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY network_meeting_update ON network_meeting FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = network_meeting.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE multiagency_summary ENABLE ROW LEVEL SECURITY;
ALTER TABLE multiagency_summary FORCE ROW LEVEL SECURITY;
CREATE POLICY multiagency_summary_visible ON multiagency_summary FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_summary.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
  OR (
    shared_at IS NOT NULL
    AND EXISTS (
      SELECT 1 FROM access_relationship r
      WHERE r.child_id = multiagency_summary.child_id AND r.user_id = lumo_actor() AND r.kind = 'partner'
        AND 'assessment' = ANY (r.sections) AND r.revoked_at IS NULL
        AND r.valid_from <= lumo_now() AND r.valid_to > lumo_now()
    )
  )
);
CREATE POLICY multiagency_summary_insert ON multiagency_summary FOR INSERT WITH CHECK (
  updated_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_summary.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY multiagency_summary_update ON multiagency_summary FOR UPDATE USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = multiagency_summary.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE consultation_case ENABLE ROW LEVEL SECURITY;
ALTER TABLE consultation_case FORCE ROW LEVEL SECURITY;
CREATE POLICY consultation_case_visible ON consultation_case FOR SELECT USING (
  EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = consultation_case.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);
CREATE POLICY consultation_case_insert ON consultation_case FOR INSERT WITH CHECK (
  asked_by = lumo_actor()
  AND EXISTS (
    SELECT 1 FROM access_relationship r
    WHERE r.child_id = consultation_case.child_id AND r.user_id = lumo_actor() AND r.kind <> 'partner'
      AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
  )
);

ALTER TABLE consultation ENABLE ROW LEVEL SECURITY;
ALTER TABLE consultation FORCE ROW LEVEL SECURITY;
-- The child's workers through the link (filtered by its own policy); the expert it is addressed to;
-- and, while nobody has taken it, every expert of its expertise (and region) — never an identifying one.
CREATE POLICY consultation_visible ON consultation FOR SELECT USING (
  EXISTS (SELECT 1 FROM consultation_case cc WHERE cc.consultation_id = consultation.id)
  OR expert_id = lumo_actor()
  OR (
    expert_id IS NULL AND status = 'open' AND NOT identifying
    AND EXISTS (
      SELECT 1 FROM expert_profile p
      WHERE p.user_id = lumo_actor() AND consultation.expertise = ANY (p.expertise)
        AND (consultation.region IS NULL OR p.region = consultation.region)
    )
  )
);
CREATE POLICY consultation_insert ON consultation FOR INSERT WITH CHECK (asked_by = lumo_actor());
CREATE POLICY consultation_update ON consultation FOR UPDATE USING (
  expert_id = lumo_actor()
  OR (
    expert_id IS NULL AND status = 'open' AND NOT identifying
    AND EXISTS (
      SELECT 1 FROM expert_profile p
      WHERE p.user_id = lumo_actor() AND consultation.expertise = ANY (p.expertise)
        AND (consultation.region IS NULL OR p.region = consultation.region)
    )
  )
) WITH CHECK (expert_id = lumo_actor());

-- ---------------------------------------------------------------------------------------------
-- Functions: partner grants are written only here, after checking the actor is the child's
-- responsible worker (the app role cannot write or change others' relationships itself).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION lumo_grant_partner_access(
  grant_id uuid, partner uuid, child uuid, granted_sections text[], ends timestamptz, basis text,
  basis_provision text, basis_detail text, basis_consent uuid, grant_purpose text
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  now_ timestamptz := lumo_now();
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM access_relationship me
    WHERE me.child_id = child AND me.user_id = lumo_actor() AND me.kind = 'responsible'
      AND me.valid_from <= now_ AND (me.valid_to IS NULL OR me.valid_to > now_)
  ) THEN
    RAISE EXCEPTION 'not responsible for child %', child USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM staff_user u WHERE u.id = partner AND u.active AND 'partner' = ANY (u.roles)) THEN
    RAISE EXCEPTION 'not a partner professional: %', partner USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF basis_consent IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM consent c JOIN staff_user u ON u.id = partner
    WHERE c.id = basis_consent AND c.child_id = child AND c.organisation_id = u.organisation_id
      AND c.withdrawal_recorded_at IS NULL AND granted_sections <@ c.scopes
      AND ends <= ((c.valid_until + 1)::timestamp AT TIME ZONE 'Europe/Helsinki')
  ) THEN
    RAISE EXCEPTION 'consent % does not cover the grant', basis_consent USING ERRCODE = 'insufficient_privilege';
  END IF;
  INSERT INTO access_relationship (
    id, user_id, child_id, kind, valid_from, valid_to, granted_by, sections, legal_basis, provision,
    provision_detail, consent_id, purpose
  ) VALUES (
    grant_id, partner, child, 'partner', now_, ends, lumo_actor(), granted_sections, basis, basis_provision,
    basis_detail, basis_consent, grant_purpose
  );
END
$$;

CREATE FUNCTION lumo_revoke_partner_access(grant_id uuid, revoke_reason text) RETURNS boolean LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE access_relationship r
  SET revoked_at = lumo_now(), revoked_by = lumo_actor(), revocation = 'revoked', revoked_reason = revoke_reason
  WHERE r.id = grant_id AND r.kind = 'partner' AND r.revoked_at IS NULL
    AND EXISTS (
      SELECT 1 FROM access_relationship me
      WHERE me.child_id = r.child_id AND me.user_id = lumo_actor() AND me.kind = 'responsible'
        AND me.valid_from <= lumo_now() AND (me.valid_to IS NULL OR me.valid_to > lumo_now())
    );
  RETURN FOUND;
END
$$;

-- The partner relationships to a child, for the child's own workers.
CREATE FUNCTION lumo_child_partner_grants(child uuid)
RETURNS SETOF access_relationship LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public ROWS 10 AS $$
  SELECT r.* FROM access_relationship r
  WHERE r.child_id = child AND r.kind = 'partner'
    AND EXISTS (
      SELECT 1 FROM access_relationship me
      WHERE me.child_id = child AND me.user_id = lumo_actor() AND me.kind <> 'partner'
        AND me.valid_from <= lumo_now() AND (me.valid_to IS NULL OR me.valid_to > lumo_now())
    )
$$;

-- Withdrawing a consent ends every access it grounded, in the same transaction, however it is written.
CREATE FUNCTION lumo_consent_withdrawn() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
BEGIN
  IF NEW.withdrawal_recorded_at IS NOT NULL AND OLD.withdrawal_recorded_at IS NULL THEN
    UPDATE access_relationship
    SET revoked_at = NEW.withdrawal_recorded_at, revoked_by = NEW.withdrawal_recorded_by,
      revocation = 'consent_withdrawn'
    WHERE consent_id = NEW.id AND kind = 'partner' AND revoked_at IS NULL;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER consent_withdrawal AFTER UPDATE OF withdrawal_recorded_at ON consent
FOR EACH ROW EXECUTE FUNCTION lumo_consent_withdrawn();

-- The disclosure log of a child, for her responsible worker (Act 703/2023 §11).
CREATE FUNCTION lumo_child_disclosure_log(child uuid, max_rows integer)
RETURNS SETOF disclosure_event LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT e.* FROM disclosure_event e
  WHERE e.child_id = child
    AND EXISTS (
      SELECT 1 FROM access_relationship me
      WHERE me.child_id = child AND me.user_id = lumo_actor() AND me.kind = 'responsible'
        AND me.valid_from <= lumo_now() AND (me.valid_to IS NULL OR me.valid_to > lumo_now())
    )
  ORDER BY e.occurred_at DESC, e.id DESC
  LIMIT max_rows
$$;

-- The child of an identifying consultation, for the expert it was sent to: her reads of it go to
-- the child's use log. Anonymised requests give nothing.
CREATE FUNCTION lumo_consultation_children(ids uuid[])
RETURNS TABLE (consultation_id uuid, child_id uuid) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT c.id, cc.child_id FROM consultation c JOIN consultation_case cc ON cc.consultation_id = c.id
  WHERE c.id = ANY (ids) AND c.identifying AND c.expert_id = lumo_actor()
$$;

-- Whether the service-need assessment under a multi-agency assessment is still under way, for anyone
-- working with the child (a partner cannot read the assessment itself): her contribution is open
-- only while it is.
CREATE FUNCTION lumo_multiagency_open(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT coalesce((
    SELECT a.status IN ('awaiting_start', 'in_progress')
    FROM multiagency_assessment m JOIN assessment a ON a.id = m.assessment_id
    WHERE m.id = target
      AND EXISTS (
        SELECT 1 FROM access_relationship r
        WHERE r.child_id = m.child_id AND r.user_id = lumo_actor() AND r.revoked_at IS NULL
          AND r.valid_from <= lumo_now() AND (r.valid_to IS NULL OR r.valid_to > lumo_now())
      )
  ), false)
$$;

GRANT SELECT ON municipality TO lumo_app;
GRANT INSERT (id, kind, code, name_fi, name_sv, parent_id, region, systemic_training) ON organisation TO lumo_app;
GRANT UPDATE (name_fi, name_sv, region) ON organisation TO lumo_app;
GRANT SELECT, INSERT, UPDATE ON partner_organisation, partner_service, partner_contact, collaboration_model,
  action_card, expert_profile TO lumo_app;
GRANT SELECT, INSERT, DELETE ON partner_service_area TO lumo_app;
GRANT DELETE ON partner_contact TO lumo_app;
GRANT SELECT, INSERT ON consent TO lumo_app;
GRANT UPDATE (withdrawn_on, withdrawal_recorded_at, withdrawal_recorded_by, withdrawal_note, version)
  ON consent TO lumo_app;
GRANT INSERT ON disclosure_event TO lumo_app;
GRANT SELECT, INSERT ON network_map_version TO lumo_app;
GRANT SELECT, INSERT, UPDATE ON multiagency_assessment, multiagency_task, multiagency_contribution,
  network_meeting, multiagency_summary TO lumo_app;
GRANT SELECT, INSERT, UPDATE ON consultation TO lumo_app;
GRANT SELECT, INSERT ON consultation_case TO lumo_app;
REVOKE ALL ON FUNCTION lumo_grant_partner_access(uuid, uuid, uuid, text[], timestamptz, text, text, text, uuid, text)
  FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_revoke_partner_access(uuid, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_child_partner_grants(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_child_disclosure_log(uuid, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_consultation_children(uuid[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION lumo_multiagency_open(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION lumo_grant_partner_access(uuid, uuid, uuid, text[], timestamptz, text, text, text, uuid, text)
  TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_revoke_partner_access(uuid, text) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_child_partner_grants(uuid) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_child_disclosure_log(uuid, integer) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_consultation_children(uuid[]) TO lumo_app;
GRANT EXECUTE ON FUNCTION lumo_multiagency_open(uuid) TO lumo_app;
