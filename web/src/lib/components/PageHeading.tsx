import { useLocation } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
import styled from 'styled-components';
import { useI18n } from '../i18n';
import { colors, typography } from './theme';

const H1 = styled.h1`
  ${typography.heading1}
  font-weight: 600;
  font-size: 32px;
  line-height: 40px;
  color: ${colors.blackBase};
  margin: 0 0 8px;
  overflow-wrap: anywhere;
  @media (max-width: 700px) {
    font-size: 26px;
    line-height: 32px;
  }
`;

// The address the browser loaded. Its first page leaves the focus where the browser put it (at the
// top, so the skip link is the first Tab stop); every page the user moves to takes the focus.
let loadedPathname: string | null = typeof window === 'undefined' ? null : window.location.pathname;

/**
 * The page's h1. It names the page in the window title and takes the focus when the user arrives
 * at a new address (or the page turns into another one, e.g. not found → the child after emergency
 * access), so that a screen reader starts reading from the page's heading.
 */
export function PageHeading({
  children,
  title,
  focusKey,
  ...rest
}: {
  children: ReactNode;
  /** The document title; defaults to the heading when that is text. */
  title?: string;
  /** Moves the focus to the heading again when it changes (the page became a different page). */
  focusKey?: string;
  'data-qa'?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const pathname = useLocation({ select: (location) => location.pathname });
  const pageTitle = title ?? (typeof children === 'string' ? children : '');

  useEffect(() => {
    document.title = t.app.pageTitle(pageTitle);
  }, [t, pageTitle]);

  const settledKey = useRef<string | undefined>(undefined);
  useEffect(() => {
    const previous = settledKey.current;
    if (focusKey) settledKey.current = focusKey;
    const becameAnotherPage = previous !== undefined && !!focusKey && previous !== focusKey;
    if (pathname === loadedPathname && !becameAnotherPage) return;
    loadedPathname = null;
    ref.current?.focus();
  }, [pathname, focusKey]);

  return (
    <H1 ref={ref} tabIndex={-1} {...rest}>
      {children}
    </H1>
  );
}
