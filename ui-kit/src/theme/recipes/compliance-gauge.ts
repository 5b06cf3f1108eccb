import { defineSlotRecipe } from '@chakra-ui/react';

// SLA compliance as a half-ring: the grey track is 0–100 %, the coloured arc the share within SLA, the tick the
// target. The state is written below with an icon (on target / just below / well below), never colour alone.
export const complianceGaugeRecipe = defineSlotRecipe({
  className: 'lotse-compliance-gauge',
  slots: ['root', 'label', 'dial', 'track', 'arc', 'target', 'value', 'state', 'detail'],
  base: {
    root: {
      display: 'inline-flex',
      flexDirection: 'column',
      alignItems: 'center',
      gap: '1',
      p: '4',
      bg: 'bg.panel',
      borderWidth: '1px',
      borderColor: 'border',
      borderRadius: 'l3',
      color: 'fg',
      minW: '12rem',
      textAlign: 'center',
    },
    label: { textStyle: 'label', color: 'fg.muted', overflowWrap: 'anywhere' },
    dial: { position: 'relative', w: '48', h: '27' },
    track: { color: 'bg.emphasized' },
    arc: {},
    target: { color: 'fg' },
    value: {
      position: 'absolute',
      insetX: '0',
      bottom: '0',
      fontSize: 'xl',
      lineHeight: '1.75rem',
      fontWeight: 'semibold',
      fontVariantNumeric: 'tabular-nums',
    },
    state: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: '1',
      textStyle: 'body',
      fontWeight: 'medium',
    },
    detail: { textStyle: 'caption', color: 'fg.muted', fontVariantNumeric: 'tabular-nums' },
  },
  variants: {
    state: {
      met: { arc: { color: 'green.solid' }, state: { color: 'green.fg' } },
      at_risk: { arc: { color: 'orange.solid' }, state: { color: 'orange.fg' } },
      breached: { arc: { color: 'red.solid' }, state: { color: 'red.fg' } },
    },
  },
});
