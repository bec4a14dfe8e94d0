import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST } from '../mock-api/seed/index.js';
import '../src/elements/cp-service-manager/cp-service-manager.js';
import type { CpServiceManager } from '../src/elements/cp-service-manager/cp-service-manager.js';
import { inSession, mockLoader } from './support/mock.js';

const { structures: S } = CAST;

/** The element's shadow root once `ready` holds. */
async function loaded(canvas: HTMLElement, ready: (root: ShadowRoot) => boolean): Promise<ShadowRoot> {
  const el = canvas.querySelector<CpServiceManager>('cp-service-manager')!;
  while (!el.shadowRoot || !ready(el.shadowRoot)) await new Promise((resolve) => setTimeout(resolve, 50));
  return el.shadowRoot;
}

const buttonOf = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const hasButton = (text: string) => (root: ShadowRoot) =>
  [...root.querySelectorAll('button')].some((b) => b.textContent!.trim() === text);

function type(root: ShadowRoot, name: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`#f-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Consults a service of the list by its code. */
async function consult(canvas: HTMLElement, code: string): Promise<ShadowRoot> {
  const root = await loaded(canvas, (r) => r.querySelector('cp-data-table') !== null);
  const table = root.querySelector('cp-data-table')!;
  while (!table.shadowRoot?.querySelector('tbody tr')) await new Promise((resolve) => setTimeout(resolve, 50));
  [...table.shadowRoot.querySelectorAll('tbody tr')]
    .find((r) => r.textContent!.includes(code))!
    .querySelector('button')!
    .click();
  return loaded(canvas, (r) => r.querySelector('dl') !== null);
}

/** Services (SRV-1..3) of the CC du Chaourcois on the embedded mock, from the guides' seed. */
const meta: Meta = {
  title: 'Elements/cp-service-manager',
  component: 'cp-service-manager',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** SRV-2: the list with statuses, and the supplier's lookup (SRV-3). */
export const List: Story = {
  render: () => inSession('jeane', html`<cp-service-manager structure-id=${S.chaourcois}></cp-service-manager>`),
};

/** SRV-1: creating service 0123 "MOA". */
export const Create: Story = {
  render: () => inSession('jeane', html`<cp-service-manager structure-id=${S.chaourcois}></cp-service-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await loaded(canvasElement, hasButton('Créer un service')), 'Créer un service').click();
    const form = await loaded(canvasElement, (r) => r.querySelector('#f-codeService') !== null);
    type(form, 'codeService', '0123');
    type(form, 'libelleService', 'MOA');
  },
};

/** SRV-1: a code already used on the structure, refused with its rule. */
export const DuplicateCode: Story = {
  render: () => inSession('jeane', html`<cp-service-manager structure-id=${S.chaourcois}></cp-service-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await loaded(canvasElement, hasButton('Créer un service')), 'Créer un service').click();
    const form = await loaded(canvasElement, (r) => r.querySelector('#f-codeService') !== null);
    type(form, 'codeService', 'FINANCES');
    type(form, 'libelleService', 'Doublon');
    buttonOf(form, 'Soumettre').click();
  },
};

/** SRV-2: consulting an active service (Désactiver offered). */
export const Consult: Story = {
  render: () => inSession('jeane', html`<cp-service-manager structure-id=${S.chaourcois}></cp-service-manager>`),
  play: async ({ canvasElement }) => {
    await consult(canvasElement, 'VOIRIE');
  },
};

/** SRV-2: modifying, the code locked. */
export const Modify: Story = {
  render: () => inSession('jeane', html`<cp-service-manager structure-id=${S.chaourcois}></cp-service-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await consult(canvasElement, 'VOIRIE'), 'Modifier').click();
  },
};

/** SRV-2 / STR-4: a deactivation pending with its time. */
export const PendingDeactivation: Story = {
  render: () => inSession('jeane', html`<cp-service-manager structure-id=${S.chaourcois}></cp-service-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await consult(canvasElement, 'VOIRIE'), 'Désactiver').click();
  },
};

/** SRV-2: an inactive service offers Activer only. */
export const Inactive: Story = {
  render: () => inSession('jeane', html`<cp-service-manager structure-id=${S.chaourcois}></cp-service-manager>`),
  play: async ({ canvasElement }) => {
    await consult(canvasElement, 'ANCIEN_SERVICE');
  },
};

/** SRV-2 / X-8: a simple user sees the active services read-only, told why. */
export const ReadOnly: Story = {
  render: () => inSession('lucas', html`<cp-service-manager structure-id=${S.chaourcois}></cp-service-manager>`),
};

/** EN. */
export const English: Story = {
  render: () =>
    inSession('jeane', html`<cp-service-manager lang="en" structure-id=${S.chaourcois}></cp-service-manager>`),
};
