import {
  type NetworkMapDocument,
  type NetworkMapView,
  networkMapIssues,
  networkMapViewSchema,
} from '@lumo/domain';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, type MouseEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import styled, { createGlobalStyle } from 'styled-components';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../../lib/api/client';
import { errorText } from '../../../lib/components/ErrorNotice';
import { colors, spacing } from '../../../lib/components/theme';
import { formatDateTime } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { conflictCurrent } from '../../teams/ui';
import { networkMapApi } from '../api';
import { networkMapQuery, networkMapVersionsQuery } from '../queries';
import { type Direction, layoutNetworkMap, neighbour } from './layout';
import {
  addNode,
  addTie,
  childNode,
  defaultTie,
  removeNode,
  removeTie,
  supportSeenFrom,
  tieBetween,
  updateNode,
  updateTie,
} from './model';
import { NodeForm, TieForm } from './NetworkMapForms';
import { NetworkMapLegend } from './NetworkMapLegend';
import { NetworkMapSvg } from './NetworkMapSvg';
import { NetworkMapTable } from './NetworkMapTable';

/** On paper: the map and its legend, nothing of the editor. */
const PrintStyle = createGlobalStyle`
  @media print {
    @page { size: A4 landscape; margin: 12mm; }
    body { background: #fff !important; }
    header, nav, footer, .no-print { display: none !important; }
    main { padding: 0 !important; }
    .network-print { border: 0 !important; overflow: visible !important; max-height: none !important; }
    .network-print svg { width: 100% !important; height: auto !important; max-height: 165mm; }
    .network-legend { break-inside: avoid; border: 0 !important; }
  }
`;

/** Wide: the drawing and its legend, the panel beside them. Narrow: the panel right under the drawing. */
const Workspace = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(280px, 330px);
  grid-template-areas: 'drawing panel' 'legend panel';
  gap: ${spacing.s} ${spacing.m};
  align-items: start;
  > .drawing-column {
    grid-area: drawing;
    min-width: 0;
  }
  > aside {
    grid-area: panel;
  }
  > .legend-column {
    grid-area: legend;
    min-width: 0;
  }
  @media (max-width: 1000px) {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'drawing' 'panel' 'legend';
  }
  @media print {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'drawing' 'legend';
  }
`;

const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.xs};
  margin-bottom: ${spacing.xs};
  button {
    min-height: 36px;
  }
`;

const Drawing = styled.div`
  overflow: auto;
  max-height: 80vh;
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  background: ${colors.whiteBase};
  &:focus-visible {
    outline: 3px solid transparent;
    box-shadow: 0 0 0 2px ${colors.whiteBase}, 0 0 0 5px ${colors.accentSecondary};
  }
`;

const Panel = styled.aside`
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  background: ${colors.whiteBase};
  padding: ${spacing.s};
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  h3 {
    margin: 0;
    font-size: 18px;
  }
  ul.ties {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.ties button {
    white-space: nowrap;
  }
  ul.ties li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    padding: 4px 0;
    border-bottom: 1px solid ${colors.depthLight2};
  }
`;

const ModeBanner = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.xs};
  padding: 6px ${spacing.s};
  margin-bottom: ${spacing.xs};
  background: ${colors.warningLight1};
  border-left: 4px solid ${colors.warningBase};
  font-weight: 600;
`;

const SaveBar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.s};
  padding: ${spacing.s};
  margin-top: ${spacing.s};
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  background: ${colors.highlightLight4};
  .note {
    flex: 1 1 18rem;
  }
  .state {
    flex-basis: 100%;
    margin: 0;
    font-weight: 600;
  }
`;

type Panel =
  | { kind: 'add'; nodeKind: 'person' | 'service' }
  | { kind: 'node'; id: string; editing: boolean }
  | { kind: 'tie'; id: string | null; from?: string; to?: string }
  | null;

/**
 * The network map editor: the drawing lays itself out; the worker adds, edits and removes people,
 * services and ties with the mouse (click a node, "draw a tie", click another) or the keyboard alone
 * (arrows move between nodes in the drawing, Enter opens the selected node, the forms do the rest).
 * Nothing is saved until she saves a new version.
 */
export function NetworkMapEditor({ view }: { view: NetworkMapView }) {
  const { t, lang } = useI18n();
  const n = t.network;
  const e = n.map;
  const queryClient = useQueryClient();
  const canEdit = view.can.includes('networkMap:edit');
  const [doc, setDoc] = useState<NetworkMapDocument>(view.document);
  const [base, setBase] = useState(view);
  const [dirty, setDirty] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [connectFrom, setConnectFrom] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [live, setLive] = useState('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<NetworkMapView | null>(null);
  const [showTable, setShowTable] = useState(false);
  const drawingRef = useRef<HTMLDivElement>(null);
  const liveId = useId();
  const layout = useMemo(() => layoutNetworkMap(doc, n.sectors), [doc, n]);
  const child = childNode(doc);
  const childName = child?.name ?? '';
  const nameOf = (id: string) => doc.nodes.find((node) => node.id === id)?.name ?? '';
  const issues = useMemo(() => networkMapIssues(doc, view.childId), [doc, view.childId]);

  // A drawing not yet saved is not lost to a closed tab without the browser asking first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (next: NetworkMapDocument, message: string) => {
    setDoc(next);
    setDirty(true);
    setLive(message);
  };
  const select = (id: string | null) => {
    setSelectedId(id);
    setPanel(id ? { kind: 'node', id, editing: false } : null);
    if (id) setLive(n.map.live.selected(nameOf(id)));
  };
  const backToDrawing = () => drawingRef.current?.focus();

  const connect = (from: string, to: string) => {
    setConnectFrom(null);
    if (from === to) return;
    const existing = tieBetween(doc, from, to);
    if (existing) {
      setSelectedId(to);
      setPanel({ kind: 'tie', id: existing.id });
      setLive(n.tieForm.duplicate);
      return;
    }
    const [next, id] = addTie(doc, from, to, defaultTie);
    change(next, e.live.tieAdded(nameOf(from), nameOf(to)));
    setSelectedId(to);
    setPanel({ kind: 'tie', id });
  };

  const onNodeClick = (id: string, event: MouseEvent) => {
    event.stopPropagation();
    if (connectFrom) connect(connectFrom, id);
    else select(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const directions: Record<string, Direction> = {
      ArrowLeft: 'left',
      ArrowRight: 'right',
      ArrowUp: 'up',
      ArrowDown: 'down',
    };
    const direction = directions[event.key];
    if (direction) {
      event.preventDefault();
      const next = selectedId
        ? neighbour(layout, selectedId, direction)
        : (child?.id ?? layout.order[0] ?? null);
      if (next) {
        setSelectedId(next);
        if (!connectFrom) setPanel({ kind: 'node', id: next, editing: false });
        setLive(e.live.selected(nameOf(next)));
      }
      return;
    }
    if (event.key === 'Home' && child) {
      event.preventDefault();
      setSelectedId(child.id);
      if (!connectFrom) setPanel({ kind: 'node', id: child.id, editing: false });
      setLive(e.live.selected(child.name));
      return;
    }
    if (event.key === 'Escape' && connectFrom) {
      event.preventDefault();
      setConnectFrom(null);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && selectedId) {
      event.preventDefault();
      if (connectFrom) connect(connectFrom, selectedId);
      else if (canEdit) setPanel({ kind: 'node', id: selectedId, editing: true });
      return;
    }
    if (
      (event.key === 'Delete' || event.key === 'Backspace') &&
      canEdit &&
      selectedId &&
      selectedId !== child?.id
    ) {
      event.preventDefault();
      const name = nameOf(selectedId);
      change(removeNode(doc, selectedId), e.live.removed(name));
      select(null);
    }
  };

  const save = async (onVersion: number) => {
    if (issues.length) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await networkMapApi.save(view.childId, {
        baseVersion: onVersion,
        document: doc,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      queryClient.setQueryData(networkMapQuery(view.childId).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: networkMapVersionsQuery(view.childId).queryKey });
      setBase(saved);
      setDoc(saved.document);
      setDirty(false);
      setNote('');
      setConflict(null);
      setLive(e.saved(saved.version));
    } catch (error) {
      const current = networkMapViewSchema.safeParse(conflictCurrent(error));
      if (current.success) setConflict(current.data);
      else setSaveError(error);
    } finally {
      setSaving(false);
    }
  };

  const selectedNode = panel?.kind === 'node' ? doc.nodes.find((node) => node.id === panel.id) : undefined;
  const selectedTies = selectedNode
    ? doc.ties.filter((tie) => tie.from === selectedNode.id || tie.to === selectedNode.id)
    : [];
  const editingTie =
    panel?.kind === 'tie' && panel.id ? doc.ties.find((tie) => tie.id === panel.id) : undefined;

  return (
    <div data-qa="network-editor">
      <PrintStyle />
      <p className="visually-hidden" id={liveId} role="status" aria-live="polite" data-qa="network-live">
        {live}
      </p>
      <p style={{ margin: `0 0 ${spacing.s}` }} data-qa="network-version">
        {base.version === 0
          ? e.noVersion
          : e.versionLine(
              base.version,
              base.savedAt ? formatDateTime(base.savedAt, t) : '',
              base.savedBy?.name ?? '',
            )}
      </p>
      <Workspace>
        <div className="drawing-column">
          {canEdit ? (
            <Toolbar className="no-print" role="toolbar" aria-label={e.toolbar} data-qa="network-toolbar">
              <Button
                variant="secondary"
                onClick={() => setPanel({ kind: 'add', nodeKind: 'person' })}
                data-qa="network-add-person"
              >
                {e.addPerson}
              </Button>
              <Button
                variant="secondary"
                onClick={() => setPanel({ kind: 'add', nodeKind: 'service' })}
                data-qa="network-add-service"
              >
                {e.addService}
              </Button>
              <Button
                variant="secondary"
                onClick={() =>
                  setPanel({ kind: 'tie', id: null, ...(selectedId ? { from: selectedId } : {}) })
                }
                disabled={doc.nodes.length < 2}
                data-qa="network-add-tie"
              >
                {e.addTie}
              </Button>
              <Button variant="secondaryNoBorder" onClick={() => window.print()} data-qa="network-print">
                {e.print}
              </Button>
            </Toolbar>
          ) : null}
          {connectFrom ? (
            <ModeBanner className="no-print" data-qa="network-connect-mode">
              <span>{e.connectMode(nameOf(connectFrom))}</span>
              <Button
                variant="secondaryNoBorder"
                onClick={() => setConnectFrom(null)}
                style={{ minHeight: 32 }}
              >
                {t.network.nodeForm.cancel}
              </Button>
            </ModeBanner>
          ) : null}
          <Drawing
            ref={drawingRef}
            className="network-print"
            tabIndex={0}
            role="group"
            aria-label={e.drawingLabel}
            aria-describedby={liveId}
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            onClick={() => (connectFrom ? undefined : select(null))}
            data-qa="network-drawing"
          >
            <NetworkMapSvg
              doc={doc}
              layout={layout}
              label={e.svgLabel(childName, doc.nodes.length - 1, doc.ties.length)}
              selectedId={selectedId}
              pendingFromId={connectFrom}
              focused={focused}
              onNodeClick={onNodeClick}
              fit
              qa="network-svg"
            />
          </Drawing>
          <p className="no-print" style={{ margin: `${spacing.xs} 0 0`, color: colors.depthDark1 }}>
            {canEdit ? e.drawingHint : e.readOnlyHint}
          </p>
        </div>
        <Panel className="no-print" aria-label={e.panel} data-qa="network-panel">
          {panel?.kind === 'add' && canEdit ? (
            <NodeForm
              key={`add-${panel.nodeKind}`}
              view={view}
              doc={doc}
              kind={panel.nodeKind}
              childName={childName}
              onCancel={() => setPanel(null)}
              onSubmit={(draft, tie) => {
                const [next, id] = addNode(doc, draft, tie);
                change(next, e.live.added(draft.name));
                setSelectedId(id);
                setPanel({ kind: 'node', id, editing: false });
              }}
            />
          ) : panel?.kind === 'tie' && canEdit ? (
            <TieForm
              key={panel.id ?? `new-${panel.from ?? ''}`}
              doc={doc}
              {...(editingTie ? { tie: editingTie } : {})}
              {...(panel.from ? { initialFrom: panel.from } : {})}
              onCancel={() => setPanel(selectedId ? { kind: 'node', id: selectedId, editing: false } : null)}
              onSubmit={(from, to, draft) => {
                if (editingTie)
                  change(updateTie(doc, editingTie.id, draft), e.live.tieChanged(nameOf(from), nameOf(to)));
                else change(addTie(doc, from, to, draft)[0], e.live.tieAdded(nameOf(from), nameOf(to)));
                setSelectedId(to);
                setPanel({ kind: 'node', id: to, editing: false });
              }}
              {...(editingTie
                ? {
                    onRemove: () => {
                      change(
                        removeTie(doc, editingTie.id),
                        e.live.tieRemoved(nameOf(editingTie.from), nameOf(editingTie.to)),
                      );
                      setPanel(selectedId ? { kind: 'node', id: selectedId, editing: false } : null);
                    },
                  }
                : {})}
            />
          ) : selectedNode && panel?.kind === 'node' && panel.editing && canEdit ? (
            <NodeForm
              key={`edit-${selectedNode.id}`}
              view={view}
              doc={doc}
              kind={selectedNode.kind}
              node={selectedNode}
              childName={childName}
              onCancel={() => {
                setPanel({ kind: 'node', id: selectedNode.id, editing: false });
                backToDrawing();
              }}
              onSubmit={(draft) => {
                change(updateNode(doc, selectedNode.id, draft), e.live.changed(draft.name));
                setPanel({ kind: 'node', id: selectedNode.id, editing: false });
              }}
              {...(selectedNode.kind === 'child'
                ? {}
                : {
                    onRemove: () => {
                      change(removeNode(doc, selectedNode.id), e.live.removed(selectedNode.name));
                      select(null);
                      backToDrawing();
                    },
                  })}
            />
          ) : selectedNode ? (
            <div data-qa="network-selected">
              <h3>{selectedNode.name}</h3>
              <p style={{ margin: '4px 0 8px', color: colors.depthDark1 }}>
                {[
                  selectedNode.role,
                  selectedNode.kind === 'child' ? n.kinds.child : n.sectors[selectedNode.sector],
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {selectedNode.note ? <p style={{ margin: '0 0 8px' }}>{selectedNode.note}</p> : null}
              {canEdit ? (
                <Toolbar>
                  <Button
                    variant="secondary"
                    onClick={() => setPanel({ kind: 'node', id: selectedNode.id, editing: true })}
                    data-qa="network-edit-node"
                  >
                    {e.editNode}
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setConnectFrom(selectedNode.id);
                      setLive(e.connectMode(selectedNode.name));
                      backToDrawing();
                    }}
                    data-qa="network-connect"
                  >
                    {e.connect}
                  </Button>
                </Toolbar>
              ) : null}
              <h3 style={{ fontSize: 16, marginTop: 8 }}>{n.tieForm.ties}</h3>
              {selectedTies.length === 0 ? (
                <p style={{ margin: 0 }}>{n.tieForm.noTies}</p>
              ) : (
                <ul className="ties" data-qa="network-selected-ties">
                  {selectedTies.map((tie) => {
                    const other = tie.from === selectedNode.id ? tie.to : tie.from;
                    const support = supportSeenFrom(tie, selectedNode.id);
                    return (
                      <li key={tie.id}>
                        <span>
                          <strong>{nameOf(other)}</strong>: {n.strength[tie.strength].toLocaleLowerCase(lang)}
                          {tie.stress !== 'none' ? `, ${n.stress[tie.stress].toLocaleLowerCase(lang)}` : ''}
                          {support === 'none'
                            ? ''
                            : `, ${support === 'both' ? n.support.both.toLocaleLowerCase(lang) : support === 'from_to' ? n.support.oneWay(selectedNode.name, nameOf(other)) : n.support.oneWay(nameOf(other), selectedNode.name)}`}
                        </span>
                        {canEdit ? (
                          <Button
                            variant="secondaryNoBorder"
                            onClick={() => setPanel({ kind: 'tie', id: tie.id })}
                            aria-label={n.tieForm.editTitle(selectedNode.name, nameOf(other))}
                            style={{ minHeight: 32, padding: '2px 8px' }}
                            data-qa="network-edit-tie"
                          >
                            {n.tieForm.edit}
                          </Button>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ) : (
            <p style={{ margin: 0 }} data-qa="network-nothing-selected">
              {canEdit ? e.nothingSelected : e.nothingSelectedReadOnly}
            </p>
          )}
        </Panel>
        <div className="legend-column">
          <NetworkMapLegend />
        </div>
      </Workspace>

      {canEdit ? (
        <SaveBar className="no-print" data-qa="network-save-bar">
          <p className="state" data-qa="network-dirty">
            {dirty ? e.unsaved : e.upToDate}
          </p>
          <div className="note">
            <TextInput
              labelText={e.saveNote}
              optionalText={t.common.optional}
              value={note}
              onChange={(v) => setNote(String(v ?? ''))}
              fullWidth
              maxLength={500}
              data-qa="network-save-note"
            />
          </div>
          <Button
            onClick={() => void save(base.version)}
            disabled={!dirty || saving || issues.length > 0}
            data-qa="network-save"
          >
            {e.save}
          </Button>
        </SaveBar>
      ) : null}
      {issues.length ? (
        <InlineAlert status="error" data-qa="network-issues" className="no-print">
          {e.issues}
        </InlineAlert>
      ) : null}
      {conflict ? (
        <InlineAlert
          status="warning"
          labelText={e.conflictTitle}
          data-qa="network-conflict"
          className="no-print"
        >
          <p style={{ margin: '0 0 8px' }}>
            {e.conflict(
              conflict.savedBy?.name ?? '',
              conflict.savedAt ? formatDateTime(conflict.savedAt, t) : '',
            )}
          </p>
          <Toolbar>
            <Button onClick={() => void save(conflict.version)} data-qa="network-keep-mine">
              {e.keepMine}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setBase(conflict);
                setDoc(conflict.document);
                setDirty(false);
                setConflict(null);
                queryClient.setQueryData(networkMapQuery(view.childId).queryKey, conflict);
              }}
              data-qa="network-take-theirs"
            >
              {e.takeTheirs}
            </Button>
          </Toolbar>
        </InlineAlert>
      ) : null}
      {saveError ? (
        <InlineAlert status="error" data-qa="network-save-error" className="no-print">
          {isApiError(saveError) && saveError.status === 404 ? e.notFound404 : errorText(saveError, lang, t)}
        </InlineAlert>
      ) : null}

      <section className="no-print" style={{ marginTop: spacing.m }} aria-label={n.table.title}>
        <Button
          variant="secondary"
          aria-expanded={showTable}
          onClick={() => setShowTable((v) => !v)}
          data-qa="network-table-toggle"
        >
          {showTable ? n.table.hide : n.table.show}
        </Button>
        {showTable ? (
          <div style={{ marginTop: spacing.s }}>
            <NetworkMapTable doc={doc} />
          </div>
        ) : null}
      </section>
    </div>
  );
}
