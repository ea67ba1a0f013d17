import { type AgendaEntry, agendaItemHeadSchema, type MeetingPage } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { errorText } from '../../../lib/components/ErrorNotice';
import { Tag } from '../../../lib/components/Layout';
import { colors, spacing } from '../../../lib/components/theme';
import { formatLocalDate } from '../../../lib/dates';
import { GenogramSvg } from '../../../lib/genogram/GenogramSvg';
import { layoutGenogram } from '../../../lib/genogram/layout';
import { useI18n } from '../../../lib/i18n';
import { recordApi } from '../api';
import { DiscussionBody } from '../family/DiscussionCard';
import { TimelineList } from '../family/TimelineList';
import { childrenLine } from '../format';
import { timelineQuery } from '../queries';
import { EditableText, Section } from '../ui';
import { RecordContext, type RecordContextValue, useRecord, useRefresh } from './context';
import { Decisions, FamilyVoices, Perspectives } from './Entries';
import { Experiments } from './Experiments';
import { Hypotheses } from './Hypotheses';
import { Iceberg } from './Iceberg';
import { Attendees, Summary } from './Participation';

const Head = styled.header`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  justify-content: space-between;
  gap: ${spacing.xs} ${spacing.m};
  margin-bottom: ${spacing.m};
  h2 {
    margin: 0;
    font-size: 30px;
    line-height: 1.2;
  }
  .children {
    margin: 4px 0 0;
    font-size: 20px;
    color: ${colors.blackBase};
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing.xs} ${spacing.m};
    margin-top: ${spacing.xs};
    font-size: 17px;
  }
`;

const CameBack = styled.p`
  margin: 0 0 ${spacing.m};
  padding: ${spacing.s} ${spacing.m};
  background: ${colors.warningLight1};
  border: 1px solid ${colors.warningBase};
  border-left: 8px solid ${colors.warningBase};
  border-radius: 4px;
  font-size: 18px;
  strong {
    display: block;
    font-size: 20px;
  }
`;

const Dilemma = styled.div`
  margin-bottom: ${spacing.m};
  padding: ${spacing.s} ${spacing.m};
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-left: 8px solid ${colors.accentTertiary};
  border-radius: 4px;
  font-size: 20px;
  h3 {
    margin: 0 0 4px;
    font-size: 15px;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: ${colors.accentTertiaryDark1};
  }
`;

const Grid = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 7fr) minmax(0, 5fr);
  gap: 0 ${spacing.m};
  align-items: start;
  font-size: 17px;
  @media (max-width: 1180px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

/** One family on the meeting's shared screen: its discussion, with the genogram and timeline at hand. */
export function FamilyRecord({ entry, page, meId }: { entry: AgendaEntry; page: MeetingPage; meId: string }) {
  const value: RecordContextValue = {
    meeting: page.meeting,
    members: page.members,
    entry,
    canRecord: entry.family.can.includes('systemic:record'),
    canShare: entry.family.can.includes('systemic:shareWithFamily'),
    meId,
  };
  return (
    <RecordContext.Provider value={value}>
      <RecordBody />
    </RecordContext.Provider>
  );
}

function RecordBody() {
  const { t } = useI18n();
  const r = t.teams.record;
  const { entry, canRecord } = useRecord();
  const refresh = useRefresh();
  const due = entry.dueExperimentIds.length > 0;
  const readHead = (field: 'dilemma' | 'visibleConcern') => (current: unknown) => {
    const parsed = agendaItemHeadSchema.safeParse(current);
    return parsed.success
      ? {
          text: parsed.data[field],
          version: parsed.data.version,
          by: parsed.data.updatedBy?.name ?? null,
          at: parsed.data.updatedAt,
        }
      : null;
  };
  const familyId = entry.family.id;
  return (
    <article
      aria-labelledby={`family-${entry.id}`}
      data-qa="family-record"
      data-family-id={familyId}
      data-item-id={entry.id}
    >
      <Head>
        <div>
          <h2 id={`family-${entry.id}`} data-qa="family-record-name">
            {t.teams.family.title(entry.family.name)}
          </h2>
          <p className="children">{childrenLine(entry.family.children, t)}</p>
          <div className="links">
            <Link to="/families/$familyId" params={{ familyId }} data-qa="record-systemic-link">
              {r.openSystemicView}
            </Link>
            <Link to="/families/$familyId/genogram" params={{ familyId }} data-qa="record-genogram-link">
              {r.openGenogram}
            </Link>
            <Link to="/families/$familyId/timeline" params={{ familyId }}>
              {r.openTimeline}
            </Link>
          </div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 4 }}>
          {entry.origin === 'moved' ? <Tag>{t.teams.meeting.origin.moved}</Tag> : null}
          {entry.addedBy ? (
            <span style={{ color: colors.depthDark1 }}>{t.teams.meeting.addedBy(entry.addedBy.name)}</span>
          ) : null}
          <RemoveFromAgenda />
        </div>
      </Head>
      {due ? (
        <CameBack data-qa="record-came-back">
          <strong>{t.teams.meeting.cameBack}</strong>
          {t.teams.meeting.cameBackHint}
        </CameBack>
      ) : null}
      {!canRecord ? <p style={{ color: colors.depthDark1 }}>{r.readOnly}</p> : null}
      <Dilemma data-qa="record-dilemma">
        <h3>{r.dilemma}</h3>
        <EditableText
          label={r.dilemma}
          labelHidden
          value={entry.discussion.dilemma}
          version={entry.discussion.version}
          canEdit={canRecord}
          qa="dilemma"
          emptyText={r.dilemmaEmpty}
          save={(text, version) => recordApi.updateHead(entry.id, { version: version ?? 1, dilemma: text })}
          readCurrent={readHead('dilemma')}
          onDone={() => void refresh()}
        />
      </Dilemma>
      <GenogramAtHand />
      <Grid>
        <div>
          <Iceberg
            label={t.teams.iceberg.description(
              entry.discussion.visibleConcern,
              entry.hypotheses.filter((h) => h.status !== 'set_aside').length,
            )}
            hypotheses={entry.hypotheses.filter(
              (h) =>
                h.status !== 'set_aside' ||
                entry.discussion.statusChanges.some((c) => c.hypothesisId === h.id),
            )}
            concern={
              <EditableText
                label={r.visibleConcern}
                value={entry.discussion.visibleConcern}
                version={entry.discussion.version}
                canEdit={canRecord}
                qa="concern"
                emptyText={r.visibleConcernEmpty}
                save={(text, version) =>
                  recordApi.updateHead(entry.id, { version: version ?? 1, visibleConcern: text })
                }
                readCurrent={readHead('visibleConcern')}
                onDone={() => void refresh()}
                renderValue={(text) => (
                  <p
                    style={{
                      margin: 0,
                      fontSize: 22,
                      fontWeight: 600,
                      textAlign: 'center',
                      whiteSpace: 'pre-wrap',
                    }}
                  >
                    {text}
                  </p>
                )}
                labelHidden
              />
            }
          />
          <Hypotheses />
          <Perspectives />
          <FamilyVoices />
        </div>
        <div>
          <Experiments />
          <Attendees />
          <Decisions />
        </div>
      </Grid>
      <Summary />
      <TimelineAtHand familyId={familyId} />
      <Previous />
    </article>
  );
}

function GenogramAtHand() {
  const { t } = useI18n();
  const { entry } = useRecord();
  const [open, setOpen] = useState(true);
  // The server counts the ages and marks the family's children.
  const genogram = entry.genogram.document;
  const layout = useMemo(() => layoutGenogram(genogram), [genogram]);
  return (
    <Section
      title={t.teams.record.genogramAtHand}
      qa="record-genogram"
      actions={
        <span style={{ display: 'inline-flex', gap: spacing.s, alignItems: 'center' }}>
          <Link to="/families/$familyId/genogram" params={{ familyId: entry.family.id }}>
            {t.teams.record.openGenogram}
          </Link>
          <Button
            variant="secondaryNoBorder"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            data-qa="record-genogram-toggle"
          >
            {open ? t.teams.record.hide : t.teams.record.show}
          </Button>
        </span>
      }
    >
      {!open ? null : genogram.persons.length === 0 ? (
        <p style={{ margin: 0, color: colors.depthDark1 }}>{t.teams.record.noGenogram}</p>
      ) : (
        <div style={{ display: 'flex', justifyContent: 'center' }}>
          <GenogramSvg
            genogram={genogram}
            layout={layout}
            fit
            maxHeight={560}
            label={t.teams.genogram.figureLabel(
              entry.family.name,
              genogram.persons.length,
              genogram.couples.length,
              genogram.relationships.length,
            )}
            qa="record-genogram-svg"
          />
        </div>
      )}
    </Section>
  );
}

/** Taking a family off an open agenda, while nothing has been recorded and no experiment is due. */
function RemoveFromAgenda() {
  const { t, lang } = useI18n();
  const { entry, meeting, canRecord } = useRecord();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation({
    mutationFn: () => recordApi.removeItem(entry.id, entry.discussion.version),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['meeting', meeting.id] });
      await navigate({ to: '/meetings/$meetingId', params: { meetingId: meeting.id }, search: {} });
    },
  });
  const d = entry.discussion;
  const empty =
    entry.dueExperimentIds.length === 0 &&
    d.hypothesesFormed.length + d.statusChanges.length + d.experimentsAgreed.length + d.followUps.length ===
      0 &&
    d.perspectives.length + d.familyVoices.length + d.decisions.length + d.attendees.length === 0 &&
    !d.summary &&
    !d.visibleConcern;
  if (!canRecord || meeting.agendaClosed || meeting.status === 'cancelled' || !empty) return null;
  return (
    <>
      <Button
        variant="secondaryNoBorder"
        onClick={() => remove.mutate()}
        disabled={remove.isPending}
        aria-label={t.teams.meeting.remove(entry.family.name)}
        data-qa="agenda-item-remove"
        style={{ minHeight: 32, padding: '2px 8px' }}
      >
        {t.teams.meeting.removeShort}
      </Button>
      {remove.error ? <InlineAlert status="error">{errorText(remove.error, lang, t)}</InlineAlert> : null}
    </>
  );
}

function TimelineAtHand({ familyId }: { familyId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const query = useQuery({ ...timelineQuery(familyId), enabled: open });
  return (
    <Section
      title={t.teams.record.timelineAtHand}
      qa="record-timeline"
      actions={
        <span style={{ display: 'inline-flex', gap: spacing.s, alignItems: 'center' }}>
          <Link to="/families/$familyId/timeline" params={{ familyId }}>
            {t.teams.record.openTimeline}
          </Link>
          <Button
            variant="secondaryNoBorder"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            data-qa="record-timeline-toggle"
          >
            {open ? t.teams.record.hide : t.teams.record.show}
          </Button>
        </span>
      }
    >
      {open && query.data ? <TimelineList events={query.data.events} compact /> : null}
    </Section>
  );
}

function Previous() {
  const { t } = useI18n();
  const { entry } = useRecord();
  return (
    <Section title={t.teams.record.previous} qa="record-previous">
      {entry.previous.length === 0 ? (
        <p style={{ margin: 0, color: colors.depthDark1 }}>{t.teams.record.previousEmpty}</p>
      ) : (
        entry.previous.map((d) => (
          <details key={d.agendaItemId} style={{ marginBottom: spacing.s }} data-qa="record-previous-item">
            <summary style={{ fontWeight: 600, fontSize: 18, cursor: 'pointer' }}>
              {t.teams.record.previousItem(formatLocalDate(d.meeting.date))}
              {d.dilemma ? ` – ${d.dilemma}` : ''}
            </summary>
            <div style={{ padding: `${spacing.s} 0 0 ${spacing.m}` }}>
              <DiscussionBody
                discussion={d}
                hypotheses={entry.hypotheses}
                experiments={entry.experiments}
                people={entry.people}
              />
            </div>
          </details>
        ))
      )}
    </Section>
  );
}
