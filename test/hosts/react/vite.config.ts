import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A React 19 app as `npm create vite` makes it; the manifest lets the test tell the page's own bundle from lazy chunks.
export default defineConfig({ plugins: [react()], build: { manifest: true, target: 'es2022' } });
