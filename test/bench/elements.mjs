// Elements benchmark (a script, not a test): in headless Chromium, on the mock's large set
// (100,000 structures; one user holding 10,000 profiles), it prints
// - cp-habilitations: the first render of the 10,000-row list (goal ≤ 50 ms), the time of a filter
//   keystroke (goal ≤ 16 ms), and the whole element from connection to rows (loading 20 pages included);
// - cp-structure-picker: searches over the 100,000 structures from "Rechercher" to results painted,
//   going to the last page of a broad result (paged on the server), and how many searches typing a word sends (debounced and cancelled, never one per keystroke).
// The page (test/bench/elements.html) is served by Vite. Wall-clock times depend on the machine.
// Run: npm run bench:elements
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_FLAGS } from '../support/chromium-flags.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const { port } = server.httpServer.address();

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  protocolTimeout: 600_000,
  args: CHROMIUM_FLAGS,
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/test/bench/elements.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 180_000 });
  const run = (expression) => page.evaluate(expression);

  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`mock on the large set, in the page: ${ms(await run('bench.seedMs()'))} to generate and start`);
  const load = await run('bench.loadHabilitations()');
  console.log(`cp-habilitations: ${await run('bench.rowCount()')} profiles loaded through the client in ${ms(load)}`);

  const renders = [];
  for (let i = 0; i < 7; i += 1) renders.push(await run('bench.firstRender()'));
  console.log(
    `cp-habilitations: first render of 10,000 rows: median ${ms(median(renders))}, first ${ms(renders[0])} (goal ≤ 50 ms)`,
  );

  const keys = [];
  for (const text of ['c', 'ca', 'cas', 'cas ', 'cas 1', 'cas 12', 'cas 1', 'cas ', 'cas', 'ca', 'c', ''])
    keys.push(await run(`bench.keystroke(${JSON.stringify(text)})`));
  console.log(
    `cp-habilitations: filter keystroke over 10,000 rows: median ${ms(median(keys))}, max ${ms(Math.max(...keys))} (goal ≤ 16 ms)`,
  );

  console.log(
    `cp-habilitations: whole element, connection to rows painted (20 pages through the mock): ${ms(await run('bench.wholeElement()'))}`,
  );

  for (const [name, value] of [
    ['raisonSociale', 'commune'],
    ['identifiant', '300012'],
    ['codePostal', '75019'],
    ['ville', 'Troyes'],
  ]) {
    const times = [];
    let total = '';
    for (let i = 0; i < 3; i += 1) {
      const result = await run(`bench.pickerSearch(${JSON.stringify(name)}, ${JSON.stringify(value)})`);
      times.push(result.ms);
      total = result.total;
    }
    console.log(
      `cp-structure-picker: search ${name}=${value} over 100,000 structures: median ${ms(median(times))} (${total})`,
    );
  }
  const lastPages = [];
  let lastPage = '';
  for (let i = 0; i < 3; i += 1) {
    const result = await run('bench.pickerLastPage("sarl")');
    lastPages.push(result.ms);
    lastPage = result.page;
  }
  console.log(
    `cp-structure-picker: last page of "sarl" asked to the server, click to rows painted: median ${ms(median(lastPages))} (${lastPage})`,
  );
  const sent = await run('bench.pickerTyping("commune")');
  console.log(`cp-structure-picker: typing "commune" (7 keys, 30 ms apart) sent ${sent} search(es)`);
} finally {
  await browser.close();
  await server.close();
}
