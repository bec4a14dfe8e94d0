import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventType, qualify } from './event-types.js';
import {
  namedEvents,
  publicElements,
  readManifest,
  readPublicApi,
  repoRoot,
  type Manifest,
  type PublicApi,
  type PublicElement,
} from './public-elements.js';

/**
 * Typings and editor data shipped in `dist/`, generated from the manifest by the community
 * generators, fed with the public elements only (inner pieces are left out):
 * - `dist/jsx/index.d.ts` (`cp-kit/jsx`): JSX `IntrinsicElements` for React 19 (`react`,
 *   `react/jsx-runtime`) and other JSX runtimes, by `@wc-toolkit/jsx-types`;
 * - `dist/vue/index.d.ts` (`cp-kit/vue`): Vue `GlobalComponents`, by `custom-element-vuejs-integration`;
 * - `dist/vscode/html-custom-data.json` and `css-custom-data.json`: VS Code's `html.customData` and
 *   `css.customData`, by `custom-element-vs-code-integration`;
 * - `dist/web-types.json` (package.json `web-types`): JetBrains IDEs, by `custom-element-jet-brains-integration`.
 * `npm run build` writes them after the library build (which empties `dist/`).
 */

/** The module the typings import the element classes and event detail types from. */
const packageName = 'cp-kit';

/** Paths of the generated files, relative to the output directory. */
export const ideFiles = {
  jsx: 'jsx/index.d.ts',
  vue: 'vue/index.d.ts',
  vscodeHtml: 'vscode/html-custom-data.json',
  vscodeCss: 'vscode/css-custom-data.json',
  webTypes: 'web-types.json',
} as const;

type EventTypeText = (event: ReturnType<typeof eventType>) => string;

/**
 * A manifest holding the public elements only, each in its own module exporting its class, with the
 * event types the typings need (`eventText`), and without the attributes that have no field of their
 * own (`lang`: the frameworks' base attributes cover it; the generators would type it as `undefined`).
 */
function publicManifest(
  elements: readonly PublicElement[],
  api: PublicApi,
  eventText: EventTypeText,
  attributesWithoutField: boolean,
): Manifest {
  return {
    schemaVersion: '2.1.0',
    modules: elements.map((element) => ({
      kind: 'javascript-module',
      path: element.modulePath,
      declarations: [
        {
          ...structuredClone(element.declaration),
          attributes: element.declaration.attributes?.filter(
            (attribute) => attributesWithoutField || attribute.fieldName,
          ),
          events: namedEvents(element).map((event) => ({ ...event, type: { text: eventText(eventType(event, api)) } })),
        },
      ],
      exports: [
        { kind: 'js', name: element.className, declaration: { name: element.className, module: element.modulePath } },
        {
          kind: 'custom-element-definition',
          name: element.tagName,
          declaration: { name: element.className, module: element.modulePath },
        },
      ],
    })),
  };
}

/** Writes the files of `ideFiles` under `outdir`; returns their paths. */
export function writeIdeData(outdir: string, elements: readonly PublicElement[], api: PublicApi): string[] {
  const toPackage = (type: { text: string; imports: string[] }) => qualify(type.text, type.imports, packageName);
  const forTypes = publicManifest(elements, api, toPackage, false);
  const forEditors = publicManifest(elements, api, (type) => type.text, true);
  const write = (file: string, content: string) => {
    const path = resolve(outdir, file);
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };

  const jsx = generateJsxTypes(forTypes as never, {
    componentTypePath: () => packageName,
    fileName: undefined as never,
  });
  if (!jsx) throw new Error('@wc-toolkit/jsx-types produced nothing');

  // The Vue generator writes its file itself and takes an event's type as the type of its detail.
  const forVue = publicManifest(elements, api, (type) => qualify(type.detail, type.imports, packageName), false);
  const vueDir = resolve(outdir, ideFiles.vue, '..');
  mkdirSync(vueDir, { recursive: true });
  generateVuejsTypes(forVue, {
    outdir: vueDir,
    fileName: 'index.d.ts',
    componentTypePath: () => packageName,
    hideLogs: true,
  });

  const editorOptions = { hideLogs: true, descriptionSrc: 'description' };
  return [
    write(ideFiles.jsx, jsx),
    resolve(outdir, ideFiles.vue),
    write(
      ideFiles.vscodeHtml,
      getVsCodeHtmlCustomData(forEditors as never, { ...editorOptions, htmlFileName: null, cssFileName: null }),
    ),
    write(
      ideFiles.vscodeCss,
      getVsCodeCssCustomData(forEditors as never, { ...editorOptions, htmlFileName: null, cssFileName: null }),
    ),
    write(
      ideFiles.webTypes,
      getWebTypesData(forEditors as never, { ...editorOptions, packageJson: false, webTypesFileName: null }),
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const api = readPublicApi();
  const elements = publicElements(readManifest(), api);
  const files = writeIdeData(resolve(repoRoot, 'dist'), elements, api);
  console.log(`dist: JSX, Vue, VS Code and JetBrains data for ${elements.length} elements (${files.length} files)`);
}
