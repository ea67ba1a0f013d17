import {
  addDays,
  addWorkingDays,
  helsinkiStartOfDay,
  type LocalDate,
  type NetworkMapDocument,
  type Region,
} from '@lumo/domain';
import type { Insertable } from 'kysely';
import type { Database } from '../platform/schema';
import type { DemoCounty } from './generate';
import { menNames, surnames, womenNames } from './names';
import { Random } from './random';

/**
 * The agency network of the demo: the partnership register of the four regions, deliberately
 * uneven (the cities have what the small municipalities lack, and the coverage view shows it), the
 * collaboration models agreed with partners, the county's action cards for the multi-agency
 * assessment, named partner professionals and a development coordinator, and multi-agency
 * assessments: Anna Virtanen's showcase, with its network map in two versions, and at scale one in
 * every 25 assessments under way with eight partners' contributions (the benchmark opens those).
 */

type Rows<T extends keyof Database> = Insertable<Database[T]>[];

export interface AgencyNetworkRows {
  partner_organisation: Rows<'partner_organisation'>;
  partner_service: Rows<'partner_service'>;
  partner_service_area: Rows<'partner_service_area'>;
  partner_contact: Rows<'partner_contact'>;
  collaboration_model: Rows<'collaboration_model'>;
  action_card: Rows<'action_card'>;
  consent: Rows<'consent'>;
  network_map_version: Rows<'network_map_version'>;
  multiagency_assessment: Rows<'multiagency_assessment'>;
  multiagency_task: Rows<'multiagency_task'>;
  multiagency_contribution: Rows<'multiagency_contribution'>;
  network_meeting: Rows<'network_meeting'>;
  multiagency_summary: Rows<'multiagency_summary'>;
}

/**
 * In the order they are written, after the county's staff, children and relationships. The partner
 * relationships themselves go with the other relationships; those on a consent reference it, so the
 * consents go in before them (see seed.ts).
 */
export const agencyNetworkTables: (keyof AgencyNetworkRows)[] = [
  'partner_organisation',
  'partner_service',
  'partner_service_area',
  'partner_contact',
  'collaboration_model',
  'action_card',
  'network_map_version',
  'multiagency_assessment',
  'multiagency_task',
  'multiagency_contribution',
  'network_meeting',
  'multiagency_summary',
];

export const emptyAgencyNetwork = (): AgencyNetworkRows => ({
  partner_organisation: [],
  partner_service: [],
  partner_service_area: [],
  partner_contact: [],
  collaboration_model: [],
  action_card: [],
  consent: [],
  network_map_version: [],
  multiagency_assessment: [],
  multiagency_task: [],
  multiagency_contribution: [],
  network_meeting: [],
  multiagency_summary: [],
});

/** The demo's partner professionals and development coordinator (README: demo accounts). */
export const DEMO_CURATOR = 'minna.koivisto';
export const DEMO_NURSE = 'heidi.laitinen';
export const DEMO_DEVELOPER = 'outi.hyvonen';

type Size = 'city' | 'town' | 'small';
/** The municipalities of the four regions (as migration 0020 has them) by the size of their services. */
const places: { code: string; name: string; region: Region; size: Size }[] = [
  ['491', 'Mikkeli', 'Etelä-Savo', 'city'],
  ['740', 'Savonlinna', 'Etelä-Savo', 'city'],
  ['593', 'Pieksämäki', 'Etelä-Savo', 'town'],
  ['178', 'Juva', 'Etelä-Savo', 'small'],
  ['213', 'Kangasniemi', 'Etelä-Savo', 'small'],
  ['507', 'Mäntyharju', 'Etelä-Savo', 'small'],
  ['097', 'Hirvensalmi', 'Etelä-Savo', 'small'],
  ['046', 'Enonkoski', 'Etelä-Savo', 'small'],
  ['588', 'Pertunmaa', 'Etelä-Savo', 'small'],
  ['623', 'Puumala', 'Etelä-Savo', 'small'],
  ['681', 'Rantasalmi', 'Etelä-Savo', 'small'],
  ['768', 'Sulkava', 'Etelä-Savo', 'small'],
  ['179', 'Jyväskylä', 'Keski-Suomi', 'city'],
  ['182', 'Jämsä', 'Keski-Suomi', 'town'],
  ['410', 'Laukaa', 'Keski-Suomi', 'town'],
  ['992', 'Äänekoski', 'Keski-Suomi', 'town'],
  ['500', 'Muurame', 'Keski-Suomi', 'town'],
  ['249', 'Keuruu', 'Keski-Suomi', 'town'],
  ['729', 'Saarijärvi', 'Keski-Suomi', 'town'],
  ['931', 'Viitasaari', 'Keski-Suomi', 'small'],
  ['077', 'Hankasalmi', 'Keski-Suomi', 'small'],
  ['172', 'Joutsa', 'Keski-Suomi', 'small'],
  ['226', 'Karstula', 'Keski-Suomi', 'small'],
  ['592', 'Petäjävesi', 'Keski-Suomi', 'small'],
  ['601', 'Pihtipudas', 'Keski-Suomi', 'small'],
  ['892', 'Uurainen', 'Keski-Suomi', 'small'],
  ['275', 'Konnevesi', 'Keski-Suomi', 'small'],
  ['850', 'Toivakka', 'Keski-Suomi', 'small'],
  ['495', 'Multia', 'Keski-Suomi', 'small'],
  ['256', 'Kinnula', 'Keski-Suomi', 'small'],
  ['216', 'Kannonkoski', 'Keski-Suomi', 'small'],
  ['312', 'Kyyjärvi', 'Keski-Suomi', 'small'],
  ['265', 'Kivijärvi', 'Keski-Suomi', 'small'],
  ['414', 'Luhanka', 'Keski-Suomi', 'small'],
  ['167', 'Joensuu', 'Pohjois-Karjala', 'city'],
  ['276', 'Kontiolahti', 'Pohjois-Karjala', 'town'],
  ['426', 'Liperi', 'Pohjois-Karjala', 'town'],
  ['422', 'Lieksa', 'Pohjois-Karjala', 'town'],
  ['260', 'Kitee', 'Pohjois-Karjala', 'town'],
  ['541', 'Nurmes', 'Pohjois-Karjala', 'small'],
  ['309', 'Outokumpu', 'Pohjois-Karjala', 'small'],
  ['176', 'Juuka', 'Pohjois-Karjala', 'small'],
  ['146', 'Ilomantsi', 'Pohjois-Karjala', 'small'],
  ['607', 'Polvijärvi', 'Pohjois-Karjala', 'small'],
  ['848', 'Tohmajärvi', 'Pohjois-Karjala', 'small'],
  ['707', 'Rääkkylä', 'Pohjois-Karjala', 'small'],
  ['090', 'Heinävesi', 'Pohjois-Karjala', 'small'],
  ['297', 'Kuopio', 'Pohjois-Savo', 'city'],
  ['140', 'Iisalmi', 'Pohjois-Savo', 'town'],
  ['915', 'Varkaus', 'Pohjois-Savo', 'town'],
  ['749', 'Siilinjärvi', 'Pohjois-Savo', 'town'],
  ['420', 'Leppävirta', 'Pohjois-Savo', 'small'],
  ['778', 'Suonenjoki', 'Pohjois-Savo', 'small'],
  ['402', 'Lapinlahti', 'Pohjois-Savo', 'small'],
  ['263', 'Kiuruvesi', 'Pohjois-Savo', 'small'],
  ['171', 'Joroinen', 'Pohjois-Savo', 'small'],
  ['595', 'Pielavesi', 'Pohjois-Savo', 'small'],
  ['762', 'Sonkajärvi', 'Pohjois-Savo', 'small'],
  ['925', 'Vieremä', 'Pohjois-Savo', 'small'],
  ['686', 'Rautalampi', 'Pohjois-Savo', 'small'],
  ['857', 'Tuusniemi', 'Pohjois-Savo', 'small'],
  ['204', 'Kaavi', 'Pohjois-Savo', 'small'],
  ['239', 'Keitele', 'Pohjois-Savo', 'small'],
  ['921', 'Vesanto', 'Pohjois-Savo', 'small'],
  ['844', 'Tervo', 'Pohjois-Savo', 'small'],
  ['687', 'Rautavaara', 'Pohjois-Savo', 'small'],
].map(([code, name, region, size]) => ({
  code: code!,
  name: name!,
  region: region as Region,
  size: size as Size,
}));

const regionGenitive: Record<Region, string> = {
  'Etelä-Savo': 'Etelä-Savon',
  'Keski-Suomi': 'Keski-Suomen',
  'Pohjois-Karjala': 'Pohjois-Karjalan',
  'Pohjois-Savo': 'Pohjois-Savon',
};

/**
 * The wellbeing services counties' specialised services, where they are and whom they serve. The
 * hubs serve their neighbours; the remote municipalities are left out on purpose: those are the gaps.
 */
const hubs: { type: string; name: string; at: string; serves: string[] | 'region' }[] = [
  {
    type: 'youth_psychiatry',
    name: 'Nuorisopsykiatrian poliklinikka',
    at: '179',
    serves: ['179', '500', '410', '850', '892', '592'],
  },
  {
    type: 'youth_psychiatry',
    name: 'Nuorisopsykiatrian poliklinikka',
    at: '992',
    serves: ['992', '275', '931', '601'],
  },
  {
    type: 'youth_psychiatry',
    name: 'Nuorisopsykiatrian poliklinikka',
    at: '297',
    serves: ['297', '749', '420', '686', '778', '844', '239', '921'],
  },
  {
    type: 'youth_psychiatry',
    name: 'Nuorisopsykiatrian poliklinikka',
    at: '140',
    serves: ['140', '402', '687', '762', '925', '263', '595'],
  },
  {
    type: 'youth_psychiatry',
    name: 'Nuorisopsykiatrian poliklinikka',
    at: '167',
    serves: ['167', '276', '426', '309', '607', '707', '848', '260'],
  },
  {
    type: 'youth_psychiatry',
    name: 'Nuorisopsykiatrian poliklinikka',
    at: '491',
    serves: ['491', '097', '213', '588', '507'],
  },
  {
    type: 'youth_psychiatry',
    name: 'Nuorisopsykiatrian poliklinikka',
    at: '740',
    serves: ['740', '046', '623', '681', '768'],
  },
  { type: 'child_psychiatry', name: 'Lastenpsykiatrian poliklinikka', at: '179', serves: 'region' },
  { type: 'child_psychiatry', name: 'Lastenpsykiatrian poliklinikka', at: '297', serves: 'region' },
  { type: 'child_psychiatry', name: 'Lastenpsykiatrian poliklinikka', at: '167', serves: 'region' },
  {
    type: 'child_psychiatry',
    name: 'Lastenpsykiatrian poliklinikka',
    at: '491',
    serves: ['491', '593', '097', '213', '588', '507', '178'],
  },
  { type: 'family_unit', name: 'Perheyksikkö (LIPSY)', at: '179', serves: ['179', '500', '410'] },
  { type: 'family_unit', name: 'Perheyksikkö (LIPSY)', at: '297', serves: ['297', '749'] },
  {
    type: 'family_counselling',
    name: 'Perheneuvola',
    at: '179',
    serves: ['179', '500', '410', '850', '892', '592', '077'],
  },
  {
    type: 'family_counselling',
    name: 'Perheneuvola',
    at: '182',
    serves: ['182', '249', '495', '172', '414'],
  },
  {
    type: 'family_counselling',
    name: 'Perheneuvola',
    at: '729',
    serves: ['729', '226', '216', '312', '265', '256'],
  },
  { type: 'family_counselling', name: 'Perheneuvola', at: '297', serves: 'region' },
  {
    type: 'family_counselling',
    name: 'Perheneuvola',
    at: '167',
    serves: ['167', '276', '426', '309', '607'],
  },
  { type: 'family_counselling', name: 'Perheneuvola', at: '422', serves: ['422', '541', '176'] },
  { type: 'family_counselling', name: 'Perheneuvola', at: '491', serves: ['491', '593', '097', '213'] },
  { type: 'youth_clinic', name: 'Nuorisoasema', at: '179', serves: ['179', '500', '410'] },
  { type: 'youth_clinic', name: 'Nuorisoasema', at: '297', serves: ['297', '749'] },
  { type: 'youth_clinic', name: 'Nuorisoasema', at: '167', serves: ['167'] },
  { type: 'youth_clinic', name: 'Nuorisoasema', at: '491', serves: ['491'] },
  {
    type: 'substance_abuse_mental_health',
    name: 'Mielenterveys- ja päihdepalvelut',
    at: '179',
    serves: 'region',
  },
  {
    type: 'substance_abuse_mental_health',
    name: 'Mielenterveys- ja päihdepalvelut',
    at: '297',
    serves: 'region',
  },
  {
    type: 'substance_abuse_mental_health',
    name: 'Mielenterveys- ja päihdepalvelut',
    at: '167',
    serves: 'region',
  },
  {
    type: 'substance_abuse_mental_health',
    name: 'Mielenterveys- ja päihdepalvelut',
    at: '491',
    serves: ['491', '740', '593', '178', '507'],
  },
  { type: 'disability_services', name: 'Vammaispalvelut', at: '179', serves: 'region' },
  { type: 'disability_services', name: 'Vammaispalvelut', at: '297', serves: 'region' },
  { type: 'disability_services', name: 'Vammaispalvelut', at: '167', serves: 'region' },
  { type: 'disability_services', name: 'Vammaispalvelut', at: '491', serves: ['491', '740', '593'] },
];

const schoolStems = [
  'Keskustan',
  'Kuokkalan',
  'Mäntylän',
  'Rantakylän',
  'Kirkonkylän',
  'Harjun',
  'Lehtolan',
  'Koivulan',
  'Mäkelän',
  'Järvelän',
  'Pohjolan',
  'Rinteen',
  'Niemen',
  'Peltolan',
  'Hakalan',
  'Honkalan',
];

const ascii = (s: string) =>
  s
    .toLocaleLowerCase('fi')
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z]/g, '');

const cards: {
  phase: 'preparation' | 'invitations' | 'contributions' | 'joint_meeting' | 'summary_feedback';
  title: string;
  instructions: string;
  titleSv: string;
  instructionsSv: string;
  owner: 'responsible_worker' | 'team' | 'partners' | 'family' | 'coordinator';
  days: number;
}[] = [
  {
    phase: 'preparation',
    title: 'Kysy lapselta ja perheeltä, keitä verkostoon kuuluu',
    instructions:
      'Piirrä verkostokartta yhdessä perheen kanssa. Sovi, keiltä näkemys pyydetään ja millä perusteella.',
    titleSv: 'Fråga barnet och familjen vilka som hör till nätverket',
    instructionsSv:
      'Rita nätverkskartan tillsammans med familjen. Kom överens om vems syn som begärs och på vilken grund.',
    owner: 'responsible_worker',
    days: 3,
  },
  {
    phase: 'preparation',
    title: 'Kirjaa suostumukset tai lakiperuste',
    instructions:
      'Huoltajan (tai 12 vuotta täyttäneen lapsen) suostumus kirjataan organisaatioittain; ilman sitä käytä lakiperustetta.',
    titleSv: 'Anteckna samtyckena eller den lagliga grunden',
    instructionsSv:
      'Vårdnadshavarens (eller ett barns som fyllt 12 år) samtycke antecknas per organisation; utan samtycke används en laglig grund.',
    owner: 'responsible_worker',
    days: 3,
  },
  {
    phase: 'invitations',
    title: 'Kutsu kumppanit arviointiin',
    instructions: 'Avaa vain ne osiot, joita kumppanin tehtävä vaatii, ja vain arvioinnin ajaksi.',
    titleSv: 'Bjud in samarbetsparterna till bedömningen',
    instructionsSv: 'Öppna bara de delar som partens uppgift kräver, och bara för bedömningens tid.',
    owner: 'responsible_worker',
    days: 5,
  },
  {
    phase: 'contributions',
    title: 'Kumppanien näkemykset',
    instructions: 'Havainnot, huolet, lapsen vahvuudet ja ehdotettu tuki kirjataan Lumoon.',
    titleSv: 'Samarbetsparternas synpunkter',
    instructionsSv: 'Iakttagelser, farhågor, barnets styrkor och föreslaget stöd antecknas i Lumo.',
    owner: 'partners',
    days: 15,
  },
  {
    phase: 'joint_meeting',
    title: 'Yhteinen verkostopalaveri',
    instructions: 'Lapsen ja perheen näkemys ensin. Kirjaa läsnäolijat ja sovitut seuraavat askeleet.',
    titleSv: 'Gemensamt nätverksmöte',
    instructionsSv:
      'Barnets och familjens syn först. Anteckna de närvarande och de överenskomna nästa stegen.',
    owner: 'team',
    days: 20,
  },
  {
    phase: 'summary_feedback',
    title: 'Yhteenveto ja palaute verkostolle',
    instructions: 'Kokoa näkökulmat rinnakkain ja jaa yhteenveto kumppaneille.',
    titleSv: 'Sammanfattning och respons till nätverket',
    instructionsSv: 'Ställ synpunkterna sida vid sida och dela sammanfattningen med samarbetsparterna.',
    owner: 'responsible_worker',
    days: 25,
  },
];

const models: {
  name: string;
  nameSv: string;
  description: string;
  region: Region | null;
  at: string | null;
  types: string[];
  steps: { title: string; owner: string; actionCard: string }[];
}[] = [
  {
    name: 'Koulun ja lastensuojelun yhteistyö',
    nameSv: 'Samarbete mellan skolan och barnskyddet',
    description: 'Kun koulussa herää huoli oppilaasta: kuka tekee mitä ja missä ajassa.',
    region: 'Keski-Suomi',
    at: '179',
    types: ['school', 'school_health_care'],
    steps: [
      {
        title: 'Huoli herää koulussa',
        owner: 'Opettaja tai koulukuraattori',
        actionCard: 'Keskustele oppilaan ja huoltajan kanssa. Kirjaa huoli oppilashuollon kertomukseen.',
      },
      {
        title: 'Lastensuojeluilmoitus',
        owner: 'Koulukuraattori',
        actionCard:
          'Ilmoitusvelvollisuus (LSL 25 §) on henkilökohtainen. Ilmoita viipymättä; kiireellisessä tilanteessa puhelimitse päivystykseen.',
      },
      {
        title: 'Yhteinen arviointi',
        owner: 'Vastuusosiaalityöntekijä',
        actionCard:
          'Kutsu koulun edustaja monialaiseen palvelutarpeen arviointiin seitsemän arkipäivän kuluessa.',
      },
      {
        title: 'Palaute koululle',
        owner: 'Vastuusosiaalityöntekijä',
        actionCard:
          'Kerro ilmoittajalle, onko asia johtanut toimenpiteisiin, kun se on lapsen edun mukaista.',
      },
    ],
  },
  {
    name: 'LASTA: lapsiin kohdistuvien rikosten yhteistyö',
    nameSv: 'LASTA: samarbete vid brott mot barn',
    description:
      'Poliisin, syyttäjän, lastensuojelun ja terveydenhuollon yhteinen toimintamalli epäiltäessä väkivaltaa tai seksuaalirikosta.',
    region: null,
    at: null,
    types: ['police', 'prosecutor', 'child_psychiatry'],
    steps: [
      {
        title: 'Epäily rikoksesta',
        owner: 'Sosiaalityöntekijä',
        actionCard: 'Tee ilmoitus poliisille (LSL 25 § 3 mom.). Älä haastattele lasta itse tapahtumista.',
      },
      {
        title: 'LASTA-palaveri',
        owner: 'LASTA-koordinaattori',
        actionCard:
          'Poliisi, syyttäjä, lastensuojelu ja terveydenhuolto arvioivat tilanteen yhdessä vuorokauden kuluessa.',
      },
      {
        title: 'Tutkinta ja tuki',
        owner: 'Poliisi ja vastuusosiaalityöntekijä',
        actionCard: 'Poliisi vastaa tutkinnasta, lastensuojelu lapsen turvallisuudesta ja tuesta.',
      },
    ],
  },
  {
    name: 'Nuorisopsykiatria ja lastensuojelu: yhteinen arvio',
    nameSv: 'Ungdomspsykiatrin och barnskyddet: gemensam bedömning',
    description: 'Kun nuoren psyykkinen oireilu ja kodin tilanne kietoutuvat toisiinsa.',
    region: 'Pohjois-Savo',
    at: '297',
    types: ['youth_psychiatry', 'family_unit'],
    steps: [
      {
        title: 'Konsultaatio',
        owner: 'Vastuusosiaalityöntekijä',
        actionCard: 'Konsultoi nimettömänä asiantuntijapoolia tai poliklinikan sairaanhoitajaa.',
      },
      {
        title: 'Yhteinen tapaaminen perheen kanssa',
        owner: 'Poliklinikka ja tiimi',
        actionCard: 'Perhe kutsutaan yhteiseen tapaamiseen; nuoren oma näkemys kirjataan hänen sanoillaan.',
      },
      {
        title: 'Työnjako',
        owner: 'Poliklinikka',
        actionCard:
          'Sovitaan, kuka vastaa hoidosta ja kuka perheen arjen tuesta, ja milloin tilanne arvioidaan yhdessä.',
      },
    ],
  },
];

export function addAgencyNetwork(
  county: DemoCounty,
  options: { referenceDate: LocalDate; seed: number; passwordHash: string; children: number },
): void {
  const random = new Random(options.seed * 11 + 5);
  const epoch = new Date('2022-01-01T00:00:00Z');
  const id = () => random.uuid(epoch);
  const ref = options.referenceDate;
  const createdAt = helsinkiStartOfDay(addDays(ref, -400));
  const demoCounty = county.organisation.find((o) => o.kind === 'county' && o.region === 'Keski-Suomi');
  if (!demoCounty) return;
  const placeOf = new Map(places.map((p) => [p.code, p]));
  const taken = new Set(county.staff_user.map((s) => s.username));
  const person = (): { first: string; last: string } => {
    const woman = random.chance(0.8);
    return { first: random.pick(woman ? womenNames : menNames), last: random.pick(surnames) };
  };

  const organisation = (name: string, sector: string, region: Region, municipalityCode: string | null) => {
    const oid = id();
    county.organisation.push({
      id: oid,
      kind: 'partner',
      code: null,
      name_fi: name,
      name_sv: name,
      parent_id: null,
      region,
      systemic_training: null,
    });
    county.partner_organisation.push({
      id: oid,
      sector,
      region,
      municipality_code: municipalityCode,
      phone: `0${random.int(13, 17)} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
      email: `kirjaamo@${ascii(name.split(/[ ,]/)[0]!)}.example.invalid`,
      created_at: createdAt,
      updated_at: createdAt,
    });
    return oid;
  };
  const service = (
    organisationId: string,
    type: string,
    name: string,
    region: Region,
    serves: readonly string[],
    address = '',
  ) => {
    const sid = id();
    county.partner_service.push({
      id: sid,
      organisation_id: organisationId,
      service_type: type,
      name_fi: name,
      name_sv: '',
      region,
      address,
      phone: `0${random.int(13, 17)} ${random.int(100, 999)} ${random.int(1000, 9999)}`,
      // Written by the seed from the same words the app writes (refreshServiceSearch).
      search: '',
      created_at: createdAt,
      updated_at: createdAt,
    });
    for (const code of serves) county.partner_service_area.push({ service_id: sid, municipality_code: code });
    return sid;
  };
  const contact = (
    organisationId: string,
    serviceId: string | null,
    title: string,
    who = person(),
    userId: string | null = null,
  ) => {
    county.partner_contact.push({
      id: id(),
      organisation_id: organisationId,
      service_id: serviceId,
      name: `${who.first} ${who.last}`,
      title,
      email: `${ascii(who.first)}.${ascii(who.last)}@example.invalid`,
      user_id: userId,
      created_at: createdAt,
      updated_at: createdAt,
    });
  };
  const account = (
    who: { first: string; last: string; username?: string },
    title: string,
    organisationId: string,
    roles: string[],
  ) => {
    let username = who.username ?? `${ascii(who.first)}.${ascii(who.last)}`;
    for (let n = 2; taken.has(username); n++) username = `${ascii(who.first)}.${ascii(who.last)}${n}`;
    taken.add(username);
    const uid = id();
    county.staff_user.push({
      id: uid,
      username,
      first_name: who.first,
      last_name: who.last,
      title,
      organisation_id: organisationId,
      roles,
      password_hash: options.passwordHash,
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      locked_until: null,
      is_demo: true,
    });
    return uid;
  };

  // Municipal education and youth services: every municipality has schools and early childhood
  // education; the cities and towns have more of them the larger the county, and youth work.
  const perThousand: Record<Size, number> = { city: 0.4, town: 0.1, small: 0.03 };
  const schoolOf = new Map<string, string[]>();
  const municipalOrgOf = new Map<string, string>();
  for (const place of places) {
    const oid = organisation(`${place.name}, sivistyspalvelut`, 'municipality', place.region, place.code);
    municipalOrgOf.set(place.code, oid);
    const units = Math.max(1, Math.round((perThousand[place.size] * options.children) / 1000));
    const schools: string[] = [];
    for (let n = 0; n < units; n++) {
      const stem = schoolStems[n % schoolStems.length]!;
      const round = Math.floor(n / schoolStems.length);
      const name = `${stem} koulu${round ? ` ${round + 1}` : ''}, ${place.name}`;
      const sid = service(oid, 'school', `${name} – oppilashuolto`, place.region, [place.code]);
      schools.push(sid);
      if (n < 2) contact(oid, sid, 'Koulukuraattori');
      service(
        oid,
        'early_childhood_education',
        `${stem} päiväkoti${round ? ` ${round + 1}` : ''}, ${place.name}`,
        place.region,
        [place.code],
      );
    }
    schoolOf.set(place.code, schools);
    if (place.size !== 'small' || random.chance(0.3))
      service(oid, 'youth_services', `Nuorisopalvelut, ${place.name}`, place.region, [place.code]);
  }

  // The wellbeing services counties: school health care everywhere, specialised services at hubs.
  const wellbeingOf = new Map<Region, string>();
  const regions: Region[] = ['Etelä-Savo', 'Keski-Suomi', 'Pohjois-Karjala', 'Pohjois-Savo'];
  const hubServices = new Map<string, string>();
  for (const region of regions) {
    const oid = organisation(
      `${regionGenitive[region]} hyvinvointialue, lapsiperheiden palvelut`,
      'wellbeing_county',
      region,
      null,
    );
    wellbeingOf.set(region, oid);
    const inRegion = places.filter((p) => p.region === region);
    for (const p of inRegion)
      service(oid, 'school_health_care', `Kouluterveydenhuolto, ${p.name}`, region, [p.code]);
  }
  for (const hub of hubs) {
    const at = placeOf.get(hub.at)!;
    const serves =
      hub.serves === 'region' ? places.filter((p) => p.region === at.region).map((p) => p.code) : hub.serves;
    const sid = service(wellbeingOf.get(at.region)!, hub.type, `${hub.name}, ${at.name}`, at.region, serves);
    hubServices.set(`${hub.type}|${hub.at}`, sid);
    contact(
      wellbeingOf.get(at.region)!,
      sid,
      hub.type.includes('psychiatry') ? 'Sairaanhoitaja' : 'Vastaava työntekijä',
    );
  }

  // The state: the police's LASTA work and the prosecutors, over whole regions.
  const police: Record<Region, string> = {
    'Etelä-Savo': 'Itä-Suomen poliisilaitos',
    'Pohjois-Karjala': 'Itä-Suomen poliisilaitos',
    'Pohjois-Savo': 'Itä-Suomen poliisilaitos',
    'Keski-Suomi': 'Sisä-Suomen poliisilaitos',
  };
  const policeOrgs = new Map<string, string>();
  const prosecutors = organisation('Syyttäjälaitos', 'state', 'Keski-Suomi', null);
  for (const region of regions) {
    const name = police[region];
    const oid = policeOrgs.get(name) ?? organisation(name, 'state', region, null);
    policeOrgs.set(name, oid);
    const codes = places.filter((p) => p.region === region).map((p) => p.code);
    const city = places.find((p) => p.region === region && p.size === 'city')!;
    contact(oid, service(oid, 'police', `LASTA-yhteistyö, ${region}`, region, codes), 'Rikoskomisario');
    service(prosecutors, 'prosecutor', `Syyttäjät, ${city.name}`, region, codes);
  }

  // Organisations and parishes in the cities only.
  for (const city of places.filter((p) => p.size === 'city')) {
    const mll = organisation(
      `Mannerheimin Lastensuojeluliitto, ${regionGenitive[city.region]} piiri`,
      'ngo',
      city.region,
      city.code,
    );
    service(mll, 'ngo', `Perhekahvila ja tukihenkilötoiminta, ${city.name}`, city.region, [city.code]);
    if (random.chance(0.6)) {
      const parish = organisation(
        `Evankelis-luterilainen seurakunta, ${city.name}`,
        'parish',
        city.region,
        city.code,
      );
      service(parish, 'parish', `Kirkon perheneuvonta, ${city.name}`, city.region, [city.code]);
    }
  }

  // The named accounts: a school curator in Jyväskylä, a nurse of the youth psychiatry clinic there,
  // and the county's development coordinator; and a pool of partner professionals for the
  // generated multi-agency assessments, each a contact of her service.
  const jyvaskylaSchool = schoolOf.get('179')![0]!;
  const jyvaskylaOrg = municipalOrgOf.get('179')!;
  const ksWellbeing = wellbeingOf.get('Keski-Suomi')!;
  const clinic = hubServices.get('youth_psychiatry|179')!;
  const curator = account(
    { first: 'Minna', last: 'Koivisto', username: DEMO_CURATOR },
    'Koulukuraattori',
    jyvaskylaOrg,
    ['partner'],
  );
  contact(jyvaskylaOrg, jyvaskylaSchool, 'Koulukuraattori', { first: 'Minna', last: 'Koivisto' }, curator);
  const nurse = account(
    { first: 'Heidi', last: 'Laitinen', username: DEMO_NURSE },
    'Sairaanhoitaja',
    ksWellbeing,
    ['partner'],
  );
  contact(ksWellbeing, clinic, 'Sairaanhoitaja', { first: 'Heidi', last: 'Laitinen' }, nurse);
  account(
    { first: 'Outi', last: 'Hyvönen', username: DEMO_DEVELOPER },
    'Kehittämiskoordinaattori',
    demoCounty.id,
    ['development_coordinator'],
  );
  const poolServices = [
    ...schoolOf
      .get('179')!
      .slice(1, 4)
      .map((sid) => ({ sid, org: jyvaskylaOrg, title: 'Koulukuraattori' })),
    ...[...hubServices.entries()]
      .filter(([key]) => key.endsWith('|179'))
      .map(([, sid]) => ({ sid, org: ksWellbeing, title: 'Sairaanhoitaja' })),
    ...places
      .filter((p) => p.region === 'Keski-Suomi' && p.size !== 'small')
      .map((p) => ({
        sid: schoolOf.get(p.code)![0]!,
        org: municipalOrgOf.get(p.code)!,
        title: 'Koulupsykologi',
      })),
  ];
  const pool: { id: string; organisationId: string }[] = [];
  for (let n = 0; n < 24; n++) {
    const at = poolServices[n % poolServices.length]!;
    const who = person();
    const uid = account(who, at.title, at.org, ['partner']);
    contact(at.org, at.sid, at.title, who, uid);
    pool.push({ id: uid, organisationId: at.org });
  }

  // Collaboration models, linked to the partners and services they were agreed with.
  for (const model of models) {
    const services = county.partner_service
      .filter(
        (s) =>
          model.types.includes(s.service_type) &&
          (!model.at ||
            county.partner_service_area.some(
              (a) => a.service_id === s.id && a.municipality_code === model.at,
            )),
      )
      .slice(0, 6);
    county.collaboration_model.push({
      id: id(),
      name_fi: model.name,
      name_sv: model.nameSv,
      description: model.description,
      region: model.region,
      municipality_code: model.at,
      partner_organisation_ids: [...new Set(services.map((s) => s.organisation_id))],
      service_ids: services.map((s) => s.id),
      steps: JSON.stringify(model.steps),
      created_at: createdAt,
      updated_at: createdAt,
    });
  }

  // The county's action cards, copied into each multi-agency assessment's tasks.
  const cardIds = cards.map((card, i) => {
    const cid = id();
    county.action_card.push({
      id: cid,
      county_id: demoCounty.id,
      phase: card.phase,
      position: i + 1,
      title_fi: card.title,
      title_sv: card.titleSv,
      instructions_fi: card.instructions,
      instructions_sv: card.instructionsSv,
      owner: card.owner,
      due_working_days: card.days,
      created_at: createdAt,
      updated_at: createdAt,
    });
    return cid;
  });

  // Multi-agency assessments on assessments under way: Anna Virtanen's first one by hand, then one
  // in every 25 of the others with eight partners of the pool.
  const usernames = new Map(county.staff_user.map((u) => [u.id, u.username]));
  const caseOf = new Map(county.child_case.map((c) => [c.id, c]));
  const guardianOf = new Map<string, string>();
  for (const l of county.family_link)
    if (l.is_guardian && !guardianOf.has(l.child_id)) guardianOf.set(l.child_id, l.person_id);
  const underWay = county.assessment.filter((a) => a.status === 'in_progress');
  const showcase = underWay.find(
    (a) => usernames.get(caseOf.get(a.case_id)?.responsible_worker_id ?? '') === 'anna.virtanen',
  );
  const startedOn = addDays(ref, -6);
  const startedAt = helsinkiStartOfDay(startedOn);
  const validTo = helsinkiStartOfDay(addDays(ref, 61));

  const start = (
    assessment: (typeof underWay)[number],
    workerId: string,
    phase: AgencyNetworkRows['multiagency_assessment'][number]['phase'],
  ) => {
    const mid = id();
    county.multiagency_assessment.push({
      id: mid,
      assessment_id: assessment.id,
      child_id: assessment.child_id,
      phase,
      started_on: startedOn,
      started_by: workerId,
      started_at: startedAt,
      updated_at: startedAt,
    });
    cards.forEach((card, i) => {
      const due = addWorkingDays(startedOn, card.days);
      const done = due < ref && i < 3;
      county.multiagency_task.push({
        id: id(),
        multiagency_id: mid,
        child_id: assessment.child_id,
        card_id: cardIds[i]!,
        phase: card.phase,
        position: i + 1,
        title_fi: card.title,
        title_sv: card.titleSv,
        instructions_fi: card.instructions,
        instructions_sv: card.instructionsSv,
        owner: card.owner,
        due_on: due,
        done_at: done ? helsinkiStartOfDay(due) : null,
        done_by: done ? workerId : null,
        updated_at: startedAt,
      });
    });
    return mid;
  };
  const invite = (
    childId: string,
    partnerId: string,
    workerId: string,
    sections: string[],
    basis: { provision: string } | { consentId: string },
  ) => {
    const rid = id();
    county.access_relationship.push({
      id: rid,
      user_id: partnerId,
      child_id: childId,
      kind: 'partner',
      valid_from: startedAt,
      valid_to: validTo,
      reason: null,
      granted_by: workerId,
      source_id: null,
      sections,
      purpose: 'Monialainen palvelutarpeen arviointi',
      ...('provision' in basis
        ? { legal_basis: 'statutory' as const, provision: basis.provision, provision_detail: '' }
        : { legal_basis: 'consent' as const, consent_id: basis.consentId }),
    });
    return rid;
  };
  const contribute = (
    mid: string,
    childId: string,
    partner: { id: string; organisationId: string },
    relationshipId: string,
    n: number,
    submitted: boolean,
  ) => {
    county.multiagency_contribution.push({
      id: id(),
      multiagency_id: mid,
      child_id: childId,
      author_id: partner.id,
      organisation_id: partner.organisationId,
      relationship_id: relationshipId,
      observations: random.pick(observations),
      concerns: random.pick(concerns),
      strengths: random.pick(strengths),
      proposed_support: random.pick(supports),
      meeting_availability: random.pick([
        'Tiistaisin ja torstaisin iltapäivällä',
        'Maanantaisin aamupäivällä',
        'Sovitaan erikseen',
      ]),
      submitted_at: submitted ? helsinkiStartOfDay(addDays(startedOn, 2 + (n % 4))) : null,
      created_at: helsinkiStartOfDay(addDays(startedOn, 1 + (n % 3))),
      updated_at: helsinkiStartOfDay(addDays(startedOn, 2 + (n % 4))),
    });
  };

  if (showcase) {
    const workerId = caseOf.get(showcase.case_id)!.responsible_worker_id!;
    const childId = showcase.child_id;
    showcase.child_views =
      'Koulussa on välillä kivaa, mutta kotona on riitoja. Toivon, että äiti jaksaisi paremmin.';
    showcase.child_views_method = 'Tapaaminen koululla kuraattorin huoneessa';
    showcase.guardian_views = 'Äiti toivoo apua arkeen ja tukea pojan koulunkäyntiin.';
    const mid = start(showcase, workerId, 'contributions');
    const schoolGrant = invite(childId, curator, workerId, ['basic_facts', 'assessment'], {
      provision: 'lsl_25',
    });
    const guardian = guardianOf.get(childId);
    if (guardian) {
      const consentId = id();
      county.consent.push({
        id: consentId,
        child_id: childId,
        given_by_person_id: guardian,
        giver_role: 'guardian',
        given_on: addDays(ref, -7),
        method: 'written',
        organisation_id: ksWellbeing,
        scopes: ['assessment', 'network_map'],
        purpose: 'Nuorisopsykiatrian poliklinikan näkemys palvelutarpeen arviointiin',
        valid_until: addDays(ref, 60),
        recorded_by: workerId,
        recorded_at: helsinkiStartOfDay(addDays(ref, -7)),
      });
      const clinicGrant = invite(childId, nurse, workerId, ['assessment', 'network_map'], { consentId });
      contribute(mid, childId, { id: nurse, organisationId: ksWellbeing }, clinicGrant, 1, false);
    }
    contribute(mid, childId, { id: curator, organisationId: jyvaskylaOrg }, schoolGrant, 0, true);
    county.network_map_version.push(
      ...showcaseMaps(county, childId, workerId, { school: jyvaskylaSchool, clinic }, ref, id),
    );
  }

  underWay
    .filter((a) => a !== showcase)
    .forEach((assessment, n) => {
      if (n % 25 !== 0) return;
      const workerId = caseOf.get(assessment.case_id)?.responsible_worker_id;
      if (!workerId) return;
      const mid = start(assessment, workerId, 'joint_meeting');
      for (let k = 0; k < 8; k++) {
        const partner = pool[(n / 25 + k * 3) % pool.length]!;
        const rid = invite(assessment.child_id, partner.id, workerId, ['assessment'], {
          provision: random.pick(['shl_41', 'lsl_25', 'lsl_41']),
        });
        contribute(mid, assessment.child_id, partner, rid, k, true);
      }
      county.network_meeting.push({
        id: id(),
        multiagency_id: mid,
        child_id: assessment.child_id,
        held_on: addDays(startedOn, 4),
        start_time: '13:00',
        place: 'Sosiaalitoimisto',
        attendees: JSON.stringify([{ name: 'Huoltaja', role: 'Äiti', organisation: '' }]),
        record: 'Käytiin läpi jokaisen näkemys. Perhe toivoi tukea arkeen.',
        next_steps: JSON.stringify([{ what: 'Perhetyö alkaa', who: 'Tiimi', dueOn: addDays(ref, 10) }]),
        recorded_by: workerId,
        created_at: helsinkiStartOfDay(addDays(startedOn, 4)),
        updated_at: helsinkiStartOfDay(addDays(startedOn, 4)),
      });
    });
}

const observations = [
  'Poissaoloja on ollut syksyn aikana noin viikko kuukaudessa. Tunneilla hän on usein väsynyt.',
  'Vastaanotolla nuori kertoi nukkuvansa huonosti ja olevansa huolissaan äidistään.',
  'Hän on hyvä ryhmässä ja auttaa muita, mutta välitunneilla hän on usein yksin.',
  'Kotikäynnillä arki näytti kuormittuneelta; nuorempi sisarus on pitkälti hänen vastuullaan.',
];
const concerns = [
  'Koulunkäynnin jatkuminen, jos poissaolot lisääntyvät.',
  'Mielialan lasku ja vetäytyminen kavereista.',
  'Vanhemman jaksaminen ja lapsen liian suuri vastuu kotona.',
  'Riitatilanteet kotona ja niiden vaikutus lapsen turvallisuuden tunteeseen.',
];
const strengths = [
  'Pitää liikunnasta ja käy säännöllisesti salibandyharjoituksissa.',
  'Luottaa kuraattoriin ja ottaa itse yhteyttä, kun on vaikeaa.',
  'Isovanhemmat ovat läheisiä ja valmiita auttamaan.',
  'Hyvä lukija ja kiinnostunut luonnosta.',
];
const supports = [
  'Tuen tarpeen arviointi oppilashuollossa ja tukiopetus matematiikkaan.',
  'Nuorisopsykiatrian arviojakso ja vanhemman ohjauskäynnit.',
  'Perhetyö kotiin kahdesti viikossa ja tukiperhe kerran kuukaudessa.',
  'Harrastustoiminnan tuki ja kesätyöpaikan etsiminen yhdessä.',
];

/** The showcase child's network map before and after the multi-agency assessment began. */
function showcaseMaps(
  county: DemoCounty,
  childId: string,
  workerId: string,
  services: { school: string; clinic: string },
  ref: LocalDate,
  id: () => string,
): AgencyNetworkRows['network_map_version'] {
  const child = county.person.find((p) => p.id === childId)!;
  const mother = county.family_link.find((l) => l.child_id === childId && l.relation === 'mother');
  const motherPerson = mother ? county.person.find((p) => p.id === mother.person_id) : undefined;
  const ids = { mother: id(), grandmother: id(), friend: id(), school: id(), clinic: id() };
  const tie = (
    from: string,
    to: string,
    strength: 'strong' | 'moderate' | 'weak',
    stress: 'none' | 'some' | 'high',
    support: 'from_to' | 'to_from' | 'both' | 'none',
  ) => ({
    id: id(),
    from,
    to,
    strength,
    stress,
    support,
    note: '',
  });
  const before: NetworkMapDocument = {
    nodes: [
      {
        id: childId,
        kind: 'child',
        personId: childId,
        serviceId: null,
        name: `${child.first_names} ${child.last_name}`,
        role: '',
        sector: 'family',
        note: '',
      },
      ...(motherPerson
        ? [
            {
              id: ids.mother,
              kind: 'person' as const,
              personId: motherPerson.id,
              serviceId: null,
              name: `${motherPerson.first_names} ${motherPerson.last_name}`,
              role: 'äiti',
              sector: 'family' as const,
              note: '',
            },
          ]
        : []),
      {
        id: ids.grandmother,
        kind: 'person',
        personId: null,
        serviceId: null,
        name: 'Mummo',
        role: 'isoäiti',
        sector: 'relatives',
        note: 'Asuu Muuramessa',
      },
      {
        id: ids.friend,
        kind: 'person',
        personId: null,
        serviceId: null,
        name: 'Paras kaveri',
        role: 'ystävä',
        sector: 'friends',
        note: '',
      },
      {
        id: ids.school,
        kind: 'service',
        personId: null,
        serviceId: services.school,
        name: 'Kuokkalan koulu',
        role: 'koulukuraattori',
        sector: 'school',
        note: '',
      },
    ],
    ties: [
      ...(motherPerson ? [tie(ids.mother, childId, 'moderate', 'high', 'from_to')] : []),
      tie(ids.grandmother, childId, 'strong', 'none', 'both'),
      tie(ids.friend, childId, 'weak', 'none', 'both'),
      tie(ids.school, childId, 'moderate', 'some', 'from_to'),
    ],
  };
  const after: NetworkMapDocument = {
    nodes: [
      ...before.nodes,
      {
        id: ids.clinic,
        kind: 'service',
        personId: null,
        serviceId: services.clinic,
        name: 'Nuorisopsykiatrian poliklinikka',
        role: 'sairaanhoitaja',
        sector: 'health',
        note: '',
      },
    ],
    ties: [
      ...before.ties.map((t) =>
        t.from === ids.school ? { ...t, strength: 'strong' as const, stress: 'none' as const } : t,
      ),
      tie(ids.clinic, childId, 'moderate', 'none', 'from_to'),
      ...(motherPerson ? [tie(ids.grandmother, ids.mother, 'strong', 'some', 'from_to')] : []),
    ],
  };
  return [
    {
      id: id(),
      child_id: childId,
      version: 1,
      document: JSON.stringify(before),
      note: 'Piirretty perheen kanssa',
      saved_by: workerId,
      saved_at: helsinkiStartOfDay(addDays(ref, -10)),
    },
    {
      id: id(),
      child_id: childId,
      version: 2,
      document: JSON.stringify(after),
      note: 'Verkostopalaverin jälkeen',
      saved_by: workerId,
      saved_at: helsinkiStartOfDay(addDays(ref, -2)),
    },
  ];
}
