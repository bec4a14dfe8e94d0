import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHttpClient } from '../src/client/index.js';
import '../src/elements/cp-gp-transfer/cp-gp-transfer.js';
import type { CpGpTransfer } from '../src/elements/cp-gp-transfer/cp-gp-transfer.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

/** The element's shadow root once `ready` holds. */
async function loaded(canvas: HTMLElement, ready: (root: ShadowRoot) => boolean): Promise<ShadowRoot> {
  const el = canvas.querySelector<CpGpTransfer>('cp-gp-transfer')!;
  while (!el.shadowRoot || !ready(el.shadowRoot)) await new Promise((resolve) => setTimeout(resolve, 50));
  return el.shadowRoot;
}

/** Seeds the mock (Marc is attached to both of Jeane's structures), then Jeane attaches Paul (no PIGP account) to the CC du Chaourcois. */
async function withCandidates() {
  const mock = await mockLoader();
  const jeane = createHttpClient({ user: SEED_USERS.jeane });
  const today = new Date().toISOString().slice(0, 10);
  await jeane.attachUser({ idStructureCPP: 3, login: SEED_USERS.paul, niveau: 'STRUCTURE', dateDebut: today });
  return mock;
}

const select = (root: ShadowRoot, selector: string, value: string) => {
  const el = root.querySelector<HTMLSelectElement>(selector)!;
  el.value = value;
  el.dispatchEvent(new Event('change'));
};
const submit = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

/** Transferring the main manager role (GP-1..4) on the embedded mock, from the guides' seed. */
const meta: Meta = {
  title: 'Elements/cp-gp-transfer',
  component: 'cp-gp-transfer',
  loaders: [withCandidates],
};
export default meta;
type Story = StoryObj;

/** GP-2: Jeane CHAOURCE, GP of two structures, picks some of them and one successor. */
export const SomeToOne: Story = {
  render: () => inSession('jeane', html`<cp-gp-transfer></cp-gp-transfer>`),
};

/** GP-2: all her structures to one user. */
export const AllToOne: Story = {
  render: () => inSession('jeane', html`<cp-gp-transfer></cp-gp-transfer>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, (r) => r.querySelector('input[value="TOUTES_A_UN"]') !== null);
    root.querySelector<HTMLInputElement>('input[value="TOUTES_A_UN"]')!.click();
  },
};

/** GP-2: all her structures, a user chosen per structure. */
export const OnePerStructure: Story = {
  render: () => inSession('jeane', html`<cp-gp-transfer></cp-gp-transfer>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(
      canvasElement,
      (r) => r.querySelector('input[value="TOUTES_UNE_PAR_STRUCTURE"]') !== null,
    );
    root.querySelector<HTMLInputElement>('input[value="TOUTES_UNE_PAR_STRUCTURE"]')!.click();
  },
};

/** Nothing chosen: the form says what is missing before sending. */
export const MissingChoices: Story = {
  render: () => inSession('jeane', html`<cp-gp-transfer></cp-gp-transfer>`),
  play: async ({ canvasElement }) => {
    submit(await loaded(canvasElement, (r) => r.querySelector('form') !== null));
  },
};

/** GP-3 / GP-4: the confirmation before handing the CC du Chaourcois to Paul DURAND (no PIGP account): confirm to see the refusal. */
export const RefusedGp3: Story = {
  render: () => inSession('jeane', html`<cp-gp-transfer></cp-gp-transfer>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, (r) => r.querySelector('input[value="3"]') !== null);
    root.querySelector<HTMLInputElement>('input[value="3"]')!.click();
    await loaded(canvasElement, (r) => r.querySelector('#new-gp option[value="10"]') !== null);
    select(root, '#new-gp', '10');
    submit(root);
  },
};

/** GP-1 / X-8: Marc LEROY ("Organisation modification") sees the transfer disabled and why. */
export const NotGp: Story = {
  render: () => inSession('marc', html`<cp-gp-transfer></cp-gp-transfer>`),
};

/** In English. */
export const English: Story = {
  render: () => inSession('jeane', html`<cp-gp-transfer lang="en"></cp-gp-transfer>`),
};
