import type { OutputOptions } from 'rolldown';

/** Output of the CDN build (`cdn/`). */
export const cdnOutput: OutputOptions = {
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  codeSplitting: {
    groups: [],
  },
};
