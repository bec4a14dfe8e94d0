import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

/**
 * The package's public elements, read from the custom-elements manifest (`npm run analyze`) and the
 * package root `src/index.ts`: a custom element of the manifest is public when its class is exported
 * from the root. Inner pieces (`<cp-account-password>`, `<cp-rattachement-request>`…) are in the
 * manifest too but not exported: no binding, IDE entry or docs page is made for them.
 * Every generator (React, JSX, Vue, VS Code, JetBrains) and every check starts from here.
 */

/** The parts of a custom-elements manifest (schema 2.x) that the generators read. */
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[]; exports?: unknown[] }[];
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  description?: string;
  attributes?: { name: string; fieldName?: string; description?: string; type?: { text: string } }[];
  events?: ManifestEvent[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  [key: string]: unknown;
}
export interface ManifestEvent {
  name?: string;
  description?: string;
  type?: { text: string };
}

/** One public element: its tag, its class, the source module that defines it, its manifest entry. */
export interface PublicElement {
  tagName: string;
  className: string;
  /** Path of the defining module as the manifest gives it, e.g. `src/elements/cp-iban-input/cp-iban-input.ts`. */
  modulePath: string;
  declaration: ManifestDeclaration;
}

/** Names the package root exports, and type names that resolve with no import (DOM and ES lib). */
export interface PublicApi {
  exported: ReadonlySet<string>;
  global: ReadonlySet<string>;
}

export const repoRoot = resolve(import.meta.dirname, '../..');

/** Reads `custom-elements.json` (written by `npm run analyze`). */
export function readManifest(root = repoRoot): Manifest {
  return JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as Manifest;
}

/** What `src/index.ts` exports (through every `export *`), and the global type names, via the TypeScript checker. */
export function readPublicApi(root = repoRoot): PublicApi {
  const index = resolve(root, 'src/index.ts');
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  const program = ts.createProgram([index], { ...config?.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!source || !moduleSymbol) throw new Error(`cannot read the exports of ${index}`);
  const exported = new Set(checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.name));
  const global = new Set(
    checker
      .getSymbolsInScope(source, ts.SymbolFlags.Type)
      .filter((symbol) =>
        symbol.declarations?.every(
          (d) => d.getSourceFile().isDeclarationFile && program.isSourceFileDefaultLibrary(d.getSourceFile()),
        ),
      )
      .map((symbol) => symbol.name),
  );
  return { exported, global };
}

/** The manifest's custom elements whose class the package root exports, sorted by tag. */
export function publicElements(manifest: Manifest, api: PublicApi): PublicElement[] {
  const elements: PublicElement[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName || !api.exported.has(declaration.name)) continue;
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        modulePath: module.path,
        declaration,
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The events of an element that have a name (a `dispatchEvent` with a computed name has none in the manifest). */
export function namedEvents(element: PublicElement): (ManifestEvent & { name: string })[] {
  return (element.declaration.events ?? []).filter((event): event is ManifestEvent & { name: string } =>
    Boolean(event.name),
  );
}
