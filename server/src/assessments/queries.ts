import {
  type Assessment,
  type ChildAction,
  deadlineStatus,
  helsinkiDateOf,
  type LocalDate,
  parseLocalDate,
} from '@lumo/domain';
import { staffNames } from '../children/queries';
import type { Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { AppError } from '../platform/http-errors';

export async function findAssessment(tx: Tx, id: string) {
  const row = await tx.selectFrom('assessment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

export type AssessmentRow = Awaited<ReturnType<typeof findAssessment>>;

const OPEN = ['awaiting_start', 'in_progress'];

/** The actions the state of the assessment leaves open, of those the actor's relationship allows. */
function stateCan(row: AssessmentRow, can: ChildAction[]): ChildAction[] {
  const open = OPEN.includes(row.status);
  return can.filter((action) => {
    switch (action) {
      case 'assessment:read':
        return true;
      case 'assessment:contribute':
        return true;
      case 'assessment:decideStart':
        return row.status === 'awaiting_start';
      case 'assessment:conclude':
        return row.status === 'in_progress';
      case 'document:create':
        return row.status === 'concluded';
      case 'case:assignWorker':
        return open;
      default:
        return false;
    }
  });
}

function deadline(due: string, doneOn: string | null, today: LocalDate) {
  const status = deadlineStatus(parseLocalDate(due), today);
  return { due, doneOn, daysLeft: status.daysLeft, bucket: status.bucket };
}

/** The whole assessment with its deadlines, family to inform and what has been told them. */
export async function toAssessmentJson(
  tx: Tx,
  ctx: Ctx,
  row: AssessmentRow,
  can: ChildAction[],
): Promise<Assessment> {
  const today = helsinkiDateOf(ctx.clock.now());
  const [child, guardians, told, notifications] = await Promise.all([
    tx
      .selectFrom('person')
      .select(['id', 'first_names', 'last_name'])
      .where('id', '=', row.child_id)
      .execute(),
    tx
      .selectFrom('family_link as f')
      .innerJoin('person as p', 'p.id', 'f.person_id')
      .select(['p.id', 'p.first_names', 'p.last_name'])
      .where('f.child_id', '=', row.child_id)
      .where('f.is_guardian', '=', true)
      .orderBy('p.last_name')
      .orderBy('p.first_names')
      .execute(),
    tx
      .selectFrom('family_information')
      .selectAll()
      .where('assessment_id', '=', row.id)
      .orderBy('recorded_at')
      .execute(),
    tx
      .selectFrom('notification')
      .select(['id', 'received_at', 'notifier_category', 'kind', 'urgent'])
      .where('assessment_id', '=', row.id)
      .orderBy('received_at')
      .execute(),
  ]);
  const staff = await staffNames(
    tx,
    [row.start_decided_by, row.concluded_by, ...told.map((t) => t.recorded_by)].filter(
      (s): s is string => s !== null,
    ),
  );
  const ref = (id: string) => staff.get(id) ?? { id, name: '', title: '', role: null };
  const familyJson = [
    ...child.map((p) => ({
      id: p.id,
      name: `${p.first_names} ${p.last_name}`.trim(),
      role: 'child' as const,
    })),
    ...guardians.map((p) => ({
      id: p.id,
      name: `${p.first_names} ${p.last_name}`.trim(),
      role: 'guardian' as const,
    })),
  ];
  const roleOf = new Map(familyJson.map((f) => [f.id, f]));
  const startDone = row.start_decided_on;
  return {
    id: row.id,
    childId: row.child_id,
    caseId: row.case_id,
    status: row.status,
    existingClient: row.existing_client,
    pendingDate: row.pending_date,
    startDue: deadline(row.start_due, startDone, today),
    familyInformedDue: deadline(row.family_informed_due, row.family_informed_on, today),
    completeDue: deadline(
      row.complete_due,
      row.concluded_on ?? (row.status === 'in_progress' || row.status === 'concluded' ? null : startDone),
      today,
    ),
    startDecision:
      row.start_decided_on && row.start_decided_by
        ? {
            decision:
              row.status === 'not_started'
                ? 'unnecessary'
                : row.status === 'within_client_work'
                  ? 'within_client_work'
                  : 'start',
            decidedOn: row.start_decided_on,
            decidedBy: ref(row.start_decided_by),
            reason: row.start_decision_reason,
          }
        : null,
    participants: row.participants as Assessment['participants'],
    childMeetings: row.child_meetings as Assessment['childMeetings'],
    childViews: row.child_views,
    childViewsMethod: row.child_views_method,
    guardianViews: row.guardian_views,
    workingNotes: row.working_notes,
    conclusion:
      row.conclusion && row.concluded_on && row.concluded_by
        ? {
            outcome: row.conclusion,
            reasons: row.conclusion_reasons ?? '',
            servicesInstead: row.services_instead,
            concludedOn: row.concluded_on,
            concludedBy: ref(row.concluded_by),
          }
        : null,
    family: familyJson,
    familyInformation: told.map((t) => {
      const person = roleOf.get(t.person_id);
      return {
        id: t.id,
        subject: t.subject,
        person: { id: t.person_id, name: person?.name ?? '', role: person?.role ?? 'other' },
        method: t.method as Assessment['familyInformation'][number]['method'],
        informedOn: t.informed_on,
        notInformedReason: t.not_informed_reason,
        notes: t.notes,
        recordedBy: ref(t.recorded_by),
        recordedAt: t.recorded_at.toISOString(),
      };
    }),
    notifications: notifications.map((n) => ({
      id: n.id,
      receivedAt: n.received_at.toISOString(),
      notifierCategory: n.notifier_category,
      kind: n.kind,
      urgent: n.urgent,
    })),
    version: row.version,
    can: stateCan(row, can),
  };
}
