import { defineSlotRecipe } from '@chakra-ui/react';

// Series colours of every chart, in order: semantic palette tokens, so light and dark mode each get their own
// shade. Charts never rely on colour alone: each has a legend or labels, and a data table as its text alternative.
export const chartSeriesTokens = [
  'colors.brand.solid',
  'colors.orange.solid',
  'colors.purple.solid',
  'colors.teal.solid',
  'colors.pink.solid',
  'colors.yellow.solid',
  'colors.gray.solid',
] as const;

/** Tokens for the chart's own furniture (axes, grid, tooltip), read as CSS variables by Recharts. */
export const chartChromeTokens = {
  axis: 'colors.fg.muted',
  grid: 'colors.border',
  tooltipBg: 'colors.bg.panel',
  tooltipBorder: 'colors.border',
  tooltipText: 'colors.fg',
  text: 'colors.fg',
} as const;

// The frame every chart shares: title and description, the chart, a toggle for its data table, and the table.
export const chartFrameRecipe = defineSlotRecipe({
  className: 'lotse-chart',
  slots: ['root', 'header', 'heading', 'title', 'description', 'plot', 'state', 'table', 'tableCaption'],
  base: {
    root: {
      display: 'flex',
      flexDirection: 'column',
      gap: '3',
      p: '4',
      bg: 'bg.panel',
      borderWidth: '1px',
      borderColor: 'border',
      borderRadius: 'l3',
      color: 'fg',
      minW: '0',
    },
    header: {
      display: 'flex',
      alignItems: 'flex-start',
      gap: '3',
      justifyContent: 'space-between',
      flexWrap: 'wrap',
    },
    heading: { display: 'flex', flexDirection: 'column', gap: '0.5', minW: '0' },
    title: { textStyle: 'sectionTitle', overflowWrap: 'anywhere' },
    description: { textStyle: 'caption', color: 'fg.muted' },
    plot: {
      w: 'full',
      minW: '0',
      textStyle: 'caption',
      '& .recharts-legend-item-text': { color: 'fg !important' },
      '& .recharts-surface:focus': { outline: 'none' },
      '& .lotse-donut-total': { fontSize: 'xl', fontWeight: 'semibold' },
    },
    state: {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      color: 'fg.muted',
      textStyle: 'body',
      borderWidth: '1px',
      borderStyle: 'dashed',
      borderColor: 'border',
      borderRadius: 'l2',
    },
    table: { fontVariantNumeric: 'tabular-nums' },
    // The caption names the table for screen readers; sighted readers see the chart's heading right above it.
    tableCaption: { srOnly: true },
  },
});
