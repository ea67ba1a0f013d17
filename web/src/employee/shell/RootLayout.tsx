import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { onAuthLost } from '../../lib/api/client';
import { useI18n } from '../../lib/i18n';
import { clearSession, isComplete, sessionKey, useSession } from '../auth/session';

/** App-wide reactions to the session: its end sends the user to sign in, its start sets her language. */
export function RootLayout() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const session = useSession();
  const { setLanguage } = useI18n();

  useEffect(() => {
    onAuthLost((reason) => {
      const here = router.state.location.href;
      if (router.state.location.pathname === '/login') return;
      if (reason === 'expired') {
        clearSession(queryClient);
        void router.navigate({ to: '/login', search: { reason: 'expired', redirect: here } });
      } else {
        void queryClient.invalidateQueries({ queryKey: sessionKey });
        void router.navigate({ to: '/login', search: { redirect: here } });
      }
    });
    return () => onAuthLost(null);
  }, [router, queryClient]);

  // A new session starts in the language the user chose last time (saved on the server).
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!isComplete(session)) {
      appliedFor.current = null;
      return;
    }
    const key = `${session.user.id}:${session.csrfToken}`;
    if (appliedFor.current === key) return;
    appliedFor.current = key;
    setLanguage(session.user.language);
  }, [session, setLanguage]);

  return <Outlet />;
}
