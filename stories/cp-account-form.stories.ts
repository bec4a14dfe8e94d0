import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHttpClient } from '../src/client/index.js';
import '../src/elements/cp-account-form/cp-account-form.js';
import type { CpAccountForm } from '../src/elements/cp-account-form/cp-account-form.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

/** The form's shadow root, once its account is loaded (or `ready` holds). */
async function loaded(canvas: HTMLElement, ready = (root: ShadowRoot) => root.querySelector('#f-nom') !== null): Promise<ShadowRoot> {
  const form = canvas.querySelector<CpAccountForm>('cp-account-form')!;
  while (!form.shadowRoot || !ready(form.shadowRoot)) await new Promise((resolve) => setTimeout(resolve, 50));
  return form.shadowRoot;
}

/** Types in a field of the form as a user would. */
function fill(root: ShadowRoot, name: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`#f-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const submit = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

/**
 * "Mes informations personnelles" (ACC-1..7, ID-3, DEA-1..4) on the embedded mock: each story starts
 * from the guides' seed, logged in as one of its users.
 */
const meta: Meta = {
  title: 'Elements/cp-account-form',
  component: 'cp-account-form',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** ACC-1: Nicolas ROUX, initialised from MADRHAS, completes his account before anything else. */
export const FirstConnection: Story = {
  render: () => inSession('nicolas', html`<cp-account-form></cp-account-form>`),
};

/** ACC-2, ACC-6: Pauline DUFOUR's account, every block. */
export const Normal: Story = {
  render: () => inSession('pauline', html`<cp-account-form></cp-account-form>`),
};

/** ACC-3: Valider with a missing name and a malformed phone: errors next to the fields, summary, focus on the first. */
export const Errors: Story = {
  render: () => inSession('pauline', html`<cp-account-form></cp-account-form>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    fill(root, 'nom', '');
    fill(root, 'telephone', '01 23');
    submit(root);
  },
};

/** ACC-7: the account changed elsewhere between load and save; the user's input is kept, reload or overwrite. */
export const Conflict: Story = {
  render: () => inSession('pauline', html`<cp-account-form></cp-account-form>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement);
    const elsewhere = createHttpClient({ user: SEED_USERS.pauline });
    const me = await elsewhere.getMyAccount();
    await elsewhere.updateMyAccount({ emailContact: 'mairie.compta@terneuil-sur-seine.fr', nom: me.nom!, prenom: me.prenom!, adresse: me.adresse!, version: me.version });
    fill(root, 'mobile', '+33 6 12 34 56 78');
    submit(root);
  },
};

/** The same account in English (ACC-6). */
export const English: Story = {
  render: () => inSession('sophie', html`<cp-account-form lang="en"></cp-account-form>`),
};
