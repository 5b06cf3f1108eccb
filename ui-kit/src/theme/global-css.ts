import { defineGlobalStyles } from '@chakra-ui/react';

// One visible focus ring for everything reachable by keyboard, in the brand colour, never removed.
export const focusRing = {
  outlineWidth: '2px',
  outlineStyle: 'solid',
  outlineColor: 'brand.focusRing',
  outlineOffset: '2px',
} as const;

export const globalCss = defineGlobalStyles({
  html: { colorPalette: 'brand', textStyle: 'body', bg: 'bg.canvas' },
  '*:focus-visible': focusRing,
});
