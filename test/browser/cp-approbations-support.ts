import { fixture, html, waitUntil } from '@open-wc/testing';
import { createHttpClient, type CpClient } from '../../src/client/index.js';
import '../../src/elements/cp-approbations/cp-approbations.js';
import type { CpApprobations } from '../../src/elements/cp-approbations/cp-approbations.js';
import '../../src/elements/cp-session/cp-session.js';
import type { CpSession } from '../../src/elements/cp-session/cp-session.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { button, deepQuery, textOf } from './cp-account-form-support.js';

/** Helpers of the manager console browser tests: seed users' clients, mounting, reading the shadow DOM. */

export type SeedUser = keyof typeof SEED_USERS;

/** A client logged in as a seed user, talking HTTP to the mock (what another browser tab would do). */
export const clientAs = (user: SeedUser): CpClient => createHttpClient({ user: SEED_USERS[user] });

/** Today as an ISO calendar date. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** Mounts `<cp-approbations>` in a session of a seed user and waits until it has loaded. */
export async function mountInbox(user: SeedUser, lang?: 'fr' | 'en') {
  const session = await fixture<CpSession>(
    html`<cp-session user=${SEED_USERS[user]}><cp-approbations lang=${lang ?? 'fr'}></cp-approbations></cp-session>`,
  );
  const inbox = session.querySelector('cp-approbations')! as CpApprobations;
  await waitUntil(() => deepQuery(inbox, 'cp-data-table') !== null, `the inbox of ${user} is loaded`);
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

export { button, deepQuery, textOf };
