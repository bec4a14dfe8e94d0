/**
 * The cp-kit autoloader, for a host that embeds the whole kit without paying for it up front:
 * import `cp-kit/autoloader` once (or load `cdn/autoloader.js` in a `<script type="module">`), and
 * each cp-kit tag of the page loads its element the first time it appears, now or later (a route
 * shown, a dialog opened). A page pays for the elements it shows, not for the kit: the autoloader
 * itself is about 1 kB, where importing `cp-kit` (every element) is over 100 kB.
 *
 * It watches the document's light DOM. A tag inside a shadow root (a host's own component) is out of
 * its sight: the host calls `discover(shadowRoot)` after rendering it. Unknown `cp-` tags are left alone.
 */

/** Each element's module, by tag (the same modules as `cp-kit/<tag>`, see src/entries.ts). */
const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'cp-iban-input': () => import('./elements/cp-iban-input/cp-iban-input.js'),
  'cp-session': () => import('./elements/cp-session/cp-session.js'),
  'cp-account-form': () => import('./elements/cp-account-form/cp-account-form.js'),
  'cp-structure-manager': () => import('./elements/cp-structure-manager/cp-structure-manager.js'),
  'cp-structure-fiche': () => import('./elements/cp-structure-fiche/cp-structure-fiche.js'),
  'cp-service-manager': () => import('./elements/cp-service-manager/cp-service-manager.js'),
  'cp-rattachements': () => import('./elements/cp-rattachements/cp-rattachements.js'),
  'cp-habilitations': () => import('./elements/cp-habilitations/cp-habilitations.js'),
  'cp-structure-picker': () => import('./elements/shared/cp-structure-picker.js'),
  'cp-attachment-manager': () => import('./elements/cp-attachment-manager/cp-attachment-manager.js'),
  'cp-attachment-picker': () => import('./elements/cp-attachment-picker/cp-attachment-picker.js'),
  'cp-approbations': () => import('./elements/cp-approbations/cp-approbations.js'),
  'cp-structure-users': () => import('./elements/cp-structure-users/cp-structure-users.js'),
  'cp-gp-transfer': () => import('./elements/cp-gp-transfer/cp-gp-transfer.js'),
  'cp-bank-details': () => import('./elements/cp-bank-details/cp-bank-details.js'),
};

/** The tags the autoloader knows: every cp-kit element a host places itself. */
export const autoloadedTags: readonly string[] = Object.keys(loaders);

/** Loads under way or done, by tag: each module is imported once, whatever the number of discoveries. */
const loading = new Map<string, Promise<void>>();

function load(tag: string): Promise<void> {
  const loader = loaders[tag];
  if (!loader || customElements.get(tag)) return Promise.resolve();
  let done = loading.get(tag);
  if (!done) {
    done = loader().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag); // A failed download (offline, deployment in between) is tried again at the next discovery.
        throw error;
      },
    );
    loading.set(tag, done);
  }
  return done;
}

/**
 * Loads the element of every cp-kit tag not yet defined in `root` (itself included when it is an
 * element). Resolves once they are all defined; rejects when a module fails to load (a later
 * discovery tries it again). Call it for a shadow root the autoloader cannot see.
 */
export async function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && !customElements.get(root.localName)) tags.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) tags.add(element.localName);
  await Promise.all([...tags].map(load));
}

/** Discovers an added subtree, reporting a failed load as an uncaught error (the host's error monitoring sees it). */
const discoverAdded = (root: ParentNode): void => {
  discover(root).catch(reportError);
};

if (typeof document !== 'undefined') {
  discoverAdded(document.documentElement);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) discoverAdded(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
