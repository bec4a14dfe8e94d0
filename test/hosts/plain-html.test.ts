import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import {
  accountFormInnerElements,
  definedTags,
  submitForm,
  SUBMITTED_IBAN,
  typeIban,
  waitForAccountOf,
} from './support/host-checks.js';
import { installHost } from './support/install-host.js';
import { startMockBin, type MockProcess } from './support/mock-bin.js';
import { serveStatic, type StaticSite } from './support/static-server.js';
import { undefinedTags } from './support/undefined-tags.js';

// A plain HTML page with no build step: module scripts load the package's CDN build, and the
// API is the mock started with the package's `cp-kit-mock` command behind the site's /api.
let dir: string;
let mock: MockProcess;
let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = installHost('plain-html', inject('tarball'));
  mock = await startMockBin(dir);
  site = await serveStatic(dir, mock.url);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(`${site.url}/index.html`, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await mock?.stop();
});

describe('a plain HTML page on the CDN build, with the mock command as its API', () => {
  it('registers the elements its module scripts load', async () => {
    await page.waitForFunction(() => customElements.get('cp-account-form'));
    const defined = await definedTags(page, ['cp-iban-input', 'cp-session', 'cp-account-form']);
    expect(defined).toEqual(['cp-iban-input', 'cp-session', 'cp-account-form']);
  });

  it('submits an IBAN typed into cp-iban-input with its native form, and a cp-iban-input-changed listener gets its detail', async () => {
    expect(await typeIban(page)).toEqual({ value: SUBMITTED_IBAN, valid: true });
    expect(await submitForm(page, 'body')).toBe(SUBMITTED_IBAN);
  });

  it("shows Pauline DUFOUR's account, read over HTTP from `npx cp-kit-mock`", async () => {
    await waitForAccountOf(page, 'DUFOUR');
  });

  it('loads cp-iban-input alone in two round trips: the element, then every chunk it needs at once', async () => {
    const alone = await browser.newPage();
    const requests: { path: string; initiator: string | undefined }[] = [];
    alone.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/cdn/'))
        requests.push({ path, initiator: request.initiator()?.url ?? request.initiator()?.stack?.callFrames[0]?.url });
    });
    await alone.goto(`${site.url}/iban.html`, { waitUntil: 'networkidle0' });
    expect(await alone.evaluate(() => Boolean(customElements.get('cp-iban-input')))).toBe(true);
    const level = new Map<string, number>();
    for (const request of requests) {
      const from = request.initiator ? new URL(request.initiator).pathname : '';
      level.set(request.path, (level.get(from) ?? 0) + 1);
    }
    const bytes = requests.reduce((sum, request) => sum + gzipSync(readFileSync(join(dir, request.path))).length, 0);
    const depth = Math.max(...level.values());
    console.log(
      `CDN cp-iban-input: ${requests.length} requests, ${(bytes / 1024).toFixed(1)} kB gzip, ${depth} round trips`,
    );
    expect(depth).toBe(2);
    await alone.close();
  });

  it('with the autoloader alone, loads the elements of the tags the page shows, and one added later, and no other', async () => {
    const autoloaded = await browser.newPage();
    const elements: string[] = [];
    autoloaded.on('request', (request) => {
      const file = /\/cdn\/(cp-[a-z-]+)\.js$/.exec(new URL(request.url()).pathname)?.[1];
      if (file) elements.push(file);
    });
    await autoloaded.goto(`${site.url}/autoload.html`, { waitUntil: 'load' });
    await waitForAccountOf(autoloaded, 'DUFOUR');
    expect(elements.sort()).toEqual(['cp-account-form', 'cp-session']);
    await autoloaded.evaluate(() => {
      document.querySelector('#later')!.innerHTML = '<cp-iban-input name="iban"></cp-iban-input>';
    });
    await autoloaded.waitForFunction(() => customElements.get('cp-iban-input'));
    expect(elements.sort()).toEqual(['cp-account-form', 'cp-iban-input', 'cp-session']);
    const autoloader = gzipSync(readFileSync(join(dir, 'node_modules/cp-kit/cdn/autoloader.js'))).length;
    console.log(`CDN autoloader: ${(autoloader / 1024).toFixed(1)} kB gzip before any tag`);
    await autoloaded.close();
  });

  it('DEA-3: loads the reactivation block only for a link, says so when its download fails, and Réessayer loads it', async () => {
    const linked = await browser.newPage();
    await linked.setRequestInterception(true);
    const blocks: string[] = [];
    linked.on('request', (request) => {
      if (!/\/cp-account-reactivation-[\w-]+\.js$/.test(new URL(request.url()).pathname))
        return void request.continue();
      blocks.push(request.url());
      // The first download fails, as on a train going into a tunnel.
      return void (blocks.length === 1 ? request.abort('internetdisconnected') : request.continue());
    });
    await linked.goto(`${site.url}/index.html`, { waitUntil: 'load' });
    await waitForAccountOf(linked, 'DUFOUR');
    expect(blocks, 'an account without a link does not load the block').toEqual([]);

    await linked.evaluate(() =>
      document.querySelector('cp-account-form')!.setAttribute('reactivation-token', 'jeton-du-lien'),
    );
    const shadowText = (wanted: string) =>
      linked.waitForFunction(
        (text) => {
          const root = document.querySelector('cp-account-form')!.shadowRoot!;
          const deep = [...root.querySelectorAll('*')].map((node) => node.shadowRoot?.textContent ?? '').join(' ');
          return (root.textContent + deep).includes(text);
        },
        { timeout: 20_000 },
        wanted,
      );
    await shadowText('Votre compte n’a pas pu être chargé');
    await linked.evaluate(() =>
      [...document.querySelector('cp-account-form')!.shadowRoot!.querySelectorAll('button')]
        .find((button) => button.textContent!.trim() === 'Réessayer')!
        .click(),
    );
    await shadowText('Nouveau mot de passe');
    expect(blocks).toHaveLength(2);
    await linked.close();
  });

  it('defines every tag the elements render inside their shadow roots (their own imports kept by the build)', async () => {
    expect(await accountFormInnerElements(page)).toBeGreaterThan(0);
    expect(await undefinedTags(page)).toEqual([]);
  });
});
