/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { elementEntries } from './src/entries.js';
import { minifyTemplates } from './build/minify-templates.js';

/**
 * One config, two uses:
 * - `vite` (npm start) serves the demo host page `index.html` with every element on the embedded mock;
 * - `vite build` builds the library: one ES entry per element plus an index and the domain module.
 *   The default build keeps lit/zod/ibantools external (for bundler users, who dedupe them);
 *   `vite build --mode cdn` bundles them, for a plain `<script type="module">` with no bundler.
 * Both builds minify the HTML and CSS of Lit's tagged templates (`build/minify-templates.ts`).
 */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  const entries: Record<string, string> = {
    index: resolve(import.meta.dirname, 'src/index.ts'),
    domain: resolve(import.meta.dirname, 'src/domain/index.ts'),
  };
  for (const [tag, path] of Object.entries(elementEntries)) entries[tag] = resolve(import.meta.dirname, path);
  return {
    plugins: [minifyTemplates()],
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1' },
    build: {
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: !cdn,
      copyPublicDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: cdn
        ? {}
        : { external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^ibantools$/] },
    },
    test: {
      include: ['test/node/**/*.test.ts'],
      environment: 'node',
    },
  };
});
