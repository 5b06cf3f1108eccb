import { defineTokens } from '@chakra-ui/react';

// Lotse ("maritime pilot"): a calm deep-sea blue as the one brand hue; everything else uses Chakra's palettes.
export const tokens = defineTokens({
  colors: {
    brand: {
      50: { value: '#eef6f9' },
      100: { value: '#d5e9f0' },
      200: { value: '#acd3e1' },
      300: { value: '#7bb6cc' },
      400: { value: '#4c95b0' },
      500: { value: '#2f7894' },
      600: { value: '#245f78' },
      700: { value: '#1e4d62' },
      800: { value: '#1b3f50' },
      900: { value: '#152f3c' },
      950: { value: '#0d1e27' },
    },
  },
  fonts: {
    // System fonts only: the console must render offline and without a font download flash.
    body: {
      value:
        "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    },
    heading: { value: '{fonts.body}' },
    mono: { value: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace" },
  },
});
