import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the cp-kit elements (web components + Vite). Telemetry and update checks are off.
 * Every story file gets a docs page (`autodocs`, `preview.ts`) built from custom-elements.json:
 * attributes, properties, events, slots, CSS parts and properties of its `component`.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
