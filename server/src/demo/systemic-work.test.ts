import { type GenogramDocument, genogramIssues, parseLocalDate } from '@lumo/domain';
import { describe, expect, it } from 'vitest';
import { generateCounty } from './generate';

const referenceDate = parseLocalDate('2026-11-25');
const options = { children: 320, referenceDate, passwordHash: 'hash' };

describe('the demo county’s systemic team work', () => {
  const county = generateCounty(options);
  const teamNamed = (name: string) => county.team.find((t) => t.name === name)!;
  const userNamed = (username: string) => county.staff_user.find((u) => u.username === username)!;
  const meetingsOf = (teamId: string) =>
    county.meeting.filter((m) => m.team_id === teamId).sort((a, b) => a.date.localeCompare(b.date));
  const document = (familyId: string) =>
    JSON.parse(county.genogram.find((g) => g.family_id === familyId)!.document as string) as GenogramDocument;

  it('gives every team a weekly meeting, tiimi Kangas on Tuesdays at 9.00, with its last three meetings and the next', () => {
    const kangas = teamNamed('Jyväskylä, tiimi Kangas');
    expect(county.meeting_series.find((s) => s.team_id === kangas.id)).toMatchObject({
      weekday: 2,
      start_time: '09:00',
    });
    for (const team of county.team)
      expect(county.meeting_series.filter((s) => s.team_id === team.id)).toHaveLength(1);
    const dates = meetingsOf(kangas.id).map((m) => m.date);
    expect(dates).toEqual(['2026-11-10', '2026-11-17', '2026-11-24', '2026-12-01']);
    // 25.11.2026 is a Wednesday: tiimi Harju meets today.
    expect(meetingsOf(teamNamed('Jyväskylä, tiimi Harju').id).at(-1)!.date).toBe('2026-11-25');
  });

  it('writes reflective records for Anna Virtanen’s families that show the model at work', () => {
    const anna = userNamed('anna.virtanen');
    const annas = county.family.filter((f) => f.created_by === anna.id).map((f) => f.id);
    expect(annas.length).toBeGreaterThanOrEqual(3);
    const items = county.agenda_item.filter((a) => annas.includes(a.family_id));
    expect(new Set(items.map((a) => a.meeting_id)).size).toBeGreaterThanOrEqual(3);
    const statuses = new Set(
      county.hypothesis.filter((h) => annas.includes(h.family_id)).map((h) => h.status ?? 'open'),
    );
    expect([...statuses].sort()).toEqual(['open', 'set_aside', 'supported']);
    const repeated = county.experiment_follow_up.filter(
      (f) => annas.includes(f.family_id) && f.outcome === 'continue',
    );
    expect(repeated.length).toBeGreaterThan(0);
    const concluded = county.experiment.find((e) => e.id === repeated[0]!.experiment_id);
    expect(concluded?.status).toBe('concluded');
    expect(county.record_entry.some((e) => annas.includes(e.family_id) && e.kind === 'family_voice')).toBe(
      true,
    );
    expect(county.family_summary.some((s) => annas.includes(s.family_id) && s.shared_with_family)).toBe(true);
    expect(county.timeline_event.some((e) => annas.includes(e.family_id) && e.kind === 'loss')).toBe(true);
  });

  it('leaves an open experiment of Anna’s due at the next meeting, with nobody having put the family there', () => {
    const kangas = teamNamed('Jyväskylä, tiimi Kangas');
    const next = meetingsOf(kangas.id).at(-1)!;
    const due = county.experiment.filter(
      (e) => e.team_id === kangas.id && e.status !== 'concluded' && e.follow_up_on === next.date,
    );
    expect(due.length).toBeGreaterThan(0);
    const onNextAgenda = county.agenda_item.filter((a) => a.meeting_id === next.id).map((a) => a.family_id);
    for (const e of due) expect(onNextAgenda).not.toContain(e.family_id);
  });

  it('draws genograms that hold together, one of three generations with a dozen people', () => {
    expect(county.genogram.length).toBeGreaterThanOrEqual(3);
    for (const g of county.genogram) expect(genogramIssues(JSON.parse(g.document as string))).toEqual([]);
    const biggest = county.genogram
      .map((g) => document(g.family_id))
      .sort((a, b) => b.persons.length - a.persons.length)[0]!;
    expect(biggest.persons.length).toBeGreaterThanOrEqual(12);
    expect(biggest.couples.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['divorced', 'married', 'cohabiting']),
    );
    expect(biggest.childLinks.some((l) => l.kind === 'foster')).toBe(true);
    expect(biggest.persons.some((p) => p.deceased)).toBe(true);
    expect(biggest.relationships.map((r) => r.kind)).toEqual(expect.arrayContaining(['close', 'conflicted']));
    // Three generations: someone whose parent's parent is in the genogram too.
    const parentsOf = (id: string) =>
      biggest.childLinks
        .filter((l) => l.childId === id)
        .flatMap((l) => {
          const couple = biggest.couples.find((c) => c.id === l.coupleId);
          return couple ? [couple.partnerA, couple.partnerB] : l.parentId ? [l.parentId] : [];
        });
    expect(biggest.persons.some((p) => parentsOf(p.id).some((parent) => parentsOf(parent).length > 0))).toBe(
      true,
    );
  });

  it('gives every team at national scale a next meeting with twelve families, their genograms and notes', () => {
    const national = generateCounty({ ...options, children: 5_000 });
    const byTeam = new Map<string, string[]>();
    for (const e of national.experiment)
      byTeam.set(e.team_id, [...new Set([...(byTeam.get(e.team_id) ?? []), e.family_id])]);
    const busy = [...byTeam.entries()].filter(([, families]) => families.length > 0);
    // Every team with children discusses twelve families, but the last, which has fewer children.
    expect(busy.filter(([, families]) => families.length === 12).length).toBeGreaterThan(50);
    expect(busy.filter(([, families]) => families.length < 12).length).toBeLessThanOrEqual(1);
    for (const [teamId, families] of busy) {
      const next = national.meeting
        .filter((m) => m.team_id === teamId)
        .sort((a, b) => a.date.localeCompare(b.date))
        .at(-1)!;
      const added = national.agenda_item.filter((a) => a.meeting_id === next.id).map((a) => a.family_id);
      const due = national.experiment
        .filter((e) => e.team_id === teamId && e.follow_up_on === next.date)
        .map((e) => e.family_id);
      expect(new Set([...added, ...due]).size).toBe(families.length);
      expect(
        national.agenda_item.filter((a) => families.includes(a.family_id) && a.meeting_id !== next.id),
      ).toHaveLength(3 * families.length);
    }
    expect(national.genogram).toHaveLength(national.family.length);
  });
});
