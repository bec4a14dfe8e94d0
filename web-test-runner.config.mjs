// Browser tests: @web/test-runner + @open-wc/testing in Debian's Chromium (no browser download).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS } from './test/support/chromium-flags.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { loopbackMockPlugin } from './test/support/loopback-mock-plugin.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  // One page at a time: a page in a background tab gets no animation frames, which stalls
  // fixtures that wait for a frame.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  // 30 s: a keyboard walk stays well under it on a quiet machine, and under it when several suites share 2 cores.
  testFramework: { config: { timeout: 30_000 } },
  // Every test page loads the chai plugin that keeps a failed assertion about a DOM node reportable
  // (test/browser/support/reportable-assertions.ts), then the test framework.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/browser/support/reportable-assertions.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // The mock's real loopback server for the tests of hostile transport (`executeServerCommand('loopback-mock')`),
  // and Chromium's forced-colors emulation (`executeServerCommand('forced-colors', { active })`).
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    loopbackMockPlugin(),
    forcedColorsPlugin(),
  ],
  middleware: [
    // The MSW worker must be served from the root scope (see TOOLCHAIN.md).
    (ctx, next) => {
      if (ctx.url === '/mockServiceWorker.js') ctx.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      // One window per test page: keyboard input (sendKeys) in a tab hides the other tabs, whose
      // requestAnimationFrame then stalls (open-wc's fixture waits for a frame); windows stay visible.
      // Downloads the tests trigger (CSV exports, attachments) are checked through the page's Blob
      // URLs; the browser saves nothing, so no download is still in flight when a page closes.
      createPage: async ({ context }) => {
        const page = await context.newPage({ type: 'window' });
        const cdp = await page.createCDPSession();
        await cdp.send('Browser.setDownloadBehavior', { behavior: 'deny' });
        return page;
      },
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          ...CHROMIUM_FLAGS,
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
