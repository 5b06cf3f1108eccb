import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/**
 * `--profile DIR`: a CPU profile of the server process for each measured run (not the warm-up,
 * seeding or start-up), written as DIR/<name>.cpuprofile for Chrome DevTools or speedscope.
 */
export interface Profiler {
  around<T>(name: string, work: () => Promise<T>): Promise<T>;
}

export const noProfiler: Profiler = { around: (_name, work) => work() };

export async function startProfiler(dir: string): Promise<Profiler> {
  await mkdir(dir, { recursive: true });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  return {
    async around(name, work) {
      await session.post('Profiler.start');
      try {
        return await work();
      } finally {
        const { profile } = await session.post('Profiler.stop');
        await writeFile(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
      }
    },
  };
}
