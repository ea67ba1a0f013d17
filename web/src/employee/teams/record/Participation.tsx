import { familySummarySchema } from '@lumo/domain';
import { type FormEvent, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { errorText } from '../../../lib/components/ErrorNotice';
import { colors, spacing } from '../../../lib/components/theme';
import { formatDateTime } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { recordApi } from '../api';
import { EditableText, Section, Select, Status } from '../ui';
import { useRecord, useRefresh } from './context';
import { relationLabel } from './Entries';

const Chips = styled.ul`
  list-style: none;
  margin: 0 0 ${spacing.xs};
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 6px;
  li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 2px 4px 2px 12px;
    border-radius: 16px;
    border: 1px solid ${colors.depthLight1};
    background: ${colors.whiteBase};
  }
  li.family {
    border-color: ${colors.accentTertiary};
    background: ${colors.accentTertiaryLight1};
  }
  .mark {
    font-size: 13px;
    color: ${colors.accentTertiaryDark1};
    font-weight: 600;
  }
  button {
    font: inherit;
    border: 0;
    background: transparent;
    color: ${colors.depthDark1};
    cursor: pointer;
    min-width: 28px;
    min-height: 28px;
    border-radius: 50%;
  }
  button:hover {
    background: ${colors.depthLight2};
  }
`;

const Row = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.xs} ${spacing.s};
  margin-top: ${spacing.xs};
  > div {
    flex: 1 1 14rem;
    min-width: 0;
  }
`;

const OTHER = '__other__';

/** Who took part: team members, and family members (whose presence matters most). */
export function Attendees() {
  const { t, lang } = useI18n();
  const a = t.teams.attendees;
  const { entry, members, canRecord } = useRecord();
  const refresh = useRefresh();
  const attendees = entry.discussion.attendees;
  const present = new Set(attendees.map((x) => x.user?.id ?? x.personId ?? ''));
  const staffLeft = members.filter((m) => !present.has(m.user.id));
  const peopleLeft = entry.people.filter((p) => !present.has(p.id));
  const [staffId, setStaffId] = useState('');
  const [personId, setPersonId] = useState('');
  const [label, setLabel] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const add = async (body: Parameters<typeof recordApi.addAttendee>[1], done: string) => {
    setFailure(null);
    try {
      await recordApi.addAttendee(entry.id, body);
      setStatus(done);
      await refresh();
    } catch (e) {
      setFailure(e);
    }
  };
  const staff = attendees.filter((x) => x.kind === 'staff');
  const family = attendees.filter((x) => x.kind === 'family');
  const chip = (x: (typeof attendees)[number]) => {
    const name = x.user?.name ?? x.label;
    return (
      <li key={x.id} className={x.kind} data-qa="attendee" data-kind={x.kind}>
        <span>{name}</span>
        {x.kind === 'family' ? <span className="mark">({a.familyMark})</span> : null}
        {canRecord ? (
          <button
            type="button"
            aria-label={a.remove(name)}
            onClick={async () => {
              await recordApi.removeAttendee(x.id).catch(setFailure);
              await refresh();
            }}
          >
            ×
          </button>
        ) : null}
      </li>
    );
  };
  return (
    <Section title={a.heading} qa="record-attendees">
      <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{a.family}</p>
      {family.length === 0 ? (
        <p style={{ margin: '0 0 8px', color: colors.depthDark1 }}>{a.none}</p>
      ) : (
        <Chips>{family.map(chip)}</Chips>
      )}
      <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{a.staff}</p>
      {staff.length === 0 ? (
        <p style={{ margin: '0 0 8px', color: colors.depthDark1 }}>{a.none}</p>
      ) : (
        <Chips>{staff.map(chip)}</Chips>
      )}
      {canRecord ? (
        <>
          <Row
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              const chosen = personId || (peopleLeft[0]?.id ?? OTHER);
              if (chosen === OTHER) {
                if (!label.trim()) return;
                void add({ kind: 'family', label: label.trim() }, a.addFamily);
                setLabel('');
              } else {
                const person = entry.people.find((p) => p.id === chosen);
                void add({ kind: 'family', personId: chosen, label: person?.name ?? '' }, a.addFamily);
                setPersonId('');
              }
            }}
            aria-label={a.addFamily}
          >
            <div>
              <Select
                label={a.person}
                value={personId || (peopleLeft[0]?.id ?? OTHER)}
                onChange={(e) => setPersonId(e.target.value)}
                qa="attendee-person"
              >
                {peopleLeft.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({relationLabel(p.relation, t)})
                  </option>
                ))}
                <option value={OTHER}>{a.personOther}</option>
              </Select>
            </div>
            {(personId || (peopleLeft[0]?.id ?? OTHER)) === OTHER ? (
              <div>
                <TextInput
                  labelText={a.label}
                  value={label}
                  onChange={(v) => setLabel(String(v ?? ''))}
                  fullWidth
                  data-qa="attendee-label"
                />
              </div>
            ) : null}
            <Button type="submit" variant="secondary" data-qa="attendee-add-family">
              {a.addFamily}
            </Button>
          </Row>
          {staffLeft.length > 0 ? (
            <Row
              onSubmit={(event: FormEvent) => {
                event.preventDefault();
                const chosen = staffId || staffLeft[0]?.user.id;
                if (chosen) void add({ kind: 'staff', userId: chosen }, a.addStaff);
                setStaffId('');
              }}
              aria-label={a.addStaff}
            >
              <div>
                <Select
                  label={a.member}
                  value={staffId || staffLeft[0]?.user.id}
                  onChange={(e) => setStaffId(e.target.value)}
                  qa="attendee-staff"
                >
                  {staffLeft.map((m) => (
                    <option key={m.user.id} value={m.user.id}>
                      {m.user.name}
                    </option>
                  ))}
                </Select>
              </div>
              <Button type="submit" variant="secondary" data-qa="attendee-add-staff">
                {a.addStaff}
              </Button>
            </Row>
          ) : null}
          <Status>{status}</Status>
        </>
      ) : null}
      {failure ? <InlineAlert status="error">{errorText(failure, lang, t)}</InlineAlert> : null}
    </Section>
  );
}

const SummaryBox = styled.div`
  background: hsl(45, 100%, 97%);
  border: 1px solid hsl(42, 60%, 80%);
  border-radius: 4px;
  padding: ${spacing.s} ${spacing.m};
  font-size: 1.05em;
`;

const ShareRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.m};
  margin-top: ${spacing.s};
  .state {
    font-weight: 600;
  }
  .state.shared {
    color: ${colors.successDark1};
  }
`;

/** The plain-language summary; only the responsible worker shares it with the family. */
export function Summary() {
  const { t, lang } = useI18n();
  const s = t.teams.summary;
  const { entry, canRecord, canShare } = useRecord();
  const refresh = useRefresh();
  const summary = entry.discussion.summary;
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState(false);
  const share = async (shared: boolean) => {
    if (!summary) return;
    setPending(true);
    setFailure(null);
    try {
      await recordApi.shareSummary(entry.id, { version: summary.version, shared });
      setStatus(shared ? s.sharedNow : s.unsharedNow);
      await refresh();
    } catch (e) {
      setFailure(e);
      await refresh();
    } finally {
      setPending(false);
    }
  };
  return (
    <Section title={s.heading} intro={s.intro} qa="record-summary">
      <SummaryBox>
        <EditableText
          label={s.text}
          value={summary?.text ?? ''}
          version={summary?.version ?? null}
          canEdit={canRecord}
          qa="summary"
          rows={5}
          emptyText={s.empty}
          {...(summary?.sharedWithFamily ? { hint: s.editUnshares } : {})}
          save={(text, version) => recordApi.saveSummary(entry.id, { version, text })}
          readCurrent={(current) => {
            const x = familySummarySchema.safeParse(current);
            return x.success
              ? {
                  text: x.data.text,
                  version: x.data.version,
                  by: x.data.sharedBy?.name ?? null,
                  at: x.data.updatedAt,
                }
              : null;
          }}
          onDone={() => void refresh()}
        />
      </SummaryBox>
      <ShareRow>
        {summary?.sharedWithFamily && summary.sharedAt ? (
          <span className="state shared" data-qa="summary-shared">
            ✓ {s.shared(formatDateTime(summary.sharedAt, t), summary.sharedBy?.name ?? '')}
          </span>
        ) : (
          <span className="state" data-qa="summary-not-shared">
            {s.notShared}
          </span>
        )}
        {canShare && summary?.text.trim() ? (
          <Button
            variant={summary.sharedWithFamily ? 'secondary' : 'default'}
            onClick={() => void share(!summary.sharedWithFamily)}
            disabled={pending}
            aria-pressed={summary.sharedWithFamily}
            data-qa="summary-share"
          >
            {summary.sharedWithFamily ? s.unshare : s.share}
          </Button>
        ) : null}
      </ShareRow>
      <p style={{ margin: `${spacing.xs} 0 0`, color: colors.depthDark1, fontSize: 15 }}>
        {canShare ? s.shareHint : s.onlyResponsible}
      </p>
      <Status qa="summary-status">{status}</Status>
      {failure ? <InlineAlert status="error">{errorText(failure, lang, t)}</InlineAlert> : null}
    </Section>
  );
}
