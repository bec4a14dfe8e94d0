import { defineConfig } from 'vite';
import { keepElementRegistrations } from '../build/keep-element-registrations.js';

/**
 * Storybook's own Vite config, kept apart from the library-mode `vite.config.ts`; it builds the
 * elements from `src/`, whose side-effect imports (tag registrations) must be kept.
 */
export default defineConfig({
  plugins: [keepElementRegistrations()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
