import type { SessionInfo, TotpSetup } from '@lumo/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { authApi } from '../../lib/api/endpoints';
import { errorText } from '../../lib/components/ErrorNotice';
import { Card, Lead } from '../../lib/components/Layout';
import { Loading } from '../../lib/components/Loading';
import { PageHeading } from '../../lib/components/PageHeading';
import { SubmitButton } from '../../lib/components/SubmitButton';
import { colors, spacing } from '../../lib/components/theme';
import { useI18n } from '../../lib/i18n';
import type { LoginSearch } from '../router';
import { clearSession, isComplete, sessionQuery, storeSession } from './session';

const Narrow = styled.div`
  max-width: 520px;
  margin: ${spacing.m} auto 0;
`;

const Form = styled.form`
  display: flex;
  flex-direction: column;
  gap: ${spacing.m};
  align-items: flex-start;
  margin-top: ${spacing.s};
`;

const Secret = styled.code`
  display: block;
  padding: ${spacing.xs};
  background: ${colors.depthLight3};
  border: 1px solid ${colors.depthLight1};
  font-size: 15px;
  overflow-wrap: anywhere;
  user-select: all;
`;

const SecretLabel = styled.p`
  margin: ${spacing.s} 0 4px;
  font-weight: 600;
`;

/** Sign-in: password, then the second factor when the role or the user's own choice needs it. */
export function LoginPage() {
  const { t } = useI18n();
  const search = useSearch({ strict: false }) as LoginSearch;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: session, isPending } = useQuery(sessionQuery);

  // A complete session has no business here: on to where the user was going.
  useEffect(() => {
    if (isComplete(session)) void navigate({ href: search.redirect ?? '/worklist', replace: true });
  }, [session, navigate, search.redirect]);

  const step = !session
    ? 'password'
    : session.secondFactor === 'pending'
      ? 'totp'
      : session.secondFactor === 'enrolment_required'
        ? 'enrol'
        : 'done';

  const title = step === 'totp' ? t.auth.totpTitle : step === 'enrol' ? t.auth.enrolTitle : t.auth.title;

  const cancel = async () => {
    try {
      await authApi.logout();
    } catch {
      // The session is forgotten here in any case.
    }
    clearSession(queryClient);
  };

  return (
    <Narrow>
      <Card>
        <PageHeading focusKey={step}>{title}</PageHeading>
        {isPending ? (
          <Loading />
        ) : step === 'password' ? (
          <PasswordStep notice={search.reason} onSignedIn={(s) => storeSession(queryClient, s)} />
        ) : step === 'totp' ? (
          <TotpStep onVerified={(s) => storeSession(queryClient, s)} onCancel={cancel} />
        ) : step === 'enrol' ? (
          <EnrolStep onVerified={(s) => storeSession(queryClient, s)} onCancel={cancel} />
        ) : (
          <Loading />
        )}
      </Card>
    </Narrow>
  );
}

function PasswordStep({
  notice,
  onSignedIn,
}: {
  notice: LoginSearch['reason'];
  onSignedIn: (session: SessionInfo) => void;
}) {
  const { t, lang } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const login = useMutation({
    mutationFn: () => authApi.login(username.trim(), password),
    onSuccess: onSignedIn,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate();
  };

  const error = missing ? t.auth.missingCredentials : login.error ? errorText(login.error, lang, t) : null;

  return (
    <>
      {notice && !login.isPending && !login.error ? (
        <InlineAlert status={notice === 'expired' ? 'warning' : 'neutral'} data-qa="login-notice" mb="s">
          {notice === 'expired' ? t.auth.sessionExpired : t.auth.signedOut}
        </InlineAlert>
      ) : null}
      <Lead>{t.auth.intro}</Lead>
      <Form onSubmit={submit} noValidate>
        <TextInput
          labelText={t.auth.username}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(value) => setUsername(String(value ?? ''))}
          fullWidth
          data-qa="login-username"
        />
        <TextInput
          labelText={t.auth.password}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(value) => setPassword(String(value ?? ''))}
          fullWidth
          data-qa="login-password"
        />
        {error ? (
          <InlineAlert status="error" data-qa="login-error" aria-live="assertive">
            {error}
          </InlineAlert>
        ) : null}
        <SubmitButton pending={login.isPending} qa="login-submit">
          {t.auth.submit}
        </SubmitButton>
      </Form>
    </>
  );
}

function CodeForm({
  submitText,
  onSubmit,
  pending,
  serverError,
  onCancel,
}: {
  submitText: string;
  onSubmit: (code: string) => void;
  pending: boolean;
  serverError: unknown;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState('');
  const [formatError, setFormatError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(trimmed)) {
      setFormatError(true);
      return;
    }
    setFormatError(false);
    onSubmit(trimmed);
  };
  const error = formatError ? t.auth.totpFormat : serverError ? errorText(serverError, lang, t) : null;
  return (
    <Form onSubmit={submit} noValidate>
      <TextInput
        labelText={t.auth.totpCode}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        value={code}
        onChange={(value) => setCode(String(value ?? ''))}
        data-qa="totp-code"
      />
      {error ? (
        <InlineAlert status="error" data-qa="login-error" aria-live="assertive">
          {error}
        </InlineAlert>
      ) : null}
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <SubmitButton pending={pending} qa="totp-submit">
          {submitText}
        </SubmitButton>
        <Button type="button" variant="secondaryNoBorder" onClick={onCancel} data-qa="totp-cancel">
          {t.auth.cancel}
        </Button>
      </div>
    </Form>
  );
}

function TotpStep({
  onVerified,
  onCancel,
}: {
  onVerified: (session: SessionInfo) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const verify = useMutation({ mutationFn: authApi.verifyTotp, onSuccess: onVerified });
  return (
    <>
      <Lead>{t.auth.totpIntro}</Lead>
      <CodeForm
        submitText={t.auth.totpSubmit}
        onSubmit={(code) => verify.mutate(code)}
        pending={verify.isPending}
        serverError={verify.error}
        onCancel={onCancel}
      />
    </>
  );
}

function EnrolStep({
  onVerified,
  onCancel,
}: {
  onVerified: (session: SessionInfo) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [setupError, setSetupError] = useState<unknown>(null);
  const started = useRef(false);
  useEffect(() => {
    // One secret per visit: asking again would replace the one already shown.
    if (started.current) return;
    started.current = true;
    authApi.setupTotp().then(setSetup, setSetupError);
  }, []);
  const confirm = useMutation({ mutationFn: authApi.confirmTotp, onSuccess: onVerified });

  return (
    <>
      <Lead>{t.auth.enrolIntro}</Lead>
      {setup ? (
        <>
          <dl style={{ margin: 0 }}>
            <SecretLabel as="dt">{t.auth.enrolSecret}</SecretLabel>
            <dd style={{ margin: 0 }}>
              <Secret data-qa="totp-secret">{setup.secret}</Secret>
            </dd>
            <SecretLabel as="dt">{t.auth.enrolUrl}</SecretLabel>
            <dd style={{ margin: 0 }}>
              <Secret data-qa="totp-url">{setup.otpauthUrl}</Secret>
            </dd>
          </dl>
          <CodeForm
            submitText={t.auth.enrolSubmit}
            onSubmit={(code) => confirm.mutate(code)}
            pending={confirm.isPending}
            serverError={confirm.error}
            onCancel={onCancel}
          />
        </>
      ) : setupError ? (
        <CodeForm
          submitText={t.auth.enrolSubmit}
          onSubmit={() => undefined}
          pending={false}
          serverError={setupError}
          onCancel={onCancel}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
