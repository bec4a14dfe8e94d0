// Demo portal benchmark (a script, not a test): the production build of the demo portal
// (`npm run build:demo`, built first when `demo-dist/` is missing or with `--build`) served as a
// static host would, under a sub-path (/cp-kit-demo/, index.html for unknown paths, gzip), and
// loaded cold in headless Chromium (a fresh browser context each time: no cache, no service worker
// yet) on a deep link. It prints, median of 5:
// - the time from navigation start to the first element interactive: Mon compte's form showing the
//   user's name in an input (goal ≤ 1 s), and to the first contentful paint (the portal's shell);
// - the bytes the host sent until then (gzip, the service worker's script included) and their raw size.
// Run: npm run bench:demo [-- --build]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS } from '../support/chromium-flags.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = join(root, 'demo-dist');
const SUB_PATH = '/cp-kit-demo/';
const RUNS = 5;

if (process.argv.includes('--build') || !existsSync(join(site, 'index.html'))) {
  const built = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'demo', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
/** Gzipped files, made once (a static host serves them precompressed). */
const gzipped = new Map();
/** Bytes of the bodies the host sent (the service worker's script included), and what they unpack to. */
const sent = { bytes: 0, raw: 0 };

/** The static host: `SUB_PATH` maps to `demo-dist/`; a path that is no file gets index.html (the portal's routes). */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (!path.startsWith(SUB_PATH)) return void res.writeHead(404).end();
  let file = normalize(join(site, path.slice(SUB_PATH.length)));
  if (!file.startsWith(site) || !statSync(file, { throwIfNoEntry: false })?.isFile()) file = join(site, 'index.html');
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
  const body = readFileSync(file);
  sent.raw += body.length;
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    sent.bytes += body.length;
    res.writeHead(200, headers).end(body);
    return;
  }
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
  sent.bytes += gzipped.get(file).length;
  res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}${SUB_PATH}mon-compte`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_FLAGS,
});

/** When Mon compte's form shows the user's name (the element is on screen and usable): ms since navigation start, or false. */
const formReady = () => {
  const form = document.querySelector('cp-account-form');
  const scopes = form?.shadowRoot ? [form.shadowRoot] : [];
  while (scopes.length > 0) {
    const scope = scopes.shift();
    const name = scope.querySelector('#f-nom');
    if (name?.value) return performance.now();
    scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
  }
  return false;
};

/** One cold load: times since navigation start, bytes the host sent until the element was interactive. */
async function coldLoad() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  sent.bytes = 0;
  sent.raw = 0;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const ready = await page.waitForFunction(formReady, { timeout: 30_000, polling: 'raf' });
  const interactiveMs = await ready.jsonValue();
  const headerMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  const bytes = { ...sent };
  await context.close();
  return { headerMs, interactiveMs, ...bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

try {
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await coldLoad());
  const interactive = median(runs.map((r) => r.interactiveMs));
  console.log(
    `demo portal, cold load of ${SUB_PATH}mon-compte (production build, static host, gzip), median of ${RUNS}:`,
  );
  console.log(`  first contentful paint:    ${median(runs.map((r) => r.headerMs)).toFixed(0)} ms`);
  console.log(
    `  first element interactive: ${interactive.toFixed(0)} ms (goal ≤ 1000 ms) ${interactive <= 1000 ? 'ok' : 'OVER'}`,
  );
  console.log(
    `  transferred:               ${kb(median(runs.map((r) => r.bytes)))} (${kb(median(runs.map((r) => r.raw)))} uncompressed)`,
  );
  console.log(`  runs (ms to interactive):  ${runs.map((r) => r.interactiveMs.toFixed(0)).join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
