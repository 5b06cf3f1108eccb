import type { SlaState } from '../../domain.ts';

export type Instant = Date | string | number;

export interface SlaTarget {
  /** When the SLA is breached if nobody acts. */
  dueAt: Instant;
  /** Set while the clock is stopped (e.g. waiting for the customer); the remaining time freezes. */
  pausedAt?: Instant | null;
  /** Set once the target was fulfilled (e.g. first response sent). */
  metAt?: Instant | null;
}

export interface SlaStatus {
  state: SlaState;
  /** Time left until `dueAt`; negative once breached. */
  remainingMs: number;
}

const toMs = (instant: Instant): number => new Date(instant).getTime();

/** Default warning window: a target is "at risk" in its last 30 minutes. */
export const defaultAtRiskWithinMs = 30 * 60 * 1000;

export function slaStatus(
  target: SlaTarget,
  nowMs: number,
  atRiskWithinMs = defaultAtRiskWithinMs,
): SlaStatus {
  const dueMs = toMs(target.dueAt);
  if (target.metAt != null) return { state: 'met', remainingMs: dueMs - toMs(target.metAt) };
  if (target.pausedAt != null) return { state: 'paused', remainingMs: dueMs - toMs(target.pausedAt) };
  const remainingMs = dueMs - nowMs;
  if (remainingMs < 0) return { state: 'breached', remainingMs };
  return { state: remainingMs <= atRiskWithinMs ? 'at_risk' : 'ok', remainingMs };
}
