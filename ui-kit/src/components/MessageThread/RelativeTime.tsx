import { chakra } from '@chakra-ui/react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../clock/use-now.tsx';
import { intlLocaleOf } from '../../i18n/create-i18n.ts';
import type { Locale } from '../../i18n/create-i18n.ts';

export type Instant = Date | string | number;

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

// Creating an Intl formatter costs far more than using one: a list of 30 rows would spend most of its render time
// constructing them, so each locale (and time zone) gets one, reused everywhere.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(intlLocale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(intlLocale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' });
    relativeFormats.set(intlLocale, format);
  }
  return format;
}

function absoluteFormat(intlLocale: string, timeZone?: string): Intl.DateTimeFormat {
  const key = `${intlLocale}|${timeZone ?? ''}`;
  let format = absoluteFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    absoluteFormats.set(key, format);
  }
  return format;
}

/** "vor 5 Minuten" / "5 minutes ago": the largest unit that fits, relative to `nowMs`. */
export function formatRelative(atMs: number, nowMs: number, intlLocale: string): string {
  const diff = atMs - nowMs;
  const abs = Math.abs(diff);
  const format = relativeFormat(intlLocale);
  if (abs < minute) return format.format(0, 'second');
  if (abs < hour) return format.format(Math.round(diff / minute), 'minute');
  if (abs < day) return format.format(Math.round(diff / hour), 'hour');
  if (abs < 30 * day) return format.format(Math.round(diff / day), 'day');
  return format.format(Math.round(diff / (30 * day)), 'month');
}

/** "10.03.2025, 09:00" / "10 Mar 2025, 09:00" in the UI language. */
export function formatAbsolute(atMs: number, intlLocale: string, timeZone?: string): string {
  return absoluteFormat(intlLocale, timeZone).format(atMs);
}

/** The Intl locale of the kit's current UI language. */
export function useIntlLocale(): string {
  const { i18n } = useTranslation();
  return intlLocaleOf[i18n.language as Locale] ?? i18n.language;
}

export interface RelativeTimeProps {
  at: Instant;
  /** `relative` shows "5 minutes ago" with the exact time as tooltip; `both` shows both side by side. */
  mode?: 'relative' | 'both';
  /** For stable screenshots and tests; the browser's zone otherwise. */
  timeZone?: string;
}

const Time = chakra('time');

/**
 * A moment as agents read it: relative ("vor 5 Minuten"), updated on the page's shared clock, with the absolute
 * date and time as tooltip (or shown beside it). Machine-readable through `<time datetime>`.
 */
export function RelativeTime({ at, mode = 'relative', timeZone }: RelativeTimeProps) {
  const now = useNow();
  const intlLocale = useIntlLocale();
  const atMs = new Date(at).getTime();
  const relative = formatRelative(atMs, now, intlLocale);
  const absolute = formatAbsolute(atMs, intlLocale, timeZone);
  return (
    <Time dateTime={new Date(atMs).toISOString()} title={absolute} whiteSpace="nowrap">
      {mode === 'both' ? `${relative} · ${absolute}` : relative}
    </Time>
  );
}
