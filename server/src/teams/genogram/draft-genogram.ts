import type { GenogramDocument, GenogramDraft, GenogramPerson } from '@lumo/domain';
import type { Ctx } from '../../platform/context';
import { newId } from '../../platform/ids';
import { logFamilyUse, requireFamilyAction, runFamilyCommand, todayOf } from '../access';
import { anyOf, familyRow } from '../queries';
import { loadGenograms } from './load';

const PARENT = new Set(['mother', 'father', 'parent']);

/**
 * A genogram proposed from the client record, for the team to correct and save: the saved one (if
 * any) with the children and the people linked to them added where missing, their parents as
 * couples (living together or separated, as the record says), foster parents, and who lives with
 * whom. Children get their birth date, adults their birth year, as genograms are drawn.
 */
export function draftGenogram(ctx: Ctx, familyId: string): Promise<GenogramDraft> {
  return runFamilyCommand(ctx, async (tx) => {
    const access = await requireFamilyAction(tx, ctx, { kind: 'family', id: familyId }, 'systemic:read');
    const family = await familyRow(tx, familyId);
    const saved = (await loadGenograms(tx, [{ ...family, can: access.can }], todayOf(ctx))).get(familyId)!;
    const doc: GenogramDocument = {
      ...saved.document,
      persons: saved.document.persons.map(({ age: _, isFamilyChild: __, ...p }) => p),
    };
    const people = await tx
      .selectFrom('person')
      .select(['id', 'kind', 'first_names', 'last_name', 'sex', 'birth_date', 'deceased_on'])
      .where((eb) =>
        eb.or([
          eb('id', '=', anyOf(family.child_ids)),
          eb(
            'id',
            'in',
            eb.selectFrom('family_link').select('person_id').where('child_id', '=', anyOf(family.child_ids)),
          ),
        ]),
      )
      .orderBy('birth_date')
      .execute();
    const links = await tx
      .selectFrom('family_link')
      .select(['child_id', 'person_id', 'relation', 'lives_with_child'])
      .where('child_id', '=', anyOf(family.child_ids))
      .execute();

    const gid = new Map(doc.persons.flatMap((p) => (p.personId ? [[p.personId, p.id] as const] : [])));
    let added = 0;
    for (const p of people) {
      if (gid.has(p.id)) continue;
      const isChild = family.child_ids.includes(p.id);
      const person: GenogramPerson = {
        id: newId(),
        personId: p.id,
        name: `${p.first_names} ${p.last_name}`,
        sex: p.sex,
        birthYear: !isChild && p.birth_date ? Number(p.birth_date.slice(0, 4)) : null,
        birthDate: isChild ? p.birth_date : null,
        deceased: p.deceased_on !== null,
        deathYear: p.deceased_on ? Number(p.deceased_on.slice(0, 4)) : null,
        note: '',
      };
      doc.persons.push(person);
      gid.set(p.id, person.id);
      added++;
    }

    const coupleOf = (a: string, b: string, kind: GenogramDocument['couples'][number]['kind']) => {
      const found = doc.couples.find(
        (c) => (c.partnerA === a && c.partnerB === b) || (c.partnerA === b && c.partnerB === a),
      );
      if (found) return found.id;
      const couple = { id: newId(), partnerA: a, partnerB: b, kind, fromYear: null, toYear: null };
      doc.couples.push(couple);
      return couple.id;
    };
    const link = (
      childId: string,
      parent: { coupleId: string } | { parentId: string },
      kind: 'biological' | 'foster',
    ) => {
      const coupleId = 'coupleId' in parent ? parent.coupleId : null;
      const parentId = 'parentId' in parent ? parent.parentId : null;
      if (
        doc.childLinks.some(
          (l) => l.childId === childId && l.coupleId === coupleId && l.parentId === parentId,
        )
      )
        return;
      doc.childLinks.push({ id: newId(), childId, coupleId, parentId, kind });
    };
    const homes = new Map<string, Set<string>>();
    for (const childId of family.child_ids) {
      const child = gid.get(childId);
      if (!child) continue;
      const mine = links.filter((l) => l.child_id === childId && gid.has(l.person_id));
      const parents = mine.filter((l) => PARENT.has(l.relation));
      if (parents.length === 2) {
        const [a, b] = parents as [(typeof parents)[0], (typeof parents)[0]];
        const together = a.lives_with_child && b.lives_with_child;
        link(
          child,
          {
            coupleId: coupleOf(
              gid.get(a.person_id)!,
              gid.get(b.person_id)!,
              together ? 'cohabiting' : 'separated',
            ),
          },
          'biological',
        );
      } else if (parents.length === 1) {
        link(child, { parentId: gid.get(parents[0]!.person_id)! }, 'biological');
      }
      const home = parents.filter((l) => l.lives_with_child);
      for (const step of mine.filter((l) => l.relation === 'step_parent')) {
        if (home.length === 1) coupleOf(gid.get(home[0]!.person_id)!, gid.get(step.person_id)!, 'cohabiting');
      }
      for (const foster of mine.filter((l) => l.relation === 'foster_parent')) {
        link(child, { parentId: gid.get(foster.person_id)! }, 'foster');
      }
      const household = [child, ...mine.filter((l) => l.lives_with_child).map((l) => gid.get(l.person_id)!)];
      const key = household.slice(1).sort().join('|');
      homes.set(key, new Set([...(homes.get(key) ?? []), ...household]));
    }
    const housed = new Set(doc.households.flatMap((h) => h.memberIds));
    for (const members of homes.values()) {
      const fresh = [...members].filter((m) => !housed.has(m));
      if (fresh.length !== members.size) continue;
      doc.households.push({ id: newId(), label: '', memberIds: fresh });
      for (const m of fresh) housed.add(m);
    }
    await logFamilyUse(tx, ctx, access, 'systemic:read', { op: 'genogram:draftFromRecord' });
    return { version: saved.version, document: doc, addedPersons: added };
  });
}
