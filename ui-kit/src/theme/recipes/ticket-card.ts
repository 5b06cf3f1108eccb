import { defineSlotRecipe } from '@chakra-ui/react';

// A ticket at a glance (board columns, search results, the side panel): number and badges on top, the subject as
// the card's one action, people and times below.
export const ticketCardRecipe = defineSlotRecipe({
  className: 'lotse-ticket-card',
  slots: ['root', 'top', 'number', 'subject', 'meta', 'tags', 'tag'],
  base: {
    root: {
      position: 'relative',
      display: 'flex',
      flexDirection: 'column',
      gap: '1.5',
      p: '3',
      bg: 'bg.panel',
      color: 'fg',
      borderWidth: '1px',
      borderColor: 'border',
      borderRadius: 'l2',
      _hover: { borderColor: 'border.emphasized' },
      _focusWithin: { borderColor: 'brand.focusRing' },
      _selected: { bg: 'bg.selected' },
    },
    top: { display: 'flex', alignItems: 'center', gap: '1.5', flexWrap: 'wrap' },
    number: {
      textStyle: 'caption',
      color: 'fg.muted',
      fontVariantNumeric: 'tabular-nums',
      marginEnd: 'auto',
    },
    subject: {
      textStyle: 'sectionTitle',
      textAlign: 'start',
      overflowWrap: 'anywhere',
      lineClamp: '2',
      cursor: 'pointer',
      // The subject button covers the whole card, so the card is one large click target but one tab stop.
      _after: { content: '""', position: 'absolute', inset: '0' },
      _focusVisible: { outline: 'none' },
    },
    meta: {
      display: 'flex',
      alignItems: 'center',
      gap: '2',
      flexWrap: 'wrap',
      textStyle: 'caption',
      color: 'fg.muted',
    },
    tags: { display: 'flex', gap: '1', flexWrap: 'wrap', listStyle: 'none' },
    tag: { textStyle: 'caption', px: '1.5', borderRadius: 'l1', bg: 'bg.muted', color: 'fg' },
  },
});
