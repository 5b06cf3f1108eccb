import { fork, type ChildProcess } from 'node:child_process';
import type { PathName } from '../options.ts';
import type { ChildMessage, LoadSetup, Measurement, ParentMessage } from './protocol.ts';

/**
 * The parent's handle on the load-generator process. Commands run one at a time; each resolves
 * with the child's answer.
 */
export interface LoadGenerator {
  verify(): Promise<Record<PathName, string[]>>;
  measure(path: PathName, concurrency: number, durationMs: number): Promise<Measurement>;
  stop(): Promise<void>;
}

export async function startLoadGenerator(setup: Omit<LoadSetup, 'type'>): Promise<LoadGenerator> {
  // execArgv is cleared so that profiling the server (`node --cpu-prof bench/src/run.ts`) profiles only the server.
  const child: ChildProcess = fork(new URL('./child.ts', import.meta.url), { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const ask = <T extends ChildMessage['type']>(message: ParentMessage, expect: T) =>
    new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (answer: ChildMessage) => {
        child.off('exit', onExit);
        if (answer.type === expect) resolve(answer as Extract<ChildMessage, { type: T }>);
        else reject(new Error(answer.type === 'failed' ? answer.error : `unexpected answer ${answer.type}`));
      });
      child.send(message);
    });

  await ask({ type: 'setup', ...setup }, 'ready');
  return {
    verify: async () => (await ask({ type: 'verify' }, 'verified')).ids,
    measure: async (path, concurrency, durationMs) => (await ask({ type: 'measure', path, concurrency, durationMs }, 'measured')).result,
    async stop() {
      if (child.connected) child.send({ type: 'stop' } satisfies ParentMessage);
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
