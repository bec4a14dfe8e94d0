// Bundle size of one entry as a host application's production build would make it: every
// dependency inlined, fully minified (not library mode, which keeps whitespace), target ES2022,
// production conditions, our Lit templates' HTML and CSS minified as in the library build.
// Used by `npm run bench:size` (figures and byte breakdown) and the size budgets of `npm test`.
import { decode } from '@jridgewell/sourcemap-codec';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { keepElementRegistrations } from '../../build/keep-element-registrations.js';
import { minifyTemplates } from '../../build/minify-templates.js';

export const root = resolve(import.meta.dirname, '../..');

/** The element entries of `src/entries.ts` (read as text: Node 20 does not import TypeScript), tag → absolute path. */
export function elementEntries(): [string, string][] {
  const text = readFileSync(join(root, 'src/entries.ts'), 'utf8');
  return [...text.matchAll(/'([^']+)':\s*'([^']+)'/g)].map((m) => [m[1]!, join(root, m[2]!)]);
}

/** The element modules of the host page of issue 16. */
const hostPageModules = ['cp-session/cp-session', 'cp-account-form/cp-account-form', 'cp-iban-input/cp-iban-input'].map(
  (path) => join(root, 'src/elements', `${path}.ts`),
);

/** The host page of issue 16: cp-session, cp-account-form and cp-iban-input imported by one app. */
export const hostPageEntry = {
  id: '\0cp-host-page',
  code: hostPageModules.map((path) => `import ${JSON.stringify(path)};`).join('\n'),
};

/** The autoloader (`cp-kit/autoloader`) alone: what a host embedding the whole kit loads before any tag appears. */
export const autoloaderEntry = join(root, 'src/autoloader.ts');

/** The same host page with the whole kit through the autoloader: the lazy chunks its three tags load count as initial. */
export const autoloadedHostPage = (moduleId: string): boolean => hostPageModules.includes(moduleId);

/**
 * Where bytes go, by the source file a minified byte maps back to (the bundle's source map), in
 * the order printed. A source matches the first group whose test it passes.
 */
export const GROUPS: { name: string; test: (source: string) => boolean }[] = [
  { name: 'lit', test: (s) => /\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs)\//.test(s) },
  { name: 'zod', test: (s) => s.includes('/node_modules/zod/') },
  { name: 'schemas', test: (s) => s.includes('/src/domain/schemas/') },
  { name: 'ibantools', test: (s) => s.includes('/node_modules/ibantools/') },
  { name: 'catalogues', test: (s) => /\/src\/.*messages[^/]*\.ts$/.test(s) },
  { name: 'styles', test: (s) => /\/src\/elements\/.*(styles|tokens)\.ts$/.test(s) },
  { name: 'templates', test: (s) => s.includes('/src/elements/') },
  { name: 'client', test: (s) => s.includes('/src/client/') },
  { name: 'domain', test: (s) => s.includes('/src/domain/') },
  { name: 'i18n', test: (s) => s.includes('/src/i18n/') },
  { name: 'other', test: () => true },
];

const gz = (code: string | Buffer): number => gzipSync(code, { level: 9 }).length;

export interface EntrySize {
  /** Gzip bytes of what loads before the element works. */
  initial: number;
  /** Gzip bytes of every chunk, lazy ones included. */
  all: number;
  chunks: number;
  /** Gzip bytes of the initial load by group (estimated share, summing to `initial`). */
  groups: Record<string, number>;
}

/** An entry's production bundle: every chunk, and those that load before the element works. */
export interface EntryBundle {
  chunks: Rolldown.OutputChunk[];
  /** The entry and its static imports, plus the lazy chunks the page fetches (with their static imports). */
  initial: Rolldown.OutputChunk[];
}

/**
 * Bundles `entry` (a path, or a virtual module `{ id, code }`) as a host's production build would.
 * `loaded(moduleId)` tells which lazy modules the page also loads before the element is usable
 * (translations of the page's language); the other lazy chunks (the EN catalogues of our elements
 * on a French page) are not `initial`.
 */
export async function bundleEntry(
  entry: string | { id: string; code: string },
  loaded: (moduleId: string) => boolean = () => false,
): Promise<EntryBundle> {
  const virtual = typeof entry === 'string' ? undefined : entry;
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [
      keepElementRegistrations(),
      minifyTemplates(),
      ...(virtual
        ? [
            {
              name: 'cp-bench-entry',
              resolveId: (id: string) => (id === virtual.id ? id : null),
              load: (id: string) => (id === virtual.id ? virtual.code : null),
            },
          ]
        : []),
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: { conditions: ['production', 'browser', 'module', 'import', 'default'] },
    build: {
      write: false,
      minify: true,
      sourcemap: true,
      target: 'es2022',
      rolldownOptions: {
        input: virtual ? virtual.id : entry,
        preserveEntrySignatures: 'allow-extension',
      },
    },
  });
  const outputs = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  const chunks = outputs.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const initial = new Set<string>();
  const visit = (name: string): void => {
    if (initial.has(name)) return;
    initial.add(name);
    chunks.find((c) => c.fileName === name)?.imports.forEach(visit);
  };
  visit(chunks.find((c) => c.isEntry)!.fileName);
  chunks.filter((c) => Object.keys(c.modules).some(loaded)).forEach((c) => visit(c.fileName));
  return { chunks, initial: chunks.filter((c) => initial.has(c.fileName)) };
}

/** Bundles `entry` (see `bundleEntry`) and measures it. */
export async function measureEntry(
  entry: string | { id: string; code: string },
  loaded: (moduleId: string) => boolean = () => false,
): Promise<EntrySize> {
  const { chunks, initial } = await bundleEntry(entry, loaded);
  const initialBytes = initial.reduce((n, c) => n + gz(c.code), 0);
  return {
    initial: initialBytes,
    all: chunks.reduce((n, c) => n + gz(c.code), 0),
    chunks: chunks.length,
    groups: breakdown(initial, initialBytes),
  };
}

/**
 * Splits the minified code of `chunks` by group through their source maps (each mapped segment
 * runs to the next one, as source-map-explorer counts), gzips each group's code alone and scales
 * the results so that they sum to `total` gzip bytes.
 */
function breakdown(chunks: Rolldown.OutputChunk[], total: number): Record<string, number> {
  const parts = new Map<string, string[]>(GROUPS.map((g) => [g.name, []]));
  for (const chunk of chunks) {
    const map = chunk.map!;
    const groupOf = map.sources.map((source) => GROUPS.find((g) => g.test(resolve(root, source)))!.name);
    const lines = chunk.code.split('\n');
    decode(map.mappings).forEach((segments, line) => {
      const text = lines[line] ?? '';
      let start = 0;
      let group = 'other';
      for (const segment of segments) {
        parts.get(group)!.push(text.slice(start, segment[0]));
        start = segment[0];
        group = segment.length > 1 ? groupOf[segment[1]!]! : 'other';
      }
      parts.get(group)!.push(`${text.slice(start)}\n`);
    });
  }
  const raw = Object.fromEntries([...parts].map(([name, texts]) => [name, texts.join('') ? gz(texts.join('')) : 0]));
  const sum = Object.values(raw).reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries(Object.entries(raw).map(([name, bytes]) => [name, (bytes * total) / sum]));
}
