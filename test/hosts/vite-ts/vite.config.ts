import { defineConfig } from 'vite';

// A plain production build; the manifest lets the test tell the page's own bundle from lazy chunks.
export default defineConfig({ build: { manifest: true, target: 'es2022' } });
