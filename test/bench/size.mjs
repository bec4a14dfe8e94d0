// Size benchmark (a script, not a test): prints the gzip size of each cp-kit element built alone
// with lit and its validators bundled, next to Lion's IBAN input (`@lion/ui` lion-input-iban)
// bundled the same way, and the size of the whole library.
// Bundled as a host application's build would (rolldown's full minification, not library mode,
// which keeps whitespace), with the HTML/CSS template minification the library build applies.
// Run: npm run bench:size (with tsx, which loads the TypeScript Vite plugin)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { keepElementRegistrations } from '../../build/keep-element-registrations.ts';
import { minifyTemplates } from '../../build/minify-templates.ts';

const root = resolve(import.meta.dirname, '../..');

/** The element entries of src/entries.ts (read as text: Node 20 does not import TypeScript). */
function elementEntries() {
  const text = readFileSync(join(root, 'src/entries.ts'), 'utf8');
  return [...text.matchAll(/'([^']+)':\s*'([^']+)'/g)].map((m) => [m[1], join(root, m[2])]);
}

const gz = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Bundles one entry with every dependency inlined and minified; returns gzip sizes in bytes.
 * `loaded(moduleId)` tells which lazy modules a French page also loads before the element is
 * usable (Lion fetches its `fr-FR` and `fr` translations on connect; ours are bundled).
 */
async function measure(entry, loaded = () => false) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [keepElementRegistrations(), minifyTemplates()],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: { input: entry, preserveEntrySignatures: 'allow-extension' },
    },
  });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((o) => o.type === 'chunk');
  // What loads before the element works: the entry and its static imports, plus the lazy chunks a
  // French page fetches (with their static imports); not the other lazy chunks.
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    chunks.find((c) => c.fileName === name)?.imports.forEach(visit);
  };
  visit(chunks.find((c) => c.isEntry).fileName);
  chunks.filter((c) => Object.keys(c.modules).some(loaded)).forEach((c) => visit(c.fileName));
  return {
    initial: chunks.filter((c) => initial.has(c.fileName)).reduce((n, c) => n + gz(c.code), 0),
    all: chunks.reduce((n, c) => n + gz(c.code), 0),
    chunks: chunks.length,
  };
}

const rows = [];
for (const [tag, path] of elementEntries()) rows.push([`${tag} (lit + validators bundled)`, await measure(path)]);

// The Lion entry lives under node_modules so that it resolves @lion/ui like a host project would.
const tmp = join(root, 'node_modules/.cache/cp-size');
mkdirSync(tmp, { recursive: true });
try {
  const lionEntry = join(tmp, 'lion-input-iban.js');
  writeFileSync(lionEntry, "import '@lion/ui/define/lion-input-iban.js';\n");
  const frenchTranslations = (id) => /\/translations\/fr(-FR)?\.js$/.test(id);
  rows.push(['lion-input-iban (@lion/ui 0.21, same bundling)', await measure(lionEntry, frenchTranslations)]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
rows.push(['whole cp-kit library (src/index.ts)', await measure(join(root, 'src/index.ts'))]);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`.padStart(9);
const width = Math.max(...rows.map(([name]) => name.length));
console.log('\nGzip sizes (level 9) of minified ES2022 bundles, every dependency inlined.');
console.log('HTML/CSS of our Lit templates minified as in the library build.');
console.log('initial = entry + static imports + translations a French page fetches (loaded before the element works);');
console.log('all = with every lazy chunk (other languages).\n');
for (const [name, m] of rows)
  console.log(`${name.padEnd(width)}  initial ${kb(m.initial)}   all ${kb(m.all)}   ${m.chunks} chunk(s)`);
const ours = rows.find(([name]) => name.startsWith('cp-iban-input'));
const lion = rows.find(([name]) => name.startsWith('lion-input-iban'));
if (ours && lion)
  console.log(
    `\ncp-iban-input is ${((100 * ours[1].initial) / lion[1].initial).toFixed(0)} % of lion-input-iban (initial load).`,
  );
