import { html, waitUntil } from '@open-wc/testing';
import '../../src/elements/cp-habilitations/cp-habilitations.js';
import '../../src/elements/cp-rattachements/cp-rattachements.js';
import type { CpSession } from '../../src/elements/cp-session/cp-session.js';
import { button, deepQuery, textOf } from './cp-account-form-support.js';
import { mountAs as mountInSession, type SeedUser } from './support/mount.js';

/** Helpers of the membership elements' browser tests (cp-structure-picker, cp-rattachements, cp-habilitations). */

/** Mounts elements in a `<cp-session>` of a seed user; waits until the first element shows `readyText`. */
export async function mountAs(user: SeedUser, content: ReturnType<typeof html>, readyText: string): Promise<CpSession> {
  const { session } = await mountInSession(
    user,
    content,
    (el) => textOf(el).includes(readyText),
    `"${readyText}" shows`,
    {
      timeout: 8000,
    },
  );
  return session;
}

/** Types into a text field found by CSS selector (deep), as the `input` event of a user. */
export function typeInto(root: Element, selector: string, value: string): void {
  const input = deepQuery<HTMLInputElement | HTMLTextAreaElement>(root, selector);
  if (!input) throw new Error(`no field ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Chooses an option of a `<select>` found by CSS selector (deep). */
export function choose(root: Element, selector: string, value: string): void {
  const select = deepQuery<HTMLSelectElement>(root, selector);
  if (!select) throw new Error(`no select ${selector}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Waits until the element's text (shadow roots included) contains `text`. */
export const waitForText = (root: Element, text: string, timeout = 8000): Promise<void> =>
  waitUntil(() => textOf(root).includes(text), `"${text}" shows`, { timeout });

/** The checkbox of a table row whose text contains `text`. */
export function rowCheckbox(root: Element, text: string): HTMLInputElement {
  const rows = deepAll(root, 'tr[part~="row"]');
  const row = rows.find((r) => (r.textContent ?? '').includes(text) && r.querySelector('input[type="checkbox"]'));
  const box = row?.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!box) throw new Error(`no row "${text}" with a checkbox`);
  return box;
}

/** The action button of a table row whose text contains `text`. */
export function rowAction(root: Element, text: string): HTMLButtonElement {
  const row = deepAll(root, 'tr[part~="row"]').find((r) => (r.textContent ?? '').includes(text));
  const action = row?.querySelector<HTMLButtonElement>('button');
  if (!action) throw new Error(`no row "${text}" with an action`);
  return action;
}

/**
 * Opens the request for the one structure of `siret` as a user clicks through it (RAT-2, RAT-4):
 * "Demander un rattachement", the SIRET in the identifiant criterion, the structure's row ticked in
 * the picker (not the user's own row of it: his list has tick boxes too), "Choisir les structures
 * sélectionnées (1)". Resolves once the request form shows.
 */
export async function openRequestFor(list: Element, siret: string): Promise<void> {
  button(list, 'Demander un rattachement').click();
  await waitForText(list, 'Conseil : recherchez');
  typeInto(list, '#sp-identifiant', siret);
  const picker = deepQuery(list, 'cp-structure-picker')!;
  await waitForText(picker, '1 résultat');
  rowCheckbox(picker, siret).click();
  await waitUntil(() => !button(list, /Choisir les structures sélectionnées/).disabled, 'the choice is enabled');
  button(list, 'Choisir les structures sélectionnées (1)').click();
  await waitUntil(() => deepQuery(list, '#rq-commentaire') !== null, 'the request form shows', { timeout: 8000 });
}

/** Every element matching `selector` in `root`'s shadow tree and nested shadow roots. */
export function deepAll<T extends Element = HTMLElement>(root: Element, selector: string): T[] {
  const found: T[] = [];
  const scopes: ParentNode[] = [root.shadowRoot ?? root];
  while (scopes.length > 0) {
    const scope = scopes.shift()!;
    found.push(...scope.querySelectorAll<T>(selector));
    scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
  }
  return found;
}

export { deepQuery, textOf };
