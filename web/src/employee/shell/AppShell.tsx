import { Outlet } from '@tanstack/react-router';
import { isComplete, useSession } from '../auth/session';
import { ShellFrame } from './ShellFrame';

/** The signed-in app: the router lets no one in without a complete session. */
export function AppShell() {
  const session = useSession();
  if (!isComplete(session)) return null;
  return (
    <ShellFrame session={session}>
      <Outlet />
    </ShellFrame>
  );
}
