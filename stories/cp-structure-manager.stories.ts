import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST } from '../mock-api/seed/index.js';
import { createHttpClient } from '../src/client/index.js';
import '../src/elements/cp-structure-manager/cp-structure-manager.js';
import type { CpStructureManager } from '../src/elements/cp-structure-manager/cp-structure-manager.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

const { structures: S, sirets } = CAST;

/** The manager's shadow root once `ready` holds. */
async function loaded(canvas: HTMLElement, ready: (root: ShadowRoot) => boolean): Promise<ShadowRoot> {
  const el = canvas.querySelector<CpStructureManager>('cp-structure-manager')!;
  while (!el.shadowRoot || !ready(el.shadowRoot)) await new Promise((resolve) => setTimeout(resolve, 50));
  return el.shadowRoot;
}

const buttonOf = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const has = (text: string) => (root: ShadowRoot) =>
  root.textContent!.includes(text) || [...root.querySelectorAll('button')].some((b) => b.textContent!.trim() === text);

function type(root: ShadowRoot, name: string, value: string): void {
  const input = root.querySelector<HTMLInputElement>(`#f-${name}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Structures (STR-1..6) on the embedded mock: each story starts from the guides' seed. Jeane Chaource
 * is GP of the CC du Chaourcois (public, with services) and of the inactive Syndicat des eaux.
 */
const meta: Meta = {
  title: 'Elements/cp-structure-manager',
  component: 'cp-structure-manager',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** STR-3: the structures Jeane manages, with a search. */
export const List: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager></cp-structure-manager>`),
};

/** STR-8: Sophie MARTIN manages nothing: she is offered the fiche of her Mairie, read-only. */
export const MemberFiche: Story = {
  render: () => inSession('sophie', html`<cp-structure-manager></cp-structure-manager>`),
};

/** STR-3, STR-8: consultation of a public structure (its fiche, parameters included) with the manager's actions. */
export const Consult: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager structure-id=${S.chaourcois}></cp-structure-manager>`),
};

/** STR-7: the consultation lists the structure's pièces jointes; its managers add, edit and delete them. */
export const Attachments: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager structure-id=${S.chaourcois}></cp-structure-manager>`),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, has('Modifier'));
    const statuts = new File(['%PDF-1.7\n'], 'statuts.pdf', { type: 'application/pdf' });
    await createHttpClient({ user: SEED_USERS.jeane }).uploadAttachment({
      idStructureCPP: S.chaourcois,
      file: statuts,
      pieceJointeDesignation: 'Statuts de la communauté',
      pieceJointeTypeCode: 'AUTRE',
    });
    window.dispatchEvent(new Event('focus'));
  },
};

/** STR-3, STR-5: modification; INSEE fields greyed and explained, the five options and Présence MOA. */
export const Modify: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager structure-id=${S.chaourcois}></cp-structure-manager>`),
  play: async ({ canvasElement }) => buttonOf(await loaded(canvasElement, has('Modifier')), 'Modifier').click(),
};

/** STR-4: a modification accepted, pending with the date and time it takes effect. */
export const Pending: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager structure-id=${S.chaourcois}></cp-structure-manager>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, has('Modifier'));
    buttonOf(root, 'Modifier').click();
    const form = await loaded(canvasElement, (r) => r.querySelector('#f-libelleStructure:not([disabled])') !== null);
    type(form, 'libelleStructure', 'CC du Chaourcois');
    buttonOf(form, 'Soumettre').click();
  },
};

/** ACC-7: Marc changed the structure meanwhile; Jeane's input is kept, with reload or overwrite. */
export const Conflict: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager structure-id=${S.chaourcois}></cp-structure-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await loaded(canvasElement, has('Modifier')), 'Modifier').click();
    const form = await loaded(canvasElement, (r) => r.querySelector('#f-libelleStructure:not([disabled])') !== null);
    type(form, 'libelleStructure', 'Libellé de Jeane');
    const marc = createHttpClient({ user: SEED_USERS.marc });
    const current = await marc.getStructure(S.chaourcois);
    await marc.updateStructure(S.chaourcois, { telephone: '03 25 40 00 00', version: current.version });
    buttonOf(form, 'Soumettre').click();
  },
};

/** STR-5: the code service is required while the Mairie has no active service: warning. */
export const CodeServiceWarning: Story = {
  render: () => inSession('pauline', html`<cp-structure-manager structure-id=${S.mairie}></cp-structure-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await loaded(canvasElement, has('Modifier')), 'Modifier').click();
    const form = await loaded(
      canvasElement,
      (r) => r.querySelector('#f-codeServiceDoitEtreRenseigne:not([disabled])') !== null,
    );
    form.querySelector<HTMLInputElement>('#f-codeServiceDoitEtreRenseigne')!.click();
    buttonOf(form, 'Soumettre').click();
  },
};

/** STR-3: an inactive structure offers Activer only. */
export const Inactive: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager structure-id=${S.syndicatEaux}></cp-structure-manager>`),
};

/** STR-1, STR-2: creation; the SIRET found at INSEE fills and locks the raison sociale and address. */
export const Create: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager></cp-structure-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await loaded(canvasElement, has('Créer une structure')), 'Créer une structure').click();
    type(
      await loaded(canvasElement, (r) => r.querySelector('#f-identifiantStructure') !== null),
      'identifiantStructure',
      sirets.freeActive,
    );
  },
};

/** STR-2: a SIRET closed at INSEE is refused with the reason. */
export const CreateClosedSiret: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager></cp-structure-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await loaded(canvasElement, has('Créer une structure')), 'Créer une structure').click();
    type(
      await loaded(canvasElement, (r) => r.querySelector('#f-identifiantStructure') !== null),
      'identifiantStructure',
      sirets.closed,
    );
  },
};

/** STR-6: duplication to a new SIRET; the billing mandate is not copied. */
export const Duplicate: Story = {
  render: () => inSession('jeane', html`<cp-structure-manager structure-id=${S.chaourcois}></cp-structure-manager>`),
  play: async ({ canvasElement }) => {
    buttonOf(await loaded(canvasElement, has('Dupliquer')), 'Dupliquer').click();
    type(
      await loaded(canvasElement, (r) => r.querySelector('#f-identifiantStructure') !== null),
      'identifiantStructure',
      sirets.freeActive,
    );
  },
};

/** STR-8: Lucas BERNARD, attached to one service of the CC du Chaourcois, opens it: he manages it not, he gets its fiche. */
export const NotAManager: Story = {
  render: () => inSession('lucas', html`<cp-structure-manager structure-id=${S.chaourcois}></cp-structure-manager>`),
};

/** EN. */
export const English: Story = {
  render: () =>
    inSession('jeane', html`<cp-structure-manager lang="en" structure-id=${S.chaourcois}></cp-structure-manager>`),
};
