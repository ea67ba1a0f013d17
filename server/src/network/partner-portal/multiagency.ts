import {
  type Contribution,
  helsinkiDateOf,
  type MultiagencyPhase,
  type PartnerMultiagency,
} from '@lumo/domain';
import { sql } from 'kysely';
import { staffNames } from '../../children/queries';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/http-errors';
import { newId } from '../../platform/ids';
import { logPartnerDisclosure, requirePartnerAction, runPartnerCommand } from '../access';
import { meetingRows, sortTasks, toContribution, toMeeting, toTask } from '../multiagency/load';
import { partnerRefs } from '../queries';

/**
 * The multi-agency assessment as the partner's assessment section opens it; an assessment she cannot
 * see is as missing as one that does not exist.
 */
async function findVisible(tx: Tx, id: string) {
  const row = await tx
    .selectFrom('multiagency_assessment')
    .select(['id', 'child_id', 'phase', 'started_on'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  return row;
}

/** Whether the assessment is still under way, so that her contribution is open. */
async function isOpen(tx: Tx, id: string): Promise<boolean> {
  const { rows } = await sql<{ open: boolean }>`SELECT lumo_multiagency_open(${id}) AS open`.execute(tx);
  return rows[0]?.open ?? false;
}

async function myContribution(tx: Tx, ctx: Ctx, multiagencyId: string): Promise<Contribution | null> {
  const row = await tx
    .selectFrom('multiagency_contribution')
    .selectAll()
    .where('multiagency_id', '=', multiagencyId)
    .where('author_id', '=', ctx.actor.userId)
    .executeTakeFirst();
  if (!row) return null;
  return toContribution(row, await partnerRefs(tx, [ctx.actor.userId]));
}

/** The partner's view: the tasks asked of the partners, her own contribution, the meetings, the shared summary. */
export function getPartnerMultiagency(ctx: Ctx, id: string): Promise<PartnerMultiagency> {
  return runPartnerCommand(ctx, async (tx) => {
    const row = await findVisible(tx, id);
    const { grant, can } = await requirePartnerAction(tx, ctx, row.child_id, 'partner:readAssessment');
    const today = helsinkiDateOf(ctx.clock.now());
    const [tasks, meetings, summary, contribution, open] = await Promise.all([
      tx
        .selectFrom('multiagency_task')
        .selectAll()
        .where('multiagency_id', '=', id)
        .where('owner', '=', 'partners')
        .execute(),
      meetingRows(tx, id),
      tx
        .selectFrom('multiagency_summary')
        .select(['text', 'shared_at'])
        .where('multiagency_id', '=', id)
        .where('shared_at', 'is not', null)
        .executeTakeFirst(),
      myContribution(tx, ctx, id),
      isOpen(tx, id),
    ]);
    const staff = await staffNames(
      tx,
      meetings.map((m) => m.recorded_by),
    );
    await logPartnerDisclosure(
      tx,
      ctx,
      grant,
      'partner:readAssessment',
      [{ data: 'assessment', dataRef: id }],
      {
        multiagencyId: id,
      },
    );
    return {
      id,
      childId: row.child_id,
      phase: row.phase as MultiagencyPhase,
      startedOn: row.started_on,
      tasks: sortTasks(tasks).map((t) => {
        const { doneBy: _, ...task } = toTask(t, today, new Map());
        return task;
      }),
      myContribution: contribution,
      meetings: meetings.map((m) => toMeeting(m, staff)),
      summary: summary?.shared_at ? { text: summary.text, sharedAt: summary.shared_at.toISOString() } : null,
      can: can.filter((a) => a === 'partner:readAssessment' || (a === 'partner:contribute' && open)),
    };
  });
}

interface ContributionInput {
  version: number | null;
  submitted: boolean;
  observations: string;
  concerns: string;
  strengths: string;
  proposedSupport: string;
  meetingAvailability: string;
}

/**
 * Saves the partner's own perspective while the assessment is under way: the first save creates it
 * (version null), every later one names the version it edited.
 */
export function savePartnerContribution(
  ctx: Ctx,
  id: string,
  input: ContributionInput,
): Promise<Contribution> {
  return runPartnerCommand(ctx, async (tx) => {
    const row = await findVisible(tx, id);
    const { grant } = await requirePartnerAction(tx, ctx, row.child_id, 'partner:contribute');
    if (!(await isOpen(tx, id))) throw new AppError('assessment_not_in_progress');
    const now = ctx.clock.now();
    const existing = await tx
      .selectFrom('multiagency_contribution')
      .select(['id', 'version', 'submitted_at'])
      .where('multiagency_id', '=', id)
      .where('author_id', '=', ctx.actor.userId)
      .executeTakeFirst();
    const fields = {
      observations: input.observations,
      concerns: input.concerns,
      strengths: input.strengths,
      proposed_support: input.proposedSupport,
      meeting_availability: input.meetingAvailability,
      submitted_at: input.submitted ? (existing?.submitted_at ?? now) : null,
      updated_at: now,
    };
    const conflict = async () => new AppError('conflict', [], { current: await myContribution(tx, ctx, id) });
    if (input.version === null) {
      if (existing) throw await conflict();
      await tx
        .insertInto('multiagency_contribution')
        .values({
          id: newId(),
          multiagency_id: id,
          child_id: row.child_id,
          author_id: ctx.actor.userId,
          organisation_id: ctx.actor.organisationId,
          relationship_id: grant.id,
          created_at: now,
          ...fields,
        })
        .execute();
    } else {
      const updated = await tx
        .updateTable('multiagency_contribution')
        .set({ ...fields, version: input.version + 1 })
        .where('multiagency_id', '=', id)
        .where('author_id', '=', ctx.actor.userId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        if (!existing) throw new AppError('not_found');
        throw await conflict();
      }
    }
    await logPartnerDisclosure(tx, ctx, grant, 'partner:contribute', [], {
      multiagencyId: id,
      submitted: input.submitted,
    });
    return (await myContribution(tx, ctx, id))!;
  });
}
