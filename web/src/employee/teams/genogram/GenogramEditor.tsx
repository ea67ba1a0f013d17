import {
  type FamilyRef,
  type GenogramDocument,
  type GenogramIssue,
  type GenogramView,
  genogramIssues,
  genogramViewSchema,
} from '@lumo/domain';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import styled, { createGlobalStyle } from 'styled-components';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { isApiError } from '../../../lib/api/client';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow } from '../../../lib/components/Forms';
import { colors, spacing } from '../../../lib/components/theme';
import { formatDateTime, helsinkiToday } from '../../../lib/dates';
import { GenogramLegend } from '../../../lib/genogram/GenogramLegend';
import { GenogramSvg } from '../../../lib/genogram/GenogramSvg';
import { GenogramTable } from '../../../lib/genogram/GenogramTable';
import { type Direction, layoutGenogram, neighbour, SLOT, SYMBOL } from '../../../lib/genogram/layout';
import {
  addChildLink,
  addCouple,
  addPerson,
  addRelationship,
  documentOf,
  drawn,
  mergeDraft,
  parentsFor,
  removePerson,
} from '../../../lib/genogram/model';
import { type Translations, useI18n } from '../../../lib/i18n';
import { familiesApi } from '../api';
import { genogramQuery } from '../queries';
import { Section, Status } from '../ui';
import {
  AddChildForm,
  AddCoupleForm,
  AddLineForm,
  AddPersonForm,
  HouseholdsForm,
  PersonForm,
  personLabel,
} from './GenogramForms';

type LineKind = GenogramDocument['relationships'][number]['kind'];
type Mode = { kind: 'couple' | 'child' | 'line'; from: string } | null;

/** On paper: the genogram alone on its page, with its legend; nothing of the editor. */
const PrintStyle = createGlobalStyle`
  @media print {
    @page { size: A4 landscape; margin: 12mm; }
    body { background: #fff !important; }
    header, nav, footer, .no-print { display: none !important; }
    /* The drawing's own title names the family and the genogram: the page heading would repeat it. */
    main h1 { display: none !important; }
    main { padding: 0 !important; }
    .genogram-print {
      break-before: page;
      break-after: page;
      border: 0 !important;
      overflow: visible !important;
      max-height: none !important;
    }
    .genogram-print svg { width: 100% !important; height: auto !important; }
    .genogram-print-title { display: block !important; }
  }
`;

const Workspace = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
`;

/** The form-based editor under the drawing: every change can be made with the keyboard alone. */
const Forms = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr));
  gap: 0 ${spacing.m};
  align-items: start;
`;

const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.xs};
  margin-bottom: ${spacing.xs};
  button {
    min-height: 36px;
  }
  label {
    display: flex;
    flex-direction: column;
    font-size: 14px;
    font-weight: 600;
    gap: 2px;
  }
  select {
    font: inherit;
    min-height: 36px;
    padding: 4px 8px;
    border: 1px solid ${colors.depthDark3};
    border-radius: 2px;
    background: ${colors.whiteBase};
  }
`;

const Drawing = styled.div`
  position: relative;
  overflow: auto;
  max-height: 78vh;
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  background: ${colors.whiteBase};
  &:focus-visible {
    outline: 3px solid transparent;
    box-shadow: 0 0 0 2px ${colors.whiteBase}, 0 0 0 5px ${colors.accentSecondary};
  }
`;

const Below = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.xs} ${spacing.m};
  margin: ${spacing.xs} 0 ${spacing.s};
`;

const Hint = styled.p`
  margin: 0;
  color: ${colors.depthDark1};
  font-size: 15px;
`;

const ModeBanner = styled.p`
  margin: 0 0 ${spacing.xs};
  padding: 6px 12px;
  background: ${colors.warningLight1};
  border: 1px solid ${colors.warningBase};
  border-radius: 2px;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.xs};
`;

const SaveBar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.s};
  margin-bottom: ${spacing.s};
  .dirty {
    font-weight: 600;
    color: ${colors.accentBase};
  }
  .meta {
    color: ${colors.depthDark1};
  }
`;

export function GenogramEditor({ view, family }: { view: GenogramView; family: FamilyRef }) {
  const { t, lang } = useI18n();
  const g = t.teams.genogram;
  const e = g.editor;
  const queryClient = useQueryClient();
  const canEdit = view.can.includes('systemic:record');
  const [saved, setSaved] = useState(() => ({
    doc: documentOf(view.document),
    version: view.version,
    updatedBy: view.updatedBy?.name ?? null,
    updatedAt: view.updatedAt,
  }));
  const [doc, setDoc] = useState<GenogramDocument>(() => documentOf(view.document));
  const [history, setHistory] = useState<GenogramDocument[]>([]);
  const familyIds = useMemo(() => new Set(family.children.map((c) => c.id)), [family.children]);
  const [selectedId, setSelectedId] = useState<string | null>(
    () => doc.persons.find((p) => p.personId && familyIds.has(p.personId))?.id ?? doc.persons[0]?.id ?? null,
  );
  const [mode, setMode] = useState<Mode>(null);
  const [lineKind, setLineKind] = useState<LineKind>('close');
  const [message, setMessage] = useState('');
  const [issues, setIssues] = useState<string[]>([]);
  const [conflict, setConflict] = useState<GenogramView | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [tableVisible, setTableVisible] = useState(false);
  const [focused, setFocused] = useState(false);
  const drawingRef = useRef<HTMLDivElement>(null);
  const issuesRef = useRef<HTMLDivElement>(null);
  const nameFieldId = useId();
  const liveId = useId();

  const genogram = useMemo(() => drawn(doc, familyIds, helsinkiToday()), [doc, familyIds]);
  const layout = useMemo(() => {
    // Measured for the performance budget (issue 4: a 40-person genogram in at most 100 ms).
    const start = performance.now();
    const result = layoutGenogram(genogram);
    const end = performance.now();
    try {
      performance.measure('lumo:genogram-layout', {
        start,
        end,
        detail: { persons: genogram.persons.length },
      });
    } catch {
      // User Timing is missing: nothing to measure with.
    }
    return result;
  }, [genogram]);
  const dirty = useMemo(() => JSON.stringify(doc) !== JSON.stringify(saved.doc), [doc, saved.doc]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = useCallback(
    (next: GenogramDocument, note?: string, select?: string | null) => {
      setHistory((previous) => [...previous.slice(-49), doc]);
      setDoc(next);
      setIssues([]);
      if (note) setMessage(note);
      if (select !== undefined) setSelectedId(select);
    },
    [doc],
  );

  const name = (id: string) =>
    personLabel(
      doc.persons.find((p) => p.id === id),
      t,
    );
  const selected = doc.persons.find((p) => p.id === selectedId) ?? null;

  // Keeps the selected person in sight inside the drawing's own scrolling area.
  useEffect(() => {
    const placed = selectedId ? layout.persons.get(selectedId) : undefined;
    const box = drawingRef.current;
    if (!placed || !box) return;
    const left = placed.x - SLOT;
    const right = placed.x + SLOT;
    if (left < box.scrollLeft) box.scrollLeft = Math.max(0, left);
    else if (right > box.scrollLeft + box.clientWidth) box.scrollLeft = right - box.clientWidth;
    const top = placed.y - SYMBOL * 2;
    const bottom = placed.y + SYMBOL * 3;
    if (top < box.scrollTop) box.scrollTop = Math.max(0, top);
    else if (bottom > box.scrollTop + box.clientHeight) box.scrollTop = bottom - box.clientHeight;
  }, [selectedId, layout]);

  const select = (id: string | null) => {
    setSelectedId(id);
    if (id) setMessage(g.selected(name(id)));
  };

  const connectTo = (targetId: string) => {
    if (!mode) return;
    if (targetId === mode.from) {
      setMessage(e.sameTwice);
      return;
    }
    if (mode.kind === 'couple') {
      const [next] = addCouple(doc, mode.from, targetId, 'married');
      change(next, e.coupleAdded, targetId);
    } else if (mode.kind === 'child') {
      change(addChildLink(doc, targetId, parentsFor(doc, mode.from), 'biological'), e.childAdded, targetId);
    } else {
      change(addRelationship(doc, mode.from, targetId, lineKind), e.lineAdded, targetId);
    }
    setMode(null);
  };

  const onPersonClick = (id: string) => {
    if (mode) connectTo(id);
    else select(id);
  };

  const removeSelected = () => {
    if (!selected) return;
    const next = removePerson(doc, selected.id);
    const after =
      neighbour(layout, selected.id, 'right') ??
      neighbour(layout, selected.id, 'left') ??
      neighbour(layout, selected.id, 'up') ??
      next.persons[0]?.id ??
      null;
    change(next, e.removed(name(selected.id)), after);
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
        : (layout.rows.find((r) => r.length)?.[0] ?? null);
      if (next) select(next);
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && canEdit && selected) {
      event.preventDefault();
      removeSelected();
      return;
    }
    if (event.key === 'Escape' && mode) {
      event.preventDefault();
      setMode(null);
      return;
    }
    if (event.key === 'Enter' && selected && canEdit) {
      event.preventDefault();
      document.getElementById(nameFieldId)?.focus();
      return;
    }
    if (mode && event.key === ' ' && selectedId) {
      event.preventDefault();
      connectTo(selectedId);
    }
  };

  // Quick drawing from the selected person.
  const addPartner = () => {
    if (!selected) return;
    const sex = selected.sex === 'male' ? 'female' : selected.sex === 'female' ? 'male' : 'unknown';
    const [withPerson, id] = addPerson(doc, { name: '', sex });
    const [next] = addCouple(withPerson, selected.id, id, 'married');
    change(next, e.personAdded(g.unnamed), id);
    focusName();
  };
  const addChild = () => {
    if (!selected) return;
    const [withPerson, id] = addPerson(doc, { name: '' });
    change(
      addChildLink(withPerson, id, parentsFor(withPerson, selected.id), 'biological'),
      e.personAdded(g.unnamed),
      id,
    );
    focusName();
  };
  const hasParents = selected ? doc.childLinks.some((l) => l.childId === selected.id) : true;
  const addParents = () => {
    if (!selected || hasParents) return;
    const [a, father] = addPerson(doc, { name: '', sex: 'male' });
    const [b, mother] = addPerson(a, { name: '', sex: 'female' });
    const [c, coupleId] = addCouple(b, father, mother, 'married');
    change(addChildLink(c, selected.id, { coupleId }, 'biological'), e.personAdded(g.unnamed), father);
    focusName();
  };
  const newPerson = () => {
    const [next, id] = addPerson(doc, { name: '' });
    change(next, e.personAdded(g.unnamed), id);
    focusName();
  };
  const focusName = () => window.setTimeout(() => document.getElementById(nameFieldId)?.focus(), 0);

  const undo = () => {
    const previous = history[history.length - 1];
    if (!previous) return;
    setHistory(history.slice(0, -1));
    setDoc(previous);
    if (selectedId && !previous.persons.some((p) => p.id === selectedId))
      setSelectedId(previous.persons[0]?.id ?? null);
    setMessage(e.undone);
  };

  const describe = (issue: GenogramIssue | { path: string; code: string }) => {
    const [section = '', index = '0'] = issue.path.split('.');
    const i = Number(index);
    const sections = g.sections as Record<string, string>;
    let what = sections[section] ?? section;
    if (section === 'persons') what = `${what}: ${name(doc.persons[i]?.id ?? '')}`;
    if (section === 'couples') {
      const c = doc.couples[i];
      if (c) what = `${what}: ${e.coupleOption(name(c.partnerA), name(c.partnerB))}`;
    }
    if (section === 'childLinks') {
      const l = doc.childLinks[i];
      if (l) what = `${what}: ${name(l.childId)}`;
    }
    if (section === 'relationships') {
      const r = doc.relationships[i];
      if (r) what = `${what}: ${e.coupleOption(name(r.fromId), name(r.toId))}`;
    }
    if (section === 'households') what = `${what}: ${doc.households[i]?.label ?? ''}`;
    const problems = g.issues as Record<string, string>;
    return g.issueAt(what, problems[issue.code] ?? g.issues.other);
  };

  const save = async (version: number) => {
    const problems = genogramIssues(doc);
    if (problems.length > 0) {
      setIssues(problems.map(describe));
      window.setTimeout(() => issuesRef.current?.focus(), 0);
      return;
    }
    setPending(true);
    setFailure(null);
    setConflict(null);
    try {
      const result = await familiesApi.saveGenogram(view.familyId, { version, document: doc });
      const savedDoc = documentOf(result.document);
      setSaved({
        doc: savedDoc,
        version: result.version,
        updatedBy: result.updatedBy?.name ?? null,
        updatedAt: result.updatedAt,
      });
      setDoc(savedDoc);
      queryClient.setQueryData(genogramQuery(view.familyId).queryKey, result);
      void queryClient.invalidateQueries({ queryKey: ['meeting'] });
      setMessage(e.saved);
    } catch (err) {
      const current = isApiError(err, 'conflict')
        ? genogramViewSchema.safeParse(err.detail?.details?.current)
        : null;
      if (current?.success) setConflict(current.data);
      else if (isApiError(err, 'genogram_invalid')) {
        setIssues(
          (err.detail?.issues ?? []).map(
            (i) => `${describe({ path: i.path.replace(/^body\.document\./, ''), code: i.code })}`,
          ),
        );
      } else setFailure(err);
    } finally {
      setPending(false);
    }
  };

  const fromRecord = async () => {
    setFailure(null);
    try {
      const draft = await familiesApi.genogramFromRecord(view.familyId);
      const [next, added] = mergeDraft(doc, saved.doc, draft.document);
      if (added > 0) change(next, e.fromRecordAdded(added));
      else setMessage(e.fromRecordAdded(0));
    } catch (err) {
      setFailure(err);
    }
  };

  const label = g.figureLabel(
    family.name,
    genogram.persons.length,
    genogram.couples.length,
    genogram.relationships.length,
  );

  return (
    <>
      <PrintStyle />
      <p className="visually-hidden" id={liveId} role="status" aria-live="polite" data-qa="genogram-live">
        {message}
      </p>
      {canEdit ? (
        <SaveBar className="no-print">
          {pending ? (
            <Button disabled loading ariaLoadingText={t.common.loading} data-qa="genogram-save">
              {e.save}
            </Button>
          ) : (
            <Button onClick={() => void save(saved.version)} data-qa="genogram-save">
              {e.save}
            </Button>
          )}
          <Button variant="secondary" onClick={undo} disabled={history.length === 0} data-qa="genogram-undo">
            {e.undo}
          </Button>
          <Button variant="secondary" onClick={() => void fromRecord()} data-qa="genogram-from-record">
            {e.fromRecord}
          </Button>
          <Button variant="secondaryNoBorder" onClick={() => window.print()} data-qa="genogram-print">
            {e.print}
          </Button>
          {dirty ? (
            <span className="dirty" data-qa="genogram-dirty">
              {e.unsaved}
            </span>
          ) : saved.updatedAt ? (
            <span className="meta">
              {t.common.byOn(formatDateTime(saved.updatedAt, t), saved.updatedBy ?? '')}
            </span>
          ) : null}
          <Status qa="genogram-status">{message === e.saved ? e.saved : ''}</Status>
        </SaveBar>
      ) : (
        <SaveBar className="no-print">
          <span className="meta">{e.readOnly}</span>
          <Button variant="secondaryNoBorder" onClick={() => window.print()} data-qa="genogram-print">
            {e.print}
          </Button>
        </SaveBar>
      )}
      {issues.length > 0 ? (
        <div ref={issuesRef} tabIndex={-1} className="no-print" data-qa="genogram-issues">
          <InlineAlert status="error" labelText={e.invalid}>
            <ul style={{ margin: 0 }}>
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          </InlineAlert>
        </div>
      ) : null}
      {conflict ? (
        <ConflictPanel
          theirs={conflict}
          family={family}
          pending={pending}
          onKeepMine={() => void save(conflict.version)}
          onTakeTheirs={() => {
            const theirs = documentOf(conflict.document);
            setHistory((previous) => [...previous, doc]);
            setSaved({
              doc: theirs,
              version: conflict.version,
              updatedBy: conflict.updatedBy?.name ?? null,
              updatedAt: conflict.updatedAt,
            });
            setDoc(theirs);
            setConflict(null);
            queryClient.setQueryData(genogramQuery(view.familyId).queryKey, conflict);
          }}
          t={t}
        />
      ) : null}
      {failure ? (
        <InlineAlert status="error" data-qa="genogram-error">
          {errorText(failure, lang, t)}
        </InlineAlert>
      ) : null}

      <Workspace>
        <div>
          {canEdit ? (
            <Toolbar className="no-print" role="toolbar" aria-label={e.toolbar} data-qa="genogram-toolbar">
              <Button variant="secondary" onClick={newPerson} data-qa="genogram-tool-new">
                {e.addPersonHere}
              </Button>
              <Button
                variant="secondary"
                onClick={addPartner}
                disabled={!selected}
                data-qa="genogram-tool-partner"
              >
                {e.addPartner}
              </Button>
              <Button
                variant="secondary"
                onClick={addChild}
                disabled={!selected}
                data-qa="genogram-tool-child"
              >
                {e.addChild}
              </Button>
              <Button
                variant="secondary"
                onClick={addParents}
                disabled={!selected || hasParents}
                data-qa="genogram-tool-parents"
              >
                {e.addParents}
              </Button>
              <Button
                variant="secondaryNoBorder"
                onClick={() => selected && setMode({ kind: 'couple', from: selected.id })}
                disabled={!selected}
                data-qa="genogram-tool-connect-couple"
              >
                {e.connectCouple}
              </Button>
              <Button
                variant="secondaryNoBorder"
                onClick={() => selected && setMode({ kind: 'child', from: selected.id })}
                disabled={!selected}
                data-qa="genogram-tool-connect-child"
              >
                {e.connectChild}
              </Button>
              <label>
                {e.lineKind}
                <select
                  value={lineKind}
                  onChange={(ev) => setLineKind(ev.target.value as LineKind)}
                  data-qa="genogram-tool-line-kind"
                >
                  {(['close', 'distant', 'conflicted', 'cut_off', 'abusive'] as const).map((k) => (
                    <option key={k} value={k}>
                      {g.lines[k]}
                    </option>
                  ))}
                </select>
              </label>
              <Button
                variant="secondaryNoBorder"
                onClick={() => selected && setMode({ kind: 'line', from: selected.id })}
                disabled={!selected}
                data-qa="genogram-tool-connect-line"
              >
                {e.connectLine}
              </Button>
              <Button
                variant="secondaryNoBorder"
                onClick={removeSelected}
                disabled={!selected}
                data-qa="genogram-tool-remove"
              >
                {e.removeSelected}
              </Button>
            </Toolbar>
          ) : null}
          {mode ? (
            <ModeBanner className="no-print" data-qa="genogram-mode">
              <span>{e.mode[mode.kind](name(mode.from))}</span>
              <Button variant="secondaryNoBorder" onClick={() => setMode(null)} style={{ minHeight: 32 }}>
                {e.mode.cancel}
              </Button>
            </ModeBanner>
          ) : null}
          <h2 className="genogram-print-title" style={{ display: 'none', margin: '0 0 8px' }}>
            {t.teams.family.title(family.name)} – {g.title}
          </h2>
          <Drawing
            ref={drawingRef}
            className="genogram-print"
            tabIndex={0}
            role="group"
            aria-label={g.drawingLabel}
            aria-describedby={liveId}
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            data-qa="genogram-drawing"
          >
            {genogram.persons.length === 0 ? (
              <p style={{ padding: spacing.m, margin: 0, color: colors.depthDark1 }}>{g.empty}</p>
            ) : (
              <GenogramSvg
                genogram={genogram}
                layout={layout}
                label={label}
                selectedId={selectedId}
                pendingFromId={mode?.from ?? null}
                focused={focused}
                onPersonClick={canEdit || !mode ? onPersonClick : undefined}
                qa="genogram-svg"
              />
            )}
          </Drawing>
          <Below className="no-print">
            <div>
              <Hint>{g.drawingHint}</Hint>
              <p style={{ margin: `${spacing.xs} 0 0`, fontWeight: 600 }} data-qa="genogram-selected">
                {selected ? g.selected(name(selected.id)) : g.nothingSelected}
              </p>
            </div>
            <Button
              variant="secondary"
              aria-expanded={tableVisible}
              onClick={() => setTableVisible(!tableVisible)}
              data-qa="genogram-table-toggle"
            >
              {tableVisible ? g.table.hide : g.table.show}
            </Button>
          </Below>
          <div className="no-print">
            <GenogramTable genogram={genogram} visible={tableVisible} />
          </div>
          <Section title={g.legend} level={2} qa="genogram-legend-section">
            <GenogramLegend />
          </Section>
        </div>
        {canEdit ? (
          <Forms className="no-print" data-qa="genogram-forms">
            <PersonForm
              key={selected?.id ?? 'none'}
              person={selected}
              doc={doc}
              nameFieldId={nameFieldId}
              onSelect={select}
              onChange={change}
              t={t}
            />
            <AddPersonForm doc={doc} onChange={change} t={t} />
            <AddCoupleForm doc={doc} selectedId={selectedId} onChange={change} t={t} />
            <AddChildForm doc={doc} selectedId={selectedId} onChange={change} t={t} />
            <AddLineForm doc={doc} selectedId={selectedId} onChange={change} t={t} />
            <HouseholdsForm doc={doc} onChange={change} t={t} />
          </Forms>
        ) : null}
      </Workspace>
    </>
  );
}

function ConflictPanel({
  theirs,
  family,
  pending,
  onKeepMine,
  onTakeTheirs,
  t,
}: {
  theirs: GenogramView;
  family: FamilyRef;
  pending: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  t: Translations;
}) {
  const e = t.teams.genogram.editor;
  const layout = useMemo(() => layoutGenogram(theirs.document), [theirs.document]);
  return (
    <div className="no-print" data-qa="genogram-conflict" style={{ marginBottom: spacing.m }}>
      <InlineAlert status="warning" labelText={t.teams.conflict.title}>
        <p style={{ margin: 0 }}>{e.conflict}</p>
        <p style={{ margin: '4px 0' }}>
          {e.conflictTheirs(theirs.document.persons.length, theirs.updatedBy?.name ?? '')}
        </p>
        <div
          style={{
            maxWidth: 560,
            border: `1px solid ${colors.depthLight1}`,
            margin: `${spacing.xs} 0`,
            background: colors.whiteBase,
          }}
        >
          <GenogramSvg
            genogram={theirs.document}
            layout={layout}
            fit
            maxHeight={260}
            label={t.teams.genogram.figureLabel(
              family.name,
              theirs.document.persons.length,
              theirs.document.couples.length,
              theirs.document.relationships.length,
            )}
          />
        </div>
        <ButtonRow>
          <Button onClick={onKeepMine} disabled={pending} data-qa="genogram-keep-mine">
            {e.keepMine}
          </Button>
          <Button
            variant="secondary"
            onClick={onTakeTheirs}
            disabled={pending}
            data-qa="genogram-take-theirs"
          >
            {e.takeTheirs}
          </Button>
        </ButtonRow>
      </InlineAlert>
    </div>
  );
}
