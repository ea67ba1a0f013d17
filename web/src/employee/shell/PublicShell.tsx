import { Outlet } from '@tanstack/react-router';
import { ShellFrame } from './ShellFrame';

export function PublicShell() {
  return (
    <ShellFrame session={null}>
      <Outlet />
    </ShellFrame>
  );
}
