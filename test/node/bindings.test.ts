import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventType, qualify } from '../../build/bindings/event-types.js';
import { ideFiles, writeIdeData } from '../../build/bindings/make-ide-data.js';
import { eventPropName, reactSources } from '../../build/bindings/make-react.js';
import {
  namedEvents,
  publicElements,
  readManifest,
  readPublicApi,
  repoRoot,
} from '../../build/bindings/public-elements.js';
import { elementEntries } from '../../src/entries.js';

// The bindings and editor data are generated from custom-elements.json (`npm run generate`, which
// `npm test` runs first): these tests prove they cover every public element of the manifest, with
// each of its attributes and events, so an element added to the package gets them or a test fails.

const manifest = readManifest();
const api = readPublicApi();
const elements = publicElements(manifest, api);
const tags = elements.map((element) => element.tagName);

let outdir: string;
beforeAll(() => {
  mkdirSync(resolve(repoRoot, 'node_modules/.cache'), { recursive: true });
  outdir = mkdtempSync(resolve(repoRoot, 'node_modules/.cache/cp-kit-bindings-'));
  writeIdeData(outdir, elements, api);
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(outdir, file), 'utf8');

describe('the public elements (what every binding covers)', () => {
  it('include every element a host imports alone (src/entries.ts) and the shared ones exported from the root', () => {
    expect(tags).toEqual(expect.arrayContaining([...Object.keys(elementEntries), 'cp-data-table', 'cp-text-field']));
    for (const element of elements) expect(api.exported.has(element.className)).toBe(true);
  });

  it('leave out the inner pieces that the root does not export', () => {
    const all = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName);
    const inner = all.filter((d) => !api.exported.has(d.name)).map((d) => d.tagName);
    expect(inner).toContain('cp-account-password');
    expect(inner.filter((tag) => tags.includes(tag!))).toEqual([]);
    expect(elements.length + inner.length).toBe(all.length);
  });
});

describe('cp-kit/react (@lit/react wrappers)', () => {
  const sources = reactSources(elements, api);

  it('src/react is what the current manifest generates: one wrapper per public element and an index', () => {
    const onDisk = new Map(
      readdirSync(resolve(repoRoot, 'src/react')).map((file) => [
        file,
        readFileSync(resolve(repoRoot, 'src/react', file), 'utf8'),
      ]),
    );
    expect(onDisk).toEqual(sources);
    expect([...sources.keys()].sort()).toEqual([...tags.map((tag) => `${tag}.ts`), 'index.ts'].sort());
    for (const element of elements) {
      expect(sources.get('index.ts')).toContain(
        `export { ${element.className}, type ${element.className}Props } from './${element.tagName}.js';`,
      );
    }
  });

  it.each(elements.map((element) => [element.tagName, element] as const))(
    '<%s>: one event prop per event of the manifest, typed as its @fires tag says',
    (_tag, element) => {
      const source = sources.get(`${element.tagName}.ts`)!;
      expect(source).toContain(`tagName: '${element.tagName}'`);
      const events = namedEvents(element);
      expect(source.match(/^ {4}on\w+: '/gm) ?? []).toHaveLength(events.length);
      for (const event of events) {
        const type = eventType(event, api);
        expect(type.unresolved, `${event.name}: type names neither exported from src/index.ts nor global`).toEqual([]);
        if (event.type?.text) expect(type.text).toBe(event.type.text.trim());
        expect(source).toContain(`    ${eventPropName(event.name)}: '${event.name}' as EventName<${type.text}>,`);
      }
    },
  );

  it('names event props the React way', () => {
    expect(eventPropName('cp-change')).toBe('onCpChange');
    expect(eventPropName('cp-before-save')).toBe('onCpBeforeSave');
    expect(eventPropName('change')).toBe('onChange');
  });
});

describe('editor data and framework typings (dist/)', () => {
  it('package.json points hosts and editors at the generated files', () => {
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
      'web-types': string;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    expect(pkg.exports['./react']).toEqual({
      types: './dist/src/react/index.d.ts',
      default: './dist/src/react/index.js',
    });
    expect(pkg.exports['./jsx']).toEqual({ types: `./dist/${ideFiles.jsx}` });
    expect(pkg.exports['./vue']).toEqual({ types: `./dist/${ideFiles.vue}` });
    expect(pkg['web-types']).toBe(`./dist/${ideFiles.webTypes}`);
    expect(pkg.peerDependenciesMeta['react']?.optional).toBe(true);
  });

  it('VS Code custom data lists every public element with its attributes', () => {
    const data = JSON.parse(read(ideFiles.vscodeHtml)) as { tags: { name: string; attributes: { name: string }[] }[] };
    expect(data.tags.map((tag) => tag.name).sort()).toEqual(tags);
    for (const element of elements) {
      const entry = data.tags.find((tag) => tag.name === element.tagName)!;
      expect(entry.attributes.map((a) => a.name)).toEqual(
        expect.arrayContaining((element.declaration.attributes ?? []).map((a) => a.name)),
      );
    }
    const css = JSON.parse(read(ideFiles.vscodeCss)) as { properties: { name: string }[] };
    const cssProperties = new Set(
      elements.flatMap((element) => (element.declaration.cssProperties ?? []).map((p) => p.name)),
    );
    expect(new Set(css.properties.map((p) => p.name))).toEqual(cssProperties);
  });

  it('JetBrains web-types list every public element with its attributes and events', () => {
    const data = JSON.parse(read(ideFiles.webTypes)) as {
      contributions: {
        html: { elements: { name: string; attributes?: { name: string }[]; events?: { name: string }[] }[] };
      };
    };
    const entries = data.contributions.html.elements;
    expect(entries.map((entry) => entry.name).sort()).toEqual(tags);
    for (const element of elements) {
      const entry = entries.find((e) => e.name === element.tagName)!;
      expect((entry.attributes ?? []).map((a) => a.name)).toEqual(
        expect.arrayContaining((element.declaration.attributes ?? []).map((a) => a.name)),
      );
      expect((entry.events ?? []).map((e) => e.name)).toEqual(namedEvents(element).map((e) => e.name));
    }
  });

  it('Vue GlobalComponents declare every public element with an on<event> prop per event', () => {
    const vue = read(ideFiles.vue);
    expect(vue).toMatch(/declare module "vue" \{[^}]*interface GlobalComponents extends CustomElements/);
    for (const element of elements) {
      expect(vue).toContain(`"${element.tagName}": DefineComponent<${element.className}Props>;`);
      for (const event of namedEvents(element)) {
        const type = eventType(event, api);
        const key = /^[a-z]+$/.test(event.name) ? `on${event.name}` : `"on${event.name}"`; // quoted only when needed
        expect(vue).toContain(`${key}?: (e: CustomEvent<${qualify(type.detail, type.imports, 'cp-kit')}>) => void;`);
      }
    }
  });

  /** Type checks a React 19 app (strict, `jsx: react-jsx`) made of `files`; returns its errors. */
  function typecheckReactApp(files: Record<string, string>): string[] {
    const dir = mkdtempSync(join(outdir, 'app-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const options: ts.CompilerOptions = {
      strict: true,
      jsx: ts.JsxEmit.ReactJSX,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      skipLibCheck: true,
      noEmit: true,
      types: [],
      experimentalDecorators: true,
      useDefineForClassFields: false,
      paths: {
        'cp-kit': [resolve(repoRoot, 'src/index.ts')],
        'cp-kit/react': [resolve(repoRoot, 'src/react/index.ts')],
        'cp-kit/jsx': [join(outdir, ideFiles.jsx)],
      },
    };
    const roots = Object.keys(files).map((name) => join(dir, name));
    const program = ts.createProgram(roots, options);
    return roots
      .flatMap((root) => ts.getPreEmitDiagnostics(program, program.getSourceFile(root)))
      .map(
        (d) =>
          `${d.file ? `${d.file.fileName.slice(dir.length + 1)}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
  }

  // Each event's handler parameter must be exactly the manifest's event type, in both bindings.
  const equal =
    'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;\n';
  const eventChecks = elements
    .flatMap((element) =>
      namedEvents(element).map((event) => {
        const type = eventType(event, api);
        const expected = qualify(type.text, type.imports, 'cp-kit');
        const intrinsic = `NonNullable<React.JSX.IntrinsicElements['${element.tagName}']['on${event.name}']>`;
        const wrapper = `NonNullable<React.ComponentProps<typeof Kit.${element.className}>['${eventPropName(event.name)}']>`;
        return `export const jsx_${element.className}_${eventPropName(event.name)}: Equal<Parameters<${intrinsic}>[0], ${expected}> = true;
export const react_${element.className}_${eventPropName(event.name)}: Equal<Parameters<${wrapper}>[0], ${expected}> = true;\n`;
      }),
    )
    .join('');
  // The page of the issue: an IBAN input in a form, with a listener of its (first) event, as a tag
  // (React 19) and as a wrapper; then every other element once each way.
  const iban = elements.find((element) => element.tagName === 'cp-iban-input')!;
  const ibanEvent = namedEvents(iban)[0]!.name;
  const app = `import type * as React from 'react';
import * as Kit from 'cp-kit/react';

export function App() {
  return (
    <form>
      <cp-iban-input name="iban" required payment-note on${ibanEvent}={(event) => console.log(event.detail)} />
      {/* @ts-expect-error: misspelt property */}
      <cp-iban-input nmae="iban" />
      <Kit.CpIbanInput name="iban" required ${eventPropName(ibanEvent)}={(event) => console.log(event.detail)} />
      {/* @ts-expect-error: misspelt property */}
      <Kit.CpIbanInput nmae="iban" />
${elements.map((element) => `      <${element.tagName}></${element.tagName}>\n      <Kit.${element.className} />\n`).join('')}    </form>
  );
}
`;

  it('JSX IntrinsicElements (cp-kit/jsx) and the React wrappers type a strict React 19 app, every event as the manifest says', () => {
    const errors = typecheckReactApp({
      'app.tsx': `import type {} from 'cp-kit/jsx';\n${app}`,
      'events.ts': `import type {} from 'cp-kit/jsx';\nimport type * as React from 'react';\nimport type * as Kit from 'cp-kit/react';\n${equal}${eventChecks}`,
    });
    expect(errors).toEqual([]);
    expect(eventChecks.split('\n').filter(Boolean)).toHaveLength(
      2 * elements.reduce((n, e) => n + namedEvents(e).length, 0),
    );
  }, 120_000);

  it('without cp-kit/jsx the same app does not type check (the typings are what makes it pass)', () => {
    const errors = typecheckReactApp({ 'app.tsx': app });
    expect(
      errors.some((error) => error.includes("Property 'cp-iban-input' does not exist on type 'JSX.IntrinsicElements'")),
    ).toBe(true);
  }, 120_000);
});
