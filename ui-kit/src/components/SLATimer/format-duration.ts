import type { TFunction } from 'i18next';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * A compact duration with the two largest units that matter for an SLA ("2 h 15 min", "3 d 4 h"); seconds only
 * in the last minute, when they do matter. The sign is dropped: the caller's wording says ahead or overdue.
 */
export function formatDuration(ms: number, t: TFunction): string {
  const abs = Math.abs(ms);
  if (abs >= day) return t('duration.days', { d: Math.floor(abs / day), h: Math.floor((abs % day) / hour) });
  if (abs >= hour)
    return t('duration.hours', { h: Math.floor(abs / hour), m: Math.floor((abs % hour) / minute) });
  if (abs >= minute) return t('duration.minutes', { m: Math.floor(abs / minute) });
  return t('duration.seconds', { s: Math.floor(abs / second) });
}
