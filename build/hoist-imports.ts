import { dirname, posix } from 'node:path';
import type { Plugin } from 'vite';

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  code: string;
  map?: { mappings: string } | null;
}

/**
 * Vite/Rolldown plugin for the CDN build: each entry module imports every chunk it needs
 * transitively, not only its direct ones, so the browser learns the whole list from the entry and
 * fetches it in one round trip (a waterfall two levels deep) instead of discovering chunks level by
 * level. What Rollup's `hoistTransitiveImports` does, which Rolldown does not implement yet.
 *
 * The added imports come first, in the order the modules evaluated before (post-order of the
 * import graph), so evaluation order is unchanged; they sit on a line of their own and the source
 * map is shifted by that line.
 */
export function hoistTransitiveImports(): Plugin {
  return {
    name: 'cp-hoist-transitive-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const [fileName, output] of Object.entries(bundle))
        if (output.type === 'chunk') chunks.set(fileName, output as unknown as ChunkLike);
      for (const entry of chunks.values()) {
        if (!entry.isEntry) continue;
        const order = postOrder(entry, chunks);
        const hoisted = order.filter((fileName) => !entry.imports.includes(fileName));
        if (hoisted.length === 0) continue;
        const from = dirname(entry.fileName);
        const line = order.map((fileName) => `import"./${posix.relative(from, fileName)}";`).join('');
        entry.code = `${line}\n${entry.code}`;
        if (entry.map) entry.map.mappings = `;${entry.map.mappings}`;
      }
    },
  };
}

/** The chunks `entry` imports statically, directly or not, each once, in evaluation order. */
function postOrder(entry: ChunkLike, chunks: ReadonlyMap<string, ChunkLike>): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const next of chunks.get(fileName)?.imports ?? []) visit(next);
    order.push(fileName);
  };
  for (const fileName of entry.imports) visit(fileName);
  return order;
}
