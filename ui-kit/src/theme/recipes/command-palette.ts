import { defineSlotRecipe } from '@chakra-ui/react';

export const commandPaletteRecipe = defineSlotRecipe({
  className: 'lotse-command-palette',
  slots: ['list', 'item', 'empty'],
  base: {
    list: { display: 'flex', flexDirection: 'column', gap: '0.5', maxH: '72', overflowY: 'auto', mt: '2' },
    item: {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      gap: '3',
      px: '2',
      py: '1.5',
      borderRadius: 'l2',
      cursor: 'pointer',
      color: 'fg',
      _selected: { bg: 'bg.selected' },
    },
    empty: { px: '2', py: '3', color: 'fg.muted', textStyle: 'body' },
  },
});
