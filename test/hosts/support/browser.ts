import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Chromium, headless, quiet on a closed network (see TOOLCHAIN.md). */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}
