import { defineConfig } from 'vitest/config';

/**
 * Host apps built from the packed package (`npm run test:hosts`): one file per kind of host, run
 * one after the other (each installs, builds and loads an app in Chromium).
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/hosts/**/*.test.ts'],
    globalSetup: ['test/hosts/support/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
