import { defineSlotRecipe } from '@chakra-ui/react';

// Knowledge search: a field, a live status line and the hits as a listbox. The active hit is tinted and marked
// with a bar at its start edge; matched words are bold on a yellow tint, so neither depends on colour alone.
export const articleSearchRecipe = defineSlotRecipe({
  className: 'lotse-article-search',
  slots: [
    'root',
    'field',
    'status',
    'list',
    'option',
    'optionTitle',
    'optionMeta',
    'snippet',
    'mark',
    'loading',
  ],
  base: {
    root: { display: 'flex', flexDirection: 'column', gap: '2', color: 'fg' },
    field: { position: 'relative' },
    status: { textStyle: 'caption', color: 'fg.muted', minH: '4' },
    list: {
      display: 'flex',
      flexDirection: 'column',
      gap: '1',
      listStyle: 'none',
      maxH: '28rem',
      overflowY: 'auto',
    },
    option: {
      display: 'flex',
      flexDirection: 'column',
      gap: '0.5',
      px: '3',
      py: '2',
      borderRadius: 'l2',
      borderStartWidth: '3px',
      borderColor: 'transparent',
      cursor: 'pointer',
      _hover: { bg: 'bg.muted' },
      _selected: { bg: 'bg.selected', borderColor: 'brand.solid' },
    },
    optionTitle: { fontWeight: 'semibold', textStyle: 'body', overflowWrap: 'anywhere' },
    optionMeta: { display: 'flex', alignItems: 'center', gap: '2', textStyle: 'caption', color: 'fg.muted' },
    snippet: { textStyle: 'body', color: 'fg.muted', overflowWrap: 'anywhere' },
    mark: { bg: 'yellow.subtle', color: 'fg', fontWeight: 'semibold', borderRadius: 'l1', px: '0.5' },
    loading: { display: 'flex', alignItems: 'center', gap: '2', py: '3', px: '3', color: 'fg.muted' },
  },
});
