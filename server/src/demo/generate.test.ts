import { isTestHetu, parseLocalDate } from '@lumo/domain';
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

  it('keeps every responsible worker within the legal caseload of 30', () => {
    const caseloads = new Map<string, number>();
    for (const c of county.child_case)
      caseloads.set(c.responsible_worker_id!, (caseloads.get(c.responsible_worker_id!) ?? 0) + 1);
    expect(Math.max(...caseloads.values())).toBeLessThanOrEqual(30);
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
