import type { Decorator, Preview } from '@storybook/react';
import { LotseProvider } from '../src/provider/LotseProvider.tsx';
import type { Locale } from '../src/i18n/create-i18n.ts';
import type { ColorMode } from '../src/provider/color-mode.ts';

// Every story renders inside LotseProvider; the toolbar's language and colour mode remount it, so a story can
// also be pinned to one of them with `globals: { colorMode: 'dark' }` or `globals: { locale: 'en' }`.
const withLotse: Decorator = (Story, { globals }) => {
  const locale = globals['locale'] as Locale;
  const colorMode = globals['colorMode'] as ColorMode;
  return (
    <LotseProvider key={`${locale}-${colorMode}`} locale={locale} defaultColorMode={colorMode}>
      <Story />
    </LotseProvider>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLotse],
  globalTypes: {
    locale: {
      description: 'Language of the kit',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    colorMode: {
      description: 'Light or dark colour mode',
      toolbar: {
        title: 'Colour mode',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'de', colorMode: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // A violation fails the story's test in the a11y panel, not just a warning.
    a11y: { test: 'error', config: { rules: [{ id: 'region', enabled: false }] } },
  },
};

export default preview;
