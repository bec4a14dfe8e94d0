import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { undefinedTags } from './support/undefined-tags.js';
import { bundleSizes } from './support/gzip-size.js';
import { installHost, runScript } from './support/install-host.js';
import { serveStatic, type StaticSite } from './support/static-server.js';

// A React 19 app with strict TypeScript: cp-kit/react's generated components and the tags in JSX
// typed by cp-kit/jsx, type-checked (no hand-written declaration) and built for production.
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const dir = installHost('react', inject('tarball'));
  runScript(dir, 'msw:init');
  runScript(dir, 'build');
  const sizes = bundleSizes(dir);
  console.log(`react host: page bundle ${sizes.initial} kB gzip (React included), mock loaded on demand ${sizes.lazy} kB gzip`);
  site = await serveStatic(join(dir, 'dist'));
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${site.url}/`, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a React 19 host built for production from the package', () => {
  it('registers the elements its components and imports bring', async () => {
    await page.waitForFunction(() => document.querySelector('cp-iban-input'));
    const defined = await page.evaluate(() => ['cp-iban-input', 'cp-session', 'cp-account-form'].filter((tag) => customElements.get(tag)));
    expect(defined).toEqual(['cp-iban-input', 'cp-session', 'cp-account-form']);
  });

  it('gets the typed detail through the onCpIbanInputChanged prop, and the native form submits the IBAN', async () => {
    const input = await page.waitForSelector('cp-iban-input >>> #iban');
    await input!.type('FR76 3000 6000 0112 3456 7890 189');
    await page.waitForFunction(() => document.querySelector('#last-change')?.textContent?.includes('"valid":true'));
    expect(await page.$eval('#last-change', (output) => JSON.parse(output.textContent ?? '{}') as unknown)).toEqual({
      value: 'FR7630006000011234567890189',
      valid: true,
    });
    await page.locator('form button').click();
    await page.waitForFunction(() => document.querySelector('main')?.dataset['submitted']);
    expect(await page.$eval('main', (main) => main.dataset['submitted'])).toBe('FR7630006000011234567890189');
  });

  it("shows Pauline DUFOUR's account in <cp-session> written as JSX", async () => {
    await page.waitForFunction(
      () => {
        const text = (root: ShadowRoot | null | undefined): string =>
          root ? [...root.querySelectorAll('*')].map((node) => (node.shadowRoot ? text(node.shadowRoot) : '') + ((node as HTMLInputElement).value ?? '')).join(' ') + root.textContent : '';
        return /DUFOUR/.test(text(document.querySelector('cp-account-form')?.shadowRoot));
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
