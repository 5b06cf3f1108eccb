import { Box, Menu, Portal, chakra, useSlotRecipe } from '@chakra-ui/react';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { filterBarRecipe } from '../../theme/recipes/filter-bar.ts';

export interface MultiSelectMenuProps<Value extends string> {
  label: string;
  options: readonly Value[];
  selected: readonly Value[];
  onChange: (selected: Value[]) => void;
  /** The option as the menu shows it (a badge, say). */
  renderOption: (value: Value) => ReactNode;
  /** The option in plain words, for the closed field. */
  optionLabel: (value: Value) => string;
}

/**
 * A field-like button that opens a menu of checkable options (ARIA menuitemcheckbox): ↑/↓ move, Space or Enter
 * toggles and keeps the menu open, Escape closes. Closed, it says what is chosen: all, the one, or how many.
 */
export function MultiSelectMenu<Value extends string>({
  label,
  options,
  selected,
  onChange,
  renderOption,
  optionLabel,
}: MultiSelectMenuProps<Value>) {
  const { t } = useTranslation();
  const styles = useSlotRecipe({ recipe: filterBarRecipe })();
  const labelId = useId();
  const summaryId = useId();
  const [only] = selected;
  const summary =
    selected.length === 0
      ? t('filterBar.all')
      : selected.length === 1 && only !== undefined
        ? optionLabel(only)
        : t('filterBar.selectedCount', { count: selected.length });

  return (
    <Box css={styles.field}>
      <Box as="span" id={labelId} css={styles.label}>
        {label}
      </Box>
      <Menu.Root closeOnSelect={false} positioning={{ placement: 'bottom-start' }}>
        <Menu.Trigger asChild>
          <chakra.button type="button" css={styles.trigger} aria-labelledby={`${labelId} ${summaryId}`}>
            <Box
              as="span"
              id={summaryId}
              css={styles.summary}
              data-placeholder={selected.length === 0 ? '' : undefined}
            >
              {summary}
            </Box>
            <Box as="span" aria-hidden css={styles.indicator}>
              ▾
            </Box>
          </chakra.button>
        </Menu.Trigger>
        <Portal>
          <Menu.Positioner>
            {/* Named by the field's label alone; the menu's default name, the button, would say "All" or a count. */}
            <Menu.Content aria-labelledby={labelId}>
              {options.map((option) => (
                <Menu.CheckboxItem
                  key={option}
                  value={option}
                  checked={selected.includes(option)}
                  onCheckedChange={(checked) =>
                    onChange(
                      options.filter((value) => (value === option ? checked : selected.includes(value))),
                    )
                  }
                >
                  {renderOption(option)}
                  <Menu.ItemIndicator />
                </Menu.CheckboxItem>
              ))}
            </Menu.Content>
          </Menu.Positioner>
        </Portal>
      </Menu.Root>
    </Box>
  );
}
