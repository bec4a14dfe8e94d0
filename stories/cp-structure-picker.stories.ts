import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST } from '../mock-api/seed/index.js';
import '../src/elements/shared/cp-structure-picker.js';
import type { CpStructurePicker } from '../src/elements/shared/cp-structure-picker.js';
import { inSession, largeMockLoader, mockLoader } from './support/mock.js';

/** The picker's shadow root once rendered. */
async function pickerRoot(canvas: HTMLElement): Promise<ShadowRoot> {
  const picker = canvas.querySelector<CpStructurePicker>('cp-structure-picker')!;
  while (!picker.shadowRoot?.querySelector('#sp-raisonSociale'))
    await new Promise((resolve) => setTimeout(resolve, 50));
  return picker.shadowRoot;
}

/** Types a criterion as a user would (the search starts after the pause). */
async function type(canvas: HTMLElement, name: string, value: string): Promise<void> {
  const input = (await pickerRoot(canvas)).querySelector<HTMLInputElement>(`#sp-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * The structure search picker (RAT-2) shared by the membership and manager screens, on the embedded
 * mock: criteria, hint, at least one criterion, results paged and sorted by the server, CSV export,
 * single ("Choisir") or multiple selection.
 */
const meta: Meta = {
  title: 'Elements/cp-structure-picker',
  component: 'cp-structure-picker',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** The empty form with the hint recommending identifiant or raison sociale. */
export const Empty: Story = {
  render: () => inSession('sophie', html`<cp-structure-picker></cp-structure-picker>`),
};

/** "Rechercher" without any criterion: the reason (RAT-2) in a summary. */
export const CriterionRequired: Story = {
  render: () => inSession('sophie', html`<cp-structure-picker></cp-structure-picker>`),
  play: async ({ canvasElement }) => {
    (await pickerRoot(canvasElement)).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  },
};

/** Results of a raison sociale search, one "Choisir" per row (active and inactive structures). */
export const Results: Story = {
  render: () => inSession('sophie', html`<cp-structure-picker></cp-structure-picker>`),
  play: async ({ canvasElement }) => type(canvasElement, 'raisonSociale', 'chaourcois'),
};

/** Multiple selection: tick several structures, then "Choisir les structures sélectionnées". */
export const Multiple: Story = {
  render: () => inSession('sophie', html`<cp-structure-picker multiple></cp-structure-picker>`),
  play: async ({ canvasElement }) => type(canvasElement, 'ville', 'Terneuil sur Seine'),
};

/** A public user looking for a public buyer: "structure publique" preselected; a ville "Terneuil" finds "Terneuil sur Seine". */
export const PublicPreselectedByTown: Story = {
  render: () => inSession('pauline', html`<cp-structure-picker type-structure="PUBLIQUE"></cp-structure-picker>`),
  play: async ({ canvasElement }) => type(canvasElement, 'ville', 'Terneuil'),
};

/** "Structure sans SIRET": nom and prénom are offered; the German supplier shows its identifier type and pays by name. */
export const WithoutSiret: Story = {
  render: () => inSession('pauline', html`<cp-structure-picker></cp-structure-picker>`),
  play: async ({ canvasElement }) => {
    const presence = (await pickerRoot(canvasElement)).querySelector<HTMLSelectElement>('#sp-presenceSiret')!;
    presence.value = 'SANS';
    presence.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  },
};

/** In English: the criteria, the identifier types and the countries by their English names. */
export const EnglishCriteria: Story = {
  render: () =>
    inSession('pauline', html`<cp-structure-picker lang="en" type-structure="PUBLIQUE"></cp-structure-picker>`),
};

/** An identifier search (a SIREN finds its establishments). */
export const ByIdentifier: Story = {
  render: () => inSession('sophie', html`<cp-structure-picker></cp-structure-picker>`),
  play: async ({ canvasElement }) => type(canvasElement, 'identifiant', CAST.sirets.chaourcois.slice(0, 9)),
};

/** The 100,000-structure directory: a broad search counts every result, pages and sorts on the server, and exports the whole result as CSV. */
export const LargeDirectory: Story = {
  loaders: [largeMockLoader],
  render: () => inSession('sophie', html`<cp-structure-picker></cp-structure-picker>`),
  play: async ({ canvasElement }) => type(canvasElement, 'raisonSociale', 'commune'),
};

/** The 100,000-structure directory, last page of a broad search: the page is asked to the server. */
export const LargeDirectoryLastPage: Story = {
  loaders: [largeMockLoader],
  render: () => inSession('sophie', html`<cp-structure-picker></cp-structure-picker>`),
  play: async ({ canvasElement }) => {
    await type(canvasElement, 'raisonSociale', 'sarl');
    const root = await pickerRoot(canvasElement);
    let pages: HTMLButtonElement[] = [];
    while (pages.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      pages = [...root.querySelectorAll<HTMLButtonElement>('nav[part~="pagination"] button[aria-label]')];
    }
    pages.at(-1)!.click();
  },
};

/** In English. */
export const English: Story = {
  render: () => inSession('sophie', html`<cp-structure-picker lang="en" multiple></cp-structure-picker>`),
  play: async ({ canvasElement }) => type(canvasElement, 'raisonSociale', 'terneuil'),
};
