import {
  addDays,
  addYears,
  assessmentCompleteDue,
  assessmentStartDue,
  clientPlanReviewDue,
  familyInformedDue,
  helsinkiDateOf,
  helsinkiStartOfDay,
  isWorkingDay,
  type LocalDate,
  maxLocalDate,
} from '@lumo/domain';
import type { Insertable } from 'kysely';
import type { Database } from '../platform/schema';
import type { Random } from './random';

/**
 * Where a child not yet a client stands on the statutory clock, relative to the demo's reference day:
 * - newToday: a notification received this morning, urgency not yet assessed
 * - urgent: assessed as urgent two working days ago, start decision pending
 * - awaitingStart: received a few working days ago, start decision pending
 * - startOverdue: the 7 working days have passed without a start decision
 * - inProgress: the assessment started weeks ago
 * - nearingLimit: the assessment's 3 months end within the week
 */
export type PipelineStage =
  | 'newToday'
  | 'urgent'
  | 'awaitingStart'
  | 'startOverdue'
  | 'inProgress'
  | 'nearingLimit';
export type PlanBucket = 'overdue' | 'thisWeek' | 'later';

// Anna Virtanen shows every stage; a few others show the ones that are common everywhere.
const SHOWCASE: Record<string, PipelineStage[]> = {
  'anna.virtanen': ['newToday', 'urgent', 'awaitingStart', 'startOverdue', 'nearingLimit', 'inProgress'],
  'laura.hamalainen': ['newToday', 'awaitingStart', 'inProgress'],
};
const ROTATION: PipelineStage[] = ['awaitingStart', 'inProgress', 'nearingLimit', 'inProgress'];

/** About one child in eight of a worker's is in intake or assessment, beside her clients. */
export function pipelineStagesFor(username: string, workerNo: number, clients: number): PipelineStage[] {
  const showcase = SHOWCASE[username];
  if (showcase) return showcase;
  const count = Math.round(clients / 8);
  return Array.from({ length: count }, (_, k) => ROTATION[(workerNo + k) % ROTATION.length]!);
}

function workingDaysBefore(date: LocalDate, n: number): LocalDate {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

function at(date: LocalDate, hours: number, minutes: number): Date {
  return new Date(helsinkiStartOfDay(date).getTime() + (hours * 60 + minutes) * 60_000);
}

const concerns = [
  'Koulu on huolissaan lapsen runsaista poissaoloista ja väsymyksestä.',
  'Neuvola on huolissaan vanhemman jaksamisesta ja vauvan hoidosta.',
  'Naapuri kertoo toistuvista öisistä riidoista ja huudoista asunnossa.',
  'Päiväkoti on huolissaan lapsen puutteellisesta vaatetuksesta ja nälkäisyydestä.',
  'Poliisi tavoitti nuoren yöllä päihtyneenä keskustasta.',
  'Terveydenhoitaja on huolissaan nuoren mielialasta ja itsetuhoisista puheista.',
];
const categories = [
  'school',
  'health_care',
  'private_person',
  'early_childhood_education',
  'police',
  'health_care',
];
const channels = ['e_form', 'phone', 'phone', 'e_form', 'police_report', 'letter'];

const planTexts = {
  circumstances: [
    'Vanhempien väliset riidat ja niiden vaikutus lapsen arkeen.',
    'Koulunkäynnin vaikeudet ja poissaolot.',
    'Vanhemman päihteiden käyttö ja arjen rakenteen puuttuminen.',
    'Nuoren päihdekokeilut ja iltaisin myöhään ulkona oleminen.',
  ],
  support: [
    'Säännöllinen perhetyö kotona ja vanhemmuuden tuki.',
    'Koulun ja lastensuojelun yhteinen tuki koulunkäyntiin.',
    'Päihdepalvelut vanhemmalle ja tukiperhe lapselle.',
    'Nuorisotyön tuki ja säännölliset tapaamiset sosiaalityöntekijän kanssa.',
  ],
  services: [
    { service: 'Perhetyö', provider: 'Keski-Suomen hyvinvointialue', timing: 'kerran viikossa' },
    { service: 'Tukihenkilö', provider: 'Pelastakaa Lapset ry', timing: 'kahdesti kuukaudessa' },
    {
      service: 'Tukiperhe',
      provider: 'Keski-Suomen hyvinvointialue',
      timing: 'yksi viikonloppu kuukaudessa',
    },
    { service: 'Perheneuvola', provider: 'Keski-Suomen hyvinvointialue', timing: 'joka toinen viikko' },
  ],
};

export interface ClockRows {
  phase: 'intake' | 'assessment' | 'client';
  openedAt: Date;
  clientSince: LocalDate | null;
  assessments: Insertable<Database['assessment']>[];
  notifications: Insertable<Database['notification']>[];
  plans: Insertable<Database['client_plan']>[];
}

/**
 * The statutory clock of one demo child: a client gets an agreed client plan whose review falls overdue,
 * this week or later; a child in intake or assessment gets the notification and the assessment of her
 * stage, with every date from the domain's clock.
 */
export function clockRows(input: {
  random: Random;
  id: () => string;
  ref: LocalDate;
  childId: string;
  caseId: string;
  municipalityId: string;
  workerId: string;
  birthDate: LocalDate;
  drawnOpening: Date;
  /** When the demo is made, if it is made on its reference day: nothing it tells of has happened after. */
  madeAt: Date | null;
  stage: PipelineStage | null;
  planBucket: PlanBucket | null;
}): ClockRows {
  const { random, id, ref, childId, caseId, workerId } = input;
  if (!input.stage) {
    const bucket =
      input.planBucket ??
      random.weighted<PlanBucket>([
        { value: 'overdue', weight: 3 },
        { value: 'thisWeek', weight: 5 },
        { value: 'later', weight: 92 },
      ]);
    const wanted =
      bucket === 'overdue'
        ? addYears(addDays(ref, -random.int(1, 40)), -1)
        : bucket === 'thisWeek'
          ? addYears(addDays(ref, random.int(0, 6)), -1)
          : addDays(ref, -random.int(7, 330));
    // A plan is made after the client relationship starts, and never before the child was born.
    const planDate = maxLocalDate(wanted, addDays(input.birthDate, 14));
    const opened = helsinkiDateOf(input.drawnOpening);
    const clientSince = opened < planDate ? opened : maxLocalDate(input.birthDate, addDays(planDate, -21));
    const agreedAt = at(planDate, 13, 0);
    const k = random.int(0, planTexts.circumstances.length - 1);
    return {
      phase: 'client',
      openedAt: clientSince === opened ? input.drawnOpening : at(clientSince, 9, 0),
      clientSince,
      assessments: [],
      notifications: [],
      plans: [
        {
          id: id(),
          child_id: childId,
          case_id: caseId,
          plan_no: 1,
          status: 'agreed',
          circumstances_to_change: planTexts.circumstances[k]!,
          support_needed: planTexts.support[k]!,
          services: JSON.stringify([planTexts.services[k]]),
          goals: JSON.stringify([
            { goal: 'Lapsen arki on turvallista ja säännöllistä.', estimatedTime: '6 kuukautta' },
          ]),
          plan_date: planDate,
          review_due: clientPlanReviewDue(planDate),
          agreed_at: agreedAt,
          agreed_by: workerId,
          created_by: workerId,
          created_at: agreedAt,
          updated_by: workerId,
          updated_at: agreedAt,
        },
      ],
    };
  }

  const stage = input.stage;
  const staged: LocalDate =
    stage === 'newToday'
      ? ref
      : stage === 'urgent'
        ? workingDaysBefore(ref, 2)
        : stage === 'awaitingStart'
          ? workingDaysBefore(ref, random.int(1, 5))
          : stage === 'startOverdue'
            ? workingDaysBefore(ref, 9)
            : stage === 'nearingLimit'
              ? addDays(ref, -random.int(85, 89))
              : addDays(ref, -random.int(20, 60));
  // A baby's notification can come from the maternity ward on the day of birth, not before it.
  const pending = maxLocalDate(staged, input.birthDate);
  const drawnAt = at(pending, stage === 'newToday' ? 7 : random.int(8, 15), random.int(0, 59));
  // Made before seven in the morning, the demo has its new notification come in during the night, so
  // that it has not only yet to arrive (and the child is on the worker's list from the start).
  const receivedAt =
    input.madeAt && drawnAt > input.madeAt
      ? new Date(Math.max(helsinkiStartOfDay(pending).getTime(), input.madeAt.getTime() - 60_000))
      : drawnAt;
  const started = stage === 'inProgress' || stage === 'nearingLimit';
  const startDecidedOn = started ? workingDaysBefore(assessmentStartDue(pending), random.int(1, 4)) : null;
  const assessmentId = id();
  const k = random.int(0, concerns.length - 1);
  const assessedAt = stage === 'newToday' ? null : at(pending, 16, 0);
  const informed = started && startDecidedOn ? startDecidedOn : null;
  return {
    phase: started ? 'assessment' : 'intake',
    openedAt: receivedAt,
    clientSince: null,
    assessments: [
      {
        id: assessmentId,
        child_id: childId,
        case_id: caseId,
        pending_date: pending,
        start_due: assessmentStartDue(pending),
        complete_due: assessmentCompleteDue(pending),
        family_informed_due: familyInformedDue(pending),
        existing_client: false,
        status: started ? 'in_progress' : 'awaiting_start',
        start_decided_on: startDecidedOn,
        start_decided_by: started ? workerId : null,
        family_informed_on: informed,
        created_by: workerId,
        created_at: receivedAt,
        updated_at: receivedAt,
      },
    ],
    notifications: [
      {
        id: id(),
        child_id: childId,
        case_id: caseId,
        assessment_id: assessmentId,
        municipality_id: input.municipalityId,
        kind: 'notification',
        received_at: receivedAt,
        received_on: pending,
        pending_date: pending,
        channel: channels[k]!,
        notifier_category: categories[k]!,
        notifier_name: categories[k] === 'private_person' ? null : 'Ilmoittaja (demo)',
        notifier_contact: null,
        content: concerns[k]!,
        registered_by: workerId,
        registered_at: receivedAt,
        urgency_assessed_at: assessedAt,
        urgency_assessed_by: assessedAt ? workerId : null,
        urgent: assessedAt ? stage === 'urgent' : null,
        immediate_measures: assessedAt ? (stage === 'urgent' ? 'Kotikäynti samana päivänä.' : '') : null,
      },
    ],
    plans: [],
  };
}
