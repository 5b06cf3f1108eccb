import { defineSlotRecipe } from '@chakra-ui/react';

// Public replies and internal notes must never be confused. A note differs in five ways, colour being only one:
// a lock icon and the words "Internal note" in its header, a dashed thick border, an inset (indented) position
// and the line "Only visible to agents".
export const messageThreadRecipe = defineSlotRecipe({
  className: 'lotse-message-thread',
  slots: [
    'root',
    'message',
    'header',
    'kind',
    'audience',
    'time',
    'body',
    'attachments',
    'attachment',
    'empty',
  ],
  base: {
    root: { display: 'flex', flexDirection: 'column', gap: '3', listStyle: 'none', color: 'fg' },
    message: {
      borderWidth: '1px',
      borderStyle: 'solid',
      borderColor: 'border',
      borderRadius: 'l2',
      bg: 'bg.panel',
      px: '3',
      py: '2',
    },
    header: { display: 'flex', alignItems: 'center', gap: '2', flexWrap: 'wrap', mb: '1.5' },
    kind: { display: 'inline-flex', alignItems: 'center', gap: '1', textStyle: 'label' },
    audience: { textStyle: 'caption', color: 'fg.muted' },
    time: { textStyle: 'caption', color: 'fg.muted', marginStart: 'auto' },
    body: {
      textStyle: 'body',
      overflowWrap: 'anywhere',
      '& p + p': { mt: '2' },
      '& ul': { listStyleType: 'disc', ps: '5' },
      '& ol': { listStyleType: 'decimal', ps: '5' },
      '& code': { fontFamily: 'mono', bg: 'bg.muted', px: '1', borderRadius: 'l1' },
      '& a': { color: 'brand.fg', textDecoration: 'underline' },
      '& .mention': { color: 'brand.fg', fontWeight: 'semibold' },
    },
    attachments: { display: 'flex', flexWrap: 'wrap', gap: '2', mt: '2', listStyle: 'none' },
    attachment: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: '1',
      textStyle: 'caption',
      px: '2',
      py: '1',
      borderWidth: '1px',
      borderColor: 'border',
      borderRadius: 'l1',
      color: 'fg',
      textDecoration: 'none',
      _hover: { bg: 'bg.muted' },
    },
    empty: { textStyle: 'body', color: 'fg.muted', py: '4', textAlign: 'center' },
  },
  variants: {
    kind: {
      public: {},
      internal: {
        message: {
          bg: 'bg.warning',
          borderStyle: 'dashed',
          borderWidth: '2px',
          borderColor: 'border.warning',
          marginStart: '6',
        },
      },
    },
  },
});
