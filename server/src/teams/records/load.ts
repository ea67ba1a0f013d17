import type { Discussion, Experiment, FamilySummary, Hypothesis, RecordEntry } from '@lumo/domain';
import type { Tx } from '../../platform/db';
import { anyOf, iso, type StaffRef, staffColumns, staffRef } from '../queries';

/**
 * Set-based readers of the reflective record: each takes many families or discussions at once, so
 * that a meeting with twelve families costs the same few statements as one with one family.
 */

export type RowFilter = { familyIds: readonly string[] } | { ids: readonly string[] };

const ref = (row: Record<string, unknown>, prefix: string): StaffRef => staffRef(row, prefix)!;

/** With the family each belongs to (not part of the API: the response schemas leave it out). */
export type FamilyHypothesis = Hypothesis & { familyId: string };
export type FamilyExperiment = Experiment & { familyId: string };

export async function loadHypotheses(tx: Tx, filter: RowFilter): Promise<FamilyHypothesis[]> {
  const byFamily = 'familyIds' in filter;
  const keys = byFamily ? filter.familyIds : filter.ids;
  if (keys.length === 0) return [];
  const rows = await tx
    .selectFrom('hypothesis as h')
    .innerJoin('agenda_item as ai', 'ai.id', 'h.agenda_item_id')
    .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .innerJoin('staff_user as a', 'a.id', 'h.author_id')
    .select(['h.id', 'h.family_id', 'h.text', 'h.status', 'h.status_reason', 'h.agenda_item_id', 'h.version'])
    .select('m.date')
    .select(staffColumns('a', 'author'))
    .where(byFamily ? 'h.family_id' : 'h.id', '=', anyOf(keys))
    .orderBy('h.created_at')
    .orderBy('h.id')
    .execute();
  if (rows.length === 0) return [];
  const changes = await tx
    .selectFrom('hypothesis_status_change as c')
    .innerJoin('staff_user as u', 'u.id', 'c.changed_by')
    .leftJoin('agenda_item as ai', 'ai.id', 'c.agenda_item_id')
    .leftJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .select(['c.hypothesis_id', 'c.status', 'c.reason', 'c.changed_at', 'c.agenda_item_id', 'm.date'])
    .select(staffColumns('u', 'by'))
    .where(
      byFamily ? 'c.family_id' : 'c.hypothesis_id',
      '=',
      anyOf(byFamily ? filter.familyIds : rows.map((r) => r.id)),
    )
    .orderBy('c.changed_at')
    .orderBy('c.id')
    .execute();
  const history = new Map<string, Hypothesis['history']>();
  for (const c of changes) {
    history.set(c.hypothesis_id, [
      ...(history.get(c.hypothesis_id) ?? []),
      {
        status: c.status,
        reason: c.reason,
        by: ref(c, 'by'),
        at: iso(c.changed_at),
        agendaItemId: c.agenda_item_id,
        date: c.date,
      },
    ]);
  }
  return rows.map((h) => ({
    id: h.id,
    familyId: h.family_id,
    text: h.text,
    author: ref(h, 'author'),
    status: h.status,
    statusReason: h.status_reason,
    formedIn: { agendaItemId: h.agenda_item_id, date: h.date },
    history: history.get(h.id) ?? [],
    version: h.version,
  }));
}

export async function loadExperiments(tx: Tx, filter: RowFilter): Promise<FamilyExperiment[]> {
  const byFamily = 'familyIds' in filter;
  const keys = byFamily ? filter.familyIds : filter.ids;
  if (keys.length === 0) return [];
  const rows = await tx
    .selectFrom('experiment as e')
    .innerJoin('agenda_item as ai', 'ai.id', 'e.agenda_item_id')
    .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .leftJoin('staff_user as o', 'o.id', 'e.owner_id')
    .select(['e.id', 'e.family_id', 'e.action', 'e.who', 'e.follow_up_on', 'e.status', 'e.hypothesis_id'])
    .select('e.version')
    .select(['e.agenda_item_id', 'm.date'])
    .select(staffColumns('o', 'owner'))
    .where(byFamily ? 'e.family_id' : 'e.id', '=', anyOf(keys))
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  if (rows.length === 0) return [];
  const followUps = await tx
    .selectFrom('experiment_follow_up as f')
    .innerJoin('agenda_item as ai', 'ai.id', 'f.agenda_item_id')
    .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .innerJoin('staff_user as u', 'u.id', 'f.recorded_by')
    .select(['f.id', 'f.experiment_id', 'f.agenda_item_id', 'f.what_happened', 'f.what_we_learned'])
    .select(['f.outcome', 'f.next_follow_up_on', 'f.recorded_at', 'm.date'])
    .select(staffColumns('u', 'by'))
    .where(
      byFamily ? 'f.family_id' : 'f.experiment_id',
      '=',
      anyOf(byFamily ? filter.familyIds : rows.map((r) => r.id)),
    )
    .orderBy('f.recorded_at')
    .orderBy('f.id')
    .execute();
  const byExperiment = new Map<string, Experiment['followUps']>();
  for (const f of followUps) {
    byExperiment.set(f.experiment_id, [
      ...(byExperiment.get(f.experiment_id) ?? []),
      {
        id: f.id,
        experimentId: f.experiment_id,
        agendaItemId: f.agenda_item_id,
        date: f.date,
        whatHappened: f.what_happened,
        whatWeLearned: f.what_we_learned,
        outcome: f.outcome,
        nextFollowUpOn: f.next_follow_up_on,
        recordedBy: ref(f, 'by'),
        recordedAt: iso(f.recorded_at),
      },
    ]);
  }
  return rows.map((e) => ({
    id: e.id,
    familyId: e.family_id,
    action: e.action,
    who: e.who,
    owner: staffRef(e, 'owner'),
    followUpOn: e.follow_up_on,
    status: e.status,
    hypothesisId: e.hypothesis_id,
    agreedIn: { agendaItemId: e.agenda_item_id, date: e.date },
    followUps: byExperiment.get(e.id) ?? [],
    version: e.version,
  }));
}

export type EntryRow = RecordEntry & { agendaItemId: string };

export async function loadEntries(
  tx: Tx,
  filter: { agendaItemIds: readonly string[] } | { ids: readonly string[] },
): Promise<EntryRow[]> {
  const byItem = 'agendaItemIds' in filter;
  const keys = byItem ? filter.agendaItemIds : filter.ids;
  if (keys.length === 0) return [];
  const rows = await tx
    .selectFrom('record_entry as e')
    .innerJoin('staff_user as c', 'c.id', 'e.created_by')
    .leftJoin('staff_user as a', 'a.id', 'e.author_id')
    .select(['e.id', 'e.agenda_item_id', 'e.kind', 'e.text', 'e.team_role', 'e.speaker_person_id'])
    .select(['e.speaker_label', 'e.created_at', 'e.updated_at', 'e.version'])
    .select(staffColumns('a', 'author'))
    .select(staffColumns('c', 'creator'))
    .where(byItem ? 'e.agenda_item_id' : 'e.id', '=', anyOf(keys))
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  return rows.map((e) => ({
    id: e.id,
    agendaItemId: e.agenda_item_id,
    kind: e.kind,
    text: e.text,
    author: staffRef(e, 'author'),
    teamRole: e.team_role,
    speaker: e.kind === 'family_voice' ? { personId: e.speaker_person_id, label: e.speaker_label } : null,
    createdBy: ref(e, 'creator'),
    createdAt: iso(e.created_at),
    updatedAt: iso(e.updated_at),
    version: e.version,
  }));
}

export async function loadAttendees(tx: Tx, agendaItemIds: readonly string[]) {
  if (agendaItemIds.length === 0) return [];
  const rows = await tx
    .selectFrom('discussion_attendee as d')
    .leftJoin('staff_user as u', 'u.id', 'd.user_id')
    .leftJoin('person as p', 'p.id', 'd.person_id')
    .select(['d.id', 'd.agenda_item_id', 'd.person_id', 'd.label', 'p.first_names', 'p.last_name'])
    .select(staffColumns('u', 'user'))
    .where('d.agenda_item_id', '=', anyOf(agendaItemIds))
    .orderBy('d.added_at')
    .orderBy('d.id')
    .execute();
  return rows.map((d) => {
    const user = staffRef(d, 'user');
    return {
      id: d.id,
      agendaItemId: d.agenda_item_id,
      kind: user ? ('staff' as const) : ('family' as const),
      user,
      personId: d.person_id,
      label: d.label || (d.first_names ? `${d.first_names} ${d.last_name}` : ''),
    };
  });
}

export async function loadSummaries(
  tx: Tx,
  agendaItemIds: readonly string[],
): Promise<Map<string, FamilySummary>> {
  if (agendaItemIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('family_summary as s')
    .leftJoin('staff_user as u', 'u.id', 's.shared_by')
    .select([
      's.agenda_item_id',
      's.text',
      's.shared_with_family',
      's.shared_at',
      's.updated_at',
      's.version',
    ])
    .select(staffColumns('u', 'sharer'))
    .where('s.agenda_item_id', '=', anyOf(agendaItemIds))
    .execute();
  return new Map(
    rows.map((s) => [
      s.agenda_item_id,
      {
        text: s.text,
        sharedWithFamily: s.shared_with_family,
        sharedAt: s.shared_at ? iso(s.shared_at) : null,
        sharedBy: staffRef(s, 'sharer'),
        updatedAt: iso(s.updated_at),
        version: s.version,
      },
    ]),
  );
}

/**
 * The reflective records of these discussions. Hypotheses and experiments are the families'
 * (already loaded by the caller, as every page that shows discussions shows them too).
 */
export async function loadDiscussions(
  tx: Tx,
  agendaItemIds: readonly string[],
  thread: { hypotheses: readonly Hypothesis[]; experiments: readonly Experiment[] },
): Promise<Map<string, Discussion>> {
  if (agendaItemIds.length === 0) return new Map();
  const heads = await tx
    .selectFrom('agenda_item as ai')
    .innerJoin('meeting as m', 'm.id', 'ai.meeting_id')
    .innerJoin('team as t', 't.id', 'm.team_id')
    .select(['ai.id', 'ai.dilemma', 'ai.visible_concern', 'ai.version', 'm.id as meeting_id', 'm.date'])
    .select(['t.id as team_id', 't.name as team_name'])
    .where('ai.id', '=', anyOf(agendaItemIds))
    .execute();
  const [entries, attendees, summaries] = [
    await loadEntries(tx, { agendaItemIds }),
    await loadAttendees(tx, agendaItemIds),
    await loadSummaries(tx, agendaItemIds),
  ];
  const result = new Map<string, Discussion>();
  for (const head of heads) {
    const mine = entries.filter((e) => e.agendaItemId === head.id).map(({ agendaItemId: _, ...e }) => e);
    result.set(head.id, {
      agendaItemId: head.id,
      meeting: { id: head.meeting_id, date: head.date, team: { id: head.team_id, name: head.team_name } },
      dilemma: head.dilemma,
      visibleConcern: head.visible_concern,
      hypothesesFormed: thread.hypotheses.filter((h) => h.formedIn.agendaItemId === head.id).map((h) => h.id),
      // The first entry of a hypothesis' history is its forming, shown as hypothesesFormed.
      statusChanges: thread.hypotheses.flatMap((h) =>
        h.history
          .slice(1)
          .filter((c) => c.agendaItemId === head.id)
          .map((c) => ({ hypothesisId: h.id, status: c.status, reason: c.reason, by: c.by, at: c.at })),
      ),
      experimentsAgreed: thread.experiments
        .filter((e) => e.agreedIn.agendaItemId === head.id)
        .map((e) => e.id),
      followUps: thread.experiments.flatMap((e) => e.followUps.filter((f) => f.agendaItemId === head.id)),
      perspectives: mine.filter((e) => e.kind === 'perspective'),
      familyVoices: mine.filter((e) => e.kind === 'family_voice'),
      decisions: mine.filter((e) => e.kind === 'decision'),
      attendees: attendees.filter((a) => a.agendaItemId === head.id).map(({ agendaItemId: _, ...a }) => a),
      summary: summaries.get(head.id) ?? null,
      version: head.version,
    });
  }
  return result;
}
