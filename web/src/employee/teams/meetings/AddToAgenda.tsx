import type { MeetingPage } from '@lumo/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, Textarea } from 'suomifi-ui-components';
import { isApiError } from '../../../lib/api/client';
import { errorText } from '../../../lib/components/ErrorNotice';
import { ButtonRow } from '../../../lib/components/Forms';
import { SubmitButton } from '../../../lib/components/SubmitButton';
import { colors, spacing } from '../../../lib/components/theme';
import { useI18n } from '../../../lib/i18n';
import { familiesApi, meetingsApi } from '../api';
import { childrenLine } from '../format';
import { teamQuery } from '../queries';
import { Select, Status } from '../ui';

const Box = styled.form`
  margin-top: ${spacing.s};
  padding: ${spacing.s};
  background: ${colors.whiteBase};
  border: 1px solid ${colors.depthLight1};
  border-radius: 4px;
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  h3 {
    margin: 0;
    font-size: 18px;
  }
`;

/** Any member puts a family on the agenda with the dilemma she brings (making the family first if needed). */
export function AddToAgenda({ page }: { page: MeetingPage }) {
  const { t, lang } = useI18n();
  const a = t.teams.meeting.add;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const team = useQuery(teamQuery(page.team.id));
  const [open, setOpen] = useState(false);
  const [family, setFamily] = useState('');
  const [dilemma, setDilemma] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  const onAgenda = new Set((page.agenda ?? []).map((e) => e.family.id));
  const families = (team.data?.families ?? []).filter(
    (f) => f.familyId === null || !onAgenda.has(f.familyId),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!family) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setPending(true);
    setFailure(null);
    try {
      let familyId = family;
      if (family.startsWith('new:')) {
        const created = await familiesApi.create(family.slice(4).split(','));
        familyId = created.id;
        void queryClient.invalidateQueries({ queryKey: ['team', page.team.id] });
      }
      const item = await meetingsApi.addToAgenda(page.meeting.id, { familyId, dilemma: dilemma.trim() });
      const chosen = families.find(
        (f) => (f.familyId ?? `new:${f.children.map((c) => c.id).join(',')}`) === family,
      );
      setStatus(a.added(chosen?.name ?? ''));
      setFamily('');
      setDilemma('');
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['meeting', page.meeting.id] });
      await navigate({
        to: '/meetings/$meetingId',
        params: { meetingId: page.meeting.id },
        search: { item: item.id },
      });
    } catch (e) {
      setFailure(e);
    } finally {
      setPending(false);
    }
  };

  if (!open)
    return (
      <div style={{ marginTop: spacing.s }}>
        <Status qa="agenda-add-status">{status}</Status>
        <Button
          variant="secondary"
          fullWidth
          onClick={() => {
            setOpen(true);
            setStatus('');
          }}
          data-qa="agenda-add-open"
        >
          {a.open}
        </Button>
      </div>
    );
  return (
    <Box onSubmit={submit} noValidate aria-labelledby="agenda-add-heading" data-qa="agenda-add">
      <h3 id="agenda-add-heading" ref={heading} tabIndex={-1}>
        {a.heading}
      </h3>
      <Select
        label={a.family}
        value={family}
        onChange={(e) => {
          setFamily(e.target.value);
          setMissing(false);
        }}
        error={missing ? a.errors.family : undefined}
        qa="agenda-add-family"
      >
        <option value="">{a.chooseFamily}</option>
        {families.map((f) => {
          const value = f.familyId ?? `new:${f.children.map((c) => c.id).join(',')}`;
          return (
            <option key={value} value={value}>
              {f.name}: {childrenLine(f.children, t)}
              {f.familyId ? '' : ` (${t.teams.page.notAFamily})`}
            </option>
          );
        })}
      </Select>
      {family.startsWith('new:') ? (
        <p style={{ margin: 0, color: colors.depthDark1, fontSize: 15 }}>{a.notAFamilyHint}</p>
      ) : null}
      <Textarea
        labelText={a.dilemma}
        hintText={a.dilemmaHint}
        value={dilemma}
        onChange={(e) => setDilemma(e.target.value)}
        fullWidth
        rows={3}
        resize="vertical"
        data-qa="agenda-add-dilemma"
      />
      {failure ? (
        <InlineAlert status="error" data-qa="agenda-add-error">
          {isApiError(failure, 'already_on_agenda') ? a.alreadyOnAgenda : errorText(failure, lang, t)}
        </InlineAlert>
      ) : null}
      <ButtonRow>
        <SubmitButton pending={pending} qa="agenda-add-submit">
          {a.submit}
        </SubmitButton>
        <Button variant="secondaryNoBorder" onClick={() => setOpen(false)}>
          {t.common.cancel}
        </Button>
      </ButtonRow>
    </Box>
  );
}
