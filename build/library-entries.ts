import { elementEntries } from '../src/entries.js';

/**
 * The modules the builds start from, relative to the repository root.
 * - `package`: what `package.json` `exports` points at, by export subpath: each element, the index,
 *   the domain, the client, the autoloader, the React wrappers, the mock (browser and Node) and the mock's command line,
 *   the conformance suite (Node only) and its command line. The package
 *   build keeps the source tree, so each lands at `dist/<its path>.js`.
 * - `cdn`: what a plain `<script type="module">` loads, by file name in `cdn/`: each element, the
 *   index and the autoloader, with every dependency bundled.
 */
export const libraryEntries = {
  package: {
    '.': 'src/index.ts',
    './domain': 'src/domain/index.ts',
    './client': 'src/client/index.ts',
    './autoloader': 'src/autoloader.ts',
    // The @lit/react wrappers, generated from the manifest by `npm run generate` (build/bindings/).
    './react': 'src/react/index.ts',
    ...Object.fromEntries(Object.entries(elementEntries).map(([tag, path]) => [`./${tag}`, path])),
    './mock/browser': 'mock-api/browser-entry.ts',
    './mock/node': 'mock-api/node-entry.ts',
    './mock/cli': 'mock-api/cli.ts',
    './conformance': 'src/conformance/index.ts',
    './conformance/cli': 'src/conformance/cli.ts',
  },
  cdn: {
    index: 'src/index.ts',
    autoloader: 'src/autoloader.ts',
    ...elementEntries,
  },
} as const satisfies Record<string, Record<string, string>>;

/** Where the package build writes a source module: `src/a/b.ts` → `dist/src/a/b.js`. */
export const builtPath = (source: string): string => `dist/${source.replace(/\.ts$/, '.js')}`;

/** Where `tsc` writes the declarations of a source module: `src/a/b.ts` → `dist/src/a/b.d.ts`. */
export const typesPath = (source: string): string => `dist/${source.replace(/\.ts$/, '.d.ts')}`;
