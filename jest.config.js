// One Jest run for the whole repository: `server` covers kernel, subgraphs, gateway and app (Node, native ESM,
// a real PostgreSQL started once in globalSetup); `ui-kit` runs the component tests in jsdom.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2024', transform: { react: { runtime: 'automatic' } } }, module: { type: 'es6' } }];

export default {
  // Each API test file boots a whole stack; on a busy 2-core machine that can take longer than Jest's 5 s default.
  // A global option: Jest ignores testTimeout inside a project's config.
  testTimeout: 30_000,
  // On 2 cores Jest runs every file inside its own main process, one after another: a server that a
  // failed test left running would keep that process, and the whole CI run, alive forever. Exit when
  // done instead (Jest still warns about the leak).
  forceExit: true,
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: ['<rootDir>/kernel', '<rootDir>/subgraphs', '<rootDir>/gateway', '<rootDir>/app'],
      testMatch: ['**/*.test.ts'],
      extensionsToTreatAsEsm: ['.ts'],
      transform: { '^.+\\.ts$': swc },
      globalSetup: '<rootDir>/app/test/global-setup.ts',
      globalTeardown: '<rootDir>/app/test/global-teardown.ts',
    },
    '<rootDir>/ui-kit/jest.config.js',
  ],
};
