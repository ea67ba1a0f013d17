import { createHash } from 'node:crypto';
import { type DocumentMeta, helsinkiDateOf } from '@lumo/domain';
import type { Content } from 'pdfmake/interfaces';
import { staffNames } from '../children/queries';
import { requireChildAction, runChildCommand } from '../platform/access';
import { appendAudit, CLIENT_WORK } from '../platform/audit';
import type { Ctx } from '../platform/context';
import type { Tx } from '../platform/db';
import { AppError } from '../platform/http-errors';
import { newId } from '../platform/ids';
import { type DocLanguage, facts, formatDate, renderPdf, section } from './pdf';
import { toDocumentMeta } from './queries';
import { texts } from './texts';

async function caseFacts(tx: Tx, caseId: string, language: DocLanguage) {
  const row = await tx
    .selectFrom('child_case as c')
    .innerJoin('person as p', 'p.id', 'c.child_id')
    .innerJoin('organisation as county', 'county.id', 'c.county_id')
    .leftJoin('staff_user as w', 'w.id', 'c.responsible_worker_id')
    .select(['p.first_names', 'p.last_name', 'p.hetu', 'p.birth_date', 'county.name_fi', 'county.name_sv'])
    .select(['w.first_name as worker_first', 'w.last_name as worker_last'])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
  const t = texts[language];
  return {
    county: language === 'fi' ? row.name_fi : row.name_sv,
    child: {
      name: `${row.first_names} ${row.last_name}`.trim(),
      idLine: row.hetu ?? `${t.born} ${formatDate(row.birth_date)}`,
    },
    worker: row.worker_first ? `${row.worker_first} ${row.worker_last}` : '–',
  };
}

async function store(
  tx: Tx,
  ctx: Ctx,
  meta: {
    childId: string;
    caseId: string;
    kind: DocumentMeta['kind'];
    sourceId: string;
    language: DocLanguage;
  },
  filename: string,
  content: Buffer,
  basis: string,
): Promise<DocumentMeta> {
  const id = newId();
  const now = ctx.clock.now();
  const sha256 = createHash('sha256').update(content).digest('hex');
  await tx
    .insertInto('document')
    .values({
      id,
      child_id: meta.childId,
      case_id: meta.caseId,
      kind: meta.kind,
      source_id: meta.sourceId,
      language: meta.language,
      filename,
      content,
      sha256,
      byte_size: content.length,
      created_by: ctx.actor.userId,
      created_at: now,
    })
    .execute();
  await appendAudit(tx, ctx, {
    action: 'document:create',
    childIds: [meta.childId],
    basis,
    purpose: CLIENT_WORK,
    details: { documentId: id, kind: meta.kind, sourceId: meta.sourceId, language: meta.language, sha256 },
  });
  const names = await staffNames(tx, [ctx.actor.userId]);
  return toDocumentMeta(
    {
      id,
      child_id: meta.childId,
      kind: meta.kind,
      source_id: meta.sourceId,
      language: meta.language,
      filename,
      sha256,
      byte_size: content.length,
      created_by: ctx.actor.userId,
      created_at: now,
    },
    names,
  );
}

/** The summary of a concluded service-need assessment, as given to the family, stored as given. */
export function createAssessmentDocument(ctx: Ctx, assessmentId: string, language: DocLanguage) {
  return runChildCommand(ctx, async (tx) => {
    const a = await tx.selectFrom('assessment').selectAll().where('id', '=', assessmentId).executeTakeFirst();
    if (!a) throw new AppError('not_found');
    const access = await requireChildAction(tx, ctx, a.child_id, 'document:create');
    if (a.status !== 'concluded') throw new AppError('document_not_available');
    const t = texts[language];
    const head = await caseFacts(tx, a.case_id, language);
    const meetings = a.child_meetings as {
      metInPerson: boolean;
      date: string | null;
      metAlone: boolean | null;
      place: string;
      notMetReason: string;
    }[];
    const participants = a.participants as { name: string; role: string }[];
    const body: Content[] = [
      { text: t.dates, style: 'h2' },
      facts([
        [t.pendingDate, formatDate(a.pending_date)],
        [t.startDue, formatDate(a.start_due)],
        [t.startDecidedOn, formatDate(a.start_decided_on)],
        [t.completeDue, formatDate(a.complete_due)],
        [t.concludedOn, formatDate(a.concluded_on)],
      ]),
      ...section(
        t.participants,
        participants.map((p) => ({ text: `${p.name}${p.role ? `, ${p.role}` : ''}` })),
      ),
      ...section(
        t.childMeetings,
        meetings.map((m) => ({
          text: m.metInPerson
            ? `${formatDate(m.date)}: ${m.metAlone ? t.metAlone : t.metTogether}${m.place ? `, ${m.place}` : ''}`
            : `${m.date ? `${formatDate(m.date)}: ` : ''}${t.notMet}: ${m.notMetReason}`,
        })),
      ),
      ...section(
        t.childViews,
        `${a.child_views}${a.child_views_method ? `\n${t.method}: ${a.child_views_method}` : ''}`,
      ),
      ...section(t.guardianViews, a.guardian_views),
      ...section(
        t.conclusion,
        `${a.conclusion === 'client' ? t.becomesClient : t.notClient}\n${a.conclusion_reasons ?? ''}`,
      ),
      ...(a.services_instead ? section(t.servicesInstead, a.services_instead) : []),
    ];
    const now = ctx.clock.now();
    const pdf = await renderPdf(
      language,
      { ...head, title: t.assessmentTitle, createdOn: formatDate(helsinkiDateOf(now)) },
      body,
      now,
    );
    return store(
      tx,
      ctx,
      { childId: a.child_id, caseId: a.case_id, kind: 'assessment_summary', sourceId: a.id, language },
      `${t.assessmentFile}-${a.concluded_on}-${language}.pdf`,
      pdf,
      access.basis,
    );
  });
}

/** An agreed version of the client plan, as given to the family, stored as given. */
export function createPlanDocument(ctx: Ctx, planId: string, language: DocLanguage) {
  return runChildCommand(ctx, async (tx) => {
    const p = await tx.selectFrom('client_plan').selectAll().where('id', '=', planId).executeTakeFirst();
    if (!p) throw new AppError('not_found');
    const access = await requireChildAction(tx, ctx, p.child_id, 'document:create');
    if (p.status !== 'agreed') throw new AppError('document_not_available');
    const t = texts[language];
    const head = await caseFacts(tx, p.case_id, language);
    const services = p.services as { service: string; provider: string; timing: string }[];
    const goals = p.goals as { goal: string; estimatedTime: string }[];
    const participants = p.participants as { name: string; role: string }[];
    const body: Content[] = [
      facts([
        [t.version, String(p.plan_no)],
        [t.planDate, formatDate(p.plan_date)],
        [t.reviewDue, formatDate(p.review_due)],
      ]),
      ...section(t.circumstances, p.circumstances_to_change),
      ...section(t.support, p.support_needed),
      ...section(
        t.services,
        services.map((s) => ({
          text: `${s.service}${s.provider ? ` (${t.provider}: ${s.provider})` : ''}${s.timing ? `, ${s.timing}` : ''}`,
        })),
      ),
      ...section(
        t.goals,
        goals.map((g) => ({ text: `${g.goal}${g.estimatedTime ? ` – ${g.estimatedTime}` : ''}` })),
      ),
      ...section(t.childViews, p.child_views),
      ...section(t.guardianViews, p.guardian_views),
      ...section(t.dissent, p.dissenting_views),
      ...section(
        t.planParticipants,
        participants.map((x) => ({ text: `${x.name}${x.role ? `, ${x.role}` : ''}` })),
      ),
    ];
    const now = ctx.clock.now();
    const pdf = await renderPdf(
      language,
      { ...head, title: t.planTitle, createdOn: formatDate(helsinkiDateOf(now)) },
      body,
      now,
    );
    return store(
      tx,
      ctx,
      { childId: p.child_id, caseId: p.case_id, kind: 'client_plan', sourceId: p.id, language },
      `${t.planFile}-${p.plan_no}-${p.plan_date}-${language}.pdf`,
      pdf,
      access.basis,
    );
  });
}
