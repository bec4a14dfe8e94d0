import { defineConfig } from 'vite';

/** Storybook's own Vite config, kept apart from the library-mode `vite.config.ts`. */
export default defineConfig({
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
