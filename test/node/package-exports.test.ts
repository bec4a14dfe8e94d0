import { readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPath, libraryEntries, typesPath } from '../../build/library-entries.js';

interface Target {
  types: string;
  default: string;
}
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, Target | string | Record<string, Target>>;
  sideEffects: string[];
  bin: Record<string, string>;
};
const target = (source: string): Target => ({ types: `./${typesPath(source)}`, default: `./${builtPath(source)}` });

/** Every source module under `dir` that registers a custom element. */
function definingModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return definingModules(path);
    const text = entry.name.endsWith('.ts') ? readFileSync(path, 'utf8') : '';
    return /@customElement\(|customElements\.define\(/.test(text) ? [path] : [];
  });
}

describe('package exports (what a host imports)', () => {
  it.each(Object.entries(libraryEntries.package).filter(([key]) => !key.startsWith('./mock') && !key.endsWith('/cli')))(
    'exports %s with its module and its type declarations',
    (key, source) => {
      expect(pkg.exports[key]).toEqual(target(source));
    },
  );

  it('exports the mock for Node under the node condition and for the browser otherwise', () => {
    expect(pkg.exports['./mock']).toEqual({
      node: target(libraryEntries.package['./mock/node']),
      default: target(libraryEntries.package['./mock/browser']),
    });
    expect(pkg.bin['cp-kit-mock']).toBe(`./${builtPath(libraryEntries.package['./mock/cli'])}`);
  });

  it('ships the conformance suite as the cp-kit-conformance command, its module a side effect (it runs)', () => {
    const cli = `./${builtPath(libraryEntries.package['./conformance/cli'])}`;
    expect(pkg.bin['cp-kit-conformance']).toBe(cli);
    expect(pkg.sideEffects).toContain(cli);
  });

  it('exports the manifest, the CDN build and package.json', () => {
    expect(pkg.exports['./custom-elements.json']).toBe('./custom-elements.json');
    expect(pkg.exports['./cdn/*']).toBe('./cdn/*');
    expect(pkg.exports['./package.json']).toBe('./package.json');
  });

  it('marks every module that registers a custom element as a side effect, so that no bundler drops it', () => {
    const modules = definingModules('src');
    expect(modules.length).toBeGreaterThan(20);
    const dropped = modules.filter(
      (source) => !pkg.sideEffects.some((glob) => matchesGlob(`./${builtPath(source)}`, glob)),
    );
    expect(dropped).toEqual([]);
  });

  it('marks the domain and the client free of side effects, so that a host keeps only what it uses', () => {
    const kept = ['src/domain/index.ts', 'src/client/index.ts', 'src/domain/validators/iban.ts'].filter((source) =>
      pkg.sideEffects.some((glob) => matchesGlob(`./${builtPath(source)}`, glob)),
    );
    expect(kept).toEqual([]);
  });
});
