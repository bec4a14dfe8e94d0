import type { Page } from 'puppeteer-core';

/**
 * The tags in the page, shadow roots included, that are custom elements never defined: what a
 * build that dropped an element module's `import './cp-….js'` leaves behind.
 */
export function undefinedTags(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.includes('-') && !customElements.get(element.localName)) found.add(element.localName);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return [...found].sort();
  });
}
