import {
  assessmentCompleteDue,
  assessmentStartDue,
  daysBetween,
  isTestHetu,
  parseLocalDate,
} from '@lumo/domain';
import { describe, expect, it } from 'vitest';
import { generateCounty } from './generate';

const options = { children: 320, referenceDate: parseLocalDate('2026-11-25'), passwordHash: 'hash' };

describe('the demo county generator', () => {
  const county = generateCounty(options);
  const children = county.person.filter((p) => p.kind === 'child');

  it('is deterministic: the same options give the same county, ids included', () => {
    expect(generateCounty(options)).toEqual(county);
    expect(generateCounty({ ...options, seed: 7 }).person[0]?.id).not.toBe(county.person[0]?.id);
  });

  it('makes the Keski-Suomi county with the municipalities of seeds/004 and their training status', () => {
    const municipalities = county.organisation.filter((o) => o.kind === 'municipality');
    expect(municipalities).toHaveLength(22);
    expect(municipalities.find((m) => m.name_fi === 'Jyväskylä')?.systemic_training).toBe(true);
    expect(municipalities.find((m) => m.name_fi === 'Äänekoski')?.systemic_training).toBe(false);
  });

  it('has at least 3 systemic teams, each with a consultant, social workers, a family therapist and a family worker', () => {
    expect(county.team.length).toBeGreaterThanOrEqual(3);
    for (const team of county.team) {
      const roles = county.team_member.filter((m) => m.team_id === team.id).map((m) => m.team_role);
      expect(roles).toEqual(
        expect.arrayContaining([
          'consultant_social_worker',
          'social_worker',
          'family_therapist',
          'family_worker',
        ]),
      );
      expect(team.lead_id).toBeTruthy();
    }
  });

  it('gives at least 300 children families, and every child an open case and a responsible worker', () => {
    expect(children).toHaveLength(320);
    for (const child of children) {
      const links = county.family_link.filter((l) => l.child_id === child.id);
      expect(links.some((l) => l.is_guardian)).toBe(true);
      expect(
        county.child_case.filter((c) => c.child_id === child.id && c.responsible_worker_id),
      ).toHaveLength(1);
    }
  });

  it('keeps every responsible worker within the legal caseload of 30 child clients, Mikko Laine exactly at it', () => {
    const caseloads = new Map<string, number>();
    for (const c of county.child_case.filter((c) => c.phase === 'client'))
      caseloads.set(c.responsible_worker_id!, (caseloads.get(c.responsible_worker_id!) ?? 0) + 1);
    expect(Math.max(...caseloads.values())).toBeLessThanOrEqual(30);
    const mikko = county.staff_user.find((u) => u.username === 'mikko.laine')!;
    expect(caseloads.get(mikko.id)).toBe(30);
  });

  it('gives every client an agreed client plan, with some reviews overdue, some due this week, most later', () => {
    const clients = county.child_case.filter((c) => c.phase === 'client');
    const plans = new Map(county.client_plan.map((p) => [p.case_id, p]));
    expect(clients.every((c) => plans.get(c.id)?.status === 'agreed')).toBe(true);
    const reviews = clients.map((c) =>
      daysBetween(options.referenceDate, parseLocalDate(plans.get(c.id)!.review_due!)),
    );
    const overdue = reviews.filter((d) => d < 0).length;
    const thisWeek = reviews.filter((d) => d >= 0 && d <= 7).length;
    expect(overdue).toBeGreaterThan(0);
    expect(thisWeek).toBeGreaterThan(0);
    expect(overdue + thisWeek).toBeLessThan(reviews.length / 3);
    for (const c of clients) expect(plans.get(c.id)!.plan_date! >= c.client_since!).toBe(true);
  });

  it('has 10–15 % of the children in intake or assessment, with deadlines from the domain clock', () => {
    const pipeline = county.child_case.filter((c) => c.phase !== 'client');
    expect(pipeline.length / children.length).toBeGreaterThanOrEqual(0.1);
    expect(pipeline.length / children.length).toBeLessThanOrEqual(0.15);
    for (const a of county.assessment) {
      expect(a.start_due).toBe(assessmentStartDue(parseLocalDate(a.pending_date)));
      expect(a.complete_due).toBe(assessmentCompleteDue(parseLocalDate(a.pending_date)));
    }
    const unassessedToday = county.notification.filter((n) => n.urgency_assessed_at === null);
    expect(unassessedToday.map((n) => n.received_on)).toEqual(['2026-11-25', '2026-11-25']);
  });

  it('made before seven in the morning, has its new notifications come in the night, not in its future', () => {
    const madeAt = new Date('2026-11-25T03:10:00Z'); // 5.10 in Helsinki
    const early = generateCounty({ ...options, madeAt });
    const fresh = early.notification.filter((n) => n.urgency_assessed_at === null);
    expect(fresh).toHaveLength(2);
    for (const n of fresh) {
      expect(n.received_on).toBe('2026-11-25');
      expect(new Date(n.received_at as Date).getTime()).toBeLessThanOrEqual(madeAt.getTime());
      // The worker holds the child from then on: the child is on her list at once.
      const holds = early.access_relationship.filter((r) => r.child_id === n.child_id);
      expect(holds.length).toBeGreaterThan(0);
      for (const r of holds)
        expect(new Date(r.valid_from as Date).getTime()).toBeLessThanOrEqual(madeAt.getTime());
    }
    // Made later in the day, it is the county as ever.
    expect(generateCounty({ ...options, madeAt: new Date('2026-11-25T10:00:00Z') })).toEqual(county);
  });

  it('shows Anna Virtanen every stage: new today, urgent, awaiting start, start overdue, nearing 3 months, under way', () => {
    const anna = county.staff_user.find((u) => u.username === 'anna.virtanen')!;
    const cases = new Set(
      county.child_case.filter((c) => c.responsible_worker_id === anna.id).map((c) => c.id),
    );
    const ref = options.referenceDate;
    const hers = county.assessment.filter((a) => cases.has(a.case_id));
    const notifications = county.notification.filter((n) => cases.has(n.case_id));
    expect(notifications.filter((n) => n.urgency_assessed_at === null)).toHaveLength(1);
    expect(notifications.filter((n) => n.urgent)).toHaveLength(1);
    expect(hers.some((a) => a.status === 'awaiting_start' && a.start_due < ref)).toBe(true);
    expect(hers.some((a) => a.status === 'awaiting_start' && a.start_due >= ref)).toBe(true);
    const completeIn = hers
      .filter((a) => a.status === 'in_progress')
      .map((a) => daysBetween(ref, parseLocalDate(a.complete_due)));
    expect(completeIn.some((d) => d >= 0 && d <= 7)).toBe(true);
    expect(completeIn.some((d) => d > 7)).toBe(true);
  });

  it('uses only valid test identity codes (individual numbers 900–999), each once', () => {
    const codes = county.person.map((p) => p.hetu).filter((h): h is string => h !== null);
    expect(codes.every(isTestHetu)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('never opens a case before the child was born, nor after the reference day', () => {
    for (const c of county.child_case) {
      const child = children.find((p) => p.id === c.child_id)!;
      const opened = new Date(c.opened_at as Date);
      expect(opened.getTime()).toBeGreaterThanOrEqual(new Date(`${child.birth_date}T00:00:00Z`).getTime());
      expect(opened.getTime()).toBeLessThanOrEqual(new Date('2026-11-25T23:59:59Z').getTime());
    }
  });

  it('scales to national size with as many teams as the children need', () => {
    const national = generateCounty({ ...options, children: 5_000 });
    expect(national.person.filter((p) => p.kind === 'child')).toHaveLength(5_000);
    expect(national.team.length).toBeGreaterThan(60);
  });
});
