import {
  type ChildAction,
  type Contribution,
  helsinkiDateOf,
  type Multiagency,
  type MultiagencyPhase,
  type MultiagencyTask,
  type NetworkMeeting,
  type StaffRef,
} from '@lumo/domain';
import { staffNames } from '../../children/queries';
import { requireChildAction } from '../../platform/access';
import { appendAudit, CLIENT_WORK } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { grantStatus, lastDayBefore } from '../access';
import { partnerGrantRows } from '../partners/grants';
import { partnerRefs, unknownPartner } from '../queries';

export async function findMultiagency(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('multiagency_assessment')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

export type MultiagencyRow = Awaited<ReturnType<typeof findMultiagency>>;

const OPEN = ['awaiting_start', 'in_progress'];

/** Whether the statutory assessment under the multi-agency work is still under way. */
export async function assessmentOpen(tx: Tx, assessmentId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('assessment')
    .select('status')
    .where('id', '=', assessmentId)
    .executeTakeFirst();
  return !!row && OPEN.includes(row.status);
}

type TaskRow = Awaited<ReturnType<typeof taskRows>>[number];
const taskRows = (tx: Tx, multiagencyId: string) =>
  tx
    .selectFrom('multiagency_task')
    .selectAll()
    .where('multiagency_id', '=', multiagencyId)
    .orderBy('due_on')
    .orderBy('position')
    .execute();

const phaseOrder = ['preparation', 'invitations', 'contributions', 'joint_meeting', 'summary_feedback'];

export function toTask(t: TaskRow, today: string, staff: Map<string, StaffRef>): MultiagencyTask {
  return {
    id: t.id,
    phase: t.phase as MultiagencyPhase,
    position: t.position,
    title: { fi: t.title_fi, sv: t.title_sv },
    instructions: { fi: t.instructions_fi, sv: t.instructions_sv },
    owner: t.owner as MultiagencyTask['owner'],
    assignee: t.assignee,
    dueOn: t.due_on,
    overdue: t.done_at === null && t.due_on < today,
    doneAt: t.done_at?.toISOString() ?? null,
    doneBy: (t.done_by && staff.get(t.done_by)) || null,
    note: t.note,
    version: t.version,
  };
}

export function sortTasks<T extends { phase: string; position: number }>(tasks: T[]): T[] {
  return [...tasks].sort(
    (a, b) => phaseOrder.indexOf(a.phase) - phaseOrder.indexOf(b.phase) || a.position - b.position,
  );
}

export const meetingRows = (tx: Tx, multiagencyId: string) =>
  tx
    .selectFrom('network_meeting')
    .selectAll()
    .where('multiagency_id', '=', multiagencyId)
    .orderBy('held_on')
    .orderBy('created_at')
    .execute();

export function toMeeting(
  m: Awaited<ReturnType<typeof meetingRows>>[number],
  staff: Map<string, StaffRef>,
): NetworkMeeting {
  return {
    id: m.id,
    heldOn: m.held_on,
    startTime: m.start_time,
    place: m.place,
    attendees: m.attendees as NetworkMeeting['attendees'],
    record: m.record,
    nextSteps: m.next_steps as NetworkMeeting['nextSteps'],
    recordedBy: staff.get(m.recorded_by) ?? { id: m.recorded_by, name: '', title: '', role: null },
    updatedAt: m.updated_at.toISOString(),
    version: m.version,
  };
}

export const contributionRows = (tx: Tx, multiagencyId: string) =>
  tx
    .selectFrom('multiagency_contribution')
    .selectAll()
    .where('multiagency_id', '=', multiagencyId)
    .orderBy('created_at')
    .execute();

export function toContribution(
  c: Awaited<ReturnType<typeof contributionRows>>[number],
  partners: Awaited<ReturnType<typeof partnerRefs>>,
): Contribution {
  return {
    id: c.id,
    author: partners.get(c.author_id) ?? unknownPartner(c.author_id),
    observations: c.observations,
    concerns: c.concerns,
    strengths: c.strengths,
    proposedSupport: c.proposed_support,
    meetingAvailability: c.meeting_availability,
    submittedAt: c.submitted_at?.toISOString() ?? null,
    updatedAt: c.updated_at.toISOString(),
    version: c.version,
  };
}

/** What the worker's relationship allows, of what the assessment's state leaves open. */
function stateCan(can: ChildAction[], open: boolean): ChildAction[] {
  return can.filter((a) => {
    if (a === 'multiagency:read' || a === 'multiagency:shareSummary') return true;
    if (a === 'multiagency:manage' || a === 'partnerAccess:grant') return open;
    return a === 'partnerAccess:read' || a === 'networkMap:read' || a === 'consent:read';
  });
}

/**
 * The whole multi-agency assessment for the child's workers: its tasks, the partners invited, every
 * perspective side by side (the child's and the guardians' own from the assessment, each partner's
 * contribution), the joint meetings and the summary. A fixed number of statements, whatever the
 * number of partners.
 */
export async function multiagencyView(
  tx: Tx,
  ctx: Ctx,
  row: MultiagencyRow,
  can: ChildAction[],
): Promise<Multiagency> {
  const today = helsinkiDateOf(ctx.clock.now());
  const [head, tasks, contributions, meetings, summary, grants] = await Promise.all([
    tx
      .selectFrom('assessment as a')
      .innerJoin('person as p', 'p.id', 'a.child_id')
      .select(['a.status', 'a.complete_due', 'a.child_views', 'a.child_views_method', 'a.guardian_views'])
      .select(['p.first_names', 'p.last_name', 'p.birth_date'])
      .where('a.id', '=', row.assessment_id)
      .executeTakeFirstOrThrow(),
    taskRows(tx, row.id),
    contributionRows(tx, row.id),
    meetingRows(tx, row.id),
    tx.selectFrom('multiagency_summary').selectAll().where('multiagency_id', '=', row.id).executeTakeFirst(),
    partnerGrantRows(tx, row.child_id),
  ]);
  const invited = grants.filter((g) => g.sections.includes('assessment') && g.validTo > row.started_at);
  const [staff, partners] = await Promise.all([
    staffNames(tx, [
      row.started_by,
      ...tasks.flatMap((t) => (t.done_by ? [t.done_by] : [])),
      ...meetings.map((m) => m.recorded_by),
      ...(summary ? [summary.updated_by, ...(summary.shared_by ? [summary.shared_by] : [])] : []),
    ]),
    partnerRefs(tx, [...invited.map((g) => g.userId), ...contributions.map((c) => c.author_id)]),
  ]);
  const now = ctx.clock.now();
  const submitted = new Map(contributions.map((c) => [c.author_id, c.submitted_at]));
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    childId: row.child_id,
    child: { name: `${head.first_names} ${head.last_name}`, birthDate: head.birth_date },
    assessmentStatus: head.status,
    completeDue: head.complete_due,
    phase: row.phase as MultiagencyPhase,
    startedOn: row.started_on,
    startedBy: staff.get(row.started_by) ?? { id: row.started_by, name: '', title: '', role: null },
    tasks: sortTasks(tasks).map((t) => toTask(t, today, staff)),
    partners: invited.map((g) => ({
      grantId: g.id,
      partner: partners.get(g.userId) ?? unknownPartner(g.userId),
      sections: g.sections,
      status: grantStatus(g, now),
      validUntil: lastDayBefore(g.validTo),
      contributionSubmittedAt: submitted.get(g.userId)?.toISOString() ?? null,
    })),
    childViews: { text: head.child_views, method: head.child_views_method },
    guardianViews: head.guardian_views,
    contributions: contributions.map((c) => toContribution(c, partners)),
    meetings: meetings.map((m) => toMeeting(m, staff)),
    summary: summary
      ? {
          text: summary.text,
          sharedWithPartners: summary.shared_at !== null,
          sharedAt: summary.shared_at?.toISOString() ?? null,
          sharedBy: (summary.shared_by && staff.get(summary.shared_by)) || null,
          updatedAt: summary.updated_at.toISOString(),
          version: summary.version,
        }
      : null,
    version: row.version,
    can: stateCan(can, OPEN.includes(head.status)),
  };
}

/** The command's first step: the multi-agency assessment and the actor's right to the action on its child. */
export async function requireMultiagencyAction(tx: Tx, ctx: Ctx, id: string, action: ChildAction) {
  const row = await findMultiagency(tx, id);
  const access = await requireChildAction(tx, ctx, row.child_id, action);
  return { row, access };
}

/** Writes refused once the statutory assessment under the work has been concluded or closed. */
export async function requireOpen(tx: Tx, row: MultiagencyRow) {
  if (!(await assessmentOpen(tx, row.assessment_id))) throw new AppError('assessment_not_in_progress');
}

/** The use-log row of a read or write of the multi-agency assessment. */
export function logUse(
  tx: Tx,
  ctx: Ctx,
  row: MultiagencyRow,
  basis: string,
  action: ChildAction,
  details: Record<string, unknown> = {},
) {
  return appendAudit(tx, ctx, {
    action,
    childIds: [row.child_id],
    basis,
    purpose: CLIENT_WORK,
    details: { multiagencyId: row.id, ...details },
  });
}
