import { constants } from 'node:os';

/**
 * The embedded server runs in its own process group, so nothing stops it when Lotse ends unplanned
 * (an uncaught exception, `process.exit`, a signal nobody handles). This guard asks it to shut down
 * (SIGINT: fast shutdown) as the process exits; the owner releases it after stopping the server itself.
 *
 * A signal without a listener would end the process without an `exit` event, so while no one else
 * listens for SIGINT, SIGTERM or SIGHUP, the guard ends the process on it the usual way (exit code
 * 128 + signal number) but through `process.exit`. Once the owner listens, the signal is the owner's.
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function stopServerOnExit(serverPid: number): () => void {
  const stopServer = () => {
    try {
      process.kill(serverPid, 'SIGINT');
    } catch {
      // already gone
    }
  };
  const exitOnUnhandledSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) === 1) process.exit(128 + constants.signals[signal]);
  };
  process.on('exit', stopServer);
  for (const signal of SIGNALS) process.on(signal, exitOnUnhandledSignal);
  return () => {
    process.off('exit', stopServer);
    for (const signal of SIGNALS) process.off(signal, exitOnUnhandledSignal);
  };
}
