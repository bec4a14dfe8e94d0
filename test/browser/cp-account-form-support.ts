import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/cp-account-form/cp-account-form.js';
import type { CpAccountForm } from '../../src/elements/cp-account-form/cp-account-form.js';
import { deepActive, tabTo } from './shared-focus.js';
import { loginOf, mountAs as mountInSession, type SeedUser } from './support/mount.js';

/** Helpers of the cp-account-form browser tests: mount in a session of a seed user, read and fill the shadow DOM. */

/** Mounts `<cp-account-form>` in a `<cp-session>` of a seed user and waits until `ready` holds. */
export async function mountAs(
  user: SeedUser,
  ready: (form: CpAccountForm) => boolean = (form) => Boolean(field(form, 'nom')),
) {
  const { session, el: form } = await mountInSession<CpAccountForm>(
    user,
    html`<cp-account-form></cp-account-form>`,
    ready,
    `the account form of ${user} is ready`,
  );
  return { session, form };
}

/** The whole text the element shows (its shadow root and its blocks' shadow roots). */
export function textOf(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement) return;
    node.childNodes.forEach(walk);
  };
  walk(root.shadowRoot ?? root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** An element of the form's shadow root or of a block's, found by CSS selector. */
export function deepQuery<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  const scopes: ParentNode[] = [root.shadowRoot ?? root];
  while (scopes.length > 0) {
    const scope = scopes.shift()!;
    const found = scope.querySelector<T>(selector);
    if (found) return found;
    scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
  }
  return null;
}

/** The input (or select) of a field of the form, by name (`nom`, `ville`…). */
export const field = (form: Element, name: string): HTMLInputElement | null =>
  deepQuery<HTMLInputElement>(form, `#f-${name}`);

/** Types a value in a field as a user would (replacing its content). */
export function fill(form: Element, name: string, value: string): void {
  const input = field(form, name)!;
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

/** A button of the form or of its blocks, by its visible text. */
export function button(form: Element, text: string | RegExp): HTMLButtonElement {
  const matches = (b: HTMLButtonElement) =>
    typeof text === 'string' ? b.textContent!.trim() === text : text.test(b.textContent!.trim());
  const scopes: ParentNode[] = [form.shadowRoot!];
  while (scopes.length > 0) {
    const scope = scopes.shift()!;
    const found = [...scope.querySelectorAll('button')].find(matches);
    if (found) return found;
    scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
  }
  throw new Error(`no button "${String(text)}"`);
}

/** Selects the focused field's text and types over it. */
export async function typeOver(text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

export { deepActive, loginOf, tabTo };
