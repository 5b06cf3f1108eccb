// Brings the typed-`t` augmentation into any program that imports the kit.
import type {} from './types.ts';

export { createLotseI18n, i18nNamespace, intlLocaleOf, supportedLocales } from './create-i18n.ts';
export type { Locale } from './create-i18n.ts';
export type { Messages } from './en.ts';
