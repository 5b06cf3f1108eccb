import { defineGlobalStyles } from '@chakra-ui/react';

export const globalCss = defineGlobalStyles({
  html: { colorPalette: 'brand', textStyle: 'body', bg: 'bg.canvas' },
  // One visible focus ring for everything reachable by keyboard, in the brand colour, never removed.
  '*:focus-visible': {
    outlineWidth: '2px',
    outlineStyle: 'solid',
    outlineColor: 'brand.focusRing',
    outlineOffset: '2px',
  },
});
