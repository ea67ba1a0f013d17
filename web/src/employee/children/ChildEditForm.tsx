import { type ChildPage, type UpdateChildRequest, updateChildRequestSchema } from '@lumo/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button, Dropdown, DropdownItem, InlineAlert, TextInput } from 'suomifi-ui-components';
import { isApiError } from '../../lib/api/client';
import { childrenApi } from '../../lib/api/endpoints';
import { errorText } from '../../lib/components/ErrorNotice';
import { H3, Muted } from '../../lib/components/Layout';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors, spacing } from '../../lib/components/theme';
import { useI18n } from '../../lib/i18n';
import { childQuery } from './queries';

type Field = 'streetAddress' | 'postalCode' | 'postOffice' | 'phone' | 'language';
type Values = Record<Field, string>;
const addressFields: Field[] = ['streetAddress', 'postalCode', 'postOffice'];
const childLanguages = ['fi', 'sv', 'en', 'other'] as const;

function valuesOf(child: ChildPage['child']): Values {
  return {
    streetAddress: child.streetAddress,
    postalCode: child.postalCode,
    postOffice: child.postOffice,
    phone: child.phone,
    language: child.language,
  };
}

const Wrapper = styled.div`
  margin-top: ${spacing.m};
  padding-top: ${spacing.s};
  border-top: 1px solid ${colors.depthLight2};
`;

const Form = styled.form`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr));
  gap: ${spacing.s} ${spacing.m};
  align-items: start;
  .wide {
    grid-column: 1 / -1;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: ${spacing.xs};
  }
`;

/**
 * Corrects the child's contact facts. The version read with the page goes with the change; when
 * someone else saved first, the user gets the latest version beside what she typed, losing nothing.
 */
export function ChildEditForm({ page }: { page: ChildPage }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const { child } = page;
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>(() => valuesOf(child));
  // The saved values and version the edit is based on; replaced when the latest version is loaded.
  const [base, setBase] = useState<{ values: Values; version: number }>(() => ({
    values: valuesOf(child),
    version: child.version,
  }));
  const [latestShown, setLatestShown] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [notice, setNotice] = useState<'saved' | 'nothing' | 'reloaded' | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  // When the form closes, the focus returns to the button that opened it.
  const [returnFocus, setReturnFocus] = useState(false);
  useEffect(() => {
    if (!open && returnFocus) {
      openButton.current?.focus();
      setReturnFocus(false);
    }
  }, [open, returnFocus]);
  const protectedAddress = child.nonDisclosure;

  const save = useMutation({
    mutationFn: (body: UpdateChildRequest) => childrenApi.update(child.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: childQuery(child.id).queryKey, exact: true });
      setOpen(false);
      setNotice('saved');
      setLatestShown(false);
      setReturnFocus(true);
    },
    onError: (error) => {
      if (isApiError(error, 'validation_failed')) {
        const issues = error.issuesIn(lang);
        const next: Partial<Record<Field, string>> = {};
        for (const field of Object.keys(values) as Field[]) {
          const message = issues.get(`body.${field}`);
          if (message) next[field] = message;
        }
        setFieldErrors(next);
      }
    },
  });

  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...childQuery(child.id), staleTime: 0 }),
    onSuccess: (latest) => {
      const fresh = valuesOf(latest.child);
      // Fields the user left alone take the latest saved value; what she typed stays as it is.
      setValues((typed) => {
        const merged = { ...typed };
        for (const field of Object.keys(typed) as Field[]) {
          if (typed[field].trim() === base.values[field]) merged[field] = fresh[field];
        }
        return merged;
      });
      setBase({ values: fresh, version: latest.child.version });
      setLatestShown(true);
      setNotice('reloaded');
      save.reset();
    },
  });

  const start = () => {
    const current = valuesOf(child);
    setValues(current);
    setBase({ values: current, version: child.version });
    setFieldErrors({});
    setNotice(null);
    setLatestShown(false);
    save.reset();
    setOpen(true);
  };

  const cancel = () => {
    setOpen(false);
    setNotice(null);
    save.reset();
    setReturnFocus(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const changed = (Object.keys(values) as Field[]).filter(
      (field) =>
        !(protectedAddress && addressFields.includes(field)) && values[field].trim() !== base.values[field],
    );
    if (changed.length === 0) {
      setNotice('nothing');
      return;
    }
    const body: Record<string, unknown> = { version: base.version };
    for (const field of changed) body[field] = values[field].trim();
    // The same schema the server parses with: one rule, both ends.
    const parsed = updateChildRequestSchema.safeParse(body);
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        next[field] = field === 'postalCode' ? t.child.edit.postalCodeInvalid : t.child.edit.phoneInvalid;
      }
      setFieldErrors(next);
      return;
    }
    setFieldErrors({});
    save.mutate(parsed.data);
  };

  const set = (field: Field) => (value: unknown) => {
    setValues((previous) => ({ ...previous, [field]: String(value ?? '') }));
    setFieldErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  // After loading the latest version: the saved value beside each field where the user's differs.
  const hint = (field: Field) =>
    latestShown && values[field].trim() !== base.values[field]
      ? t.child.edit.latestValue(base.values[field])
      : undefined;
  const conflict = isApiError(save.error, 'conflict');

  const input = (
    field: Exclude<Field, 'language'>,
    qa: string,
    extra: { inputMode?: 'numeric' | 'tel' } = {},
  ) => (
    <TextInput
      labelText={t.child.edit[field]}
      value={values[field]}
      onChange={set(field)}
      fullWidth
      data-qa={qa}
      status={fieldErrors[field] ? 'error' : 'default'}
      statusText={fieldErrors[field]}
      hintText={hint(field)}
      {...(extra.inputMode ? { inputMode: extra.inputMode } : {})}
    />
  );

  return (
    <Wrapper data-qa="child-edit">
      {notice === 'saved' ? (
        <InlineAlert status="neutral" mb="s" data-qa="child-edit-saved" role="status">
          {t.child.edit.saved}
        </InlineAlert>
      ) : null}
      {!open ? (
        <Button variant="secondary" onClick={start} ref={openButton} data-qa="child-edit-open">
          {t.child.edit.open}
        </Button>
      ) : (
        <>
          <H3>{t.child.edit.heading}</H3>
          <Muted>{t.child.edit.intro}</Muted>
          {conflict ? (
            <InlineAlert status="warning" mb="s" data-qa="child-edit-conflict">
              <p style={{ margin: 0 }}>{errorText(save.error, lang, t)}</p>
              <Button
                variant="secondary"
                mt="xs"
                onClick={() => reload.mutate()}
                disabled={reload.isPending}
                data-qa="child-edit-reload"
              >
                {t.child.edit.conflictReload}
              </Button>
            </InlineAlert>
          ) : null}
          {reload.error ? (
            <InlineAlert status="error" mb="s">
              {errorText(reload.error, lang, t)}
            </InlineAlert>
          ) : null}
          {notice === 'reloaded' ? (
            <InlineAlert status="neutral" mb="s" data-qa="child-edit-reloaded" role="status">
              {t.child.edit.conflictReloaded}
            </InlineAlert>
          ) : null}
          {save.error && !conflict && !isApiError(save.error, 'validation_failed') ? (
            <InlineAlert status="error" mb="s" data-qa="child-edit-error">
              {errorText(save.error, lang, t)}
            </InlineAlert>
          ) : null}
          <Form onSubmit={submit} noValidate aria-label={t.child.edit.heading}>
            {protectedAddress ? (
              <p className="wide" style={{ margin: 0 }}>
                {t.child.edit.addressProtected}
              </p>
            ) : (
              <>
                <div className="wide">{input('streetAddress', 'child-edit-street')}</div>
                {input('postalCode', 'child-edit-postal-code', { inputMode: 'numeric' })}
                {input('postOffice', 'child-edit-post-office')}
              </>
            )}
            {input('phone', 'child-edit-phone', { inputMode: 'tel' })}
            <Dropdown
              labelText={t.child.edit.language}
              value={values.language}
              onChange={set('language')}
              hintText={hint('language')}
              data-qa="child-edit-language"
              fullWidth
            >
              {childLanguages.map((code) => (
                <DropdownItem key={code} value={code}>
                  {t.language[code]}
                </DropdownItem>
              ))}
            </Dropdown>
            {notice === 'nothing' ? (
              <p className="wide" style={{ margin: 0 }} role="status">
                {t.child.edit.nothingChanged}
              </p>
            ) : null}
            <div className="wide buttons">
              <SubmitButton pending={save.isPending} qa="child-edit-save">
                {t.child.edit.save}
              </SubmitButton>
              <Button type="button" variant="secondaryNoBorder" onClick={cancel} data-qa="child-edit-cancel">
                {t.child.edit.cancel}
              </Button>
            </div>
          </Form>
        </>
      )}
    </Wrapper>
  );
}
