/**
 * Import boundaries of cp-kit (DESIGN.md, "Folders"), checked by `npx depcruise` in `npm test`:
 * domain → client → elements, the mock apart, and each element folder holding only its own code.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'element-to-sibling-internals',
      comment:
        "An element imports another element only through that element's own module (to register and type it); " +
        'what two elements share lives in src/elements/shared/.',
      severity: 'error',
      from: { path: '^src/elements/([^/]+)/' },
      to: {
        path: '^src/elements/[^/]+/',
        pathNot: ['^src/elements/$1/', '^src/elements/shared/', '^src/elements/([^/]+)/\\1[.]ts$'],
      },
    },
    {
      name: 'shared-to-element',
      comment: 'The shared pieces stand below the elements: they never import an element folder.',
      severity: 'error',
      from: { path: '^src/elements/shared/' },
      to: { path: '^src/elements/', pathNot: '^src/elements/shared/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'The domain (schemas, validators) imports neither i18n, the client, the elements nor the mock.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src/(i18n|client|elements|conformance)|mock-api)/' },
    },
    {
      name: 'client-below-elements',
      comment: 'The client speaks HTTP for anyone: it never imports an element or the mock.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { path: '^(src/(elements|conformance)|mock-api)/' },
    },
    {
      name: 'elements-take-their-sections',
      comment:
        'An element builds only the client sections it calls (ClientController, issue 16): importing the whole ' +
        "HTTP client would bundle every section's schemas and validators into it.",
      severity: 'error',
      from: { path: '^src/elements/' },
      to: { path: '^src/client/http-client[.]ts$' },
    },
    {
      name: 'mock-apart',
      comment: 'The mock backend implements the contract from the domain; it never imports the elements or the client.',
      severity: 'error',
      from: { path: '^mock-api/' },
      to: { path: '^src/(elements|client)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(src|mock-api)/' },
      // A type-only import is erased at build time and loads nothing: an EN catalogue
      // (`messages.en.ts`) takes its key type from the FR module that imports it on demand.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|cdn|storybook-static|src/react)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'] },
  },
};
