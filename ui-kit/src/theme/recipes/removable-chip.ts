import { defineSlotRecipe } from '@chakra-ui/react';

// A value the agent can take back (a tag, an active filter): quiet pill, text then a remove button large enough
// to hit (24px, WCAG 2.2 target size).
export const removableChipRecipe = defineSlotRecipe({
  className: 'lotse-removable-chip',
  slots: ['root', 'label', 'remove'],
  base: {
    root: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: '0.5',
      maxW: 'full',
      minH: '6',
      ps: '2',
      borderRadius: 'l1',
      borderWidth: '1px',
      borderColor: 'border',
      bg: 'bg.muted',
      color: 'fg',
      textStyle: 'caption',
    },
    label: { display: 'inline-flex', alignItems: 'center', gap: '1', minW: '0', truncate: true },
    remove: { flexShrink: '0', color: 'fg.muted', _hover: { color: 'fg' } },
  },
});
