import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHttpClient, createOutboxClient } from '../src/client/index.js';
import '../src/elements/cp-account-form/cp-account-form.js';
import type { CpAccountForm } from '../src/elements/cp-account-form/cp-account-form.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

/** The form's shadow root, once its account is loaded (or `ready` holds). */
async function loaded(
  canvas: HTMLElement,
  ready = (root: ShadowRoot) => root.querySelector('#f-nom') !== null,
): Promise<ShadowRoot> {
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

/**
 * Loader of the link stories: the seed, then Henri MOREAU (deactivated 10 days ago) asks for a
 * reactivation link (DEA-3); the token is read from the mock's outbox (NOT-4). `prepare` may change
 * the link before the story shows it (replace it with a newer one, make it expire).
 */
const linkLoader =
  (
    prepare: (token: string, mock: Awaited<ReturnType<typeof mockLoader>>['mock']) => Promise<string> | string = (
      token,
    ) => token,
  ) =>
  async () => {
    const { mock } = await mockLoader();
    await createHttpClient({ user: SEED_USERS.henri }).requestReactivation();
    const { items } = await createOutboxClient({ user: SEED_USERS.henri }).listOutbox({
      destinataire: SEED_USERS.henri,
    });
    const token = new URL(items[0]!.lien!, location.origin).searchParams.get('jeton')!;
    return { mock, token: await prepare(token, mock) };
  };

const linkStory = (prepare?: Parameters<typeof linkLoader>[0]): Story => ({
  loaders: [linkLoader(prepare)],
  render: (_args, { loaded }) =>
    inSession(
      'henri',
      html`<cp-account-form reactivation-token=${loaded['token'] as string} support-href="#sollicitations"></cp-account-form>`,
    ),
});

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

/** ACC-2, ACC-6: Jeane CHAOURCE's portal account, every block (password, secret question, deactivation). */
export const Normal: Story = {
  render: () => inSession('jeane', html`<cp-account-form></cp-account-form>`),
};

/**
 * ACC-8: Pauline DUFOUR's account, initialised from MADRHAS: she signs in through the PIGP, so instead of
 * the password, secret question and deactivation blocks the form says where these are done.
 */
export const PigpAccount: Story = {
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
    await elsewhere.updateMyAccount({
      emailContact: 'mairie.compta@terneuil-sur-seine.fr',
      nom: me.nom!,
      prenom: me.prenom!,
      adresse: me.adresse!,
      version: me.version,
    });
    fill(root, 'mobile', '+33 6 12 34 56 78');
    submit(root);
  },
};

/** Sophie MARTIN's account (a PIGP account, ACC-8) in English (ACC-6). */
export const English: Story = {
  render: () => inSession('sophie', html`<cp-account-form lang="en"></cp-account-form>`),
};

/** DEA-2: Jeane CHAOURCE is GP of two structures: deactivation is refused, with the reason, until each has a successor. */
export const GpDeactivation: Story = {
  render: () => inSession('jeane', html`<cp-account-form></cp-account-form>`),
};

/** DEA-2: Jeane CHAOURCE searched "leroy" for her structure: Marc LEROY is offered as successor. */
export const GpDeactivationSearch: Story = {
  render: () => inSession('jeane', html`<cp-account-form></cp-account-form>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(
      canvasElement,
      (r) => r.querySelector('cp-account-deactivation')?.shadowRoot?.querySelector('input[type="search"]') != null,
    );
    const block = root.querySelector('cp-account-deactivation')!.shadowRoot!;
    const search = block.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'leroy';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    search.form!.requestSubmit();
  },
};

/** ID-4, DEA-3: Henri MOREAU, deactivated 10 days ago, can ask for the reactivation link. */
export const Deactivated: Story = {
  render: () => inSession('henri', html`<cp-account-form></cp-account-form>`),
};

/** DEA-4: Denise FAURE, deactivated 90 days ago, asked to reactivate: refused, pointed to the support. */
export const OutOfWindow: Story = {
  render: () => inSession('denise', html`<cp-account-form support-href="#sollicitations"></cp-account-form>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(
      canvasElement,
      (r) => r.querySelector('cp-account-reactivation')?.shadowRoot?.querySelector('button') != null,
    );
    const block = root.querySelector('cp-account-reactivation')!.shadowRoot!;
    block.querySelector<HTMLButtonElement>('button')!.click();
    // Guide 001: then Valider.
    let confirm: HTMLButtonElement | null = null;
    while (!(confirm = block.querySelector<HTMLButtonElement>('[part="confirm"] button')))
      await new Promise((resolve) => setTimeout(resolve, 50));
    confirm.click();
  },
};

/** DEA-3, guide 001: Henri pressed "Réactiver mon compte": the Valider step says where the link will go. */
export const ReactivationConfirm: Story = {
  render: () => inSession('henri', html`<cp-account-form></cp-account-form>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(
      canvasElement,
      (r) => r.querySelector('cp-account-reactivation')?.shadowRoot?.querySelector('button') != null,
    );
    root.querySelector('cp-account-reactivation')!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  },
};

/** DEA-3: the e-mailed link opens the form for the new password (policy shown) and secret question. */
export const ReactivationLink: Story = linkStory();

/** DEA-3: a link replaced by a newer one (or already used) says so and offers a new one (press Réactiver). */
export const ReactivationLinkUsed: Story = linkStory(async (token) => {
  await createHttpClient({ user: SEED_USERS.henri }).requestReactivation();
  return token;
});

/** DEA-3: a link older than 24 h has expired (press Réactiver to see the message and the way forward). */
export const ReactivationLinkExpired: Story = linkStory((token, mock) => {
  const store = mock.app.env.store;
  for (const link of store.emailLinks.filter((l) => !l.utiliseLe))
    store.emailLinks.update(link.idLien, { expireLe: new Date(Date.now() - 60_000).toISOString() });
  return token;
});
