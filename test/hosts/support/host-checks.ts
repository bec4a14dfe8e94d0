import type { Page } from 'puppeteer-core';

/** A valid French IBAN as a user types it, and as the form submits it. */
export const TYPED_IBAN = 'FR76 3000 6000 0112 3456 7890 189';
export const SUBMITTED_IBAN = 'FR7630006000011234567890189';

/** The tags among `tags` that the page has defined. */
export function definedTags(page: Page, tags: readonly string[]): Promise<string[]> {
  return page.evaluate((names) => names.filter((tag) => customElements.get(tag)), [...tags]);
}

/**
 * Types {@link TYPED_IBAN} into the page's cp-iban-input, waits for the host's change listener to
 * write a valid detail into `#last-change`, and returns what it wrote.
 */
export async function typeIban(page: Page): Promise<unknown> {
  const input = await page.waitForSelector('cp-iban-input >>> #iban');
  await input!.type(TYPED_IBAN);
  await page.waitForFunction(() => document.querySelector('#last-change')?.textContent?.includes('"valid":true'));
  return page.$eval('#last-change', (output) => JSON.parse(output.textContent ?? '{}') as unknown);
}

/** Submits the page's form and returns the IBAN its submit handler read from FormData (into `data-submitted` of `holder`). */
export async function submitForm(page: Page, holder: string): Promise<string | undefined> {
  await page.locator('form button').click();
  await page.waitForFunction(
    (selector) => (document.querySelector(selector) as HTMLElement | null)?.dataset['submitted'],
    {},
    holder,
  );
  return page.$eval(holder, (element) => (element as HTMLElement).dataset['submitted']);
}

/** Waits until cp-account-form shows `name` (in its text or fields, shadow roots included). */
export async function waitForAccountOf(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const text = (root: ShadowRoot | null | undefined): string =>
        root
          ? [...root.querySelectorAll('*')]
              .map((node) => (node.shadowRoot ? text(node.shadowRoot) : '') + ((node as HTMLInputElement).value ?? ''))
              .join(' ') + root.textContent
          : '';
      return text(document.querySelector('cp-account-form')?.shadowRoot).includes(wanted);
    },
    { timeout: 20_000 },
    name,
  );
}

/** How many of cp-account-form's own sub-elements (password block, error summary) it rendered. */
export function accountFormInnerElements(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.querySelector('cp-account-form')?.shadowRoot?.querySelectorAll('cp-account-password, cp-error-summary')
        .length ?? 0,
  );
}
