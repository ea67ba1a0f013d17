import {
  addDays,
  type GenogramDocument,
  type GenogramPerson,
  helsinkiStartOfDay,
  type LocalDate,
  parseLocalDate,
  weeklyDates,
} from '@lumo/domain';
import type { Insertable } from 'kysely';
import type { Database } from '../platform/schema';
import type { DemoCounty } from './generate';
import { Random } from './random';

/**
 * The systemic team work of the demo county, relative to the reference day: every team's weekly
 * meeting, its last three meetings' reflective records for up to twelve families, the genograms of
 * those families, and the next meeting's agenda. Anna Virtanen's families in tiimi Kangas are
 * written by hand to show the model: hypotheses formed, supported and set aside; an experiment
 * repeated and concluded; another due at the next meeting, where it comes back by itself; the
 * family's own words; a summary shared with the family; a genogram of three generations.
 */

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

export interface SystemicWorkRows {
  family: Rows<'family'>;
  family_child: Rows<'family_child'>;
  meeting_series: Rows<'meeting_series'>;
  meeting: Rows<'meeting'>;
  agenda_item: Rows<'agenda_item'>;
  hypothesis: Rows<'hypothesis'>;
  hypothesis_status_change: Rows<'hypothesis_status_change'>;
  experiment: Rows<'experiment'>;
  experiment_follow_up: Rows<'experiment_follow_up'>;
  record_entry: Rows<'record_entry'>;
  discussion_attendee: Rows<'discussion_attendee'>;
  family_summary: Rows<'family_summary'>;
  genogram: Rows<'genogram'>;
  timeline_event: Rows<'timeline_event'>;
}

/** In the order they are written: parents before children. */
export const systemicWorkTables: (keyof SystemicWorkRows)[] = [
  'family',
  'family_child',
  'meeting_series',
  'meeting',
  'agenda_item',
  'hypothesis',
  'hypothesis_status_change',
  'experiment',
  'experiment_follow_up',
  'record_entry',
  'discussion_attendee',
  'family_summary',
  'genogram',
  'timeline_event',
];

export const emptySystemicWork = (): SystemicWorkRows => ({
  family: [],
  family_child: [],
  meeting_series: [],
  meeting: [],
  agenda_item: [],
  hypothesis: [],
  hypothesis_status_change: [],
  experiment: [],
  experiment_follow_up: [],
  record_entry: [],
  discussion_attendee: [],
  family_summary: [],
  genogram: [],
  timeline_event: [],
});

// The families a meeting discusses: twelve, as in the benchmark of issue 4.
const FAMILIES_PER_TEAM = 12;
const PAST_MEETINGS = 3;

const NAMED_SERIES: Record<
  string,
  { weekday: number; startTime: string; place: string; onlineUrl: string | null }
> = {
  'Jyväskylä, tiimi Kangas': {
    weekday: 2,
    startTime: '09:00',
    place: 'Kokoushuone Kangas, Kilpisenkatu 1',
    onlineUrl: null,
  },
  'Jyväskylä, tiimi Harju': { weekday: 3, startTime: '09:00', place: 'Kokoushuone Harju', onlineUrl: null },
  'Pohjoinen tiimi': {
    weekday: 4,
    startTime: '12:30',
    place: 'Äänekosken sosiaaliasema',
    onlineUrl: 'https://meet.example/pohjoinen-tiimi',
  },
  'Eteläinen tiimi': { weekday: 1, startTime: '13:00', place: 'Jämsän sosiaalitoimisto', onlineUrl: null },
};
const SHOWCASE_TEAM = 'Jyväskylä, tiimi Kangas';
const SHOWCASE_WORKER = 'anna.virtanen';

const dilemmas = [
  'Miten saamme isän mukaan työskentelyyn?',
  'Riittääkö avohuollon tuki, vai tarvitaanko enemmän?',
  'Miten puhua nuoren kanssa päihteistä niin, että hän kuulee?',
  'Miten tukea äitiä, joka kokee, ettei häntä kuulla?',
  'Koulunkäynti on katkennut – mistä aloittaa?',
  'Vanhempien riidat ja lasten tapaamiset: miten rauhoittaa tilanne?',
  'Miten lapsen oma ääni saadaan kuuluviin?',
  'Isovanhemmat perheen tukena – voimavara vai kuormitus?',
];
const concerns = [
  'Koulupoissaoloja on kertynyt yli 60 tuntia tällä jaksolla.',
  'Naapurit ovat soittaneet poliisin kahdesti riitelyn takia.',
  'Nuori on ollut poissa kotoa viikonloppuöinä.',
  'Äiti kertoo uupumuksesta ja unettomuudesta.',
  'Lapsi on kertonut koulussa pelkäävänsä isän humalaa.',
  'Neuvola on huolissaan vauvan painonnoususta.',
];
const hypotheses = [
  'Lapsen oireilu kannattelee vanhempien yhteistä huolta ja pitää heidät yhdessä.',
  'Äidin väsymys näkyy lapsen oireiluna: lapsi huolehtii äidistä.',
  'Nuori hakee poissaololla paikkaa, jossa hänet nähdään.',
  'Perheen tukiverkko on ohentunut muuton jälkeen.',
  'Isän vetäytyminen on suojautumista syyllisyydeltä.',
  'Koulun ja kodin luottamus on katkennut, ja lapsi on jäänyt väliin.',
];
const perspectives = [
  'Perheessä puhutaan paljon säännöistä ja vähän siitä, mitä kukin toivoo.',
  'Kotikäynneillä lapsi hakeutuu äidin viereen aina, kun isä tulee huoneeseen.',
  'Huoli on tullut meille koululta; perheen oma huoli on toinen.',
  'Vanhemmilla on yhteinen toive: että lapsella olisi kavereita.',
];
const experiments = [
  {
    action: 'Perhetyöntekijä tulee aamuisin kouluun lähtöön kahtena päivänä viikossa',
    who: 'Perhetyöntekijä ja lapsi',
  },
  { action: 'Vanhemmat sopivat yhden illan viikossa, jolloin ei puhuta koulusta', who: 'Vanhemmat' },
  { action: 'Nuori valitsee itse, missä tapaamme seuraavan kerran', who: 'Nuori ja sosiaalityöntekijä' },
  { action: 'Äiti kirjaa joka ilta yhden asian, joka meni hyvin', who: 'Äiti' },
  { action: 'Soitetaan isälle ennen verkostoa ja kysytään hänen huolestaan', who: 'Sosiaalityöntekijä' },
  { action: 'Mummo hakee lapset koulusta tiistaisin', who: 'Mummo' },
];
const happenings = [
  'Kokeilu toteutui kolmena kertana neljästä. Aamut sujuivat rauhallisemmin.',
  'Kokeilu jäi kesken sairastumisen vuoksi, mutta kerran se onnistui.',
  'Perhe kertoi, että kokeilu toi yllättävän paljon puhetta kotiin.',
];
const learnings = [
  'Pieni muutos arjessa riitti avaamaan keskustelun.',
  'Perhe tarvitsee enemmän aikaa; toistetaan ennen kuin päätellään.',
  'Huoli ei ollut siellä, missä luulimme.',
];
const summaries = [
  'Tiimi mietti kanssanne, mikä arjessa auttaa. Sovimme pienestä kokeilusta ja katsomme yhdessä, miten se sujui.',
  'Puhuimme siitä, mikä teillä menee hyvin ja missä tarvitsette apua. Seuraavaksi kokeillaan yhtä uutta asiaa.',
];

interface Member {
  id: string;
  username: string;
  role: string;
}

interface DemoFamily {
  id: string;
  childIds: string[];
  workerId: string;
  workerUsername: string;
}

/** Adds the systemic team work to the generated county; deterministic, from its own seed. */
export function addSystemicWork(county: DemoCounty, options: { referenceDate: LocalDate; seed: number }) {
  const random = new Random(options.seed * 7 + 4);
  const epoch = new Date('2020-01-01T00:00:00Z');
  const id = () => random.uuid(epoch);
  const ref = options.referenceDate;
  const out: SystemicWorkRows = county;

  const usernames = new Map(county.staff_user.map((u) => [u.id, u.username]));
  const membersOf = new Map<string, Member[]>();
  for (const m of county.team_member) {
    membersOf.set(m.team_id, [
      ...(membersOf.get(m.team_id) ?? []),
      { id: m.user_id, username: usernames.get(m.user_id) ?? '', role: m.team_role },
    ]);
  }
  const people = new Map(county.person.map((p) => [p.id, p]));
  const linksOf = new Map<string, (typeof county.family_link)[number][]>();
  for (const l of county.family_link) linksOf.set(l.child_id, [...(linksOf.get(l.child_id) ?? []), l]);

  // The children of each team, as families: siblings share a mother in the generated record.
  const familiesOf = new Map<string, DemoFamily[]>();
  const byMother = new Map<string, DemoFamily>();
  for (const c of county.child_case) {
    if (!c.team_id || (c.phase !== undefined && c.phase !== 'client')) continue;
    const mother = linksOf.get(c.child_id)?.find((l) => l.relation === 'mother')?.person_id ?? c.child_id;
    const known = byMother.get(mother);
    if (known) {
      known.childIds.push(c.child_id);
      continue;
    }
    const family: DemoFamily = {
      id: '',
      childIds: [c.child_id],
      workerId: c.responsible_worker_id ?? '',
      workerUsername: usernames.get(c.responsible_worker_id ?? '') ?? '',
    };
    byMother.set(mother, family);
    familiesOf.set(c.team_id, [...(familiesOf.get(c.team_id) ?? []), family]);
  }

  county.team.forEach((team, teamNo) => {
    const members = membersOf.get(team.id) ?? [];
    const role = (r: string) => members.find((m) => m.role === r) ?? members[0]!;
    const series = NAMED_SERIES[team.name] ?? {
      weekday: 1 + (teamNo % 5),
      startTime: ['09:00', '10:00', '12:30', '13:00'][teamNo % 4]!,
      place: 'Tiimihuone',
      onlineUrl: null,
    };
    const seriesId = id();
    const startsOn = addDays(ref, -180);
    out.meeting_series.push({
      id: seriesId,
      team_id: team.id,
      weekday: series.weekday,
      start_time: series.startTime,
      duration_minutes: 120,
      place: series.place,
      online_url: series.onlineUrl,
      starts_on: startsOn,
      ends_on: null,
      created_by: role('consultant_social_worker').id,
      created_at: startOf(startsOn),
      updated_at: startOf(startsOn),
    });
    const dates = weeklyDates(
      { weekday: series.weekday, startsOn, endsOn: null },
      addDays(ref, -28),
      addDays(ref, 6),
    );
    const past = dates.filter((d) => d < ref).slice(-PAST_MEETINGS);
    const next = dates.find((d) => d >= ref)!;
    const meetings = [...past, next].map((date) => {
      const meetingId = id();
      out.meeting.push({
        id: meetingId,
        team_id: team.id,
        series_id: seriesId,
        occurs_on: date,
        date,
        created_at: startOf(addDays(date, -7)),
        updated_at: startOf(addDays(date, -7)),
      });
      return { id: meetingId, date };
    });

    const all = familiesOf.get(team.id) ?? [];
    const showcase = team.name === SHOWCASE_TEAM;
    const chosen = (
      showcase
        ? [
            ...all.filter((f) => f.workerUsername === SHOWCASE_WORKER),
            ...all.filter((f) => f.workerUsername !== SHOWCASE_WORKER),
          ]
        : all
    ).slice(0, FAMILIES_PER_TEAM);
    // The family for the hand-written story: Anna's, with a father who lives elsewhere.
    const story = showcase
      ? (chosen.find(
          (f) =>
            f.workerUsername === SHOWCASE_WORKER &&
            linksOf.get(f.childIds[0]!)?.some((l) => l.relation === 'father' && !l.lives_with_child),
        ) ?? chosen[0])
      : undefined;

    chosen.forEach((family, k) => {
      family.id = id();
      out.family.push({
        id: family.id,
        child_ids: family.childIds,
        created_by: family.workerId,
        created_at: startOf(past[0]!),
        updated_at: startOf(past[0]!),
      });
      for (const childId of family.childIds)
        out.family_child.push({ child_id: childId, family_id: family.id });
      const context = { out, id, random, family, members, role, meetings, teamId: team.id, next };
      if (family === story) writeStory(context, people, linksOf);
      else writeRoutine(context, k, showcase && family.workerUsername === SHOWCASE_WORKER);
      if (family !== story) out.genogram.push(genogramRow(id, family, people, linksOf, next));
    });
  });
}

interface Context {
  out: SystemicWorkRows;
  id: () => string;
  random: Random;
  family: DemoFamily;
  members: Member[];
  role: (r: string) => Member;
  /** The last three meetings, then the next one. */
  meetings: { id: string; date: LocalDate }[];
  teamId: string;
  next: LocalDate;
}

// The start of a Finnish day is costly to work out (Intl), and the county has few distinct days.
const dayStarts = new Map<string, number>();
function startOf(date: LocalDate): Date {
  let ms = dayStarts.get(date);
  if (ms === undefined) {
    ms = helsinkiStartOfDay(date).getTime();
    dayStarts.set(date, ms);
  }
  return new Date(ms);
}

const during = (date: LocalDate, minutes: number) =>
  new Date(startOf(date).getTime() + (9 * 60 + minutes) * 60_000);

function agendaItem(
  c: Context,
  meeting: { id: string; date: LocalDate },
  head: { dilemma: string; concern: string; origin?: 'added' | 'follow_up' },
  position: number,
) {
  const itemId = c.id();
  c.out.agenda_item.push({
    id: itemId,
    meeting_id: meeting.id,
    family_id: c.family.id,
    position,
    origin: head.origin ?? 'added',
    added_by: head.origin === 'follow_up' ? null : c.family.workerId,
    dilemma: head.dilemma,
    visible_concern: head.concern,
    created_at: during(addDays(meeting.date, -3), 0),
    updated_at: during(meeting.date, 30),
    updated_by: c.family.workerId,
  });
  return itemId;
}

function hypothesis(c: Context, itemId: string, date: LocalDate, text: string, authorId: string) {
  const hypothesisId = c.id();
  const at = during(date, 10);
  const row: Insertable<Database['hypothesis']> = {
    id: hypothesisId,
    family_id: c.family.id,
    agenda_item_id: itemId,
    text,
    author_id: authorId,
    created_by: c.role('coordinator').id,
    created_at: at,
    updated_at: at,
    updated_by: c.role('coordinator').id,
  };
  c.out.hypothesis.push(row);
  c.out.hypothesis_status_change.push({
    id: c.id(),
    hypothesis_id: hypothesisId,
    family_id: c.family.id,
    agenda_item_id: itemId,
    status: 'open',
    changed_by: c.role('coordinator').id,
    changed_at: at,
  });
  return row;
}

function changeStatus(
  c: Context,
  row: Insertable<Database['hypothesis']>,
  itemId: string,
  date: LocalDate,
  status: 'supported' | 'set_aside',
  reason: string,
) {
  row.status = status;
  row.status_reason = reason;
  row.version = 2;
  row.updated_at = during(date, 20);
  c.out.hypothesis_status_change.push({
    id: c.id(),
    hypothesis_id: row.id,
    family_id: c.family.id,
    agenda_item_id: itemId,
    status,
    reason,
    changed_by: c.family.workerId,
    changed_at: during(date, 20),
  });
}

function entry(
  c: Context,
  itemId: string,
  date: LocalDate,
  e: {
    kind: 'perspective' | 'family_voice' | 'decision';
    text: string;
    author?: Member;
    speaker?: { personId: string | null; label: string };
  },
) {
  c.out.record_entry.push({
    id: c.id(),
    family_id: c.family.id,
    agenda_item_id: itemId,
    kind: e.kind,
    text: e.text,
    author_id: e.author?.id ?? null,
    team_role: (e.author?.role as Insertable<Database['record_entry']>['team_role']) ?? null,
    speaker_person_id: e.speaker?.personId ?? null,
    speaker_label: e.speaker?.label ?? '',
    created_by: c.family.workerId,
    created_at: during(date, 40),
    updated_at: during(date, 40),
    updated_by: c.family.workerId,
  });
}

function experiment(
  c: Context,
  itemId: string,
  date: LocalDate,
  e: { action: string; who: string; followUpOn: LocalDate; hypothesisId?: string; ownerId?: string },
) {
  const row: Insertable<Database['experiment']> = {
    id: c.id(),
    family_id: c.family.id,
    agenda_item_id: itemId,
    team_id: c.teamId,
    hypothesis_id: e.hypothesisId ?? null,
    action: e.action,
    who: e.who,
    owner_id: e.ownerId ?? null,
    follow_up_on: e.followUpOn,
    created_by: c.family.workerId,
    created_at: during(date, 50),
    updated_at: during(date, 50),
    updated_by: c.family.workerId,
  };
  c.out.experiment.push(row);
  return row;
}

function followUp(
  c: Context,
  row: Insertable<Database['experiment']>,
  itemId: string,
  date: LocalDate,
  f: { happened: string; learned: string; next: LocalDate | null },
) {
  c.out.experiment_follow_up.push({
    id: c.id(),
    experiment_id: row.id,
    family_id: c.family.id,
    agenda_item_id: itemId,
    what_happened: f.happened,
    what_we_learned: f.learned,
    outcome: f.next ? 'continue' : 'conclude',
    next_follow_up_on: f.next,
    recorded_by: c.family.workerId,
    recorded_at: during(date, 15),
  });
  if (f.next) row.follow_up_on = f.next;
  else row.status = 'concluded';
  row.version = (row.version ?? 1) + 1;
  row.updated_at = during(date, 15);
}

function summary(c: Context, itemId: string, date: LocalDate, text: string, shared: boolean) {
  c.out.family_summary.push({
    agenda_item_id: itemId,
    family_id: c.family.id,
    text,
    shared_with_family: shared,
    shared_at: shared ? during(date, 90) : null,
    shared_by: shared ? c.family.workerId : null,
    created_at: during(date, 80),
    updated_at: during(date, shared ? 90 : 80),
    updated_by: c.family.workerId,
  });
}

/**
 * The cheap, deterministic record of a generated family: a dilemma and a concern each week, a
 * hypothesis formed and later supported or set aside, perspectives by role, an experiment followed
 * up and concluded, and one open whose follow-up falls on the next meeting or the weeks after.
 */
function writeRoutine(c: Context, k: number, annas: boolean) {
  const [m1, m2, m3, next] = c.meetings as [
    { id: string; date: LocalDate },
    { id: string; date: LocalDate },
    { id: string; date: LocalDate },
    { id: string; date: LocalDate },
  ];
  const pick = <T>(items: readonly T[], n: number) => items[(k + n) % items.length]!;
  const items = [m1, m2, m3].map((m, n) =>
    agendaItem(c, m, { dilemma: pick(dilemmas, n), concern: pick(concerns, n) }, k + 1),
  );
  const therapist = c.role('family_therapist');
  const h1 = hypothesis(c, items[0]!, m1.date, pick(hypotheses, 0), therapist.id);
  const h2 = hypothesis(c, items[1]!, m2.date, pick(hypotheses, 1), c.role('consultant_social_worker').id);
  changeStatus(
    c,
    h1,
    items[1]!,
    m2.date,
    k % 2 === 0 ? 'supported' : 'set_aside',
    k % 2 === 0 ? 'Perheen kertoma tukee tätä.' : 'Kotikäynnillä näkyi toisin.',
  );
  [m1, m2, m3].forEach((m, n) => {
    entry(c, items[n]!, m.date, {
      kind: 'perspective',
      text: pick(perspectives, n),
      author: n === 1 ? c.role('family_worker') : therapist,
    });
  });
  const first = experiment(c, items[0]!, m1.date, {
    ...pick(experiments, 0),
    followUpOn: addDays(m2.date, -1),
    hypothesisId: h1.id,
  });
  followUp(c, first, items[1]!, m2.date, {
    happened: pick(happenings, 0),
    learned: pick(learnings, 0),
    next: null,
  });
  // A third of the families are due at the next meeting; the rest in the weeks after.
  const due = addDays(next.date, 7 * (k % 3));
  experiment(c, items[2]!, m3.date, { ...pick(experiments, 1), followUpOn: due, hypothesisId: h2.id });
  summary(c, items[2]!, m3.date, pick(summaries, 0), k % 2 === 0);
  if (annas && k % 3 === 1) {
    entry(c, items[2]!, m3.date, {
      kind: 'family_voice',
      text: 'Meitä on kuunneltu tällä kertaa.',
      speaker: { personId: null, label: 'Äiti' },
    });
  }
  // Families whose experiment is not due yet are on the next agenda because a member put them there.
  if (due !== next.date) agendaItem(c, next, { dilemma: pick(dilemmas, 3), concern: '' }, k + 1);
}

/**
 * Anna's hand-written family: three meetings in which the team's view of why the child stays home
 * from school moves from the visible problem to the family's mornings, an experiment repeated and
 * concluded, and a new one due at the next meeting. With a genogram of three generations and a
 * timeline of the family's years.
 */
function writeStory(
  c: Context,
  people: Map<string, DemoCounty['person'][number]>,
  linksOf: Map<string, DemoCounty['family_link']>,
) {
  const [m1, m2, m3, next] = c.meetings as [
    { id: string; date: LocalDate },
    { id: string; date: LocalDate },
    { id: string; date: LocalDate },
    { id: string; date: LocalDate },
  ];
  const child = people.get(c.family.childIds[0]!)!;
  const name = child.first_names.split(' ')[0]!;
  const mother = linksOf.get(child.id!)!.find((l) => l.relation === 'mother')!;
  const terhi = c.role('family_therapist');
  const pekka = c.role('family_worker');
  const kaisa = c.role('consultant_social_worker');
  const anna = c.members.find((m) => m.id === c.family.workerId) ?? c.role('social_worker');

  const i1 = agendaItem(
    c,
    m1,
    {
      dilemma: `Miten saamme ${name}n takaisin kouluun ilman, että äiti jää yksin?`,
      concern: `${name} on ollut poissa koulusta kolme viikkoa. Äiti sanoo, ettei jaksa herättää häntä.`,
    },
    1,
  );
  const h1 = hypothesis(
    c,
    i1,
    m1.date,
    `Koulusta poissaolo pitää ${name}n ja äidin lähellä toisiaan ja isän etäällä.`,
    terhi.id,
  );
  const h2 = hypothesis(c, i1, m1.date, `${name} huolehtii äidistä, joka on uupunut vauvan kanssa.`, anna.id);
  entry(c, i1, m1.date, {
    kind: 'perspective',
    author: terhi,
    text: 'Kun puhutaan koulusta, äiti puhuu vauvasta. Ehkä aamut ovat hänelle yksinäisiä.',
  });
  entry(c, i1, m1.date, {
    kind: 'perspective',
    author: pekka,
    text: `Kotikäynnillä ${name} hoiti vauvaa, kun äiti puhui puhelimessa.`,
  });
  const e1 = experiment(c, i1, m1.date, {
    action: `Pekka hakee ${name}n kouluun kahtena aamuna viikossa; äiti saa levätä`,
    who: `Pekka ja ${name}`,
    ownerId: pekka.id,
    hypothesisId: h2.id,
    followUpOn: addDays(m2.date, -1),
  });
  entry(c, i1, m1.date, {
    kind: 'decision',
    text: 'Perhetyö aloitetaan kahtena aamuna viikossa; koulun kanssa sovitaan joustavasta aloituksesta.',
  });

  const i2 = agendaItem(
    c,
    m2,
    {
      dilemma: 'Mitä aamuissa tapahtuu, kun Pekka on paikalla?',
      concern: `${name} kävi koulussa kahtena päivänä viidestä.`,
    },
    1,
  );
  followUp(c, e1, i2, m2.date, {
    happened: `${name} lähti kouluun molempina aamuina, kun Pekka tuli. Äiti nukkui vauvan kanssa.`,
    learned: 'Poissaolo ei ole koulukammoa: aamujen yksinäisyys on raskasta äidille.',
    next: addDays(m3.date, -1),
  });
  changeStatus(c, h2, i2, m2.date, 'supported', `Äiti kertoi itse, että ${name} "pitää huolta hänestä".`);
  changeStatus(
    c,
    h1,
    i2,
    m2.date,
    'set_aside',
    'Isä on ollut mukana aamuisin aina, kun hänellä on vapaapäivä.',
  );
  const h3 = hypothesis(
    c,
    i2,
    m2.date,
    `Perheen arki järjestyy vauvan ehdoilla, ja ${name} jää näkymättömäksi.`,
    kaisa.id,
  );
  c.out.discussion_attendee.push({
    id: c.id(),
    family_id: c.family.id,
    agenda_item_id: i2,
    user_id: null,
    person_id: mother.person_id,
    label: '',
    added_by: anna.id,
    added_at: during(m2.date, 0),
  });
  c.out.discussion_attendee.push({
    id: c.id(),
    family_id: c.family.id,
    agenda_item_id: i2,
    user_id: anna.id,
    person_id: null,
    label: '',
    added_by: anna.id,
    added_at: during(m2.date, 0),
  });
  entry(c, i2, m2.date, {
    kind: 'family_voice',
    text: 'Minä en halua, että hän jää kotiin minun takiani.',
    speaker: { personId: mother.person_id, label: 'Äiti' },
  });

  const i3 = agendaItem(
    c,
    m3,
    {
      dilemma: `Miten ${name} saisi oman paikkansa perheessä?`,
      concern: `${name} on käynyt koulua joka päivä kaksi viikkoa.`,
    },
    1,
  );
  followUp(c, e1, i3, m3.date, {
    happened: 'Aamut ovat sujuneet; kahtena aamuna äiti saattoi itse.',
    learned: 'Toisto auttoi: äiti jaksaa, kun hänen ei tarvitse olla aamuisin yksin.',
    next: null,
  });
  entry(c, i3, m3.date, {
    kind: 'family_voice',
    text: 'Kivaa kun Pekka tulee. Koulussa on ihan ok.',
    speaker: { personId: child.id!, label: name },
  });
  experiment(c, i3, m3.date, {
    action: `Isä ja ${name} viettävät lauantaiaamupäivän kahdestaan ilman vauvaa`,
    who: `Isä ja ${name}`,
    hypothesisId: h3.id,
    followUpOn: next.date,
  });
  entry(c, i3, m3.date, { kind: 'decision', text: 'Perhetyö jatkuu kahtena aamuna viikossa kevään ajan.' });
  summary(
    c,
    i3,
    m3.date,
    `Puhuimme siitä, että aamut ovat teille raskaita. Pekka on tullut aamuisin apuun, ja ${name} on käynyt koulussa joka päivä. Seuraavaksi kokeillaan, että isä ja ${name} viettävät lauantaiaamun kahdestaan.`,
    true,
  );

  c.out.genogram.push({
    family_id: c.family.id,
    document: JSON.stringify(storyGenogram(c, people, linksOf)),
    created_at: during(m1.date, 5),
    updated_at: during(m2.date, 5),
    updated_by: c.role('family_therapist').id,
  });
  const events: [
    LocalDate,
    'day' | 'month' | 'year',
    Insertable<Database['timeline_event']>['kind'],
    string,
    string,
  ][] = [
    [
      `${Number(c.next.slice(0, 4)) - 7}-01-01` as LocalDate,
      'year',
      'loss',
      'Ukki kuoli',
      'Äidin isä kuoli sairauteen. Äiti kertoo, että siitä alkoi väsymys.',
    ],
    [
      `${Number(c.next.slice(0, 4)) - 4}-06-01` as LocalDate,
      'month',
      'other',
      'Vanhemmat erosivat',
      `${name} jäi asumaan äidin kanssa; isä muutti toiselle paikkakunnalle.`,
    ],
    [
      addDays(c.next, -400),
      'day',
      'move',
      'Muutto Keuruulta Jyväskylään',
      'Äiti, uusi puoliso ja lapset muuttivat lähemmäs mummoa.',
    ],
    [addDays(c.next, -150), 'day', 'other', 'Vauva syntyi', `${name}n pikkuveli syntyi.`],
    [
      addDays(m1.date, -2),
      'day',
      'service_started',
      'Perhetyö alkoi',
      'Pekka Järvinen kahtena aamuna viikossa.',
    ],
  ];
  for (const [date, precision, kind, title, description] of events) {
    c.out.timeline_event.push({
      id: c.id(),
      family_id: c.family.id,
      occurred_on: date,
      date_precision: precision,
      kind,
      title,
      description,
      created_by: c.family.workerId,
      created_at: during(m1.date, 60),
      updated_at: during(m1.date, 60),
      updated_by: c.family.workerId,
    });
  }
}

const genogramPerson = (
  id: string,
  p: Partial<GenogramPerson> & Pick<GenogramPerson, 'name' | 'sex'>,
): GenogramPerson => ({
  id,
  personId: null,
  birthYear: null,
  birthDate: null,
  deceased: false,
  deathYear: null,
  note: '',
  ...p,
});

const yearOf = (date: string | null | undefined) => (date ? Number(date.slice(0, 4)) : null);

/** The people of the record as genogram persons: children with their birth date, adults with the year. */
function recordPersons(
  id: () => string,
  family: DemoFamily,
  people: Map<string, DemoCounty['person'][number]>,
  linksOf: Map<string, DemoCounty['family_link']>,
) {
  const byPerson = new Map<string, GenogramPerson>();
  const add = (personId: string, isChild: boolean) => {
    if (byPerson.has(personId)) return;
    const p = people.get(personId)!;
    byPerson.set(
      personId,
      genogramPerson(id(), {
        personId,
        name: `${p.first_names.split(' ')[0]} ${p.last_name}`,
        sex: p.sex ?? 'unknown',
        birthDate: isChild ? (p.birth_date ?? null) : null,
        birthYear: isChild ? null : yearOf(p.birth_date),
      }),
    );
  };
  for (const childId of family.childIds) add(childId, true);
  for (const childId of family.childIds)
    for (const l of linksOf.get(childId) ?? [])
      if (!family.childIds.includes(l.person_id)) add(l.person_id, false);
  return byPerson;
}

/** A genogram drawn from the record, as the draft from the record would propose it. */
function genogramRow(
  id: () => string,
  family: DemoFamily,
  people: Map<string, DemoCounty['person'][number]>,
  linksOf: Map<string, DemoCounty['family_link']>,
  next: LocalDate,
): Insertable<Database['genogram']> {
  const byPerson = recordPersons(id, family, people, linksOf);
  const doc: GenogramDocument = {
    persons: [...byPerson.values()],
    couples: [],
    childLinks: [],
    relationships: [],
    households: [],
  };
  const links = linksOf.get(family.childIds[0]!) ?? [];
  const mother = links.find((l) => l.relation === 'mother');
  const father = links.find((l) => l.relation === 'father');
  const parents =
    mother && father
      ? {
          id: id(),
          partnerA: byPerson.get(mother.person_id)!.id,
          partnerB: byPerson.get(father.person_id)!.id,
        }
      : null;
  if (parents)
    doc.couples.push({
      ...parents,
      kind: father!.lives_with_child ? 'married' : 'divorced',
      fromYear: null,
      toYear: null,
    });
  const step = links.find((l) => l.relation === 'step_parent');
  if (mother && step)
    doc.couples.push({
      id: id(),
      partnerA: byPerson.get(mother.person_id)!.id,
      partnerB: byPerson.get(step.person_id)!.id,
      kind: 'cohabiting',
      fromYear: null,
      toYear: null,
    });
  for (const childId of family.childIds) {
    const child = byPerson.get(childId)!.id;
    if (parents)
      doc.childLinks.push({
        id: id(),
        childId: child,
        coupleId: parents.id,
        parentId: null,
        kind: 'biological',
      });
    else if (mother)
      doc.childLinks.push({
        id: id(),
        childId: child,
        coupleId: null,
        parentId: byPerson.get(mother.person_id)!.id,
        kind: 'biological',
      });
  }
  const home = [
    ...family.childIds.map((c) => byPerson.get(c)!.id),
    ...links
      .filter((l) => l.lives_with_child && !family.childIds.includes(l.person_id))
      .map((l) => byPerson.get(l.person_id)!.id),
  ];
  doc.households.push({ id: id(), label: 'Koti', memberIds: home });
  const at = startOf(addDays(next, -21));
  return {
    family_id: family.id,
    document: JSON.stringify(doc),
    created_at: at,
    updated_at: at,
    updated_by: family.workerId,
  };
}

/**
 * The story family's genogram, about a dozen people over three generations: the mother's parents
 * (her father deceased), the father's parents divorced and his father remarried, the parents
 * divorced and the mother living with a new partner and their baby, the mother's sister fostering
 * a child; a close line from the child to her grandmother, conflict between the father and the
 * mother's partner, the father cut off from his own father.
 */
function storyGenogram(
  c: Context,
  people: Map<string, DemoCounty['person'][number]>,
  linksOf: Map<string, DemoCounty['family_link']>,
): GenogramDocument {
  const byPerson = recordPersons(c.id, c.family, people, linksOf);
  const links = linksOf.get(c.family.childIds[0]!)!;
  const recordOf = (relation: string) => {
    const l = links.find((x) => x.relation === relation);
    return l ? byPerson.get(l.person_id) : undefined;
  };
  const base = parseLocalDate(c.next).slice(0, 4);
  const year = (ago: number) => Number(base) - ago;
  const mother =
    recordOf('mother') ?? genogramPerson(c.id(), { name: 'Äiti', sex: 'female', birthYear: year(35) });
  const father =
    recordOf('father') ?? genogramPerson(c.id(), { name: 'Isä', sex: 'male', birthYear: year(38) });
  const partner =
    recordOf('step_parent') ??
    genogramPerson(c.id(), { name: 'Juha (äidin puoliso)', sex: 'male', birthYear: year(33) });
  const grandma =
    recordOf('grandparent') ??
    genogramPerson(c.id(), { name: 'Mummo (Helka)', sex: 'female', birthYear: year(66) });
  const grandpa = genogramPerson(c.id(), {
    name: 'Ukki (Olavi)',
    sex: 'male',
    birthYear: year(70),
    deceased: true,
    deathYear: year(7),
  });
  const fathersMother = genogramPerson(c.id(), {
    name: 'Isän äiti (Raili)',
    sex: 'female',
    birthYear: year(64),
  });
  const fathersFather = genogramPerson(c.id(), { name: 'Isän isä (Esko)', sex: 'male', birthYear: year(67) });
  const stepGrandma = genogramPerson(c.id(), {
    name: 'Eskon puoliso (Tuula)',
    sex: 'female',
    birthYear: year(60),
  });
  const aunt = genogramPerson(c.id(), { name: 'Täti (Sanna)', sex: 'female', birthYear: year(31) });
  const baby = genogramPerson(c.id(), { name: 'Vauva (Leevi)', sex: 'male', birthYear: year(0) });
  const fosterChild = genogramPerson(c.id(), {
    name: 'Sijaislapsi (Aleksi)',
    sex: 'male',
    birthYear: year(9),
    note: 'Tädin perheessä sijoitettuna',
  });
  const children = c.family.childIds.map((id) => byPerson.get(id)!);
  const others = [...byPerson.values()].filter(
    (p) => ![mother, father, partner, grandma, ...children].includes(p),
  );
  const couple = (
    a: GenogramPerson,
    b: GenogramPerson,
    kind: GenogramDocument['couples'][number]['kind'],
    fromYear: number | null,
    toYear: number | null,
  ) => ({
    id: c.id(),
    partnerA: a.id,
    partnerB: b.id,
    kind,
    fromYear,
    toYear,
  });
  const mothersParents = couple(grandma, grandpa, 'married', year(40), null);
  const fathersParents = couple(fathersMother, fathersFather, 'divorced', year(42), year(25));
  const remarriage = couple(fathersFather, stepGrandma, 'married', year(20), null);
  const parents = couple(mother, father, 'divorced', year(14), year(4));
  const newFamily = couple(mother, partner, 'cohabiting', year(3), null);
  const link = (
    child: GenogramPerson,
    coupleId: string | null,
    parentId: string | null,
    kind: 'biological' | 'foster' = 'biological',
  ) => ({
    id: c.id(),
    childId: child.id,
    coupleId,
    parentId,
    kind,
  });
  const line = (
    from: GenogramPerson,
    to: GenogramPerson,
    kind: GenogramDocument['relationships'][number]['kind'],
    note = '',
  ) => ({
    id: c.id(),
    fromId: from.id,
    toId: to.id,
    kind,
    note,
  });
  return {
    persons: [
      grandma,
      grandpa,
      fathersMother,
      fathersFather,
      stepGrandma,
      mother,
      father,
      partner,
      aunt,
      ...children,
      baby,
      fosterChild,
      ...others,
    ],
    couples: [mothersParents, fathersParents, remarriage, parents, newFamily],
    childLinks: [
      link(mother, mothersParents.id, null),
      link(aunt, mothersParents.id, null),
      link(father, fathersParents.id, null),
      ...children.map((child) => link(child, parents.id, null)),
      link(baby, newFamily.id, null),
      link(fosterChild, null, aunt.id, 'foster'),
    ],
    relationships: [
      line(children[0]!, grandma, 'close', 'Mummo on turvallinen aikuinen'),
      line(father, partner, 'conflicted'),
      line(father, fathersFather, 'cut_off'),
      line(mother, aunt, 'close'),
      line(children[0]!, father, 'distant'),
    ],
    households: [
      {
        id: c.id(),
        label: 'Äidin koti',
        memberIds: [mother.id, partner.id, ...children.map((x) => x.id), baby.id],
      },
      { id: c.id(), label: 'Tädin koti', memberIds: [aunt.id, fosterChild.id] },
      { id: c.id(), label: 'Isän koti', memberIds: [father.id] },
    ],
  };
}
