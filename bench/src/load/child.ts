import type { PathName } from '../options.ts';
import { pathNames } from '../options.ts';
import { measure } from './measure.ts';
import type { ChildMessage, LoadSetup, ParentMessage } from './protocol.ts';
import { createTarget, type Target } from './targets.ts';

/**
 * The load generator, in its own process (see docs/benchmarks.md for why): the parent sends one
 * command at a time over IPC and gets the measurement back. Targets are kept per path and
 * concurrency, so connections opened in the warm-up serve the measured runs.
 */
let setup: LoadSetup | null = null;
const targets = new Map<string, Target>();

const reply = (message: ChildMessage) => process.send!(message);

function targetFor(path: PathName, concurrency: number): Target {
  const key = `${path}:${concurrency}`;
  let target = targets.get(key);
  if (!target) {
    target = createTarget(path, setup!, concurrency);
    targets.set(key, target);
  }
  return target;
}

async function handle(message: ParentMessage) {
  switch (message.type) {
    case 'setup':
      setup = message;
      return reply({ type: 'ready' });
    case 'verify': {
      const ids = {} as Record<PathName, string[]>;
      for (const path of pathNames) ids[path] = await targetFor(path, 1).ids();
      return reply({ type: 'verified', ids });
    }
    case 'measure':
      return reply({
        type: 'measured',
        result: await measure(targetFor(message.path, message.concurrency), message.path, message.concurrency, message.durationMs),
      });
    case 'stop':
      for (const target of targets.values()) await target.close();
      process.disconnect();
      return;
  }
}

process.on('message', (message: ParentMessage) => {
  handle(message).catch((error: unknown) =>
    reply({ type: 'failed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
