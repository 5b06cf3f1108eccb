import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

// npm workspace hoisting is not stable, so Storybook gets absolute package folders instead of bare names.
const packageDir = (name: string): string =>
  dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)));

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  framework: { name: packageDir('@storybook/react-vite'), options: {} },
  addons: [packageDir('@storybook/addon-docs'), packageDir('@storybook/addon-a11y')],
  // The build must work offline in CI: no telemetry, no "what's new" fetch.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
