import { type ReactNode, useEffect, useRef } from 'react';
import styled from 'styled-components';
import { Button } from 'suomifi-ui-components';
import { ListItem } from './Forms';
import { spacing } from './theme';

const Items = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${spacing.s};
`;

const ItemHead = styled.div`
  display: flex;
  justify-content: flex-end;
  margin-top: -${spacing.xs};
`;

/**
 * An editable list (participants, services, goals): each item a fieldset with its own legend and a
 * remove button; a new item takes the focus to its first field.
 */
export function ListEditor<T>({
  items,
  onChange,
  empty,
  itemLegend,
  addText,
  removeText,
  renderItem,
  qa,
}: {
  items: T[];
  onChange: (items: T[]) => void;
  empty: () => T;
  itemLegend: (n: number) => string;
  addText: string;
  removeText: (n: number) => string;
  /** The fields of one item; the first field's id must be `firstId`. */
  renderItem: (item: T, update: (next: T) => void, firstId: string, index: number) => ReactNode;
  qa: string;
}) {
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    if (focusIndex.current === null) return;
    // After a removal the focus would fall to the page: it goes to the item now in its place, or to
    // the add button when the list is empty.
    const target =
      document.getElementById(`${qa}-${focusIndex.current}-first`) ??
      document.querySelector<HTMLElement>(`[data-qa="${qa}-add"]`);
    target?.focus();
    focusIndex.current = null;
  });
  return (
    <Items data-qa={qa}>
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity of their own
        <ListItem key={index} data-qa={`${qa}-item`}>
          <legend>{itemLegend(index + 1)}</legend>
          {renderItem(
            item,
            (next) => onChange(items.map((old, i) => (i === index ? next : old))),
            `${qa}-${index}-first`,
            index,
          )}
          <ItemHead>
            <Button
              variant="secondaryNoBorder"
              onClick={() => {
                focusIndex.current = index < items.length - 1 ? index : index - 1;
                onChange(items.filter((_, i) => i !== index));
              }}
              data-qa={`${qa}-remove`}
            >
              {removeText(index + 1)}
            </Button>
          </ItemHead>
        </ListItem>
      ))}
      <div>
        <Button
          variant="secondary"
          onClick={() => {
            focusIndex.current = items.length;
            onChange([...items, empty()]);
          }}
          data-qa={`${qa}-add`}
        >
          {addText}
        </Button>
      </div>
    </Items>
  );
}
