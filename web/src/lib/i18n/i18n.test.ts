import { describe, expect, test } from 'vitest';
import { staffTitle, translations } from './index';

type Tree = { [key: string]: unknown };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [p, v] of leaves(value as Tree, path)) out.set(p, v);
    else out.set(path, typeof value);
  }
  return out;
}

describe('translations', () => {
  // The types make a missing key a compile error; this guards the shape at run time too.
  test('Swedish and English have every Finnish key, of the same kind, and nothing else', () => {
    const fi = leaves(translations.fi as unknown as Tree);
    for (const lang of ['sv', 'en'] as const) {
      expect(leaves(translations[lang] as unknown as Tree)).toEqual(fi);
    }
  });

  test('no text is empty', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const walk = (tree: Tree) => {
        for (const value of Object.values(tree)) {
          if (typeof value === 'string') expect(value.trim().length).toBeGreaterThan(0);
          else if (value && typeof value === 'object') walk(value as Tree);
        }
      };
      walk(translations[lang] as unknown as Tree);
    }
  });

  test('the official Swedish terms are used', () => {
    const { sv } = translations;
    expect(sv.child.case.responsibleWorker).toBe('Ansvarig socialarbetare');
    expect(sv.child.family.guardian).toBe('Vårdnadshavare');
    expect(sv.emergency.formHeading).toBe('Nödåtkomst');
    expect(sv.auditLog.title).toBe('Användningslogg');
    expect(sv.child.nonDisclosure).toBe('Spärrmarkering');
    // The statutory clock (issue 3).
    expect(sv.notifications.kinds.notification).toBe('Barnskyddsanmälan');
    expect(sv.assessment.title).toBe('Bedömning av servicebehovet');
    expect(sv.clock.phases.client).toBe('Klientrelation');
    expect(sv.plan.title).toBe('Klientplan');
    expect(sv.clock.groups.urgent).toBe('Brådskande');
    expect(sv.assessment.conclusion.worker).toBe('Ansvarig socialarbetare');
    expect(sv.notifications.register.title).toBe('Anmälningsregister');
  });
});

describe('staff titles', () => {
  test('a staff role is named in the reader’s language; a partner’s own title and a title without a role as written', () => {
    const worker = { title: 'Sosiaalityöntekijä', role: 'social_worker' as const };
    expect(staffTitle(worker, translations.sv)).toBe('Socialarbetare');
    expect(staffTitle(worker, translations.en)).toBe('Social worker');
    expect(staffTitle(worker, translations.fi)).toBe('Sosiaalityöntekijä');
    expect(staffTitle({ title: 'Koulukuraattori', role: 'partner' }, translations.sv)).toBe(
      'Koulukuraattori',
    );
    expect(staffTitle({ title: 'Lastenpsykiatri', role: null }, translations.en)).toBe('Lastenpsykiatri');
  });
});
