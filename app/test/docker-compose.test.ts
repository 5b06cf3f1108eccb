import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { configSchema, loadConfig } from '@lotse/kernel/config/config';
import { subgraphPath } from '@lotse/kernel/graphql/subgraph-server';
import { subgraphNames } from '../../schema/subgraphs.ts';

/**
 * The production deployment (docker-compose.yml, Dockerfile, .dockerignore), checked statically:
 * no Docker engine runs where the tests run. Compose's interpolation is reproduced here so every
 * Lotse service's environment can be fed to the real config loader.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

type Scalar = string | number | boolean | null;
interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, Scalar> | string[];
  healthcheck?: {
    test?: string | string[];
    interval?: string;
    timeout?: string;
    retries?: number;
    disable?: boolean;
  };
  depends_on?: string[] | Record<string, { condition?: string }>;
  ports?: (string | number | { target?: number; published?: string | number; host_ip?: string })[];
  expose?: unknown[];
  network_mode?: string;
  restart?: string;
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  init?: boolean;
  user?: string;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

const composeText = read('docker-compose.yml');
const compose = parse(composeText, { merge: true }) as ComposeFile;

// ---- compose interpolation: ${VAR}, ${VAR-default}, ${VAR:-default}, ${VAR?error}, ${VAR:?error}, $$

const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g;

interface Reference {
  name: string;
  operator: string | undefined;
  argument: string | undefined;
}

const referencesIn = (text: string): Reference[] =>
  [...text.matchAll(REFERENCE)]
    .filter((match) => match[0] !== '$$')
    .map((match) => ({ name: match[1]!, operator: match[2], argument: match[3] }));

class MissingVariable extends Error {
  readonly variable: string;
  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.variable = variable;
  }
}

function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(
    REFERENCE,
    (match, name: string | undefined, operator: string | undefined, argument: string | undefined) => {
      if (match === '$$') return '$';
      const current = env[name!];
      const unset = operator?.startsWith(':') ? !current : current === undefined;
      if (operator === '-' || operator === ':-') return unset ? (argument ?? '') : current!;
      if (operator === '?' || operator === ':?') {
        if (unset) throw new MissingVariable(name!, argument ?? 'is required');
        return current!;
      }
      return current ?? '';
    },
  );
}

/** A value for every variable the file requires, the way an operator's shell would provide them. */
const required = [
  ...new Set(
    referencesIn(composeText)
      .filter((ref) => ref.operator?.endsWith('?'))
      .map((ref) => ref.name),
  ),
];
const placeholder = (name: string) =>
  `placeholder-${name.toLowerCase().replaceAll('_', '-')}-`.padEnd(48, 'x');
const operatorEnv: Record<string, string> = Object.fromEntries(
  required.map((name) => [name, placeholder(name)]),
);

function environmentOf(
  service: ComposeService,
  env: Record<string, string | undefined> = operatorEnv,
): Record<string, string> {
  const raw = service.environment ?? {};
  const entries: [string, string][] = Array.isArray(raw)
    ? raw.map((line) => {
        const at = line.indexOf('=');
        return at < 0 ? [line, env[line] ?? ''] : [line.slice(0, at), line.slice(at + 1)];
      })
    : Object.entries(raw).map(([key, value]) => [key, value === null ? (env[key] ?? '') : String(value)]);
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value, env)]));
}

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

const dependencies = (svc: ComposeService): Record<string, string | undefined> => {
  const raw = svc.depends_on ?? {};
  return Array.isArray(raw)
    ? Object.fromEntries(raw.map((name) => [name, 'service_started']))
    : Object.fromEntries(
        Object.entries(raw).map(([name, spec]) => [name, spec.condition ?? 'service_started']),
      );
};

const commandOf = (svc: ComposeService): string[] | undefined =>
  typeof svc.command === 'string' ? svc.command.split(/\s+/) : svc.command;

/** Services built from this repository's Dockerfile run Lotse; the rest are off-the-shelf images. */
const lotseServices = Object.keys(compose.services).filter((name) => service(name).build !== undefined);
const isMigrateJob = (name: string) => commandOf(service(name))?.at(-1) === 'migrate';
const longRunning = lotseServices.filter((name) => !isMigrateJob(name));
const migrateJob = lotseServices.find(isMigrateJob);
const roleOf = (name: string) => environmentOf(service(name)).LOTSE_SERVICE;
const serviceWithRole = (role: string) => longRunning.find((name) => roleOf(name) === role);

const knownVariables = Object.keys(configSchema.shape);
const roles = configSchema.shape.LOTSE_SERVICE.unwrap().options.filter((role) => role !== 'all');

const secretName = /SECRET|PASSWORD|TOKEN|(^|_)KEY($|_)/;

// ---- Dockerfile: instructions with line continuations joined, comments dropped

const dockerfile = read('Dockerfile')
  .replace(/\\\r?\n/g, ' ')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [instruction = '', ...rest] = line.split(/\s+/);
    return { instruction: instruction.toUpperCase(), args: rest.join(' ') };
  });
const instructions = (name: string) => dockerfile.filter((line) => line.instruction === name);
const execForm = (args: string): string[] => JSON.parse(args) as string[];

const rootPackage = JSON.parse(read('package.json')) as {
  workspaces: string[];
  devDependencies: Record<string, string>;
};

/** The workspace folders npm sees: each entry of `workspaces`, with a trailing `/*` expanded. */
const workspaces = rootPackage.workspaces.flatMap((entry) => {
  if (!entry.endsWith('/*')) return [entry];
  const parent = entry.slice(0, -2);
  return readdirSync(path.join(root, parent), { withFileTypes: true })
    .filter(
      (dirent) => dirent.isDirectory() && existsSync(path.join(root, parent, dirent.name, 'package.json')),
    )
    .map((dirent) => `${parent}/${dirent.name}`);
});

// ---- .dockerignore, the subset of its syntax this repository uses (no `!` exceptions)

const ignorePatterns = read('.dockerignore')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

function patternToRegExp(pattern: string): RegExp {
  let source = '';
  for (const part of pattern.replace(/^\/+|\/+$/g, '').split('/')) {
    if (part === '**') {
      source += '(?:.*/)?';
      continue;
    }
    source += `${part
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replaceAll('*', '[^/]*')
      .replaceAll('?', '[^/]')}/`;
  }
  return new RegExp(`^${source.replace(/\/$/, '')}$`);
}

/** True when the build context leaves out `file` (it or one of its folders matches a pattern). */
const ignored = (file: string) => {
  const parts = file.split('/');
  const prefixes = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  return ignorePatterns.some((pattern) => {
    const regExp = patternToRegExp(pattern);
    return prefixes.some((prefix) => regExp.test(prefix));
  });
};

function runNode(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { env: { ...process.env, ...env }, timeout: 15_000 }, (error) => {
      resolve(error ? (typeof error.code === 'number' ? error.code : -1) : 0);
    });
  });
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, a one-shot migrate job and each Lotse service from one image', () => {
    expect(Object.keys(compose.services)).toContain('postgres');
    expect(migrateJob).toBeDefined();
    expect(commandOf(service(migrateJob!))).toEqual(['node', 'app/src/cli.ts', 'migrate']);
    const images = new Set(lotseServices.map((name) => service(name).image));
    expect(images.size).toBe(1);
    for (const name of lotseServices) {
      const build = service(name).build!;
      const context = typeof build === 'string' ? build : (build.context ?? '.');
      const dockerfileName = typeof build === 'string' ? 'Dockerfile' : (build.dockerfile ?? 'Dockerfile');
      expect(path.resolve(root, context)).toBe(root);
      expect(existsSync(path.join(root, context, dockerfileName))).toBe(true);
    }
  });

  it('runs every service role the configuration knows as its own service, and the gateway alone', () => {
    expect(longRunning.map(roleOf).sort()).toEqual([...roles].sort());
    expect(roles).toEqual(expect.arrayContaining(['gateway', ...subgraphNames]));
    // They run the image's CMD (`start`); each picks its part by LOTSE_SERVICE.
    for (const name of longRunning) expect(service(name).command).toBeUndefined();
  });

  it('checks the health of every service, Lotse services through their /health endpoint with node', () => {
    for (const name of longRunning) {
      const check = service(name).healthcheck;
      expect(check?.disable).not.toBe(true);
      expect(Array.isArray(check?.test)).toBe(true);
      const test = check!.test as string[];
      expect(test.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
      expect(test.join(' ')).toContain('/health');
      expect(test.join(' ')).not.toMatch(/\b(curl|wget)\b/);
      expect(check!.interval).toBeDefined();
      expect(check!.timeout).toBeDefined();
      expect(check!.retries).toBeGreaterThan(0);
    }
    expect(JSON.stringify(service('postgres').healthcheck?.test)).toContain('pg_isready');
  });

  it('has a health check command that passes on 200 from /health and fails on 503 or no answer', async () => {
    const script = (service('gateway').healthcheck!.test as string[]).slice(2);
    let status = 200;
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = String((server.address() as { port: number }).port);
    try {
      expect(await runNode(script, { PORT: port })).toBe(0);
      status = 503;
      expect(await runNode(script, { PORT: port })).toBe(1);
      expect(paths).toEqual(['/health', '/health']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await runNode(script, { PORT: port })).toBe(1);
  });

  it('starts Lotse services only once PostgreSQL is healthy and the migrations succeeded', () => {
    expect(dependencies(service(migrateJob!))).toEqual({ postgres: 'service_healthy' });
    for (const name of longRunning) {
      expect(dependencies(service(name))).toMatchObject({
        postgres: 'service_healthy',
        [migrateJob!]: 'service_completed_successfully',
      });
    }
    const gateway = serviceWithRole('gateway')!;
    for (const subgraph of subgraphNames) {
      expect(dependencies(service(gateway))[serviceWithRole(subgraph)!]).toBe('service_healthy');
    }
  });

  it('restarts long-running services but not the migrate job', () => {
    for (const name of [...longRunning, 'postgres']) {
      expect(['always', 'unless-stopped']).toContain(service(name).restart);
    }
    expect([undefined, 'no']).toContain(service(migrateJob!).restart);
  });

  it('publishes only the gateway, on localhost unless told otherwise', () => {
    const gateway = serviceWithRole('gateway')!;
    for (const [name, svc] of Object.entries(compose.services)) {
      expect(svc.network_mode).toBeUndefined();
      if (name !== gateway) expect(svc.ports).toBeUndefined();
    }
    const ports = service(gateway).ports ?? [];
    expect(ports).toHaveLength(1);
    const mapping = interpolate(String(ports[0]), {}).split(':');
    expect(mapping).toEqual(['127.0.0.1', '4000', environmentOf(service(gateway)).PORT]);
  });

  it('takes secrets only from the environment, without defaults, and refuses to start without them', () => {
    expect(required).toEqual(expect.arrayContaining(['LOTSE_SIGNING_SECRET', 'POSTGRES_PASSWORD']));
    for (const ref of referencesIn(composeText)) {
      if (secretName.test(ref.name)) expect(ref.operator).toBe(':?');
    }
    for (const [name, svc] of Object.entries(compose.services)) {
      for (const [key, value] of Object.entries(environmentOf(svc))) {
        if (!secretName.test(key)) continue;
        // The value is exactly what the operator provided: nothing written into the file.
        const provided = Object.values(operatorEnv);
        expect({ service: name, key, fromEnvironment: provided.includes(value) }).toEqual({
          service: name,
          key,
          fromEnvironment: true,
        });
      }
    }
    for (const secret of required) {
      const { [secret]: _missing, ...partial } = operatorEnv;
      const failures = Object.values(compose.services).flatMap((svc) => {
        try {
          environmentOf(svc, partial);
          return [];
        } catch (error) {
          return error instanceof MissingVariable ? [error.variable] : [String(error)];
        }
      });
      expect(failures).toContain(secret);
      expect(new Set(failures)).toEqual(new Set([secret]));
    }
  });

  it('sets only variables the config schema knows, with values it accepts for production', () => {
    for (const name of lotseServices) {
      const env = environmentOf(service(name));
      expect(Object.keys(env).filter((key) => !knownVariables.includes(key))).toEqual([]);
      const config = loadConfig(env);
      expect(config).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', LOTSE_SEED_DEMO: false });
      expect(config.DATABASE_URL).toBeDefined();
      expect(config.LOTSE_SIGNING_SECRET).toBe(operatorEnv.LOTSE_SIGNING_SECRET);
    }
  });

  it('points DATABASE_URL at the postgres service, its user, password and database', () => {
    const postgres = service('postgres');
    const major = Number(/^postgres:(\d+)/.exec(postgres.image ?? '')?.[1]);
    expect(major).toBeGreaterThanOrEqual(15);
    const pgEnv = environmentOf(postgres);
    for (const name of lotseServices) {
      const url = new URL(environmentOf(service(name)).DATABASE_URL!);
      expect({
        host: url.hostname,
        port: url.port,
        user: url.username,
        password: decodeURIComponent(url.password),
        database: url.pathname.slice(1),
      }).toEqual({
        host: 'postgres',
        port: '5432',
        user: pgEnv.POSTGRES_USER,
        password: pgEnv.POSTGRES_PASSWORD,
        database: pgEnv.POSTGRES_DB,
      });
    }
    const dataVolume = (postgres.volumes ?? [])
      .map(String)
      .find((volume) => volume.endsWith(':/var/lib/postgresql/data'));
    expect(dataVolume).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume!.split(':')[0]);
  });

  it("points the gateway at each subgraph's service, port and path", () => {
    const gatewayEnv = environmentOf(service(serviceWithRole('gateway')!));
    const subgraphUrls = Object.keys(gatewayEnv).filter(
      (key) => key.endsWith('_URL') && key !== 'DATABASE_URL',
    );
    expect(subgraphUrls.sort()).toEqual(subgraphNames.map((name) => `${name.toUpperCase()}_URL`).sort());
    for (const name of subgraphNames) {
      const url = new URL(gatewayEnv[`${name.toUpperCase()}_URL`]!);
      const target = serviceWithRole(name);
      expect(target).toBeDefined();
      expect({ protocol: url.protocol, host: url.hostname, port: url.port, path: url.pathname }).toEqual({
        protocol: 'http:',
        host: target,
        port: environmentOf(service(target!)).PORT,
        path: subgraphPath(name),
      });
    }
  });
});

describe('Dockerfile', () => {
  it('builds on the slim image of the Node version the repository pins', () => {
    const pinned = rootPackage.devDependencies.node;
    expect(instructions('ARG').map((line) => line.args)).toContain(`NODE_VERSION=${pinned}`);
    expect(instructions('FROM').map((line) => line.args)).toEqual(['node:${NODE_VERSION}-slim']);
  });

  it('copies the lockfile and every workspace manifest, then installs with npm ci before the sources', () => {
    const copies = dockerfile
      .map((line, index) => ({ ...line, index }))
      .filter((line) => line.instruction === 'COPY' && !line.args.startsWith('--from'));
    const install = dockerfile.findIndex(
      (line) => line.instruction === 'RUN' && /\bnpm ci\b/.test(line.args),
    );
    expect(install).toBeGreaterThan(-1);
    const manifestsCopied = copies
      .filter((copy) => copy.index < install)
      .flatMap((copy) =>
        copy.args
          .split(/\s+/)
          .filter((arg) => !arg.startsWith('--'))
          .slice(0, -1),
      );
    for (const file of [
      'package.json',
      'package-lock.json',
      '.npmrc',
      ...workspaces.map((ws) => `${ws}/package.json`),
    ]) {
      expect(manifestsCopied).toContain(file);
    }
    for (const file of manifestsCopied) {
      expect({ file, exists: existsSync(path.join(root, file)), ignored: ignored(file) }).toEqual({
        file,
        exists: true,
        ignored: false,
      });
    }
    expect(copies.some((copy) => copy.index > install && /^\.\s+\.$/.test(copy.args))).toBe(true);
  });

  it('installs the production dependencies of a workspace that depends on every server workspace', () => {
    const run = dockerfile.find((line) => line.instruction === 'RUN' && /\bnpm ci\b/.test(line.args))!.args;
    expect(run).toContain('--omit=dev');
    const workspace = /--workspace[= ](\S+)/.exec(run)?.[1];
    if (workspace === undefined) return; // all workspaces are installed
    const manifest = JSON.parse(read(`${workspace}/package.json`)) as {
      dependencies?: Record<string, string>;
    };
    const serverWorkspaces = workspaces
      .filter((ws) => ws === 'kernel' || ws === 'gateway' || ws.startsWith('subgraphs/'))
      .map((ws) => (JSON.parse(read(`${ws}/package.json`)) as { name: string }).name);
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(expect.arrayContaining(serverWorkspaces));
  });

  it('starts the CLI that exists in the repository, as an unprivileged user, listening on all interfaces', () => {
    const cmd = execForm(instructions('CMD').at(-1)!.args);
    expect(cmd).toEqual(['node', 'app/src/cli.ts', 'start']);
    for (const script of [cmd[1]!, commandOf(service(migrateJob!))![1]!, 'schema/supergraph.graphql']) {
      expect({ script, exists: existsSync(path.join(root, script)), ignored: ignored(script) }).toEqual({
        script,
        exists: true,
        ignored: false,
      });
    }
    const user = instructions('USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const env = instructions('ENV')
      .map((line) => line.args)
      .join(' ');
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(env).toMatch(/\bNODE_ENV=production\b/);
  });
});

describe('.dockerignore', () => {
  it('keeps host dependencies, data, secrets and history out of the build context', () => {
    for (const file of [
      'node_modules/x',
      'kernel/node_modules/x',
      '.data/pg/PG_VERSION',
      '.env',
      '.git/HEAD',
    ]) {
      expect({ file, ignored: ignored(file) }).toEqual({ file, ignored: true });
    }
    for (const file of [
      'kernel/src/config/config.ts',
      'subgraphs/identity/src/server.ts',
      'gateway/src/server.ts',
      'schema/supergraph.graphql',
    ]) {
      expect({ file, ignored: ignored(file) }).toEqual({ file, ignored: false });
    }
  });
});
