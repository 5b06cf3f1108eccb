import { Box, VisuallyHidden, useSlotRecipe } from '@chakra-ui/react';
import type { ReactNode } from 'react';
import { CheckIcon } from '../../icons/icons.tsx';
import { optionListRecipe } from '../../theme/recipes/option-list.ts';
import type { OptionListState } from './use-option-list.ts';

export interface OptionListProps<Item> {
  list: OptionListState;
  items: readonly Item[];
  /** Names the listbox for assistive technology. */
  label: string;
  itemKey: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  onPick: (item: Item) => void;
  /** The item that is the current value gets a check mark and, for screen readers, `currentLabel`. */
  isCurrent?: (item: Item) => boolean;
  currentLabel?: string;
}

/**
 * The listbox of a combobox, internal to the kit: focus stays in the combobox's text field (aria-activedescendant),
 * so options never take focus and a mouse press does not blur the field.
 */
export function OptionList<Item>({
  list,
  items,
  label,
  itemKey,
  renderItem,
  onPick,
  isCurrent,
  currentLabel,
}: OptionListProps<Item>) {
  const styles = useSlotRecipe({ recipe: optionListRecipe })();
  return (
    <Box as="ul" id={list.listId} role="listbox" aria-label={label} css={styles.list}>
      {items.map((item, index) => {
        const current = isCurrent?.(item) ?? false;
        return (
          <Box
            as="li"
            key={itemKey(item)}
            id={list.optionId(index)}
            role="option"
            aria-selected={index === list.activeIndex}
            data-current={current || undefined}
            css={styles.option}
            onMouseMove={() => list.setActiveIndex(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(item)}
          >
            {renderItem(item)}
            {current && (
              <>
                <CheckIcon css={styles.check} />
                <VisuallyHidden> {currentLabel}</VisuallyHidden>
              </>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
