import { type ReactNode, type TableHTMLAttributes, useId, useLayoutEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { useI18n } from '../i18n';
import { colors, spacing } from './theme';

const ScrollHint = styled.p`
  margin: 4px 0 0;
  font-size: 14px;
  color: ${colors.depthDark1};
`;

const Scroller = styled.div`
  width: 100%;
  max-width: 100%;
  overflow-x: auto;
`;

export const StyledTable = styled.table`
  width: 100%;
  border-collapse: collapse;
  font-size: 16px;
  line-height: 1.4;
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0 0 ${spacing.xs};
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 6px 10px;
    border-bottom: 1px solid ${colors.depthLight2};
  }
  th:first-child,
  td:first-child {
    padding-left: 8px;
  }
  thead th {
    font-weight: 600;
    color: ${colors.blackBase};
    background: ${colors.depthSecondary};
    border-bottom: 2px solid ${colors.depthLight1};
    white-space: nowrap;
  }
  tbody tr:hover {
    background: ${colors.highlightLight4};
  }
  tbody th {
    font-weight: 400;
    min-width: 10rem;
  }
  td.nowrap,
  th.nowrap {
    white-space: nowrap;
  }
  tr.highlight {
    background: ${colors.warningLight1};
    box-shadow: inset 4px 0 0 ${colors.warningBase};
  }
  tr.highlight:hover {
    background: ${colors.warningLight1};
  }
`;

/**
 * A data table with a caption, in a container that scrolls sideways on a narrow screen (or at 200 %
 * zoom) so the page itself never does. When it does scroll, the container becomes a focusable,
 * labelled region, so keyboard users can scroll it too.
 */
export function DataTable({
  caption,
  captionHidden = false,
  children,
  ...rest
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  children: ReactNode;
} & TableHTMLAttributes<HTMLTableElement> & { 'data-qa'?: string }) {
  const { t } = useI18n();
  const captionId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setScrollable(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.firstElementChild;
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);

  return (
    <>
      <Scroller
        ref={ref}
        {...(scrollable ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}
      >
        <StyledTable {...rest}>
          <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
            {caption}
          </caption>
          {children}
        </StyledTable>
      </Scroller>
      {scrollable ? <ScrollHint aria-hidden="true">{t.common.tableScrollHint}</ScrollHint> : null}
    </>
  );
}
