/**
 * Where the portal is served from: the site's root, which may be a sub-path of a static host
 * (`https://example.org/cp-kit-demo/`). The production build (`npm run build:demo`, relative `base`)
 * puts this module in `<root>/assets/`; in development and in the browser tests it is served from its
 * source path `<root>/stories/demo/`. Routes and the mock's worker script are resolved against it.
 */
export const appRoot = (): URL =>
  new URL(new URL(import.meta.url).pathname.includes('/assets/') ? '../' : '../../', import.meta.url);
