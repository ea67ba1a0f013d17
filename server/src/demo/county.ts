/**
 * The Keski-Suomi wellbeing services county: its municipalities with their population (2023,
 * rounded), a postal code, and whether their child protection had been trained in the systemic
 * model by 2021 (seeds/004).
 */
export const keskiSuomiMunicipalities = [
  { name: 'Jyväskylä', code: '179', population: 146_000, postalCode: '40100', trained: true },
  { name: 'Jämsä', code: '182', population: 19_600, postalCode: '42100', trained: false },
  { name: 'Laukaa', code: '410', population: 19_000, postalCode: '41340', trained: true },
  { name: 'Äänekoski', code: '992', population: 18_300, postalCode: '44100', trained: false },
  { name: 'Muurame', code: '500', population: 10_100, postalCode: '40950', trained: true },
  { name: 'Keuruu', code: '249', population: 9_400, postalCode: '42700', trained: true },
  { name: 'Saarijärvi', code: '729', population: 9_300, postalCode: '43100', trained: true },
  { name: 'Viitasaari', code: '931', population: 6_000, postalCode: '44500', trained: true },
  { name: 'Hankasalmi', code: '077', population: 4_700, postalCode: '41520', trained: false },
  { name: 'Joutsa', code: '172', population: 4_400, postalCode: '19650', trained: false },
  { name: 'Karstula', code: '226', population: 3_900, postalCode: '43500', trained: true },
  { name: 'Petäjävesi', code: '592', population: 3_800, postalCode: '41900', trained: false },
  { name: 'Pihtipudas', code: '601', population: 3_800, postalCode: '44800', trained: true },
  { name: 'Uurainen', code: '892', population: 3_500, postalCode: '41230', trained: false },
  { name: 'Konnevesi', code: '275', population: 2_600, postalCode: '44300', trained: false },
  { name: 'Toivakka', code: '850', population: 2_400, postalCode: '41660', trained: false },
  { name: 'Multia', code: '495', population: 1_600, postalCode: '42600', trained: false },
  { name: 'Kinnula', code: '256', population: 1_600, postalCode: '43900', trained: false },
  { name: 'Kannonkoski', code: '216', population: 1_300, postalCode: '43300', trained: true },
  { name: 'Kyyjärvi', code: '312', population: 1_300, postalCode: '43700', trained: true },
  { name: 'Kivijärvi', code: '265', population: 1_100, postalCode: '43800', trained: true },
  { name: 'Luhanka', code: '414', population: 700, postalCode: '19950', trained: false },
] as const;

export type MunicipalityName = (typeof keskiSuomiMunicipalities)[number]['name'];

/** Swedish names where they differ from the Finnish ones. */
export const swedishNames: Partial<Record<MunicipalityName, string>> = {};

export interface DemoStaff {
  username: string;
  firstName: string;
  lastName: string;
  role: 'consultant_social_worker' | 'social_worker' | 'family_therapist' | 'family_worker' | 'coordinator';
}

export interface DemoTeam {
  name: string;
  municipalities: MunicipalityName[];
  lead: 'leena.lehtonen' | 'matti.karjalainen';
  members: DemoStaff[];
}

/** The named teams and people of the demo; the README lists them as the demo accounts. */
export const demoTeams: DemoTeam[] = [
  {
    name: 'Jyväskylä, tiimi Kangas',
    municipalities: ['Jyväskylä'],
    lead: 'leena.lehtonen',
    members: [
      { username: 'kaisa.makela', firstName: 'Kaisa', lastName: 'Mäkelä', role: 'consultant_social_worker' },
      { username: 'anna.virtanen', firstName: 'Anna', lastName: 'Virtanen', role: 'social_worker' },
      { username: 'mikko.laine', firstName: 'Mikko', lastName: 'Laine', role: 'social_worker' },
      { username: 'sari.heikkinen', firstName: 'Sari', lastName: 'Heikkinen', role: 'social_worker' },
      { username: 'terhi.koskinen', firstName: 'Terhi', lastName: 'Koskinen', role: 'family_therapist' },
      { username: 'pekka.jarvinen', firstName: 'Pekka', lastName: 'Järvinen', role: 'family_worker' },
      { username: 'noora.saarinen', firstName: 'Noora', lastName: 'Saarinen', role: 'coordinator' },
    ],
  },
  {
    name: 'Jyväskylä, tiimi Harju',
    municipalities: ['Jyväskylä', 'Muurame', 'Toivakka', 'Uurainen', 'Petäjävesi'],
    lead: 'leena.lehtonen',
    members: [
      {
        username: 'jukka.nieminen',
        firstName: 'Jukka',
        lastName: 'Nieminen',
        role: 'consultant_social_worker',
      },
      { username: 'laura.hamalainen', firstName: 'Laura', lastName: 'Hämäläinen', role: 'social_worker' },
      { username: 'ville.salonen', firstName: 'Ville', lastName: 'Salonen', role: 'social_worker' },
      { username: 'elina.rantanen', firstName: 'Elina', lastName: 'Rantanen', role: 'social_worker' },
      { username: 'marja.tuominen', firstName: 'Marja', lastName: 'Tuominen', role: 'family_therapist' },
      { username: 'jari.lindholm', firstName: 'Jari', lastName: 'Lindholm', role: 'family_worker' },
    ],
  },
  {
    name: 'Pohjoinen tiimi',
    municipalities: [
      'Äänekoski',
      'Laukaa',
      'Konnevesi',
      'Saarijärvi',
      'Karstula',
      'Kannonkoski',
      'Kyyjärvi',
      'Kivijärvi',
      'Kinnula',
      'Viitasaari',
      'Pihtipudas',
    ],
    lead: 'matti.karjalainen',
    members: [
      {
        username: 'hanna.kinnunen',
        firstName: 'Hanna',
        lastName: 'Kinnunen',
        role: 'consultant_social_worker',
      },
      { username: 'tiina.lahtinen', firstName: 'Tiina', lastName: 'Lahtinen', role: 'social_worker' },
      { username: 'antti.heinonen', firstName: 'Antti', lastName: 'Heinonen', role: 'social_worker' },
      { username: 'riikka.ojala', firstName: 'Riikka', lastName: 'Ojala', role: 'social_worker' },
      { username: 'paula.leppanen', firstName: 'Paula', lastName: 'Leppänen', role: 'family_therapist' },
      { username: 'timo.kallio', firstName: 'Timo', lastName: 'Kallio', role: 'family_worker' },
    ],
  },
  {
    name: 'Eteläinen tiimi',
    municipalities: ['Jämsä', 'Keuruu', 'Multia', 'Joutsa', 'Luhanka', 'Hankasalmi'],
    lead: 'matti.karjalainen',
    members: [
      {
        username: 'satu.manninen',
        firstName: 'Satu',
        lastName: 'Manninen',
        role: 'consultant_social_worker',
      },
      { username: 'johanna.aaltonen', firstName: 'Johanna', lastName: 'Aaltonen', role: 'social_worker' },
      { username: 'petri.peltonen', firstName: 'Petri', lastName: 'Peltonen', role: 'social_worker' },
      { username: 'minna.jokinen', firstName: 'Minna', lastName: 'Jokinen', role: 'social_worker' },
      { username: 'outi.niemi', firstName: 'Outi', lastName: 'Niemi', role: 'family_therapist' },
      { username: 'kari.hiltunen', firstName: 'Kari', lastName: 'Hiltunen', role: 'family_worker' },
    ],
  },
];

export const demoLeads = [
  { username: 'leena.lehtonen', firstName: 'Leena', lastName: 'Lehtonen' },
  { username: 'matti.karjalainen', firstName: 'Matti', lastName: 'Karjalainen' },
] as const;

export const DEMO_PASSWORD = 'lumo-demo';
