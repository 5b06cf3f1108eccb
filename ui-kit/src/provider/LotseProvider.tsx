import { ChakraProvider, LocaleProvider } from '@chakra-ui/react';
import { useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Toaster } from '../components/Toaster/Toaster.tsx';
import { createLotseI18n, intlLocaleOf } from '../i18n/create-i18n.ts';
import type { Locale } from '../i18n/create-i18n.ts';
import { lotseSystem } from '../theme/system.ts';
import { ColorModeContext, applyColorMode, preferredColorMode } from './color-mode.ts';
import type { ColorMode, ColorModeState } from './color-mode.ts';

export interface LotseProviderProps {
  children: ReactNode;
  /** UI language; German is the default because most agents work in German. */
  locale?: Locale;
  /** Initial colour mode; without it the operating system's preference decides. */
  defaultColorMode?: ColorMode;
}

/** Everything a Lotse screen, story or test needs around it: theme, colour mode, translations and the toaster. */
export function LotseProvider({ children, locale = 'de', defaultColorMode }: LotseProviderProps) {
  const i18n = useMemo(() => createLotseI18n(locale), [locale]);
  const [colorMode, setColorMode] = useState<ColorMode>(() => defaultColorMode ?? preferredColorMode());

  useLayoutEffect(() => applyColorMode(document.documentElement, colorMode), [colorMode]);
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const colorModeState = useMemo<ColorModeState>(
    () => ({
      colorMode,
      setColorMode,
      toggleColorMode: () => setColorMode((mode) => (mode === 'dark' ? 'light' : 'dark')),
    }),
    [colorMode],
  );

  return (
    <ChakraProvider value={lotseSystem}>
      <LocaleProvider locale={intlLocaleOf[locale]}>
        <I18nextProvider i18n={i18n}>
          <ColorModeContext.Provider value={colorModeState}>
            {children}
            <Toaster />
          </ColorModeContext.Provider>
        </I18nextProvider>
      </LocaleProvider>
    </ChakraProvider>
  );
}
