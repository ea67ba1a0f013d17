import { createGlobalStyle } from 'styled-components';
import { colors, focusRing, typography } from './theme';

export const GlobalStyle = createGlobalStyle`
  *, *::before, *::after { box-sizing: border-box; }
  html { -webkit-text-size-adjust: 100%; }
  body {
    margin: 0;
    ${typography.bodyTextSmall}
    color: ${colors.blackBase};
    background: ${colors.depthLight3};
    min-width: 0;
  }
  #root { min-height: 100vh; display: flex; flex-direction: column; }
  a { color: ${colors.highlightBase}; }
  a:focus-visible, button:focus-visible, [tabindex]:focus-visible { ${focusRing} }
  h1[tabindex='-1']:focus { outline: none; }
  h1[tabindex='-1']:focus-visible { outline: none; box-shadow: none; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;
