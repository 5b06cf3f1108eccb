import { defineSlotRecipe } from '@chakra-ui/react';
import { toastAnatomy } from '@chakra-ui/react/anatomy';

// Chakra's default toasts fill the whole toast with the status colour, and white on green.600 fails WCAG AA.
// Lotse's are calmer and readable: panel background, normal text, the status only in the icon and a side stripe.
const accents = {
  info: 'fg.info',
  success: 'fg.success',
  warning: 'fg.warning',
  error: 'fg.error',
  loading: 'fg.muted',
};

export const toastRecipeOverride = defineSlotRecipe({
  slots: toastAnatomy.keys(),
  base: {
    root: {
      borderStartWidth: '4px',
      borderColor: 'var(--toast-accent)',
      ...Object.fromEntries(
        Object.entries(accents).map(([type, accent]) => [
          `&[data-type=${type}]`,
          {
            bg: 'bg.panel',
            color: 'fg',
            '--toast-accent': `colors.${accent}`,
            '--toast-trigger-bg': 'colors.bg.muted',
          },
        ]),
      ),
    },
    indicator: { color: 'var(--toast-accent)' },
    description: { opacity: '1', color: 'fg.muted' },
  },
});
