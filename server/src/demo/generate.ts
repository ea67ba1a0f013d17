import { formatHetu, type LocalDate, parseLocalDate } from '@lumo/domain';
import type { Insertable } from 'kysely';
import type { Database } from '../platform/schema';
import { type AgencyNetworkRows, addAgencyNetwork, emptyAgencyNetwork } from './agency-network';
import { clockRows, type PipelineStage, type PlanBucket, pipelineStagesFor } from './clock';
import { DEMO_PASSWORD, type DemoStaff, demoLeads, demoTeams, keskiSuomiMunicipalities } from './county';
import { addExpertPool, type ExpertPoolRows, emptyExpertPool } from './expert-pool';
import { boyNames, girlNames, menNames, streets, surnames, womenNames } from './names';
import { Random } from './random';
import { addSystemicWork, emptySystemicWork, type SystemicWorkRows } from './systemic-work';

export interface DemoOptions {
  children: number;
  seed?: number;
  /** The day the demo is "now" for: ages and case dates are counted back from it. */
  referenceDate: LocalDate;
  /** The moment it is made, on its reference day: what happens "this morning" happens before it. */
  madeAt?: Date;
  passwordHash: string;
}

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

export interface DemoCounty extends SystemicWorkRows, ExpertPoolRows, AgencyNetworkRows {
  organisation: Rows<'organisation'>;
  staff_user: Rows<'staff_user'>;
  team: Rows<'team'>;
  team_municipality: Rows<'team_municipality'>;
  team_member: Rows<'team_member'>;
  person: Rows<'person'>;
  family_link: Rows<'family_link'>;
  child_case: Rows<'child_case'>;
  access_relationship: Rows<'access_relationship'>;
  assessment: Rows<'assessment'>;
  notification: Rows<'notification'>;
  client_plan: Rows<'client_plan'>;
}

// A systemic team has 1–3 social workers (DOMAIN.md); the demo gives each one a full but lawful caseload.
const SOCIAL_WORKERS_PER_TEAM = 3;
const MAX_CASELOAD = 30;
const MIN_CASELOAD = 22;
// The demo's worker at exactly the legal limit, so that the caseload exception can be shown.
const FULL_CASELOAD_WORKER = 'mikko.laine';

function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return parseLocalDate(d.toISOString().slice(0, 10));
}

/**
 * Builds a synthetic Keski-Suomi wellbeing services county: the named demo teams first, then as
 * many generated teams as the number of children needs, each social worker within the legal
 * caseload. The same options always give the same county, ids included.
 */
export function generateCounty(options: DemoOptions): DemoCounty {
  const random = new Random(options.seed ?? 2026);
  const ref = options.referenceDate;
  const refInstant = new Date(`${ref}T08:00:00Z`);
  const epoch = new Date('2020-01-01T00:00:00Z');
  const id = () => random.uuid(epoch);
  const out: DemoCounty = {
    organisation: [],
    staff_user: [],
    team: [],
    team_municipality: [],
    team_member: [],
    person: [],
    family_link: [],
    child_case: [],
    access_relationship: [],
    assessment: [],
    notification: [],
    client_plan: [],
    ...emptySystemicWork(),
    ...emptyExpertPool(),
    ...emptyAgencyNetwork(),
  };

  const countyId = id();
  out.organisation.push({
    id: countyId,
    kind: 'county',
    code: '13',
    name_fi: 'Keski-Suomen hyvinvointialue',
    name_sv: 'Mellersta Finlands välfärdsområde',
    parent_id: null,
    region: 'Keski-Suomi',
    systemic_training: null,
  });
  const municipalityIds = new Map<string, string>();
  for (const m of keskiSuomiMunicipalities) {
    const mid = id();
    municipalityIds.set(m.name, mid);
    out.organisation.push({
      id: mid,
      kind: 'municipality',
      code: m.code,
      name_fi: m.name,
      name_sv: m.name,
      parent_id: countyId,
      region: 'Keski-Suomi',
      systemic_training: m.trained,
    });
  }

  const staffIds = new Map<string, string>();
  const addStaff = (
    s: { username: string; firstName: string; lastName: string },
    roles: string[],
    title: string,
  ) => {
    const sid = id();
    staffIds.set(s.username, sid);
    out.staff_user.push({
      id: sid,
      username: s.username,
      first_name: s.firstName,
      last_name: s.lastName,
      title,
      organisation_id: countyId,
      roles,
      password_hash: options.passwordHash,
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      locked_until: null,
      is_demo: true,
    });
    return sid;
  };
  for (const lead of demoLeads) addStaff(lead, ['team_lead'], 'Johtava sosiaalityöntekijä');

  const titles: Record<DemoStaff['role'], string> = {
    consultant_social_worker: 'Konsultoiva sosiaalityöntekijä',
    social_worker: 'Sosiaalityöntekijä',
    family_therapist: 'Perheterapeutti',
    family_worker: 'Perhetyöntekijä',
    coordinator: 'Koordinaattori',
  };
  const teams = [...demoTeams];
  const perTeam = SOCIAL_WORKERS_PER_TEAM * MIN_CASELOAD;
  const needed = Math.max(teams.length, Math.ceil(options.children / perTeam));
  const weightedMunicipalities = keskiSuomiMunicipalities.map((m) => ({
    value: m.name,
    weight: m.population,
  }));
  for (let n = teams.length + 1; n <= needed; n++) {
    const no = String(n).padStart(5, '0');
    const person = (role: DemoStaff['role'], k: number): DemoStaff => {
      const female = random.chance(0.8);
      return {
        username: `staff.${no}.${k}`,
        firstName: random.pick(female ? womenNames : menNames),
        lastName: random.pick(surnames),
        role,
      };
    };
    teams.push({
      name: `Tiimi ${n}`,
      municipalities: [random.weighted(weightedMunicipalities)],
      lead: n % 2 === 0 ? 'leena.lehtonen' : 'matti.karjalainen',
      members: [
        person('consultant_social_worker', 1),
        ...Array.from({ length: SOCIAL_WORKERS_PER_TEAM }, (_, k) => person('social_worker', k + 2)),
        person('family_therapist', SOCIAL_WORKERS_PER_TEAM + 2),
        person('family_worker', SOCIAL_WORKERS_PER_TEAM + 3),
      ],
    });
  }

  const joined = new Date('2022-01-10T07:00:00Z');
  const teamRecords = teams.map((team) => {
    const tid = id();
    out.team.push({
      id: tid,
      organisation_id: countyId,
      name: team.name,
      lead_id: staffIds.get(team.lead) ?? null,
    });
    for (const m of team.municipalities)
      out.team_municipality.push({ team_id: tid, municipality_id: municipalityIds.get(m)! });
    const members = team.members.map((member) => {
      const sid = addStaff(member, [member.role], titles[member.role]);
      out.team_member.push({
        id: id(),
        team_id: tid,
        user_id: sid,
        team_role: member.role,
        valid_from: joined,
        valid_to: null,
      });
      return { ...member, id: sid };
    });
    return { id: tid, team, members };
  });

  const usedHetu = new Set<string>();
  // The individual number's parity carries the legal sex: odd for men, even for women.
  const hetuFor = (birthDate: LocalDate, sex?: 'female' | 'male'): string => {
    for (;;) {
      const n = random.int(900, 999);
      if (sex && (n % 2 === 0) !== (sex === 'female')) continue;
      const code = formatHetu(birthDate, n);
      if (!usedHetu.has(code)) {
        usedHetu.add(code);
        return code;
      }
    }
  };
  const sexFromHetu = (code: string): 'female' | 'male' =>
    Number(code.slice(7, 10)) % 2 === 0 ? 'female' : 'male';
  const birthDateBetween = (minAgeDays: number, maxAgeDays: number) =>
    addDays(ref, -random.int(minAgeDays, maxAgeDays));

  // Spread the children over the social workers in team order: each worker's clients within the limit,
  // and about one in eight more children whose notification is still in intake or assessment.
  let remaining = options.children;
  let workerNo = 0;
  let forcedPlanBuckets: PlanBucket[] = [];
  for (const record of teamRecords) {
    if (remaining <= 0) break;
    const socialWorkers = record.members.filter((m) => m.role === 'social_worker');
    for (const worker of socialWorkers) {
      if (remaining <= 0) break;
      const drawn = random.int(MIN_CASELOAD, MAX_CASELOAD - 1);
      const clients = Math.min(remaining, worker.username === FULL_CASELOAD_WORKER ? MAX_CASELOAD : drawn);
      // Every worker has one plan review overdue and one due this week; the rest fall later.
      forcedPlanBuckets = ['overdue', 'thisWeek'];
      let assigned = 0;
      while (assigned < clients) {
        const siblings = Math.min(
          clients - assigned,
          random.weighted([
            { value: 1, weight: 55 },
            { value: 2, weight: 30 },
            { value: 3, weight: 15 },
          ]),
        );
        addFamily(record, worker.id, siblings);
        assigned += siblings;
      }
      remaining -= clients;
      const stages = pipelineStagesFor(worker.username, workerNo++, clients).slice(0, Math.max(0, remaining));
      for (const stage of stages) addFamily(record, worker.id, 1, stage);
      remaining -= stages.length;
    }
  }

  function addFamily(
    record: (typeof teamRecords)[number],
    workerId: string,
    siblingCount: number,
    stage?: PipelineStage,
  ) {
    const municipality = random.pick(record.team.municipalities);
    const m = keskiSuomiMunicipalities.find((x) => x.name === municipality)!;
    const municipalityId = municipalityIds.get(municipality)!;
    const familyName = random.pick(surnames);
    const address = {
      street_address: `${random.pick(streets)} ${random.int(1, 60)}${random.chance(0.4) ? ` ${random.pick(['A', 'B', 'C'])} ${random.int(1, 30)}` : ''}`,
      postal_code: m.postalCode,
      post_office: municipality.toUpperCase(),
    };
    const nonDisclosure = random.chance(0.02);
    const phone = () => `040 ${random.int(100, 999)} ${random.int(1000, 9999)}`;
    const adult = (female: boolean, lastName: string, livesHere: boolean) => {
      const birth = birthDateBetween(22 * 365, 55 * 365);
      const hetu = hetuFor(birth, female ? 'female' : 'male');
      const pid = id();
      out.person.push({
        id: pid,
        kind: 'adult',
        first_names: `${random.pick(female ? womenNames : menNames)} ${random.pick(female ? womenNames : menNames)}`,
        last_name: lastName,
        hetu: random.chance(0.97) ? hetu : null,
        birth_date: birth,
        sex: sexFromHetu(hetu),
        municipality_id: livesHere
          ? municipalityId
          : municipalityIds.get(random.weighted(weightedMunicipalities))!,
        ...(livesHere
          ? address
          : {
              street_address: `${random.pick(streets)} ${random.int(1, 60)}`,
              postal_code: '40100',
              post_office: 'JYVÄSKYLÄ',
            }),
        phone: phone(),
        non_disclosure: nonDisclosure,
      });
      return pid;
    };
    const parentsTogether = random.chance(0.45);
    const mother = adult(true, familyName, true);
    const fatherLastName = parentsTogether ? familyName : random.pick(surnames);
    const father = random.chance(0.85) ? adult(false, fatherLastName, parentsTogether) : null;
    const stepParent =
      !parentsTogether && random.chance(0.3) ? adult(false, random.pick(surnames), true) : null;
    const grandparent = random.chance(0.25) ? adult(true, random.pick(surnames), false) : null;

    for (let s = 0; s < siblingCount; s++) {
      const birth = birthDateBetween(60, 17 * 365 + 300);
      const hetu = hetuFor(birth);
      const female = sexFromHetu(hetu) === 'female';
      const childId = id();
      out.person.push({
        id: childId,
        kind: 'child',
        first_names: `${random.pick(female ? girlNames : boyNames)} ${random.pick(female ? girlNames : boyNames)}`,
        last_name: familyName,
        hetu,
        birth_date: birth,
        sex: female ? 'female' : 'male',
        municipality_id: municipalityId,
        ...address,
        phone: random.chance(0.5) ? phone() : '',
        non_disclosure: nonDisclosure,
      });
      const link = (personId: string, relation: string, isGuardian: boolean, livesWithChild: boolean) =>
        out.family_link.push({
          id: id(),
          child_id: childId,
          person_id: personId,
          relation,
          is_guardian: isGuardian,
          lives_with_child: livesWithChild,
        });
      link(mother, 'mother', true, true);
      if (father) link(father, 'father', parentsTogether || random.chance(0.6), parentsTogether);
      if (stepParent) link(stepParent, 'step_parent', false, true);
      if (grandparent) link(grandparent, 'grandparent', false, false);
      const bornAt = new Date(`${birth}T08:00:00Z`).getTime();
      const drawnOpening = new Date(
        Math.max(bornAt, refInstant.getTime() - random.int(20, 3 * 365) * 86_400_000),
      );
      const caseId = id();
      const clock = clockRows({
        random,
        id,
        ref,
        childId,
        caseId,
        municipalityId,
        workerId,
        birthDate: birth,
        drawnOpening,
        madeAt: options.madeAt ?? null,
        stage: stage ?? null,
        planBucket: stage ? null : (forcedPlanBuckets.shift() ?? null),
      });
      const opened = clock.openedAt;
      out.child_case.push({
        id: caseId,
        child_id: childId,
        county_id: countyId,
        municipality_id: municipalityId,
        team_id: record.id,
        responsible_worker_id: workerId,
        status: 'open',
        phase: clock.phase,
        client_since: clock.clientSince,
        opened_at: opened,
      });
      out.assessment.push(...clock.assessments);
      out.notification.push(...clock.notifications);
      out.client_plan.push(...clock.plans);
      out.access_relationship.push({
        id: id(),
        user_id: workerId,
        child_id: childId,
        kind: 'responsible',
        valid_from: opened,
        valid_to: null,
        reason: null,
        granted_by: null,
        source_id: null,
      });
      for (const member of record.members) {
        out.access_relationship.push({
          id: id(),
          user_id: member.id,
          child_id: childId,
          kind: 'team',
          valid_from: opened,
          valid_to: null,
          reason: null,
          granted_by: null,
          source_id: record.id,
        });
      }
    }
    // Siblings are family of each other too.
    const childIds = out.person.slice(-siblingCount).map((p) => p.id);
    for (const a of childIds) {
      for (const b of childIds) {
        if (a !== b) {
          out.family_link.push({
            id: id(),
            child_id: a,
            person_id: b,
            relation: 'sibling',
            is_guardian: false,
            lives_with_child: true,
          });
        }
      }
    }
  }

  addSystemicWork(out, { referenceDate: ref, seed: options.seed ?? 2026 });
  addExpertPool(out, { referenceDate: ref, seed: options.seed ?? 2026, passwordHash: options.passwordHash });
  addAgencyNetwork(out, {
    referenceDate: ref,
    seed: options.seed ?? 2026,
    passwordHash: options.passwordHash,
    children: options.children,
  });
  return out;
}

export { DEMO_PASSWORD };
