import { useId } from 'react';
import styled from 'styled-components';
import { StyledTable } from '../components/DataTable';
import { colors, spacing } from '../components/theme';
import { useI18n } from '../i18n';
import type { DrawnGenogram } from './model';

const Scroll = styled.div`
  max-width: 100%;
  overflow-x: auto;
  margin-bottom: ${spacing.m};
`;

/**
 * The genogram as text: every person, and every relationship (couples, parents and children, emotional
 * lines). Always there for screen readers; shown on the screen when the user asks for it.
 */
export function GenogramTable({ genogram, visible }: { genogram: DrawnGenogram; visible: boolean }) {
  const { t } = useI18n();
  const g = t.teams.genogram;
  const personsId = useId();
  const relationsId = useId();
  const name = new Map(genogram.persons.map((p) => [p.id, p.name.trim() || g.unnamed]));
  const who = (id: string) => name.get(id) ?? '?';
  const householdOf = new Map<string, string>();
  for (const h of genogram.households)
    for (const m of h.memberIds) householdOf.set(m, h.label || g.household);
  const couple = new Map(genogram.couples.map((c) => [c.id, c]));

  const relations: { key: string; between: string; kind: string; details: string }[] = [];
  for (const c of genogram.couples) {
    relations.push({
      key: c.id,
      between: g.table.couple(who(c.partnerA), who(c.partnerB)),
      kind: g.couples[c.kind],
      details:
        c.fromYear !== null || c.toYear !== null
          ? g.table.yearsRange(
              c.fromYear === null ? '' : String(c.fromYear),
              c.toYear === null ? '' : String(c.toYear),
            )
          : '',
    });
  }
  for (const l of genogram.childLinks) {
    const parents =
      l.coupleId !== null
        ? (() => {
            const c = couple.get(l.coupleId);
            return c ? g.table.couple(who(c.partnerA), who(c.partnerB)) : '?';
          })()
        : who(l.parentId ?? '');
    relations.push({
      key: l.id,
      between: g.table.parentsOf(parents, who(l.childId)),
      kind: g.table.childKind(g.childKinds[l.kind]),
      details: '',
    });
  }
  for (const r of genogram.relationships) {
    relations.push({
      key: r.id,
      between:
        r.kind === 'abusive'
          ? g.table.directed(who(r.fromId), who(r.toId))
          : g.table.couple(who(r.fromId), who(r.toId)),
      kind: g.lines[r.kind],
      details: r.note,
    });
  }

  const born = (p: DrawnGenogram['persons'][number]) =>
    p.birthDate
      ? p.birthDate.split('-').reverse().map(Number).join('.')
      : p.birthYear === null
        ? ''
        : String(p.birthYear);

  const tables = (
    <>
      <StyledTable aria-labelledby={personsId} data-qa="genogram-table-persons">
        <caption id={personsId}>{g.table.persons}</caption>
        <thead>
          <tr>
            <th scope="col">{g.table.columns.name}</th>
            <th scope="col">{g.table.columns.sex}</th>
            <th scope="col">{g.table.columns.born}</th>
            <th scope="col">{g.table.columns.age}</th>
            <th scope="col">{g.table.columns.deceased}</th>
            <th scope="col">{g.table.columns.household}</th>
            <th scope="col">{g.table.columns.note}</th>
          </tr>
        </thead>
        <tbody>
          {genogram.persons.map((p) => (
            <tr key={p.id} data-qa="genogram-table-person">
              <th scope="row">
                {p.name.trim() || g.unnamed}
                {p.isFamilyChild ? <div style={{ color: colors.depthDark1 }}>{g.familyChild}</div> : null}
              </th>
              <td>{g.sexes[p.sex]}</td>
              <td className="nowrap">{born(p)}</td>
              <td>{p.age === null ? '' : g.age(p.age)}</td>
              <td>
                {p.deceased
                  ? g.table.deceasedYes(p.deathYear === null ? '' : String(p.deathYear))
                  : t.common.no}
              </td>
              <td>{householdOf.get(p.id) ?? ''}</td>
              <td>{p.note}</td>
            </tr>
          ))}
        </tbody>
      </StyledTable>
      <StyledTable
        aria-labelledby={relationsId}
        data-qa="genogram-table-relations"
        style={{ marginTop: spacing.m }}
      >
        <caption id={relationsId}>{g.table.relations}</caption>
        <thead>
          <tr>
            <th scope="col">{g.table.columns.between}</th>
            <th scope="col">{g.table.columns.kind}</th>
            <th scope="col">{g.table.columns.details}</th>
          </tr>
        </thead>
        <tbody>
          {relations.length === 0 ? (
            <tr>
              <td colSpan={3}>{g.table.empty}</td>
            </tr>
          ) : (
            relations.map((r) => (
              <tr key={r.key} data-qa="genogram-table-relation">
                <th scope="row">{r.between}</th>
                <td>{r.kind}</td>
                <td>{r.details}</td>
              </tr>
            ))
          )}
        </tbody>
      </StyledTable>
    </>
  );

  if (!visible)
    return (
      <div className="visually-hidden" data-qa="genogram-table">
        {tables}
      </div>
    );
  return (
    <Scroll data-qa="genogram-table" tabIndex={0} role="region" aria-labelledby={personsId}>
      {tables}
    </Scroll>
  );
}
