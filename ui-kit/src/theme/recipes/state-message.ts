import { defineSlotRecipe } from '@chakra-ui/react';

// The shared look of EmptyState and ErrorState: a centred, quiet block that never shouts, with an optional action.
export const stateMessageRecipe = defineSlotRecipe({
  className: 'lotse-state-message',
  slots: ['root', 'indicator', 'title', 'description', 'actions', 'details'],
  base: {
    root: {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      textAlign: 'center',
      gap: '2',
      py: '8',
      px: '4',
      maxW: 'md',
      mx: 'auto',
    },
    indicator: { fontSize: '2xl', color: 'fg.muted', mb: '1' },
    title: { textStyle: 'md', fontWeight: 'semibold', color: 'fg' },
    description: { textStyle: 'sm', color: 'fg.muted' },
    actions: { display: 'flex', gap: '2', mt: '2', flexWrap: 'wrap', justifyContent: 'center' },
    details: {
      mt: '2',
      textStyle: 'xs',
      fontFamily: 'mono',
      color: 'fg.muted',
      bg: 'bg.muted',
      borderRadius: 'l2',
      px: '2',
      py: '1',
      maxW: 'full',
      overflowWrap: 'anywhere',
    },
  },
  variants: {
    tone: {
      neutral: {},
      error: { indicator: { color: 'fg.error' } },
    },
  },
  defaultVariants: { tone: 'neutral' },
});
