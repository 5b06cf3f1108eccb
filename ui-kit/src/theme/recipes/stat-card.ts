import { defineSlotRecipe } from '@chakra-ui/react';

// A key figure on the analytics page: label, big number, change against the previous period and a sparkline.
// The change's tone says good or bad (green/red) but its arrow and words say up or down.
export const statCardRecipe = defineSlotRecipe({
  className: 'lotse-stat-card',
  slots: ['root', 'label', 'value', 'change', 'comparison', 'sparkline'],
  base: {
    root: {
      display: 'grid',
      gridTemplateColumns: '1fr auto',
      gridTemplateAreas: '"label label" "value sparkline" "change sparkline"',
      columnGap: '3',
      rowGap: '1',
      alignItems: 'end',
      p: '4',
      bg: 'bg.panel',
      borderWidth: '1px',
      borderColor: 'border',
      borderRadius: 'l3',
      color: 'fg',
      minW: '0',
    },
    label: { gridArea: 'label', textStyle: 'label', color: 'fg.muted', overflowWrap: 'anywhere' },
    value: {
      gridArea: 'value',
      fontSize: '2xl',
      lineHeight: '2rem',
      fontWeight: 'semibold',
      fontVariantNumeric: 'tabular-nums',
    },
    change: {
      gridArea: 'change',
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      columnGap: '1.5',
      textStyle: 'caption',
      fontWeight: 'medium',
      fontVariantNumeric: 'tabular-nums',
    },
    comparison: { color: 'fg.muted', fontWeight: 'normal' },
    sparkline: { gridArea: 'sparkline', w: '24', h: '10', color: 'brand.solid', overflow: 'visible' },
  },
  variants: {
    tone: {
      positive: { change: { color: 'green.fg' } },
      negative: { change: { color: 'red.fg' } },
      neutral: { change: { color: 'fg.muted' } },
    },
  },
  defaultVariants: { tone: 'neutral' },
});
