// Size benchmark (a script, not a test): prints the gzip size of each cp-kit element built alone
// with lit and its validators bundled, of the host page of issue 16 (cp-session + cp-account-form +
// cp-iban-input), of the whole library, and of Lion's IBAN input (`@lion/ui` lion-input-iban)
// bundled the same way; then where the bytes of each initial load go, and each entry's budget
// (`test/bench/size-budgets.json`, checked by `npm test`).
// Run: npm run bench:size (with tsx, which loads the TypeScript modules); `npm run bench:size --
// --update` also rewrites the budgets file with each entry's initial load rounded up to 0.1 kB.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  autoloadedHostPage,
  autoloaderEntry,
  elementEntries,
  GROUPS,
  hostPageEntry,
  measureEntry,
  root,
} from './bundle-size.ts';
import { updateBudgets } from './size-budgets.ts';

const budgetsFile = join(root, 'test/bench/size-budgets.json');
const budgetsText = readFileSync(budgetsFile, 'utf8');
const budgets = JSON.parse(budgetsText);

const rows = [];
for (const [tag, path] of elementEntries()) rows.push([tag, await measureEntry(path)]);
rows.push(['host page', await measureEntry(hostPageEntry)]);
rows.push(['whole library', await measureEntry(join(root, 'src/index.ts'))]);
rows.push(['autoloader', await measureEntry(autoloaderEntry)]);
rows.push(['autoloaded host page', await measureEntry(autoloaderEntry, autoloadedHostPage)]);

// The Lion entry lives under node_modules so that it resolves @lion/ui like a host project would.
const tmp = join(root, 'node_modules/.cache/cp-size');
mkdirSync(tmp, { recursive: true });
try {
  const lionEntry = join(tmp, 'lion-input-iban.js');
  writeFileSync(lionEntry, "import '@lion/ui/define/lion-input-iban.js';\n");
  // Lion fetches its `fr-FR` and `fr` translations on connect.
  const frenchTranslations = (id) => /\/translations\/fr(-FR)?\.js$/.test(id);
  rows.push(['lion-input-iban', await measureEntry(lionEntry, frenchTranslations)]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const width = Math.max(...rows.map(([name]) => name.length));
console.log('\nGzip sizes (level 9, kB) of minified ES2022 bundles, every dependency inlined, our Lit');
console.log("templates' HTML/CSS minified as in the library build. host page = cp-session + cp-account-form +");
console.log(
  'cp-iban-input in one app; whole library = `cp-kit` (every element, eager); autoloader = `cp-kit/autoloader`',
);
console.log('alone (the whole kit, each element loaded when its tag appears); autoloaded host page = the host page');
console.log('through the autoloader; lion-input-iban = @lion/ui 0.21 bundled the same way.');
console.log('initial = entry + static imports + translations a French page fetches (loaded before the element works);');
console.log(
  'all = with every lazy chunk (other languages). budget: the most `initial` may weigh (npm test checks it);',
);
console.log('initial.00 = initial to two decimals, to see how close it is to its budget.\n');
console.log(`${'entry'.padEnd(width)}  initial      all  chunks     budget  initial.00`);
for (const [name, m] of rows) {
  const { budget, goal } = budgets[name] ?? {};
  const limit = budget === undefined ? '' : `${budget.toFixed(1)}${m.initial > budget * 1024 ? ' OVER' : ''}`;
  console.log(
    `${name.padEnd(width)}  ${kb(m.initial).padStart(7)}  ${kb(m.all).padStart(7)}  ${String(m.chunks).padStart(6)}  ${limit.padStart(9)}  ${(m.initial / 1024).toFixed(2).padStart(10)}  ${goal === undefined ? '' : `goal ≤ ${goal}`}`,
  );
}

console.log('\nWhere the initial bytes go (gzip kB; each group gzipped alone, scaled to the total):');
console.log('lit = lit, lit-html, @lit/*; schemas = src/domain/schemas (response validation); catalogues = FR');
console.log(
  'messages (EN ones lazy); styles = styles and tokens; templates = the rest of src/elements (templates, logic);',
);
console.log("domain = validators, CSV, errors; other = bundler glue and unmapped bytes (with a lazy chunk, Vite's");
console.log('preload helper, about 0.65 kB, which any host app that splits its code already has).\n');
const names = GROUPS.map((g) => g.name);
console.log(`${'entry'.padEnd(width)}  ${names.map((n) => n.padStart(Math.max(5, n.length))).join(' ')}`);
for (const [name, m] of rows)
  console.log(`${name.padEnd(width)}  ${names.map((n) => kb(m.groups[n]).padStart(Math.max(5, n.length))).join(' ')}`);

const ours = rows.find(([name]) => name === 'cp-iban-input');
const lion = rows.find(([name]) => name === 'lion-input-iban');
console.log(
  `\ncp-iban-input is ${((100 * ours[1].initial) / lion[1].initial).toFixed(0)} % of lion-input-iban (initial load).`,
);

if (process.argv.includes('--update')) {
  const updated = updateBudgets(budgetsText, new Map(rows.map(([name, m]) => [name, m.initial])));
  writeFileSync(budgetsFile, updated);
  console.log(
    updated === budgetsText
      ? '\n--update: every budget already is its initial load rounded up to 0.1 kB; test/bench/size-budgets.json unchanged.'
      : '\n--update: test/bench/size-budgets.json rewritten (each budget = initial rounded up to 0.1 kB); see git diff.',
  );
}
