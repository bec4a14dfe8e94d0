import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { undefinedTags } from './support/undefined-tags.js';
import { bundleSizes } from './support/gzip-size.js';
import { installHost, runScript } from './support/install-host.js';
import { serveStatic, type StaticSite } from './support/static-server.js';

// A Vite + TypeScript app, built in production mode from the installed tarball: the way most host
// teams will meet cp-kit. Its main.ts imports three elements and the browser mock.
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dir = installHost('vite-ts', inject('tarball'));
  // The MSW worker script at the site root, as the README tells integrators.
  runScript(dir, 'msw:init');
  runScript(dir, 'build');
  const sizes = bundleSizes(dir);
  console.log(`vite-ts host: page bundle ${sizes.initial} kB gzip, mock loaded on demand ${sizes.lazy} kB gzip`);
  site = await serveStatic(join(dir, 'dist'));
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${site.url}/`, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a Vite + TypeScript host built for production from the package', () => {
  it('registers each element it imports (package.json sideEffects keeps them)', async () => {
    const defined = await page.evaluate(() => ['cp-iban-input', 'cp-session', 'cp-account-form'].filter((tag) => customElements.get(tag)));
    expect(defined).toEqual(['cp-iban-input', 'cp-session', 'cp-account-form']);
  });

  it('submits an IBAN typed into cp-iban-input with its native form, and the typed cp-iban-input-changed listener gets its detail', async () => {
    const input = await page.waitForSelector('cp-iban-input >>> #iban');
    await input!.type('FR76 3000 6000 0112 3456 7890 189');
    await page.waitForFunction(() => document.querySelector('#last-change')?.textContent?.includes('"valid":true'));
    const change = await page.$eval('#last-change', (output) => JSON.parse(output.textContent ?? '{}') as unknown);
    expect(change).toEqual({ value: 'FR7630006000011234567890189', valid: true });
    await page.locator('form button').click();
    await page.waitForFunction(() => document.body.dataset['submitted']);
    expect(await page.evaluate(() => document.body.dataset['submitted'])).toBe('FR7630006000011234567890189');
  });

  it("shows Pauline DUFOUR's account from the mock shipped in the package", async () => {
    await page.waitForFunction(
      () => {
        const form = document.querySelector('cp-account-form');
        const text = (root: ShadowRoot | null | undefined): string =>
          root ? [...root.querySelectorAll('*')].map((node) => (node.shadowRoot ? text(node.shadowRoot) : '') + ((node as HTMLInputElement).value ?? '')).join(' ') + root.textContent : '';
        return /DUFOUR/.test(text(form?.shadowRoot));
      },
      { timeout: 20_000 },
    );
  });

  it('defines every tag the elements render inside their shadow roots (their own imports kept by the build)', async () => {
    const inner = await page.evaluate(() => document.querySelector('cp-account-form')?.shadowRoot?.querySelectorAll('cp-account-password, cp-error-summary').length ?? 0);
    expect(inner).toBeGreaterThan(0);
    expect(await undefinedTags(page)).toEqual([]);
  });
});
