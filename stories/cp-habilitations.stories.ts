import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/cp-habilitations/cp-habilitations.js';
import type { CpHabilitations } from '../src/elements/cp-habilitations/cp-habilitations.js';
import { inSession, LARGE_SET_USER, largeMockLoader, mockLoader } from './support/mock.js';

/** The first element matching `selector` in the element's shadow tree (nested shadow roots included). */
async function find<T extends Element>(root: Element, selector: string): Promise<T> {
  for (;;) {
    const scopes: ParentNode[] = [root.shadowRoot ?? root];
    while (scopes.length > 0) {
      const scope = scopes.shift()!;
      const found = scope.querySelector<T>(selector);
      if (found) return found;
      scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const element = (canvas: HTMLElement) => canvas.querySelector<CpHabilitations>('cp-habilitations')!;

/** Types in the habilitations filter as a user would. */
async function filter(canvas: HTMLElement, text: string): Promise<void> {
  const input = await find<HTMLInputElement>(element(canvas), '#hb-filter');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * "Mes habilitations" (HAB-2), "Mes abonnements aux espaces" (HAB-7) and the abonnement request
 * (HAB-8) on the embedded mock, each story starting from the guides' seed.
 */
const meta: Meta = {
  title: 'Elements/cp-habilitations',
  component: 'cp-habilitations',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** Sophie MARTIN, simple user of the Mairie: the default profiles and espaces of a public structure (HAB-3, HAB-4). */
export const SimpleUser: Story = {
  render: () => inSession('sophie', html`<cp-habilitations></cp-habilitations>`),
};

/** Jeane CHAOURCE, GP of two structures (one inactive): modification on the default profiles. */
export const Principal: Story = {
  render: () => inSession('jeane', html`<cp-habilitations></cp-habilitations>`),
};

/**
 * HAB-4: Jeane pressed "Supprimer" on her "Activités du gestionnaire": it comes with her GP role, so
 * nothing is sent and the reason is shown.
 */
export const RoleBound: Story = {
  render: () => inSession('jeane', html`<cp-habilitations></cp-habilitations>`),
  play: async ({ canvasElement }) => {
    const table = await find(element(canvasElement), 'cp-data-table[part="abonnements"]');
    for (;;) {
      const row = [...(table.shadowRoot?.querySelectorAll('tr[part~="row"]') ?? [])].find((r) =>
        r.textContent!.includes('Activités du gestionnaire'),
      );
      if (row) return row.querySelector('button')!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  },
};

/** The filter narrowing the list to "Factures reçues". */
export const Filtered: Story = {
  render: () => inSession('jeane', html`<cp-habilitations></cp-habilitations>`),
  play: async ({ canvasElement }) => filter(canvasElement, 'factures recues'),
};

/** Claire PETIT: the pending rattachement gives nothing yet; the validated one its profiles. */
export const PendingRattachement: Story = {
  render: () => inSession('claire', html`<cp-habilitations></cp-habilitations>`),
};

/** HAB-8: the request form, with its rules explained, for Lucas BERNARD (one service only). */
export const RequestAbonnement: Story = {
  render: () => inSession('lucas', html`<cp-habilitations></cp-habilitations>`),
  play: async ({ canvasElement }) => {
    await find(element(canvasElement), 'cp-data-table[part="abonnements"]');
    const open = [...element(canvasElement).shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Demander un abonnement',
    )!;
    open.click();
  },
};

/** 10,000 profiles in a virtual table (the large set's user), filtered as one types. */
export const LargeSet: Story = {
  loaders: [largeMockLoader],
  render: () => html`<cp-session user=${LARGE_SET_USER}><cp-habilitations></cp-habilitations></cp-session>`,
};

/** Outside any `<cp-session>`: says so. */
export const NoSession: Story = {
  render: () => html`<cp-habilitations></cp-habilitations>`,
};

/** In English. */
export const English: Story = {
  render: () => inSession('sophie', html`<cp-habilitations lang="en"></cp-habilitations>`),
};
