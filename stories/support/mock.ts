import { html, type TemplateResult } from 'lit';
import { startMockWorker, type MockWorker } from '../../mock-api/browser.js';
import { guidesCast, withLargeSet, type SeedData } from '../../mock-api/seed/index.js';
import '../../src/elements/cp-session/cp-session.js';
import { SEED_USERS } from './seed-users.js';

let running: Promise<MockWorker> | undefined;

/**
 * Storybook loader: starts the embedded mock once (service worker, no persistence, demo mode: the
 * outbox shows every user's e-mails) and puts its data
 * back to the seed before each story, so every story starts from the guides' story.
 */
export async function mockLoader(): Promise<{ mock: MockWorker }> {
  running ??= startMockWorker({ persist: false, demoMode: true });
  const mock = await running;
  mock.reset();
  return { mock };
}

export { SEED_USERS } from './seed-users.js';

/** Wraps a story's content in a `<cp-session>` logged in as one of the seed's users. */
export function inSession(user: keyof typeof SEED_USERS, content: TemplateResult): TemplateResult {
  return html`<cp-session user=${SEED_USERS[user]}>${content}</cp-session>`;
}

/** Login of the large set's user holding 10,000 profiles (`withLargeSet`'s `profilesOfFirstUser`). */
export const LARGE_SET_USER = 'utilisateur.1@exemple.fr';

let largeSet: SeedData | undefined;

/**
 * Storybook loader of the large-data stories: the guides' seed plus the generated set (100,000
 * structures, 10,000 users, 10,000 profiles for `LARGE_SET_USER`). Generated once, then restored
 * before each such story; the next ordinary story puts the guides' seed back.
 */
export async function largeMockLoader(): Promise<{ mock: MockWorker }> {
  const { mock } = await mockLoader();
  const now = new Date();
  largeSet ??= withLargeSet(guidesCast(now), now, { profilesOfFirstUser: 10_000 });
  mock.app.env.store.restore(largeSet.snapshot);
  mock.app.env.insee.reset(largeSet.insee);
  return { mock };
}
