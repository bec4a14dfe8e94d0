import type { OutputOptions } from 'rolldown';

/**
 * Output of the CDN build (`cdn/`): each element at the top level, shared code in `chunks/`.
 * Rolldown's automatic chunking is kept, so a page loads only code it uses (one shared chunk for
 * everything would make `cp-iban-input` load other elements' code, more than twice its own bytes);
 * `hoist-imports.ts` makes the many chunks cost one round trip.
 */
export const cdnOutput: OutputOptions = {
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
};
