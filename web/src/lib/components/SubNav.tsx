import styled from 'styled-components';
import { colors, spacing } from './theme';

/**
 * Views of one page as links (the address changes, so each view can be bookmarked and the browser's
 * back button works); the current one carries aria-current="page".
 */
export const TabNav = styled.nav`
  margin: 0 0 ${spacing.m};
  border-bottom: 1px solid ${colors.depthLight1};
  ul {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${spacing.xs};
    margin: 0;
    padding: 0;
  }
  a {
    display: inline-block;
    padding: 8px 14px 6px;
    margin-bottom: -1px;
    border: 1px solid transparent;
    border-bottom: 4px solid transparent;
    color: ${colors.blackBase};
    font-weight: 600;
    font-size: 18px;
    text-decoration: none;
  }
  a:hover {
    color: ${colors.highlightBase};
    border-bottom-color: ${colors.highlightLight2};
  }
  a[aria-current='page'] {
    color: ${colors.highlightBase};
    border-bottom-color: ${colors.highlightBase};
  }
`;

/** Two or three mutually exclusive choices as links, e.g. mine / my team's. */
export const Segmented = styled.div`
  display: inline-flex;
  flex-wrap: wrap;
  border: 1px solid ${colors.highlightBase};
  border-radius: 2px;
  overflow: hidden;
  a {
    display: inline-block;
    padding: 6px 14px;
    color: ${colors.highlightBase};
    background: ${colors.whiteBase};
    text-decoration: none;
    font-weight: 600;
    border-left: 1px solid ${colors.highlightBase};
  }
  a:first-child {
    border-left: 0;
  }
  a:hover {
    background: ${colors.highlightLight3};
  }
  a[aria-current='page'] {
    background: ${colors.highlightBase};
    color: ${colors.whiteBase};
  }
`;
