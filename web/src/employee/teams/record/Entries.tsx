import { type RecordEntry, recordEntrySchema } from '@lumo/domain';
import { useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { errorText } from '../../../lib/components/ErrorNotice';
import { colors, spacing } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';
import { recordApi } from '../api';
import { capitalise, roleName } from '../format';
import { EditableText, Quote, Section, Select } from '../ui';
import { AddTextForm } from './AddTextForm';
import { useRecord, useRefresh } from './context';

const Items = styled.ul`
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  > li {
    padding-bottom: ${spacing.s};
    border-bottom: 1px solid ${colors.depthLight2};
  }
  > li:last-child {
    border-bottom: 0;
    padding-bottom: 0;
  }
  .who {
    font-weight: 600;
    margin: 0 0 4px;
  }
  .role {
    font-weight: 400;
    color: ${colors.depthDark1};
  }
`;

const readEntry = (current: unknown) => {
  const parsed = recordEntrySchema.safeParse(current);
  return parsed.success
    ? {
        text: parsed.data.text,
        version: parsed.data.version,
        by: parsed.data.createdBy.name,
        at: parsed.data.updatedAt,
      }
    : null;
};

/** An entry's text, corrected in place (with "someone changed this"), and its removal. */
function EntryText({ entry, label, quote }: { entry: RecordEntry; label: string; quote?: boolean }) {
  const { t, lang } = useI18n();
  const { canRecord } = useRecord();
  const refresh = useRefresh();
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <EditableText
        label={label}
        labelHidden
        value={entry.text}
        version={entry.version}
        canEdit={canRecord}
        qa="entry-text"
        emptyText=""
        save={(text, version) => recordApi.updateEntry(entry.id, { version: version ?? 1, text })}
        readCurrent={readEntry}
        onDone={() => void refresh()}
        {...(quote ? { renderValue: (text: string) => <Quote>{text}</Quote> } : {})}
      />
      {canRecord ? (
        <Button
          variant="secondaryNoBorder"
          onClick={async () => {
            setError(null);
            try {
              await recordApi.removeEntry(entry.id, entry.version);
            } catch (e) {
              setError(e);
            }
            await refresh();
          }}
          data-qa="entry-remove"
          style={{ minHeight: 32, padding: '2px 8px', marginTop: 4 }}
        >
          {t.teams.record.remove}
        </Button>
      ) : null}
      {error ? <InlineAlert status="error">{errorText(error, lang, t)}</InlineAlert> : null}
    </>
  );
}

/** Each member's perspective, with the role she speaks from. */
export function Perspectives() {
  const { t } = useI18n();
  const p = t.teams.perspectives;
  const { entry, members, canRecord, meId } = useRecord();
  const refresh = useRefresh();
  const [authorId, setAuthorId] = useState(
    members.some((m) => m.user.id === meId) ? meId : (members[0]?.user.id ?? ''),
  );
  const list = entry.discussion.perspectives;
  return (
    <Section title={p.heading} intro={p.intro} qa="record-perspectives">
      {list.length === 0 ? (
        <p style={{ margin: 0, color: colors.depthDark1 }}>{p.none}</p>
      ) : (
        <Items>
          {list.map((e) => (
            <li key={e.id} data-qa="perspective">
              <p className="who">
                {e.author?.name ?? e.createdBy.name}
                {e.teamRole ? <span className="role">, {roleName(e.teamRole, t)}</span> : null}
              </p>
              <EntryText entry={e} label={p.text} />
            </li>
          ))}
        </Items>
      )}
      {canRecord ? (
        <AddTextForm
          qa="perspective-add"
          label={p.text}
          submitText={p.add}
          required={p.required}
          addedText={t.teams.record.saved}
          openText={p.add}
          extra={
            <Select
              label={p.author}
              value={authorId}
              onChange={(e) => setAuthorId(e.target.value)}
              qa="perspective-add-author"
            >
              {members.map((m) => (
                <option key={m.user.id} value={m.user.id}>
                  {m.user.name} – {capitalise(roleName(m.teamRole, t))}
                </option>
              ))}
            </Select>
          }
          onSubmit={async (text) => {
            await recordApi.addEntry(entry.id, {
              kind: 'perspective',
              text,
              ...(authorId ? { authorId } : {}),
            });
            await refresh();
          }}
        />
      ) : null}
    </Section>
  );
}

const OTHER = '__other__';

/** The family's own words, verbatim, marked as theirs. */
export function FamilyVoices() {
  const { t } = useI18n();
  const v = t.teams.voices;
  const { entry, canRecord } = useRecord();
  const refresh = useRefresh();
  const people = entry.people;
  const [speaker, setSpeaker] = useState(people.find((p) => p.relation !== 'child')?.id ?? OTHER);
  const [label, setLabel] = useState('');
  const list = entry.discussion.familyVoices;
  const speakerName = (e: RecordEntry) =>
    e.speaker?.label || people.find((p) => p.id === e.speaker?.personId)?.name || '?';
  return (
    <Section title={v.heading} intro={v.intro} qa="record-voices">
      {list.length === 0 ? (
        <p style={{ margin: 0, color: colors.depthDark1 }}>{v.none}</p>
      ) : (
        <Items>
          {list.map((e) => (
            <li key={e.id} data-qa="family-voice">
              <p className="who">{v.said(speakerName(e))}</p>
              <EntryText entry={e} label={v.text} quote />
            </li>
          ))}
        </Items>
      )}
      {canRecord ? (
        <AddTextForm
          qa="voice-add"
          label={v.text}
          submitText={v.add}
          required={v.required}
          addedText={t.teams.record.saved}
          openText={v.add}
          validateExtra={() => (speaker === OTHER && !label.trim() ? v.speakerRequired : null)}
          extra={
            <>
              <Select
                label={v.speaker}
                value={speaker}
                onChange={(e) => setSpeaker(e.target.value)}
                qa="voice-add-speaker"
              >
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({relationLabel(p.relation, t)})
                  </option>
                ))}
                <option value={OTHER}>{v.speakerOther}</option>
              </Select>
              {speaker === OTHER ? (
                <TextInput
                  labelText={v.speakerLabel}
                  value={label}
                  onChange={(value) => setLabel(String(value ?? ''))}
                  fullWidth
                  data-qa="voice-add-label"
                />
              ) : null}
            </>
          }
          onSubmit={async (text) => {
            const person = people.find((p) => p.id === speaker);
            await recordApi.addEntry(entry.id, {
              kind: 'family_voice',
              text,
              ...(person
                ? { speakerPersonId: person.id, speakerLabel: person.name.split(' ')[0] ?? person.name }
                : { speakerLabel: label.trim() }),
            });
            setLabel('');
            await refresh();
          }}
        />
      ) : null}
    </Section>
  );
}

export function relationLabel(relation: string, t: ReturnType<typeof useI18n>['t']): string {
  if (relation === 'child') return t.teams.genogram.familyChild;
  const relations = t.child.family.relations as Record<string, string>;
  return relations[relation] ?? relation;
}

/** Decisions that belong in the child's client record. */
export function Decisions() {
  const { t } = useI18n();
  const d = t.teams.decisions;
  const { entry, canRecord } = useRecord();
  const refresh = useRefresh();
  const list = entry.discussion.decisions;
  return (
    <Section title={d.heading} intro={d.intro} qa="record-decisions">
      {list.length === 0 ? (
        <p style={{ margin: 0, color: colors.depthDark1 }}>{d.none}</p>
      ) : (
        <Items>
          {list.map((e) => (
            <li key={e.id} data-qa="decision">
              <EntryText entry={e} label={d.text} />
            </li>
          ))}
        </Items>
      )}
      {canRecord ? (
        <AddTextForm
          qa="decision-add"
          label={d.text}
          submitText={d.add}
          required={d.required}
          addedText={t.teams.record.saved}
          openText={d.add}
          onSubmit={async (text) => {
            await recordApi.addEntry(entry.id, { kind: 'decision', text });
            await refresh();
          }}
        />
      ) : null}
    </Section>
  );
}
