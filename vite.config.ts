/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { cdnOutput } from './build/cdn-output.js';
import { hoistTransitiveImports } from './build/hoist-imports.js';
import { keepElementRegistrations } from './build/keep-element-registrations.js';
import { libraryEntries } from './build/library-entries.js';
import { minifyTemplates } from './build/minify-templates.js';

const root = import.meta.dirname;
/** Entry name → absolute path; the package build names each entry after its source path. */
const absolute = (entries: Record<string, string>, name: (key: string, path: string) => string) =>
  Object.fromEntries(Object.entries(entries).map(([key, path]) => [name(key, path), resolve(root, path)]));

/** Bundled third-party modules (the mock's fflate and hashes) go to `dist/vendor/`: npm never packs a `node_modules` folder. */
const packagePath = (chunk: { name: string }) => `${chunk.name.replace(/^node_modules\//, 'vendor/')}.js`;

/** Dependencies a host's bundler resolves once for the whole page: never copied into `dist/`. */
const external = [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^ibantools$/, /^react($|\/)/, /^msw($|\/)/, /^node:/];

/** Where `npm run build:demo` writes the static demo portal (gitignored). */
export const demoOutDir = 'demo-dist';

/**
 * `vite build --mode demo` (`npm run build:demo`): the demo portal (`index.html`, `stories/demo/`) as
 * a static site: the mock in the service worker (`public/mockServiceWorker.js` copied), each route's
 * elements in their own chunk. Relative `base` by default, so any static host serves it under any
 * sub-path (its routes are single path segments, `stories/demo/app-root.ts`); `DEMO_BASE=/path/`
 * gives an absolute one. The host must answer `index.html` for unknown paths (deep links), as
 * `vite preview` (`npm run preview:demo`) does.
 */
const demoConfig = (): UserConfig => ({
  base: process.env.DEMO_BASE ?? './',
  resolve: { alias: { tldts: resolve(root, 'build/demo-tldts.ts') } },
  plugins: [keepElementRegistrations(), minifyTemplates()],
  preview: { host: '127.0.0.1' },
  build: {
    outDir: demoOutDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // No modulepreload polyfill: every browser cp-kit supports has modulepreload.
    modulePreload: { polyfill: false },
  },
});

/**
 * One config, four uses:
 * - `vite` (npm start) serves the demo host page `index.html` with every element on the embedded mock;
 * - `vite build` builds the package for bundlers: ES modules with the source tree kept
 *   (`preserveModules`), so `package.json` `sideEffects` can name exactly the element modules
 *   (which register custom elements) and a host's bundler drops the rest; dependencies external;
 * - `vite build --mode cdn` builds `cdn/`, for a plain `<script type="module">` with no bundler:
 *   every dependency bundled, minified, one module per element on top of shared chunks
 *   (`build/cdn-output.ts`), each element importing all its chunks up front (`build/hoist-imports.ts`).
 * - `vite build --mode demo` builds the demo portal as a static site (`demoConfig` above).
 * Every build minifies the HTML and CSS of Lit's tagged templates (`build/minify-templates.ts`).
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'demo') return demoConfig();
  const cdn = mode === 'cdn';
  return {
    plugins: cdn
      ? [keepElementRegistrations(), minifyTemplates(), hoistTransitiveImports()]
      : [keepElementRegistrations(), minifyTemplates()],
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1' },
    build: cdn
      ? {
          outDir: 'cdn',
          emptyOutDir: true,
          copyPublicDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: { entry: absolute(libraryEntries.cdn, (key) => key), formats: ['es'] },
          rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: cdnOutput },
        }
      : {
          outDir: 'dist',
          emptyOutDir: true,
          copyPublicDir: false,
          target: 'es2022',
          minify: false,
          // Readable modules, no source maps: the package stays small and a debugger shows the code itself.
          sourcemap: false,
          lib: { entry: absolute(libraryEntries.package, (_, path) => path.replace(/\.ts$/, '')), formats: ['es'] },
          rolldownOptions: {
            external,
            output: { preserveModules: true, preserveModulesRoot: root, entryFileNames: packagePath },
          },
        },
    test: {
      include: ['test/node/**/*.test.ts'],
      environment: 'node',
    },
  };
});
