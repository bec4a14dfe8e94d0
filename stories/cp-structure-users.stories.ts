import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHttpClient } from '../src/client/index.js';
import '../src/elements/cp-structure-users/cp-structure-users.js';
import type { CpStructureUsers } from '../src/elements/cp-structure-users/cp-structure-users.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

/** The element's shadow root once `ready` holds. */
async function loaded(canvas: HTMLElement, ready: (root: ShadowRoot) => boolean): Promise<ShadowRoot> {
  const el = canvas.querySelector<CpStructureUsers>('cp-structure-users')!;
  while (!el.shadowRoot || !ready(el.shadowRoot)) await new Promise((resolve) => setTimeout(resolve, 50));
  return el.shadowRoot;
}

const manage = (root: ShadowRoot, name: string) =>
  [
    ...(root
      .querySelector('cp-data-table')
      ?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[part="row-action"]') ?? []),
  ].find((b) => b.textContent!.includes(name));
const buttonNamed = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

/** Opens a user's panel. */
async function openUser(canvas: HTMLElement, name: string): Promise<ShadowRoot> {
  const root = await loaded(canvas, (r) => manage(r, name) !== undefined);
  manage(root, name)!.click();
  return loaded(
    canvas,
    (r) => r.querySelector('#user-title') !== null && r.querySelector('[part="profiles"]') !== null,
  );
}

/**
 * The users of a manager's structures (RAT-8, HAB-5, HAB-6, HAB-9) on the embedded mock: each story
 * starts from the guides' seed.
 */
const meta: Meta = {
  title: 'Elements/cp-structure-users',
  component: 'cp-structure-users',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** RAT-8: Jeane CHAOURCE (GP) lists the users of the CC du Chaourcois, attaches, and sets the espaces. */
export const List: Story = {
  render: () => inSession('jeane', html`<cp-structure-users></cp-structure-users>`),
};

/** RAT-8: the attach form with its errors (no login). */
export const AttachErrors: Story = {
  render: () => inSession('jeane', html`<cp-structure-users></cp-structure-users>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, (r) => r.querySelector('#attach-login') !== null);
    buttonNamed(root, 'Rattacher').click();
  },
};

/** HAB-5: one user's panel with the deactivate / delete actions and the profile matrix. */
export const UserProfiles: Story = {
  render: () => inSession('jeane', html`<cp-structure-users></cp-structure-users>`),
  play: async ({ canvasElement }) => {
    await openUser(canvasElement, 'Lucas BERNARD');
  },
};

/** RAT-8: the confirmation of a deactivation, stating its effect. */
export const ConfirmDeactivation: Story = {
  render: () => inSession('jeane', html`<cp-structure-users></cp-structure-users>`),
  play: async ({ canvasElement }) => {
    const root = await openUser(canvasElement, 'Lucas BERNARD');
    buttonNamed(root, 'Désactiver temporairement').click();
  },
};

/** Seeds the mock, then Sophie MARTIN asks to be attached to the CC du Chaourcois (RAT-5). */
async function withSophiePending() {
  const mock = await mockLoader();
  const today = new Date().toISOString().slice(0, 10);
  await createHttpClient({ user: SEED_USERS.sophie }).requestRattachement({
    idStructureCPP: 3,
    niveau: 'STRUCTURE',
    dateDebut: today,
    commentaire: 'Renfort comptable',
  });
  return mock;
}

/** RAT-8 / X-8: a pending rattachement's panel: deactivating is unavailable, and it says why and where it is decided. */
export const PendingRattachement: Story = {
  loaders: [withSophiePending],
  render: () => inSession('jeane', html`<cp-structure-users></cp-structure-users>`),
  play: async ({ canvasElement }) => {
    await openUser(canvasElement, 'Sophie MARTIN');
  },
};

/** ID-4: Henri MOREAU deactivated his account: "Validé · compte désactivé" in the list, and his panel says he has no access. */
export const AccountDeactivated: Story = {
  render: () => inSession('jeane', html`<cp-structure-users></cp-structure-users>`),
  play: async ({ canvasElement }) => {
    await openUser(canvasElement, 'Henri MOREAU');
  },
};

/** Jeane (GP) chose that secondary managers act as users on espaces (HAB-9). */
async function withGsAsUsers() {
  const mock = await mockLoader();
  const jeane = createHttpClient({ user: SEED_USERS.jeane });
  const configuration = await jeane.getEspaceConfiguration({ idStructureCPP: 3 });
  await jeane.setEspaceConfiguration({
    idStructureCPP: 3,
    niveau: configuration.niveau,
    espacesStructure: configuration.espacesStructure,
    services: configuration.services,
    gsCommeGestionnaire: false,
    version: configuration.version,
  });
  return mock;
}

/** HAB-9 / X-8: Marc (secondary manager) after Jeane chose that secondary managers act as users: the espaces are read-only, and it says why. */
export const EspacesGsAsUsers: Story = {
  loaders: [withGsAsUsers],
  render: () => inSession('marc', html`<cp-structure-users></cp-structure-users>`),
};

/** RAT-8 / X-8: Marc (secondary manager) on the GP's panel: the protected actions say why. */
export const GpProtected: Story = {
  render: () => inSession('marc', html`<cp-structure-users></cp-structure-users>`),
  play: async ({ canvasElement }) => {
    await openUser(canvasElement, 'Jeane CHAOURCE');
  },
};

/** HAB-5: lowering the GP's manager rights is refused by the mock with its rule. */
export const RefusedHab5: Story = {
  render: () => inSession('marc', html`<cp-structure-users></cp-structure-users>`),
  play: async ({ canvasElement }) => {
    const root = await openUser(canvasElement, 'Jeane CHAOURCE');
    const mode = root.querySelector<HTMLSelectElement>(
      'select[aria-label="Mode de Organisation sur Toute la structure"]',
    )!;
    mode.value = 'CONSULTATION_UNIQUEMENT';
    mode.dispatchEvent(new Event('change'));
  },
};

/** A simple user (Lucas BERNARD): told who manages users. */
export const NotManager: Story = {
  render: () => inSession('lucas', html`<cp-structure-users></cp-structure-users>`),
};

/** In English. */
export const English: Story = {
  render: () => inSession('jeane', html`<cp-structure-users lang="en"></cp-structure-users>`),
};
