// Custom-elements manifest (custom-elements.json) generated from the elements' sources and JSDoc;
// Storybook reads it for its docs and controls. Leaves package.json alone.
// `npm run analyze` then checks it with build/validate-manifest.mjs.

/**
 * Lists a module's exported TypeScript types (interfaces and type aliases, such as the detail types
 * of the events) among its exports: the analyzer only lists JavaScript values, and a reader of the
 * manifest (the validator, JSX and React type generators) needs to know that
 * `import type { X } from '<module>'` works.
 */
function exportedTypesPlugin() {
  return {
    name: 'cp-kit:exported-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isInterfaceDeclaration(node) && !ts.isTypeAliasDeclaration(node)) return;
      if (!ts.isSourceFile(node.parent) || !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
      const name = node.name.getText();
      moduleDoc.exports ??= [];
      if (!moduleDoc.exports.some((entry) => entry.name === name)) {
        moduleDoc.exports.push({ kind: 'js', name, declaration: { name, module: moduleDoc.path } });
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [exportedTypesPlugin()],
};
