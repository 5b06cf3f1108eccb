import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, configSchema, loadConfig } from './config.ts';

const SECRET = 'x'.repeat(32);
const DATABASE_URL = 'postgres://lotse:lotse@db:5432/lotse';
const production = { NODE_ENV: 'production', LOTSE_SIGNING_SECRET: SECRET, DATABASE_URL };

/** The problems loadConfig reports for `env`; fails when it accepts the environment. */
function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: 4000,
      LOTSE_DATA_DIR: '.data',
      LOTSE_SERVICE: 'all',
      TRUSTED_PROXY_HOPS: 0,
      SUBGRAPH_TIMEOUT_MS: 5000,
      SESSION_TTL_HOURS: 12,
      LOG_LEVEL: 'info',
    });
  });

  it('reads and converts given values', () => {
    const config = loadConfig({
      ...production,
      HOST: '0.0.0.0',
      PORT: '8080',
      LOTSE_SERVICE: 'tickets',
      SUBGRAPH_TIMEOUT_MS: '2500',
      SESSION_TTL_HOURS: '24',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: 8080,
      DATABASE_URL,
      LOTSE_SIGNING_SECRET: SECRET,
      LOTSE_SERVICE: 'tickets',
      SUBGRAPH_TIMEOUT_MS: 2500,
      SESSION_TTL_HOURS: 24,
      LOG_LEVEL: 'warn',
    });
  });

  it('ignores variables it does not know', () => {
    expect(loadConfig({ PATH: '/usr/bin', HOME: '/root' })).not.toHaveProperty('PATH');
  });

  it('needs neither a secret nor a database in development and test', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).LOTSE_SIGNING_SECRET).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'test' }).DATABASE_URL).toBeUndefined();
  });

  it('lists both missing production settings at once', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'LOTSE_SIGNING_SECRET is required in production',
      'DATABASE_URL is required in production',
    ]);
  });

  it('lists an invalid value together with the missing production settings', () => {
    const found = problems({ NODE_ENV: 'production', PORT: 'abc' });
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT /),
        'LOTSE_SIGNING_SECRET is required in production',
        'DATABASE_URL is required in production',
      ]),
    );
  });

  it('puts every problem on its own line of the error message', () => {
    try {
      loadConfig({ NODE_ENV: 'production' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).toBe(
        'Invalid configuration:\n' +
          '  - LOTSE_SIGNING_SECRET is required in production\n' +
          '  - DATABASE_URL is required in production',
      );
    }
  });

  it('accepts a complete production environment', () => {
    expect(loadConfig(production)).toMatchObject({
      NODE_ENV: 'production',
      LOTSE_SIGNING_SECRET: SECRET,
      DATABASE_URL,
    });
  });

  it('rejects a short signing secret in any environment', () => {
    expect(problems({ LOTSE_SIGNING_SECRET: 'x'.repeat(31) })).toEqual([
      'LOTSE_SIGNING_SECRET must be at least 32 characters',
    ]);
  });

  it('accepts postgres and postgresql database URLs only', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/lotse' }).DATABASE_URL).toBe('postgresql://db/lotse');
    expect(problems({ DATABASE_URL: 'mysql://db/lotse' })).toEqual([expect.stringMatching(/^DATABASE_URL /)]);
    expect(problems({ DATABASE_URL: 'not a url' })).toEqual([expect.stringMatching(/^DATABASE_URL /)]);
  });

  it.each(['abc', '65536', '-1', '80.5'])('rejects PORT=%s', (value) => {
    expect(problems({ PORT: value })).toEqual([expect.stringMatching(/^PORT /)]);
  });

  it('accepts the port range 0–65535', () => {
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
    expect(loadConfig({ PORT: '65535' }).PORT).toBe(65535);
  });

  it('lists several invalid values together', () => {
    const found = problems({ PORT: 'abc', LOG_LEVEL: 'loud', LOTSE_SERVICE: 'knowledge' });
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT /),
        expect.stringMatching(/^LOG_LEVEL /),
        expect.stringMatching(/^LOTSE_SERVICE /),
      ]),
    );
  });

  it('bounds the subgraph timeout and the session lifetime', () => {
    expect(problems({ SUBGRAPH_TIMEOUT_MS: '99' })).toEqual([expect.stringMatching(/^SUBGRAPH_TIMEOUT_MS /)]);
    expect(problems({ SUBGRAPH_TIMEOUT_MS: '120001' })).toEqual([
      expect.stringMatching(/^SUBGRAPH_TIMEOUT_MS /),
    ]);
    expect(problems({ SESSION_TTL_HOURS: '0' })).toEqual([expect.stringMatching(/^SESSION_TTL_HOURS /)]);
    expect(loadConfig({ SESSION_TTL_HOURS: String(24 * 90) }).SESSION_TTL_HOURS).toBe(24 * 90);
    expect(problems({ SESSION_TTL_HOURS: String(24 * 90 + 1) })).toEqual([
      expect.stringMatching(/^SESSION_TTL_HOURS /),
    ]);
  });

  it('bounds the trusted proxy hops to 0–10', () => {
    expect(loadConfig({ TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(loadConfig({ TRUSTED_PROXY_HOPS: '10' }).TRUSTED_PROXY_HOPS).toBe(10);
    for (const value of ['11', '-1', '1.5', 'all']) {
      expect(problems({ TRUSTED_PROXY_HOPS: value })).toEqual([
        expect.stringMatching(/^TRUSTED_PROXY_HOPS /),
      ]);
    }
  });

  describe('a gateway process', () => {
    const urls = { IDENTITY_URL: 'http://identity:4001/graphql', TICKETS_URL: 'http://tickets:4002/graphql' };

    it('needs IDENTITY_URL and TICKETS_URL in production', () => {
      expect(problems({ ...production, LOTSE_SERVICE: 'gateway' })).toEqual([
        expect.stringMatching(/^IDENTITY_URL and TICKETS_URL are required for a gateway/),
      ]);
      expect(
        problems({ ...production, LOTSE_SERVICE: 'gateway', IDENTITY_URL: urls.IDENTITY_URL }),
      ).toHaveLength(1);
      expect(
        problems({ ...production, LOTSE_SERVICE: 'gateway', TICKETS_URL: urls.TICKETS_URL }),
      ).toHaveLength(1);
    });

    it('runs in production with both URLs', () => {
      expect(loadConfig({ ...production, LOTSE_SERVICE: 'gateway', ...urls })).toMatchObject(urls);
    });

    it('lists the URLs together with the other production problems', () => {
      expect(problems({ NODE_ENV: 'production', LOTSE_SERVICE: 'gateway' })).toHaveLength(3);
    });

    it('needs no URLs outside production', () => {
      expect(loadConfig({ LOTSE_SERVICE: 'gateway' }).LOTSE_SERVICE).toBe('gateway');
    });

    it('rejects a URL that is not one', () => {
      expect(problems({ IDENTITY_URL: 'not a url' })).toEqual([expect.stringMatching(/^IDENTITY_URL /)]);
      expect(problems({ TICKETS_URL: '//tickets:4002' })).toEqual([expect.stringMatching(/^TICKETS_URL /)]);
    });
  });

  describe('boolean flags', () => {
    it.each([
      ['true', true],
      ['1', true],
      ['false', false],
      ['0', false],
    ])('reads LOTSE_SEED_DEMO=%s as %p', (value, expected) => {
      expect(loadConfig({ LOTSE_SEED_DEMO: value }).LOTSE_SEED_DEMO).toBe(expected);
    });

    it('leaves an unset flag undefined', () => {
      expect(loadConfig({}).LOTSE_SEED_DEMO).toBeUndefined();
    });

    it.each(['yes', 'TRUE', 'on', ''])('rejects LOTSE_SEED_DEMO=%p', (value) => {
      expect(problems({ LOTSE_SEED_DEMO: value })).toEqual([expect.stringMatching(/^LOTSE_SEED_DEMO /)]);
    });
  });

  describe('the README configuration table', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    /** Variable name → the Default cell of its row, for every `| `NAME` | default | meaning |` row. */
    const documented = new Map(
      [...readme.matchAll(/^\| ((?:`[A-Z_]+`(?:, )?)+) \| ([^|]*) \|/gm)].flatMap(([, names, defaultCell]) =>
        [...names!.matchAll(/`([A-Z_]+)`/g)].map(([, name]) => [name!, defaultCell!.trim()] as const),
      ),
    );

    it('documents exactly the variables the schema reads', () => {
      expect([...documented.keys()].sort()).toEqual(Object.keys(configSchema.shape).sort());
    });

    it('states the same defaults as the schema', () => {
      const defaults = loadConfig({});
      for (const [name, value] of Object.entries(defaults)) {
        expect({ name, default: documented.get(name) }).toEqual({ name, default: `\`${String(value)}\`` });
      }
    });
  });
});
