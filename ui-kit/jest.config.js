// The ui-kit project of the root Jest run: components render in jsdom, TypeScript and JSX go through SWC.
// The root runs Jest in native ESM mode (--experimental-vm-modules), so our sources stay ES modules and
// ESM-only packages (storybook, @storybook/*) load natively instead of being transformed.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2024',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
];

export default {
  displayName: 'ui-kit',
  rootDir: import.meta.dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(ts|tsx)$': swc },
  // Every dependency we import (storybook, @storybook/*, Chakra, react-i18next, i18next) ships ESM marked as such,
  // so nothing under node_modules needs SWC. A package that ships unmarked ESM would be listed here.
  transformIgnorePatterns: ['/node_modules/'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
};
