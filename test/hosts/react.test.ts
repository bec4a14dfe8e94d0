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
  console.log(
    `react host: page bundle ${sizes.initial} kB gzip (React included), mock loaded on demand ${sizes.lazy} kB gzip`,
  );
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
    const defined = await definedTags(page, ['cp-iban-input', 'cp-session', 'cp-account-form']);
    expect(defined).toEqual(['cp-iban-input', 'cp-session', 'cp-account-form']);
  });

  it('gets the typed detail through the onCpIbanInputChanged prop, and the native form submits the IBAN', async () => {
    expect(await typeIban(page)).toEqual({ value: SUBMITTED_IBAN, valid: true });
    expect(await submitForm(page, 'main')).toBe(SUBMITTED_IBAN);
  });

  it("shows Pauline DUFOUR's account in <cp-session> written as JSX", async () => {
    await waitForAccountOf(page, 'DUFOUR');
  });

  it('defines every tag the elements render inside their shadow roots (their own imports kept by the build)', async () => {
    expect(await accountFormInnerElements(page)).toBeGreaterThan(0);
    expect(await undefinedTags(page)).toEqual([]);
  });
});
