import type { NetworkMapDocument } from '@lumo/domain';
import { DataTable } from '../../../lib/components/DataTable';
import { useI18n } from '../../../lib/i18n';

/** The map as tables: everything the drawing shows, for a screen reader or a closer reading. */
export function NetworkMapTable({ doc, qa = 'network-table' }: { doc: NetworkMapDocument; qa?: string }) {
  const { t } = useI18n();
  const n = t.network;
  const c = n.table;
  const nameOf = (id: string) => doc.nodes.find((node) => node.id === id)?.name ?? '';
  return (
    <div data-qa={qa} style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <DataTable caption={c.nodes}>
        <thead>
          <tr>
            <th scope="col">{c.name}</th>
            <th scope="col">{c.role}</th>
            <th scope="col">{c.kind}</th>
            <th scope="col">{c.sector}</th>
            <th scope="col">{c.note}</th>
          </tr>
        </thead>
        <tbody>
          {doc.nodes.map((node) => (
            <tr key={node.id}>
              <th scope="row">{node.name}</th>
              <td>{node.role}</td>
              <td>
                {n.kinds[node.kind]}
                {node.serviceId ? ` (${c.linked})` : ''}
              </td>
              <td>{node.kind === 'child' ? '' : n.sectors[node.sector]}</td>
              <td>{node.note}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <DataTable caption={c.ties}>
        <thead>
          <tr>
            <th scope="col">{c.between}</th>
            <th scope="col">{c.strength}</th>
            <th scope="col">{c.stress}</th>
            <th scope="col">{c.support}</th>
            <th scope="col">{c.note}</th>
          </tr>
        </thead>
        <tbody>
          {doc.ties.length === 0 ? (
            <tr>
              <td colSpan={5}>{c.noTies}</td>
            </tr>
          ) : (
            doc.ties.map((tie) => {
              const a = nameOf(tie.from);
              const b = nameOf(tie.to);
              return (
                <tr key={tie.id}>
                  <th scope="row">{c.pair(a, b)}</th>
                  <td>{n.strength[tie.strength]}</td>
                  <td>{n.stress[tie.stress]}</td>
                  <td>
                    {tie.support === 'from_to'
                      ? n.support.oneWay(a, b)
                      : tie.support === 'to_from'
                        ? n.support.oneWay(b, a)
                        : n.support[tie.support]}
                  </td>
                  <td>{tie.note}</td>
                </tr>
              );
            })
          )}
        </tbody>
      </DataTable>
    </div>
  );
}
