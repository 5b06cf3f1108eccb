/**
 * Resolves on the first SIGINT (Ctrl+C), SIGTERM (docker stop, systemd) or SIGHUP (terminal closed),
 * so the process can stop in order. Its listeners go at once: a second signal ends the process the
 * default way — the way out when a stop hangs — and an embedded database is still stopped on exit
 * (kernel/src/db/stop-on-exit.ts).
 */
const SHUTDOWN_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export function firstShutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const received = (signal: NodeJS.Signals) => {
      for (const name of SHUTDOWN_SIGNALS) process.off(name, received);
      resolve(signal);
    };
    for (const name of SHUTDOWN_SIGNALS) process.on(name, received);
  });
}
