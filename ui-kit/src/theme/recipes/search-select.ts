import { defineSlotRecipe } from '@chakra-ui/react';
import { fieldControl, fieldError, fieldLabel } from './field-control.ts';

// A field-like button that shows the current choice and opens a panel with a search field and the options.
export const searchSelectRecipe = defineSlotRecipe({
  className: 'lotse-search-select',
  slots: [
    'root',
    'label',
    'trigger',
    'value',
    'placeholder',
    'indicator',
    'panel',
    'search',
    'status',
    'error',
  ],
  base: {
    root: { display: 'flex', flexDirection: 'column', gap: '1', minW: '0' },
    label: fieldLabel,
    trigger: { ...fieldControl, w: 'full', cursor: 'pointer', _expanded: { borderColor: 'brand.focusRing' } },
    value: { minW: '0', flex: '1', truncate: true },
    placeholder: { color: 'fg.muted' },
    indicator: { flexShrink: '0', color: 'fg.muted' },
    panel: { display: 'flex', flexDirection: 'column', gap: '1', p: '2', w: '80', maxW: '90vw' },
    search: { w: 'full' },
    status: {
      display: 'flex',
      alignItems: 'center',
      gap: '2',
      px: '2',
      py: '2',
      textStyle: 'body',
      color: 'fg.muted',
    },
    error: {
      ...fieldError,
      display: 'flex',
      alignItems: 'center',
      gap: '2',
      flexWrap: 'wrap',
      px: '2',
      py: '2',
    },
  },
});
