import i18next from 'i18next';
import type { i18n } from 'i18next';
import { de } from './de.ts';
import { en } from './en.ts';

export const supportedLocales = ['de', 'en'] as const;
export type Locale = (typeof supportedLocales)[number];

/** BCP 47 tags for Intl formatting (dates, numbers) per UI language. */
export const intlLocaleOf: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

export const i18nNamespace = 'lotse';

/**
 * A fresh i18next instance with the kit's strings, ready synchronously (the resources are bundled), so the first
 * render is already translated. The console can add its own namespaces to the same instance.
 */
export function createLotseI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...supportedLocales],
    defaultNS: i18nNamespace,
    ns: [i18nNamespace],
    resources: { de: { [i18nNamespace]: de }, en: { [i18nNamespace]: en } },
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  return instance;
}
