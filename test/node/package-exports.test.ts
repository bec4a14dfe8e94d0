import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { elementEntries } from '../../src/entries.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, { types: string; import: string }>;
};

describe('package exports (a host can import one element alone)', () => {
  it.each(Object.entries(elementEntries))('exports %s with its module and its type declarations', (tag, source) => {
    expect(pkg.exports[`./${tag}`]).toEqual({
      types: `./dist/types/${source.replace(/\.ts$/, '.d.ts')}`,
      import: `./dist/${tag}.js`,
    });
  });

  it('exports nothing that the build does not produce', () => {
    const built = new Set(['.', './domain', ...Object.keys(elementEntries).map((tag) => `./${tag}`)]);
    expect(Object.keys(pkg.exports).filter((key) => !built.has(key))).toEqual([]);
  });
});
