import { defineSlotRecipe } from '@chakra-ui/react';

// The listbox under a combobox (tag suggestions, category and assignee pickers). The option the arrow keys reached
// is tinted and has a bar at its start edge; the current value has a check mark: neither relies on colour alone.
export const optionListRecipe = defineSlotRecipe({
  className: 'lotse-option-list',
  slots: ['list', 'option', 'check'],
  base: {
    list: {
      display: 'flex',
      flexDirection: 'column',
      listStyle: 'none',
      maxH: '64',
      overflowY: 'auto',
      py: '1',
      color: 'fg',
    },
    option: {
      display: 'flex',
      alignItems: 'center',
      gap: '2',
      minH: '8',
      px: '2',
      py: '1',
      textStyle: 'body',
      cursor: 'pointer',
      borderStartWidth: '3px',
      borderColor: 'transparent',
      _hover: { bg: 'bg.muted' },
      _selected: { bg: 'bg.selected', borderColor: 'brand.solid' },
    },
    check: { marginStart: 'auto', flexShrink: '0', color: 'brand.fg' },
  },
});
