// One clock for the whole page: every live timer subscribes here, and a single interval runs while at least
// one is mounted. A ticket list with 500 SLA timers therefore costs one interval, not 500.
export const tickMs = 1000;

type Listener = () => void;

const listeners = new Set<Listener>();
let interval: ReturnType<typeof setInterval> | undefined;
let lastTick = 0;

function tick(): void {
  lastTick = Date.now();
  for (const listener of listeners) listener();
}

export function subscribeToClock(listener: Listener): () => void {
  listeners.add(listener);
  if (interval === undefined) {
    lastTick = Date.now();
    interval = setInterval(tick, tickMs);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(interval);
      interval = undefined;
    }
  };
}

/**
 * The time all timers agree on. Before the clock runs, the current second is used: it is stable between the
 * two reads React makes during one render, unlike a raw Date.now().
 */
export function readClock(): number {
  return interval === undefined ? Math.floor(Date.now() / tickMs) * tickMs : lastTick;
}
