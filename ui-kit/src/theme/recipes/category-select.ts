import { defineSlotRecipe } from '@chakra-ui/react';

// Without a search the categories are one list in tree order, indented by depth (the depth comes in as the CSS
// variable --category-depth); with a search each match shows its parents as a muted path before its name.
export const categorySelectRecipe = defineSlotRecipe({
  className: 'lotse-category-select',
  slots: ['option', 'parents', 'name', 'none'],
  base: {
    option: {
      display: 'inline',
      minW: '0',
      ps: 'calc(var(--category-depth, 0) * 1rem)',
      overflowWrap: 'anywhere',
    },
    parents: { color: 'fg.muted' },
    name: { fontWeight: 'medium' },
    none: { fontStyle: 'italic' },
  },
});
