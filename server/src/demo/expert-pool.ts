import {
  addDays,
  addWorkingDays,
  type Expertise,
  expertises,
  helsinkiStartOfDay,
  type LocalDate,
  type Region,
} from '@lumo/domain';
import type { Insertable } from 'kysely';
import type { Database } from '../platform/schema';
import type { DemoCounty } from './generate';
import { menNames, surnames, womenNames } from './names';
import { Random } from './random';

/**
 * The expert pool of the collaboration area: for every region and expertise two experts, accounts of
 * the region's wellbeing services county (Keski-Suomi's is the demo county itself). One of them,
 * Helena Lappalainen, a child psychiatrist in Pohjois-Savo, signs in to answer; Anna Virtanen has
 * asked her and the pool about three of her children: one answered, one due soon, one in the pool.
 */

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

export interface ExpertPoolRows {
  expert_profile: Rows<'expert_profile'>;
  consultation: Rows<'consultation'>;
  consultation_case: Rows<'consultation_case'>;
}

/** In the order they are written, after the county's staff and children. */
export const expertPoolTables: (keyof ExpertPoolRows)[] = [
  'expert_profile',
  'consultation',
  'consultation_case',
];

export const emptyExpertPool = (): ExpertPoolRows => ({
  expert_profile: [],
  consultation: [],
  consultation_case: [],
});

export const DEMO_EXPERT = 'helena.lappalainen';

const counties: { region: Region; code: string; fi: string; sv: string }[] = [
  { region: 'Etelä-Savo', code: '10', fi: 'Etelä-Savon hyvinvointialue', sv: 'Södra Savolax välfärdsområde' },
  {
    region: 'Pohjois-Savo',
    code: '11',
    fi: 'Pohjois-Savon hyvinvointialue',
    sv: 'Norra Savolax välfärdsområde',
  },
  {
    region: 'Pohjois-Karjala',
    code: '12',
    fi: 'Pohjois-Karjalan hyvinvointialue',
    sv: 'Norra Karelens välfärdsområde',
  },
];

const titles: Record<Expertise, string> = {
  child_psychiatry: 'Lastenpsykiatrian erikoislääkäri',
  youth_psychiatry: 'Nuorisopsykiatrian erikoislääkäri',
  disability: 'Vammaispalvelujen johtava sosiaalityöntekijä',
  substance_abuse: 'Päihdetyön erityisasiantuntija',
  mental_health: 'Psykiatrinen sairaanhoitaja',
  family_therapy: 'Perheterapeutti (VET)',
  law: 'Lakimies',
  child_protection: 'Lastensuojelun erityisasiantuntija',
  early_childhood: 'Varhaiskasvatuksen erityisopettaja',
  education: 'Koulupsykologi',
  trauma: 'Traumapsykoterapeutti',
  multicultural_families: 'Monikulttuurisen työn asiantuntija',
};

const ascii = (s: string) =>
  s
    .toLowerCase()
    .replaceAll('ä', 'a')
    .replaceAll('ö', 'o')
    .replaceAll('å', 'a')
    .replace(/[^a-z]/g, '');

export function addExpertPool(
  county: DemoCounty,
  options: { referenceDate: LocalDate; seed: number; passwordHash: string },
): void {
  const random = new Random(options.seed + 5);
  const epoch = new Date('2021-01-01T00:00:00Z');
  const id = () => random.uuid(epoch);
  const updatedAt = helsinkiStartOfDay(options.referenceDate);
  const demoCounty = county.organisation.find((o) => o.kind === 'county');
  if (!demoCounty) return;
  const organisationOf = new Map<Region, string>([['Keski-Suomi', demoCounty.id]]);
  for (const c of counties) {
    const oid = id();
    organisationOf.set(c.region, oid);
    county.organisation.push({
      id: oid,
      kind: 'county',
      code: c.code,
      name_fi: c.fi,
      name_sv: c.sv,
      parent_id: null,
      region: c.region,
      systemic_training: null,
    });
  }
  const taken = new Set(county.staff_user.map((s) => s.username));
  const addExpert = (
    person: { username?: string; firstName: string; lastName: string },
    region: Region,
    expertise: Expertise[],
    description: string,
  ) => {
    // The pool's generated accounts have a prefix of their own, so they never take a name the demo
    // gives a person of its story.
    const base = person.username ?? `expert.${ascii(person.firstName)}.${ascii(person.lastName)}`;
    let username = base;
    for (let n = 2; taken.has(username); n++) username = `${base}${n}`;
    taken.add(username);
    const uid = id();
    county.staff_user.push({
      id: uid,
      username,
      first_name: person.firstName,
      last_name: person.lastName,
      title: titles[expertise[0]!],
      organisation_id: organisationOf.get(region)!,
      roles: ['consultant_social_worker'],
      password_hash: options.passwordHash,
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      locked_until: null,
      is_demo: true,
    });
    county.expert_profile.push({
      user_id: uid,
      expertise,
      region,
      description,
      available: random.chance(0.9),
      updated_at: updatedAt,
      updated_by: null,
    });
    return uid;
  };

  const helena = addExpert(
    { username: DEMO_EXPERT, firstName: 'Helena', lastName: 'Lappalainen' },
    'Pohjois-Savo',
    ['child_psychiatry', 'trauma'],
    'KYS:n lastenpsykiatria. Ahdistus, traumat ja koulupoissaolot; konsultoi mielellään myös puhelimitse.',
  );
  county.expert_profile.at(-1)!.available = true;
  for (const region of ['Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo'] as const) {
    for (const expertise of expertises) {
      for (let i = 0; i < 2; i++) {
        const woman = random.chance(0.7);
        const second = random.chance(0.3) ? random.pick(expertises.filter((e) => e !== expertise)) : null;
        addExpert(
          { firstName: random.pick(woman ? womenNames : menNames), lastName: random.pick(surnames) },
          region,
          second ? [expertise, second] : [expertise],
          '',
        );
      }
    }
  }

  // Anna Virtanen's consultations about three of her children.
  const anna = county.staff_user.find((s) => s.username === 'anna.virtanen');
  const children = county.access_relationship
    .filter((r) => r.user_id === anna?.id && r.kind === 'responsible')
    .map((r) => r.child_id)
    .slice(0, 3);
  if (!anna || children.length < 3) return;
  const ref = options.referenceDate;
  const at = (day: LocalDate) => new Date(helsinkiStartOfDay(day).getTime() + 10 * 3_600_000);
  const ask = (
    childId: string,
    sentOn: LocalDate,
    fields: {
      expertise: Expertise;
      question: string;
      background: string;
      age: number;
      expertId: string | null;
    },
    answer: { text: string; on: LocalDate } | null,
  ) => {
    const cid = id();
    county.consultation.push({
      id: cid,
      expertise: fields.expertise,
      region: null,
      expert_id: fields.expertId,
      question: fields.question,
      background: fields.background,
      child_age_years: fields.age,
      identifying: false,
      legal_basis: null,
      provision: null,
      consent_id: null,
      asked_by: anna.id,
      sent_at: at(sentOn),
      due_on: addWorkingDays(sentOn, 5),
      taken_at: fields.expertId ? at(sentOn) : null,
      status: answer ? 'answered' : 'open',
      answer: answer?.text ?? null,
      answered_at: answer ? at(answer.on) : null,
      answered_by: answer ? fields.expertId : null,
    });
    county.consultation_case.push({ consultation_id: cid, child_id: childId, asked_by: anna.id });
  };
  const back = (days: number) => addDays(ref, -days);
  ask(
    children[0]!,
    back(14),
    {
      expertise: 'child_psychiatry',
      question:
        'Miten arvioida, tarvitseeko koulusta poissa oleva lapsi lastenpsykiatrisen arvion vai riittääkö koulun ja perhetyön tuki?',
      background:
        'Lapsi on ollut poissa koulusta kolme viikkoa. Vatsakipuja aamuisin, viikonloppuisin ei oireita. Vanhemmat yhteistyöhaluisia.',
      age: 10,
      expertId: helena,
    },
    {
      text: 'Oireiden ajoittuminen kouluaamuihin viittaa ahdistukseen. Suosittelen ensin kouluterveydenhoitajan ja koulupsykologin yhteistä arviota kahden viikon sisällä; jos poissaolot jatkuvat, lähete lastenpsykiatrian konsultaatiopoliklinikalle. Perhetyössä kannattaa tukea vanhempia säännöllisiin aamurutiineihin.',
      on: back(10),
    },
  );
  ask(
    children[1]!,
    back(6),
    {
      expertise: 'child_psychiatry',
      question:
        'Millaisia merkkejä traumaperäisestä stressistä kannattaa seurata 7-vuotiaalla kodin väkivaltatilanteen jälkeen?',
      background:
        'Lapsi näki vanhempien välisen väkivaltatilanteen kuukausi sitten. Nukahtamisvaikeuksia ja takertumista.',
      age: 7,
      expertId: helena,
    },
    null,
  );
  ask(
    children[2]!,
    back(1),
    {
      expertise: 'child_psychiatry',
      question:
        'Miten puhua 14-vuotiaan kanssa itsetuhoisista ajatuksista, joita hän on kertonut kaverilleen?',
      background: 'Nuori ei ole aiemmin ollut psykiatrisessa hoidossa. Huoltaja on tietoinen ja huolissaan.',
      age: 14,
      expertId: null,
    },
    null,
  );
}
