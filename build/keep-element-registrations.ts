import type { Plugin } from 'vite';

/**
 * Vite/Rolldown plugin for every build made from `src/` (the package, the CDN build, Storybook, the
 * size benchmark): the element modules of `src/elements/` have a side effect, `customElements.define`,
 * so an `import './cp-account-password.js'` made only to register a tag is kept. `package.json`
 * `sideEffects` describes the shipped files (`dist/`, `cdn/`) for hosts' bundlers, not the sources,
 * so without this a build from `src/` would drop those imports and leave tags undefined.
 */
export function keepElementRegistrations(): Plugin {
  return {
    name: 'cp-keep-element-registrations',
    transform(code, id) {
      return /\/src\/elements\/.+\.ts$/.test(id.split('?')[0] ?? '')
        ? { code, map: null, moduleSideEffects: true }
        : null;
    },
  };
}
