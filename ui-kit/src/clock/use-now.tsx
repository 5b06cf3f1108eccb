import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { readClock, subscribeToClock } from './shared-clock.ts';

const FrozenNowContext = createContext<number | null>(null);
const subscribeToNothing = () => () => {};

/** The current time in ms, updated once per second from the page's shared clock (or frozen, see FrozenClock). */
export function useNow(): number {
  const frozen = useContext(FrozenNowContext);
  const live = useSyncExternalStore(frozen === null ? subscribeToClock : subscribeToNothing, readClock);
  return frozen ?? live;
}

export interface FrozenClockProps {
  /** The moment every timer inside should show. */
  at: Date;
  children: ReactNode;
}

/** Stops time for its children: stories, screenshots and tests get the same picture on every run. */
export function FrozenClock({ at, children }: FrozenClockProps) {
  return <FrozenNowContext.Provider value={at.getTime()}>{children}</FrozenNowContext.Provider>;
}
