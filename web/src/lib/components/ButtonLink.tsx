import { createLink } from '@tanstack/react-router';
import { forwardRef } from 'react';
import styled from 'styled-components';
import { colors } from './theme';

const Anchor = styled.a<{ $variant?: 'primary' | 'secondary' }>`
  display: inline-flex;
  align-items: center;
  min-height: 40px;
  padding: 9px 20px;
  border-radius: 2px;
  /* The type of the design system's Button, so that a link and a button side by side look alike. */
  font-size: 14px;
  font-weight: 600;
  line-height: 20px;
  text-decoration: none;
  white-space: normal;
  color: ${({ $variant }) => ($variant === 'secondary' ? colors.highlightBase : colors.whiteBase)};
  background: ${({ $variant }) =>
    $variant === 'secondary'
      ? colors.whiteBase
      : `linear-gradient(0deg, ${colors.highlightBase} 0%, ${colors.highlightLight1} 100%)`};
  border: 1px solid ${colors.highlightBase};
  &:hover {
    background: ${({ $variant }) => ($variant === 'secondary' ? colors.highlightLight4 : colors.highlightLight1)};
  }
  &:active {
    background: ${({ $variant }) => ($variant === 'secondary' ? colors.highlightLight3 : colors.highlightDark1)};
  }
`;

const BasicAnchor = forwardRef<
  HTMLAnchorElement,
  React.AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: 'primary' | 'secondary' }
>(({ variant, ...props }, ref) => <Anchor ref={ref} $variant={variant ?? 'primary'} {...props} />);

/** A link that looks like the design system's button: for moving to a form, not for doing things. */
export const ButtonLink = createLink(BasicAnchor);
