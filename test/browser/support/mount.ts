import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { createHttpClient, type CpClient } from '../../../src/client/index.js';
import '../../../src/elements/cp-session/cp-session.js';
import type { CpSession } from '../../../src/elements/cp-session/cp-session.js';
import { SEED_USERS } from '../../../stories/support/mock.js';

/** A member of the guides' cast, by the first name the stories use. */
export type SeedUser = keyof typeof SEED_USERS;

/** The seed user's login id. */
export const loginOf = (user: SeedUser): string => SEED_USERS[user];

/** A client of the mock logged in as a seed user (what another browser tab would do: test data, checks). */
export const clientAs = (user: SeedUser): CpClient => createHttpClient({ user: SEED_USERS[user] });

/**
 * Mounts `content` in a `<cp-session>` of a seed user, as a host page does, and waits until `ready`
 * holds for the session's first element (`what` names that moment in the failure message).
 */
export async function mountAs<E extends Element = HTMLElement>(
  user: SeedUser,
  content: TemplateResult,
  ready: (el: E) => unknown,
  what: string,
  options: { timeout?: number } = {},
): Promise<{ session: CpSession; el: E }> {
  const session = await fixture<CpSession>(html`<cp-session user=${SEED_USERS[user]}>${content}</cp-session>`);
  const el = session.firstElementChild as E;
  await waitUntil(() => ready(el), what, options);
  return { session, el };
}
