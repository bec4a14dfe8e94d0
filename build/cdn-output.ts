import type { OutputOptions } from 'rolldown';

/**
 * Output of the CDN build (`cdn/`): each element at the top level, shared code in `chunks/`.
 * Rolldown's automatic chunking is kept, so a page loads only code it uses (one shared chunk for
 * everything would make `cp-iban-input` load other elements' code, more than twice its own bytes);
 * `hoist-imports.ts` makes the many chunks cost one round trip. `minify` is set here because Vite's
 * library mode leaves the whitespace of ES output (keeping pure annotations for a host's bundler);
 * a browser loads `cdn/` as it is, so it gets it fully minified.
 */
export const cdnOutput: OutputOptions = {
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  minify: true,
};
