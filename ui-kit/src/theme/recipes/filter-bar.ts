import { defineSlotRecipe } from '@chakra-ui/react';
import { fieldControl, fieldError, fieldLabel } from './field-control.ts';

// The ticket list's filters in as little height as possible: one wrapping row of compact fields with captions, then
// one row of active filters. The pickers keep a readable width; the tag field takes what is left.
export const filterBarRecipe = defineSlotRecipe({
  className: 'lotse-filter-bar',
  slots: [
    'root',
    'controls',
    'field',
    'label',
    'trigger',
    'summary',
    'indicator',
    'picker',
    'tags',
    'dates',
    'dateInputs',
    'dateLabel',
    'error',
    'active',
    'chips',
  ],
  base: {
    root: { display: 'flex', flexDirection: 'column', gap: '2', color: 'fg' },
    controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: '2' },
    field: { display: 'flex', flexDirection: 'column', gap: '1', minW: '0' },
    label: fieldLabel,
    trigger: {
      ...fieldControl,
      minW: '28',
      maxW: '48',
      cursor: 'pointer',
      _expanded: { borderColor: 'brand.focusRing' },
    },
    // Nothing chosen ("All") reads as quiet as a placeholder, so the fields that do filter stand out.
    summary: { flex: '1', minW: '0', truncate: true, '&[data-placeholder]': { color: 'fg.muted' } },
    indicator: { flexShrink: '0', color: 'fg.muted' },
    picker: { w: '48' },
    tags: { flex: '1', minW: '48', maxW: '96' },
    dates: { display: 'flex', flexDirection: 'column', gap: '1', border: 'none', p: '0', m: '0', minW: '0' },
    dateInputs: { display: 'flex', alignItems: 'center', gap: '1.5' },
    dateLabel: { textStyle: 'caption', color: 'fg.muted' },
    error: { ...fieldError, maxW: '72' },
    active: { display: 'flex', alignItems: 'flex-start', gap: '1.5' },
    chips: { display: 'flex', flexWrap: 'wrap', gap: '1', listStyle: 'none', minW: '0', flex: '0 1 auto' },
  },
});
