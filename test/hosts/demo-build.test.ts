import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { serveStatic, type StaticSite } from './support/static-server.js';

// The demo portal as `npm run build:demo` ships it: the static build served under a sub-path by a
// static host that answers index.html for unknown paths, the mock in its service worker.
const root = new URL('../..', import.meta.url).pathname;
const SUB_PATH = '/cp-kit-demo/';
let outDir: string;
let site: StaticSite;
let browser: Browser;
let page: Page;
const failures: string[] = [];

const withoutDemoBase = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env['DEMO_BASE'];
  return env;
};

/** The value of Mon compte's "Nom" field, through the account form's shadow roots ('' until shown). */
const accountName = (p: Page): Promise<string> =>
  p.evaluate(() => {
    const scopes = [document.querySelector('cp-account-form')?.shadowRoot].filter((s) => s != null);
    for (let scope = scopes.shift(); scope; scope = scopes.shift()) {
      const name = scope.querySelector<HTMLInputElement>('#f-nom');
      if (name?.value) return name.value;
      scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
    }
    return '';
  });

beforeAll(async () => {
  outDir = join(mkdtempSync(join(tmpdir(), 'cp-kit-demo-')), 'site');
  const built = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--mode', 'demo', '--outDir', outDir, '--logLevel', 'warn'],
    // The default relative base (a DEMO_BASE of the caller's shell would pin one).
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: withoutDemoBase() },
  );
  expect(built.status, 'vite build --mode demo').toBe(0);
  site = await serveStatic(outDir, undefined, { subPath: SUB_PATH, fallback: 'index.html' });
  browser = await launchChromium();
  page = await browser.newPage();
  page.on('pageerror', (error) => failures.push(`page error: ${(error as Error).message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

describe('the demo portal’s static build (npm run build:demo) under a sub-path', () => {
  it('opens a deep link on Mon compte with the logged-in user’s account, read from the mock in the service worker', async () => {
    await page.goto(`${site.url}${SUB_PATH}mon-compte`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.title.includes('Mon compte'), { timeout: 20_000 });
    await expect.poll(() => accountName(page), { timeout: 20_000 }).not.toBe('');
    expect(failures).toEqual([]);
  });

  it('follows a link of the portal to another route and comes back with the browser’s Back, staying under the sub-path', async () => {
    await page.evaluate(() => {
      const scopes: ParentNode[] = [document];
      for (let scope = scopes.shift(); scope; scope = scopes.shift()) {
        const link = scope.querySelector<HTMLAnchorElement>('a[href$="mes-rattachements"]');
        if (link) return link.click();
        scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
      }
      throw new Error('no link to Mes rattachements');
    });
    expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}mes-rattachements`);
    await page.waitForFunction(() => document.title.includes('Mes rattachements'), { timeout: 20_000 });
    await page.waitForFunction(() => customElements.get('cp-rattachements'), { timeout: 20_000 });
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}mon-compte`);
    await expect.poll(() => accountName(page), { timeout: 20_000 }).not.toBe('');
    expect(failures).toEqual([]);
  });
});
