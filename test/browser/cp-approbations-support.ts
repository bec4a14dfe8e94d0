import { html } from '@open-wc/testing';
import '../../src/elements/cp-approbations/cp-approbations.js';
import type { CpApprobations } from '../../src/elements/cp-approbations/cp-approbations.js';
import { button, deepQuery, textOf } from './cp-account-form-support.js';
import { clientAs, mountAs, type SeedUser } from './support/mount.js';

/** Helpers of the manager console browser tests: seed users' clients, mounting, reading the shadow DOM. */

/** Today as an ISO calendar date. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** Mounts `<cp-approbations>` in a session of a seed user and waits until it has loaded. */
export async function mountInbox(user: SeedUser, lang?: 'fr' | 'en') {
  const { session, el: inbox } = await mountAs<CpApprobations>(
    user,
    html`<cp-approbations lang=${lang ?? 'fr'}></cp-approbations>`,
    (el) => deepQuery(el, 'cp-data-table') !== null,
    `the inbox of ${user} is loaded`,
  );
  return { session, inbox };
}

/** The row action buttons ("Ouvrir – name") of the inbox's table. */
export function openButtons(root: Element): HTMLButtonElement[] {
  const table = deepQuery(root, 'cp-data-table')!;
  return [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="row-action"]')];
}

/** The row checkboxes of the inbox's table, in row order. */
export function rowCheckboxes(root: Element): HTMLInputElement[] {
  const table = deepQuery(root, 'cp-data-table')!;
  return [...table.shadowRoot!.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]')];
}

export { button, clientAs, deepQuery, textOf, type SeedUser };
