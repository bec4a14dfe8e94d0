import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { publicElements, readManifest, readPublicApi, repoRoot } from './bindings/public-elements.js';

/**
 * Run after `storybook build` (`npm run build-storybook`): every public element of the manifest must
 * have a story file whose meta names it (`component: '<tag>'`, which feeds the docs page from the
 * manifest) and a docs page for that file in `storybook-static/index.json`. Exits 1 with the list
 * of what is missing, so a new element without stories fails the Storybook build.
 */

interface IndexEntry {
  type: 'docs' | 'story';
  id: string;
  importPath: string;
}

/** Story files by the tag their meta's `component` names. */
function storyFilesByComponent(storiesDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(storiesDir)) {
    if (!file.endsWith('.stories.ts')) continue;
    const component = /^\s*component:\s*'([a-z0-9-]+)'/m.exec(readFileSync(resolve(storiesDir, file), 'utf8'))?.[1];
    if (component) files.set(component, `./stories/${file}`);
  }
  return files;
}

export function missingDocs(root = repoRoot): { tags: string[]; problems: string[] } {
  const api = readPublicApi(root);
  const tags = publicElements(readManifest(root), api).map((element) => element.tagName);
  const index = JSON.parse(readFileSync(resolve(root, 'storybook-static/index.json'), 'utf8')) as {
    entries: Record<string, IndexEntry>;
  };
  const docsFiles = new Set(
    Object.values(index.entries)
      .filter((entry) => entry.type === 'docs')
      .map((entry) => entry.importPath),
  );
  const storyFiles = storyFilesByComponent(resolve(root, 'stories'));
  const problems: string[] = [];
  for (const tag of tags) {
    const file = storyFiles.get(tag);
    if (!file) problems.push(`<${tag}>: no story file with component: '${tag}' in stories/`);
    else if (!docsFiles.has(file))
      problems.push(`<${tag}>: no docs entry for ${file} in storybook-static/index.json (autodocs tag?)`);
  }
  return { tags, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { tags, problems } = missingDocs();
  if (problems.length > 0) {
    console.error(`Storybook docs missing for ${problems.length} of ${tags.length} elements:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`Storybook: a docs page for each of the ${tags.length} public elements`);
}
