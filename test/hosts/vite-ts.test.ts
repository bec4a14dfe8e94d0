import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { bundleSizes } from './support/gzip-size.js';
import {
  accountFormInnerElements,
  definedTags,
  submitForm,
  SUBMITTED_IBAN,
  typeIban,
  waitForAccountOf,
} from './support/host-checks.js';
import { installHost, runScript } from './support/install-host.js';
import { serveStatic, type StaticSite } from './support/static-server.js';
import { undefinedTags } from './support/undefined-tags.js';

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
    const defined = await definedTags(page, ['cp-iban-input', 'cp-session', 'cp-account-form']);
    expect(defined).toEqual(['cp-iban-input', 'cp-session', 'cp-account-form']);
  });

  it('submits an IBAN typed into cp-iban-input with its native form, and the typed cp-iban-input-changed listener gets its detail', async () => {
    expect(await typeIban(page)).toEqual({ value: SUBMITTED_IBAN, valid: true });
    expect(await submitForm(page, 'body')).toBe(SUBMITTED_IBAN);
  });

  it("shows Pauline DUFOUR's account from the mock shipped in the package", async () => {
    await waitForAccountOf(page, 'DUFOUR');
  });

  it('defines every tag the elements render inside their shadow roots (their own imports kept by the build)', async () => {
    expect(await accountFormInnerElements(page)).toBeGreaterThan(0);
    expect(await undefinedTags(page)).toEqual([]);
  });
});
