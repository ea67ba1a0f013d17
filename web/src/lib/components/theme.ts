import { suomifiDesignTokens } from 'suomifi-ui-components';

/** Suomi.fi design tokens, for our own styled parts between the library's components. */
export const tokens = suomifiDesignTokens;
export const colors = suomifiDesignTokens.colors;
export const spacing = suomifiDesignTokens.spacing;
export const typography = suomifiDesignTokens.typography;

/** The focus ring of the design system, for our own links and focusable containers. */
export const focusRing = `
  outline: 3px solid transparent;
  box-shadow: 0 0 0 2px ${colors.whiteBase}, 0 0 0 4px ${colors.accentSecondary};
  border-radius: 2px;
`;
