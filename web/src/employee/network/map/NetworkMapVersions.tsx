import type { NetworkMapVersion, NetworkMapVersionList } from '@lumo/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { DataTable } from '../../../lib/components/DataTable';
import { ErrorNotice } from '../../../lib/components/ErrorNotice';
import { Loading } from '../../../lib/components/Loading';
import { colors, spacing } from '../../../lib/components/theme';
import { formatDateTime } from '../../../lib/dates';
import { type Translations, useI18n } from '../../../lib/i18n';
import { Section, Select } from '../../teams/ui';
import { networkMapVersionQuery, networkMapVersionsQuery } from '../queries';
import { layoutNetworkMap } from './layout';
import { compareMaps, type MapChange } from './model';
import { NetworkMapSvg } from './NetworkMapSvg';

const SideBySide = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
  gap: ${spacing.s};
  figure {
    margin: 0;
    border: 1px solid ${colors.depthLight1};
    border-radius: 4px;
    padding: ${spacing.xs};
    min-width: 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 4px;
  }
`;

const Changes = styled.ul`
  margin: ${spacing.s} 0 0;
  padding-left: 20px;
  li {
    margin: 2px 0;
  }
  .added {
    color: ${colors.successDark1};
    font-weight: 600;
  }
  .removed {
    color: ${colors.alertBase};
    font-weight: 600;
  }
`;

function describe(
  change: MapChange,
  t: Translations,
): { tone: 'added' | 'removed' | 'changed'; text: string } {
  const v = t.network.versions;
  const field = (f: keyof typeof v.fields) => v.fields[f];
  switch (change.kind) {
    case 'nodeAdded':
      return { tone: 'added', text: v.nodeAdded(change.node.name) };
    case 'nodeRemoved':
      return { tone: 'removed', text: v.nodeRemoved(change.node.name) };
    case 'nodeChanged':
      return {
        tone: 'changed',
        text: v.nodeChanged(
          change.node.name,
          change.fields
            .map((f) =>
              f === 'sector'
                ? `${field(f)}: ${t.network.sectors[change.before.sector]} → ${t.network.sectors[change.node.sector]}`
                : field(f),
            )
            .join(', '),
        ),
      };
    case 'tieAdded':
      return { tone: 'added', text: v.tieAdded(change.from, change.to) };
    case 'tieRemoved':
      return { tone: 'removed', text: v.tieRemoved(change.from, change.to) };
    case 'tieChanged':
      return {
        tone: 'changed',
        text: v.tieChanged(
          change.from,
          change.to,
          change.fields
            .map((f) =>
              f === 'strength'
                ? `${field(f)}: ${t.network.strength[change.before.strength]} → ${t.network.strength[change.tie.strength]}`
                : f === 'stress'
                  ? `${field(f)}: ${t.network.stress[change.before.stress]} → ${t.network.stress[change.tie.stress]}`
                  : field(f),
            )
            .join(', '),
        ),
      };
  }
}

function VersionFigure({
  version,
  caption,
  highlight,
}: {
  version: NetworkMapVersion;
  caption: string;
  highlight?: ReadonlySet<string>;
}) {
  const { t } = useI18n();
  const layout = useMemo(() => layoutNetworkMap(version.document, t.network.sectors), [version.document, t]);
  const child = version.document.nodes.find((n) => n.kind === 'child')?.name ?? '';
  return (
    <figure data-qa={`network-compare-v${version.version}`}>
      <figcaption>{caption}</figcaption>
      <NetworkMapSvg
        doc={version.document}
        layout={layout}
        label={t.network.map.svgLabel(child, version.document.nodes.length - 1, version.document.ties.length)}
        {...(highlight ? { highlight } : {})}
        fit
      />
    </figure>
  );
}

function Comparison({ childId, before, after }: { childId: string; before: number; after: number }) {
  const { t, lang } = useI18n();
  const v = t.network.versions;
  const a = useQuery(networkMapVersionQuery(childId, before));
  const b = useQuery(networkMapVersionQuery(childId, after));
  if (a.isPending || b.isPending) return <Loading />;
  if (a.error || b.error) return <ErrorNotice error={a.error ?? b.error} />;
  const changes = compareMaps(a.data.document, b.data.document);
  const highlight = new Set(
    changes.flatMap((c) =>
      c.kind === 'nodeAdded' || c.kind === 'nodeChanged'
        ? [c.node.id]
        : c.kind === 'tieAdded' || c.kind === 'tieChanged'
          ? [c.tie.id]
          : [],
    ),
  );
  const caption = (x: NetworkMapVersion) =>
    `${v.version(x.version)}${x.savedAt ? ` · ${formatDateTime(x.savedAt, t)}` : ''}${x.note ? ` · ${x.note}` : ''}`;
  return (
    <div data-qa="network-comparison">
      <SideBySide>
        <VersionFigure version={a.data} caption={`${v.before}: ${caption(a.data)}`} />
        <VersionFigure version={b.data} caption={`${v.after}: ${caption(b.data)}`} highlight={highlight} />
      </SideBySide>
      <h3 style={{ margin: `${spacing.s} 0 0`, fontSize: 18 }}>{v.changes}</h3>
      {changes.length === 0 ? (
        <p data-qa="network-no-changes">{v.noChanges}</p>
      ) : (
        <Changes data-qa="network-changes">
          {changes.map((change) => {
            const d = describe(change, t);
            const key =
              'node' in change ? `${change.kind}-${change.node.id}` : `${change.kind}-${change.tie.id}`;
            return (
              <li key={key}>
                <span className={d.tone}>{v.tones[d.tone].toLocaleUpperCase(lang)}</span> {d.text}
              </li>
            );
          })}
        </Changes>
      )}
    </div>
  );
}

/** The saved versions of the map, and any two of them side by side with what changed. */
export function NetworkMapVersions({ childId }: { childId: string }) {
  const { t } = useI18n();
  const v = t.network.versions;
  const list = useQuery(networkMapVersionsQuery(childId));
  const [pair, setPair] = useState<{ before: number; after: number } | null>(null);
  return (
    <Section title={v.title} qa="network-versions" className="no-print">
      {list.isPending ? <Loading /> : null}
      {list.error ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? <Loaded list={list.data} pair={pair} setPair={setPair} childId={childId} /> : null}
    </Section>
  );
}

function Loaded({
  list,
  pair,
  setPair,
  childId,
}: {
  list: NetworkMapVersionList;
  pair: { before: number; after: number } | null;
  setPair: (pair: { before: number; after: number }) => void;
  childId: string;
}) {
  const { t } = useI18n();
  const v = t.network.versions;
  const versions = list.versions;
  const [before, setBefore] = useState(versions[1]?.version ?? versions[0]?.version ?? 0);
  const [after, setAfter] = useState(versions[0]?.version ?? 0);
  if (versions.length === 0) return <p style={{ margin: 0 }}>{v.none}</p>;
  return (
    <>
      <DataTable caption={v.caption} data-qa="network-version-list">
        <thead>
          <tr>
            <th scope="col">{v.columns.version}</th>
            <th scope="col">{v.columns.savedAt}</th>
            <th scope="col">{v.columns.savedBy}</th>
            <th scope="col">{v.columns.content}</th>
            <th scope="col">{v.columns.note}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((x) => (
            <tr key={x.version}>
              <th scope="row">{v.version(x.version)}</th>
              <td>{formatDateTime(x.savedAt, t)}</td>
              <td>{x.savedBy.name}</td>
              <td>{v.content(x.nodes, x.ties)}</td>
              <td>{x.note}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {versions.length > 1 ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setPair({ before: Math.min(before, after), after: Math.max(before, after) });
          }}
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            gap: spacing.s,
            alignItems: 'flex-end',
            margin: `${spacing.s} 0`,
          }}
          data-qa="network-compare-form"
        >
          <Select
            label={v.before}
            value={before}
            onChange={(e) => setBefore(Number(e.target.value))}
            qa="network-compare-before"
          >
            {versions.map((x) => (
              <option key={x.version} value={x.version}>
                {v.version(x.version)}
              </option>
            ))}
          </Select>
          <Select
            label={v.after}
            value={after}
            onChange={(e) => setAfter(Number(e.target.value))}
            qa="network-compare-after"
          >
            {versions.map((x) => (
              <option key={x.version} value={x.version}>
                {v.version(x.version)}
              </option>
            ))}
          </Select>
          <Button type="submit" data-qa="network-compare">
            {v.compare}
          </Button>
        </form>
      ) : (
        <p style={{ margin: `${spacing.s} 0 0` }}>{v.onlyOne}</p>
      )}
      {pair && pair.before !== pair.after ? (
        <Comparison childId={childId} before={pair.before} after={pair.after} />
      ) : null}
    </>
  );
}
