import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip sizes (level 9, kB) of a Vite app's JavaScript: what its page loads first, and the chunks it loads on demand. */
export interface BundleSizes {
  initial: number;
  lazy: number;
}

const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;

/**
 * Reads Vite's build manifest (`build.manifest: true`) of the app built in `dir`: the entry chunk
 * and its static imports are `initial`, every other JavaScript chunk is `lazy`.
 */
export function bundleSizes(dir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(dir, 'dist/.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const gzip = (file: string) => gzipSync(readFileSync(join(dir, 'dist', file)), { level: 9 }).length;
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const all = new Set(
    Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith('.js')),
  );
  const sum = (files: Iterable<string>) => kilobytes([...files].reduce((total, file) => total + gzip(file), 0));
  return { initial: sum(initial), lazy: sum([...all].filter((file) => !initial.has(file))) };
}
