import {
  isValidHetu,
  type NotificationKind,
  type NotifierCategory,
  notificationChannels,
  notificationKinds,
  notifierCategories,
  type PersonSearchResult,
  type RegisterNotificationRequest,
  suspectedOffenceHints,
} from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, type KeyboardEvent, useDeferredValue, useMemo, useState } from 'react';
import styled from 'styled-components';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  InlineAlert,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { isApiError } from '../../lib/api/client';
import { childrenApi, notificationsApi } from '../../lib/api/endpoints';
import { DateField } from '../../lib/components/DateField';
import { errorText } from '../../lib/components/ErrorNotice';
import {
  ButtonRow,
  FieldRow,
  Fieldset,
  type FormError,
  FormErrors,
  FormStack,
  Hint,
} from '../../lib/components/Forms';
import { Card, Lead, Muted } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors, spacing } from '../../lib/components/theme';
import {
  formatLocalDate,
  helsinkiInstant,
  helsinkiToday,
  nowClockTime,
  parseClockTime,
  parseFinnishDate,
} from '../../lib/dates';
import { type Translations, useI18n } from '../../lib/i18n';
import { BackNav, childName } from '../children/ChildPage';
import { childQuery } from '../children/queries';

type ChildMode = 'existing' | 'new';
type Relation = 'mother' | 'father' | 'parent';

interface ChosenChild {
  id: string;
  name: string;
  detail: string;
}

interface Values {
  kind: NotificationKind;
  childMode: ChildMode;
  firstNames: string;
  lastName: string;
  hetu: string;
  birthDate: string;
  expectedBirthDate: string;
  expectedLastName: string;
  parentFirstNames: string;
  parentLastName: string;
  parentHetu: string;
  relation: Relation;
  receivedDate: string;
  receivedTime: string;
  channel: (typeof notificationChannels)[number];
  notifierCategory: NotifierCategory | '';
  notifierName: string;
  notifierContact: string;
  content: string;
  suspectedOffence: boolean;
  police: '' | 'yes' | 'no';
  policeReason: string;
}

/** The ids of the fields, for labels and the error summary's links. */
const ids = {
  kind: 'notification-kind',
  childSearch: 'notification-child-search',
  childPick: 'notification-child-pick',
  firstNames: 'notification-first-names',
  lastName: 'notification-last-name',
  hetu: 'notification-hetu',
  birthDate: 'notification-birth-date',
  expectedBirthDate: 'notification-expected-date',
  parentFirstNames: 'notification-parent-first-names',
  parentLastName: 'notification-parent-last-name',
  parentHetu: 'notification-parent-hetu',
  receivedDate: 'notification-received-date',
  receivedTime: 'notification-received-time',
  notifierCategory: 'notification-category',
  content: 'notification-content',
  police: 'notification-police',
  policeReason: 'notification-police-reason',
} as const;

type Field = keyof typeof ids;

const ChosenBox = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${spacing.xs} ${spacing.m};
  padding: ${spacing.s};
  background: ${colors.highlightLight4};
  border: 1px solid ${colors.highlightLight2};
  .name {
    font-weight: 600;
  }
`;

const SearchRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${spacing.xs};
  > div:first-child {
    flex: 1 1 260px;
    min-width: 0;
  }
`;

const OffenceBox = styled.div<{ $active: boolean }>`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
  ${({ $active }) =>
    $active
      ? `padding: ${spacing.s}; border: 2px solid ${colors.warningBase}; background: ${colors.whiteBase};`
      : ''}
`;

function initialValues(): Values {
  return {
    kind: 'notification',
    childMode: 'existing',
    firstNames: '',
    lastName: '',
    hetu: '',
    birthDate: '',
    expectedBirthDate: '',
    expectedLastName: '',
    parentFirstNames: '',
    parentLastName: '',
    parentHetu: '',
    relation: 'mother',
    receivedDate: formatLocalDate(helsinkiToday()),
    receivedTime: nowClockTime(),
    channel: 'phone',
    notifierCategory: '',
    notifierName: '',
    notifierContact: '',
    content: '',
    suspectedOffence: false,
    police: '',
    policeReason: '',
  };
}

/** What the form lacks before it may be sent, in the order of the fields. */
function validate(
  v: Values,
  chosen: ChosenChild | null,
  policeAsked: boolean,
  t: Translations,
): Partial<Record<Field, string>> {
  const e = t.notifications.form.errors;
  const errors: Partial<Record<Field, string>> = {};
  if (v.kind === 'pre_birth') {
    if (!parseFinnishDate(v.expectedBirthDate)) errors.expectedBirthDate = e.expectedBirthDate;
    if (!v.parentFirstNames.trim()) errors.parentFirstNames = e.parentFirstNames;
    if (!v.parentLastName.trim()) errors.parentLastName = e.parentLastName;
    if (v.parentHetu.trim() && !isValidHetu(v.parentHetu.trim().toUpperCase()))
      errors.parentHetu = e.parentHetu;
  } else if (v.childMode === 'existing') {
    if (!chosen) errors.childSearch = e.child;
  } else {
    if (!v.firstNames.trim()) errors.firstNames = e.firstNames;
    if (!v.lastName.trim()) errors.lastName = e.lastName;
    const hetu = v.hetu.trim().toUpperCase();
    if (hetu && !isValidHetu(hetu)) errors.hetu = e.hetu;
    if (!hetu && !v.birthDate.trim()) errors.hetu = e.hetuOrBirthDate;
    if (!hetu && v.birthDate.trim() && !parseFinnishDate(v.birthDate)) errors.birthDate = e.birthDate;
  }
  const date = parseFinnishDate(v.receivedDate);
  const minutes = parseClockTime(v.receivedTime);
  if (!date) errors.receivedDate = e.receivedDate;
  if (minutes === null) errors.receivedTime = e.receivedTime;
  if (date && minutes !== null && helsinkiInstant(date, minutes).getTime() > Date.now() + 5 * 60_000)
    errors.receivedDate = e.receivedInFuture;
  if (!v.notifierCategory) errors.notifierCategory = e.category;
  if (!v.content.trim()) errors.content = e.content;
  if (policeAsked) {
    if (!v.police) errors.police = e.police;
    else if (v.police === 'no' && !v.policeReason.trim()) errors.policeReason = e.policeReason;
  }
  return errors;
}

function requestOf(v: Values, chosen: ChosenChild | null, policeAsked: boolean): RegisterNotificationRequest {
  const date = parseFinnishDate(v.receivedDate)!;
  const minutes = parseClockTime(v.receivedTime)!;
  const anonymous = v.notifierCategory === 'anonymous';
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  const body: RegisterNotificationRequest = {
    kind: v.kind,
    receivedAt: helsinkiInstant(date, minutes).toISOString(),
    channel: v.channel,
    notifierCategory: v.notifierCategory as NotifierCategory,
    content: v.content.trim(),
    suspectedOffence: v.suspectedOffence,
  };
  if (!anonymous) {
    const name = optional(v.notifierName);
    const contact = optional(v.notifierContact);
    if (name) body.notifierName = name;
    if (contact) body.notifierContact = contact;
  }
  if (policeAsked) {
    body.policeNotified = v.police === 'yes';
    if (v.police === 'no') body.policeNotNotifiedReason = v.policeReason.trim();
  }
  if (v.kind === 'pre_birth') {
    const hetu = optional(v.parentHetu.toUpperCase());
    body.expectedChild = {
      expectedBirthDate: parseFinnishDate(v.expectedBirthDate)!,
      ...(optional(v.expectedLastName) ? { lastName: v.expectedLastName.trim() } : {}),
      expectantParent: {
        firstNames: v.parentFirstNames.trim(),
        lastName: v.parentLastName.trim(),
        ...(hetu ? { hetu } : {}),
      },
      expectantParentRelation: v.relation,
    };
  } else if (v.childMode === 'existing' && chosen) {
    body.childId = chosen.id;
  } else {
    const hetu = optional(v.hetu.toUpperCase());
    body.child = {
      firstNames: v.firstNames.trim(),
      lastName: v.lastName.trim(),
      ...(hetu ? { hetu } : { birthDate: parseFinnishDate(v.birthDate)! }),
    };
  }
  return body;
}

/** The field a server-side validation issue is about. */
const serverPaths: Record<string, Field> = {
  'body.childId': 'childSearch',
  'body.child.firstNames': 'firstNames',
  'body.child.lastName': 'lastName',
  'body.child.hetu': 'hetu',
  'body.child.birthDate': 'birthDate',
  'body.expectedChild.expectedBirthDate': 'expectedBirthDate',
  'body.expectedChild.expectantParent': 'parentFirstNames',
  'body.expectedChild.expectantParent.hetu': 'parentHetu',
  'body.receivedAt': 'receivedDate',
  'body.notifierCategory': 'notifierCategory',
  'body.notifierName': 'notifierCategory',
  'body.content': 'content',
  'body.policeNotified': 'police',
  'body.policeNotNotifiedReason': 'policeReason',
};

/**
 * Registers a child welfare notification as it came in (LSL §25, §25a, §25c): the child, when and how it
 * arrived, who made it and what it says. When the content suggests a sexual or violent offence, or the
 * worker says so, she must answer whether the police were notified too (§25(3)) before it is saved.
 */
export function RegisterNotificationPage() {
  const { t, lang } = useI18n();
  const f = t.notifications.form;
  const search = useSearch({ strict: false }) as { childId?: string };
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(initialValues);
  const [chosen, setChosen] = useState<ChosenChild | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<unknown>(null);

  // A child given in the address (from the child's page) is chosen already.
  const prefilled = useQuery({ ...childQuery(search.childId ?? ''), enabled: !!search.childId });
  const prefilledChild: ChosenChild | null = prefilled.data
    ? {
        id: prefilled.data.child.id,
        name: childName(prefilled.data.child),
        detail: prefilled.data.child.hetu ?? formatLocalDate(prefilled.data.child.birthDate),
      }
    : null;
  const child = chosen ?? (values.childMode === 'existing' ? prefilledChild : null);

  const content = useDeferredValue(values.content);
  const hints = useMemo(() => suspectedOffenceHints(content), [content]);
  const policeAsked = values.suspectedOffence || hints.length > 0;

  const set = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    const key = field as string;
    if (key in ids) setErrors((previous) => ({ ...previous, [key]: undefined }));
  };

  const register = useMutation({
    mutationFn: (body: RegisterNotificationRequest) => notificationsApi.register(body),
    onSuccess: async (notification) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['deadlines'] }),
        queryClient.invalidateQueries({ queryKey: ['worklist'] }),
        queryClient.invalidateQueries({ queryKey: ['child', notification.childId] }),
        queryClient.invalidateQueries({ queryKey: ['notification-register'] }),
      ]);
      queryClient.setQueryData(['notification', notification.id], notification);
      await navigate({
        to: '/notifications/$notificationId',
        params: { notificationId: notification.id },
        search: { registered: true },
      });
    },
    onError: (error) => {
      if (!isApiError(error)) {
        setServerError(error);
        return;
      }
      const next: Partial<Record<Field, string>> = {};
      for (const [path, message] of error.issuesIn(lang)) {
        const field = serverPaths[path];
        if (field) next[field] = message;
      }
      if (error.code === 'police_notification_required') next.police = t.notifications.form.errors.police;
      if (error.code === 'invalid_hetu' || error.code === 'not_a_child') {
        next.hetu = errorText(error, lang, t);
      }
      if (Object.keys(next).length > 0) {
        setErrors(next);
        setAttempt((n) => n + 1);
        setServerError(null);
      } else {
        setServerError(error);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const found = validate(values, child, policeAsked, t);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    register.mutate(requestOf(values, child, policeAsked));
  };

  const summary: FormError[] = (Object.keys(ids) as Field[])
    .filter((field) => errors[field])
    .map((field) => ({ id: field === 'police' ? `${ids.police}-yes` : ids[field], text: errors[field]! }));

  const status = (field: Field) =>
    errors[field] ? { status: 'error' as const, statusText: errors[field] } : { status: 'default' as const };

  const anonymous = values.notifierCategory === 'anonymous';

  return (
    <div data-qa="register-notification">
      <BackNav>
        {search.childId ? (
          <Link to="/children/$childId" params={{ childId: search.childId }}>
            {t.notifications.view.backToChild}
          </Link>
        ) : (
          <Link to="/worklist">{t.shell.backToWorklist}</Link>
        )}
      </BackNav>
      <PageHeading>{f.title}</PageHeading>
      <Lead>{f.intro}</Lead>
      <Card>
        <FormErrors errors={summary} attempt={attempt} qa="notification-errors" />
        {serverError ? (
          <InlineAlert status="error" mb="m" data-qa="notification-error">
            {errorText(serverError, lang, t)}
          </InlineAlert>
        ) : null}
        <FormStack onSubmit={submit} noValidate aria-label={f.title}>
          <RadioButtonGroup
            labelText={f.kindLegend}
            name="kind"
            id={ids.kind}
            value={values.kind}
            onChange={(value) => set('kind', value as NotificationKind)}
            data-qa="notification-kind"
          >
            {notificationKinds.map((kind) => (
              <RadioButton
                key={kind}
                value={kind}
                hintText={t.notifications.kindHints[kind]}
                data-qa={`notification-kind-${kind}`}
              >
                {t.notifications.kinds[kind]}
              </RadioButton>
            ))}
          </RadioButtonGroup>

          {values.kind === 'pre_birth' ? (
            <Fieldset>
              <legend>{f.expectedLegend}</legend>
              <FieldRow>
                <DateField
                  id={ids.expectedBirthDate}
                  labelText={f.expectedBirthDate}
                  value={values.expectedBirthDate}
                  onChange={(value) => set('expectedBirthDate', value)}
                  qa="notification-expected-date"
                  {...status('expectedBirthDate')}
                />
                <TextInput
                  labelText={f.expectedLastName}
                  optionalText={t.common.optional}
                  value={values.expectedLastName}
                  onChange={(value) => set('expectedLastName', String(value ?? ''))}
                  fullWidth
                  data-qa="notification-expected-last-name"
                />
              </FieldRow>
              <Hint>{f.parentLegend}</Hint>
              <FieldRow>
                <TextInput
                  id={ids.parentFirstNames}
                  labelText={f.parentFirstNames}
                  value={values.parentFirstNames}
                  onChange={(value) => set('parentFirstNames', String(value ?? ''))}
                  fullWidth
                  data-qa="notification-parent-first-names"
                  {...status('parentFirstNames')}
                />
                <TextInput
                  id={ids.parentLastName}
                  labelText={f.parentLastName}
                  value={values.parentLastName}
                  onChange={(value) => set('parentLastName', String(value ?? ''))}
                  fullWidth
                  data-qa="notification-parent-last-name"
                  {...status('parentLastName')}
                />
                <TextInput
                  id={ids.parentHetu}
                  labelText={f.parentHetu}
                  optionalText={t.common.optional}
                  value={values.parentHetu}
                  onChange={(value) => set('parentHetu', String(value ?? ''))}
                  autoComplete="off"
                  spellCheck={false}
                  fullWidth
                  data-qa="notification-parent-hetu"
                  {...status('parentHetu')}
                />
              </FieldRow>
              <RadioButtonGroup
                labelText={f.relation}
                name="relation"
                value={values.relation}
                onChange={(value) => set('relation', value as Relation)}
              >
                {(['mother', 'father', 'parent'] as const).map((relation) => (
                  <RadioButton key={relation} value={relation}>
                    {f.relations[relation]}
                  </RadioButton>
                ))}
              </RadioButtonGroup>
            </Fieldset>
          ) : (
            <Fieldset>
              <legend>{f.childLegend}</legend>
              <RadioButtonGroup
                labelText={f.childModeLegend}
                name="child-mode"
                value={values.childMode}
                onChange={(value) => set('childMode', value as ChildMode)}
              >
                <RadioButton value="existing" data-qa="notification-child-existing">
                  {f.childModes.existing}
                </RadioButton>
                <RadioButton value="new" data-qa="notification-child-new">
                  {f.childModes.new}
                </RadioButton>
              </RadioButtonGroup>
              {values.childMode === 'existing' ? (
                child ? (
                  <ChosenBox data-qa="notification-chosen-child">
                    <div>
                      <span className="visually-hidden">{f.chosenChild}: </span>
                      <span className="name">{child.name}</span> <span>{child.detail}</span>
                    </div>
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setChosen(null);
                        if (search.childId) void navigate({ to: '/notifications/new', search: {} });
                      }}
                      data-qa="notification-change-child"
                    >
                      {f.changeChild}
                    </Button>
                  </ChosenBox>
                ) : search.childId && prefilled.isPending ? (
                  <Loading />
                ) : (
                  <ChildSearch
                    onChoose={(picked) => {
                      setChosen(picked);
                      setErrors((previous) => ({ ...previous, childSearch: undefined }));
                    }}
                    error={errors.childSearch}
                  />
                )
              ) : (
                <>
                  <FieldRow>
                    <TextInput
                      id={ids.firstNames}
                      labelText={f.firstNames}
                      value={values.firstNames}
                      onChange={(value) => set('firstNames', String(value ?? ''))}
                      fullWidth
                      data-qa="notification-first-names"
                      {...status('firstNames')}
                    />
                    <TextInput
                      id={ids.lastName}
                      labelText={f.lastName}
                      value={values.lastName}
                      onChange={(value) => set('lastName', String(value ?? ''))}
                      fullWidth
                      data-qa="notification-last-name"
                      {...status('lastName')}
                    />
                  </FieldRow>
                  <FieldRow>
                    <TextInput
                      id={ids.hetu}
                      labelText={f.hetu}
                      hintText={f.hetuHint}
                      value={values.hetu}
                      onChange={(value) => set('hetu', String(value ?? ''))}
                      autoComplete="off"
                      spellCheck={false}
                      fullWidth
                      data-qa="notification-hetu"
                      {...status('hetu')}
                    />
                    {values.hetu.trim() ? null : (
                      <DateField
                        id={ids.birthDate}
                        labelText={f.birthDate}
                        value={values.birthDate}
                        onChange={(value) => set('birthDate', value)}
                        qa="notification-birth-date"
                        {...status('birthDate')}
                      />
                    )}
                  </FieldRow>
                </>
              )}
            </Fieldset>
          )}

          <Fieldset>
            <legend>{f.receivedLegend}</legend>
            <FieldRow>
              <DateField
                id={ids.receivedDate}
                labelText={f.receivedDate}
                value={values.receivedDate}
                onChange={(value) => set('receivedDate', value)}
                qa="notification-received-date"
                {...status('receivedDate')}
              />
              <TextInput
                id={ids.receivedTime}
                labelText={f.receivedTime}
                hintText={f.receivedTimeHint}
                value={values.receivedTime}
                onChange={(value) => set('receivedTime', String(value ?? ''))}
                inputMode="numeric"
                autoComplete="off"
                fullWidth
                data-qa="notification-received-time"
                {...status('receivedTime')}
              />
              <Dropdown
                labelText={f.channel}
                hintText={f.channelHint}
                value={values.channel}
                onChange={(value) => set('channel', value as Values['channel'])}
                fullWidth
                data-qa="notification-channel"
              >
                {notificationChannels.map((channel) => (
                  <DropdownItem key={channel} value={channel}>
                    {t.notifications.channels[channel]}
                  </DropdownItem>
                ))}
              </Dropdown>
            </FieldRow>
          </Fieldset>

          <Fieldset>
            <legend>{f.notifierLegend}</legend>
            <Dropdown
              id={ids.notifierCategory}
              labelText={f.notifierCategory}
              visualPlaceholder={f.chooseCategory}
              value={values.notifierCategory || null}
              onChange={(value) => set('notifierCategory', value as NotifierCategory)}
              fullWidth
              data-qa="notification-category"
              {...status('notifierCategory')}
            >
              {notifierCategories.map((category) => (
                <DropdownItem key={category} value={category}>
                  {t.notifications.notifierCategories[category]}
                </DropdownItem>
              ))}
            </Dropdown>
            {anonymous ? (
              <Hint data-qa="notification-anonymous-note">{f.anonymousNote}</Hint>
            ) : (
              <FieldRow>
                <TextInput
                  labelText={f.notifierName}
                  optionalText={t.common.optional}
                  value={values.notifierName}
                  onChange={(value) => set('notifierName', String(value ?? ''))}
                  fullWidth
                  data-qa="notification-notifier-name"
                />
                <TextInput
                  labelText={f.notifierContact}
                  optionalText={t.common.optional}
                  value={values.notifierContact}
                  onChange={(value) => set('notifierContact', String(value ?? ''))}
                  fullWidth
                  data-qa="notification-notifier-contact"
                />
              </FieldRow>
            )}
          </Fieldset>

          <Textarea
            id={ids.content}
            labelText={f.content}
            hintText={f.contentHint}
            value={values.content}
            onChange={(event) => set('content', event.target.value)}
            fullWidth
            resize="vertical"
            rows={6}
            maxLength={20_000}
            data-qa="notification-content"
            {...status('content')}
          />

          <Fieldset>
            <legend>{f.offenceLegend}</legend>
            <OffenceBox $active={policeAsked} data-qa="notification-offence">
              {hints.length > 0 ? (
                <InlineAlert status="warning" data-qa="notification-offence-hint">
                  {f.offenceHint(hints.map((word) => `”${word}”`).join(', '))}
                </InlineAlert>
              ) : null}
              <Checkbox
                checked={values.suspectedOffence}
                onClick={({ checkboxState }) => set('suspectedOffence', checkboxState)}
                hintText={f.suspectedOffenceHint}
                data-qa="notification-suspected-offence"
              >
                {f.suspectedOffence}
              </Checkbox>
              {policeAsked ? (
                <>
                  <RadioButtonGroup
                    labelText={f.policeLegend}
                    name="police"
                    id={ids.police}
                    value={values.police}
                    onChange={(value) => set('police', value as Values['police'])}
                    groupStatus={errors.police ? 'error' : 'default'}
                    groupStatusText={errors.police}
                    data-qa="notification-police"
                  >
                    <RadioButton value="yes" id={`${ids.police}-yes`} data-qa="notification-police-yes">
                      {f.policeYes}
                    </RadioButton>
                    <RadioButton value="no" id={`${ids.police}-no`} data-qa="notification-police-no">
                      {f.policeNo}
                    </RadioButton>
                  </RadioButtonGroup>
                  {values.police === 'no' ? (
                    <Textarea
                      id={ids.policeReason}
                      labelText={f.policeReason}
                      value={values.policeReason}
                      onChange={(event) => set('policeReason', event.target.value)}
                      fullWidth
                      resize="vertical"
                      rows={3}
                      maxLength={2000}
                      data-qa="notification-police-reason"
                      {...status('policeReason')}
                    />
                  ) : null}
                </>
              ) : null}
            </OffenceBox>
          </Fieldset>

          <ButtonRow>
            <SubmitButton pending={register.isPending} qa="notification-submit">
              {f.submit}
            </SubmitButton>
          </ButtonRow>
        </FormStack>
      </Card>
    </div>
  );
}

type Person = PersonSearchResult['results'][number];

/** Children found by name or identity code among those the user may see. */
function childrenIn(results: Person[]): ChosenChild[] {
  const out = new Map<string, ChosenChild>();
  for (const person of results) {
    if (person.kind === 'child') {
      out.set(person.id, {
        id: person.id,
        name: `${person.firstNames} ${person.lastName}`,
        detail: person.hetu ?? formatLocalDate(person.birthDate),
      });
    }
    for (const child of person.children) {
      if (!out.has(child.id)) out.set(child.id, { id: child.id, name: child.name, detail: '' });
    }
  }
  return [...out.values()];
}

function ChildSearch({
  onChoose,
  error,
}: {
  onChoose: (child: ChosenChild) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const f = t.notifications.form;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [picked, setPicked] = useState('');
  const found = useQuery({
    queryKey: ['people', query],
    queryFn: () => childrenApi.search(query),
    enabled: query.length >= 2,
    staleTime: 0,
  });
  const results = found.data ? childrenIn(found.data.results) : [];

  const run = () => {
    const q = text.trim();
    if (q.length < 2) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    if (q === query) void found.refetch();
    else setQuery(q);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter searches here, it does not send the whole notification.
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };

  return (
    <>
      <SearchRow>
        <TextInput
          id={ids.childSearch}
          labelText={f.search}
          value={text}
          onChange={(value) => setText(String(value ?? ''))}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
          fullWidth
          status={tooShort || error ? 'error' : 'default'}
          statusText={tooShort ? f.searchTooShort : error}
          data-qa="notification-child-search"
        />
        <Button variant="secondary" onClick={run} data-qa="notification-child-search-submit">
          {f.searchSubmit}
        </Button>
      </SearchRow>
      {found.isFetching && !found.data ? <Loading /> : null}
      {found.data && query ? (
        results.length === 0 ? (
          <Muted aria-live="polite">{f.searchNone(query)}</Muted>
        ) : (
          <RadioButtonGroup
            labelText={f.pickChild}
            name="child-pick"
            id={ids.childPick}
            value={picked}
            onChange={(value) => {
              setPicked(value);
              const child = results.find((r) => r.id === value);
              if (child) onChoose(child);
            }}
            data-qa="notification-child-results"
          >
            {results.map((child) => (
              <RadioButton key={child.id} value={child.id} hintText={child.detail || undefined}>
                {child.name}
              </RadioButton>
            ))}
          </RadioButtonGroup>
        )
      ) : null}
    </>
  );
}
