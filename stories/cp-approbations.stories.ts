import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createHttpClient } from '../src/client/index.js';
import '../src/elements/cp-approbations/cp-approbations.js';
import type { CpApprobations } from '../src/elements/cp-approbations/cp-approbations.js';
import { inSession, mockLoader, SEED_USERS } from './support/mock.js';

const today = () => new Date().toISOString().slice(0, 10);
const as = (user: keyof typeof SEED_USERS) => createHttpClient({ user: SEED_USERS[user] });

/** Seeds the mock, then files two requests for Jeane: Sophie's rattachement (RAT-5) and Lucas's espace (HAB-8). */
async function withRequestsForJeane() {
  const loaded = await mockLoader();
  await as('sophie').requestRattachement({
    idStructureCPP: 3,
    niveau: 'STRUCTURE',
    dateDebut: today(),
    commentaire: 'Renfort comptable',
  });
  await as('lucas').requestAbonnements({
    idStructureCPP: 3,
    espace: 'ENGAGEMENTS',
    lignes: [{ idService: 1, mode: 'MODIFICATION' }],
    dateEffet: today(),
  });
  return loaded;
}

/** The inbox's shadow root once `ready` holds. */
async function loaded(canvas: HTMLElement, ready: (root: ShadowRoot) => boolean): Promise<ShadowRoot> {
  const inbox = canvas.querySelector<CpApprobations>('cp-approbations')!;
  while (!inbox.shadowRoot || !ready(inbox.shadowRoot)) await new Promise((resolve) => setTimeout(resolve, 50));
  return inbox.shadowRoot;
}

const rowActions = (root: ShadowRoot) => [
  ...(root
    .querySelector('cp-data-table')
    ?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[part="row-action"]') ?? []),
];
const buttonNamed = (root: ShadowRoot, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

/**
 * The approvals inbox of managers (APR-1, APR-2) on the embedded mock: each story starts from the
 * guides' seed, logged in as one of its users.
 */
const meta: Meta = {
  title: 'Elements/cp-approbations',
  component: 'cp-approbations',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** APR-1: Pauline DUFOUR's inbox with Claire PETIT's pending rattachement. */
export const Pending: Story = {
  render: () => inSession('pauline', html`<cp-approbations></cp-approbations>`),
};

/** APR-1: Jeane's inbox with a rattachement and an abonnement request; tick both to approve them together. */
export const SeveralTypes: Story = {
  loaders: [withRequestsForJeane],
  render: () => inSession('jeane', html`<cp-approbations></cp-approbations>`),
};

/** A simple user (Lucas BERNARD): nothing to decide, and told why (APR-2, X-8). */
export const Empty: Story = {
  render: () => inSession('lucas', html`<cp-approbations></cp-approbations>`),
};

/** APR-1, APR-2: a request opened ("Approbation pour RITM…", "Demander un rattachement à une structure"), with its details and the decision buttons. */
export const Detail: Story = {
  loaders: [withRequestsForJeane],
  render: () => inSession('jeane', html`<cp-approbations></cp-approbations>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, (r) => rowActions(r).length > 0);
    rowActions(root)[0]!.click();
  },
};

/** APR-2: Refuser without a comment: the comment is required. */
export const RefuseWithoutComment: Story = {
  loaders: [withRequestsForJeane],
  render: () => inSession('jeane', html`<cp-approbations></cp-approbations>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, (r) => rowActions(r).length > 0);
    rowActions(root)[0]!.click();
    const detail = await loaded(canvasElement, (r) => r.querySelector('#comment') !== null);
    buttonNamed(detail, 'Refuser').click();
  },
};

/** APR-1, APR-2: a request approved; the detail shows its "Approbateur" and "Date de décision", and no second decision is offered. */
export const Decided: Story = {
  loaders: [withRequestsForJeane],
  render: () => inSession('jeane', html`<cp-approbations></cp-approbations>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, (r) => rowActions(r).length > 0);
    rowActions(root)[0]!.click();
    const detail = await loaded(canvasElement, (r) => r.querySelector('#comment') !== null);
    buttonNamed(detail, 'Approuver').click();
  },
};

/** APR-1: Jeane approved Sophie's rattachement; every state listed, the number, approver and decision date in the columns (and the CSV). */
export const DecidedInList: Story = {
  loaders: [
    async () => {
      const seeded = await withRequestsForJeane();
      const jeane = as('jeane');
      const [request] = (await jeane.listApprobations({ type: 'RATTACHEMENT' })).items;
      await jeane.decideApprobation({
        idApprobation: request!.idApprobation,
        decision: 'APPROUVE',
        version: request!.version,
      });
      return seeded;
    },
  ],
  render: () => inSession('jeane', html`<cp-approbations></cp-approbations>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, (r) => r.querySelector('#filter-etat') !== null);
    const etat = root.querySelector<HTMLSelectElement>('#filter-etat')!;
    etat.value = '';
    etat.dispatchEvent(new Event('change'));
  },
};

/** APR-2: bulk approve of every pending row, with the outcome of each. */
export const BulkApproved: Story = {
  loaders: [withRequestsForJeane],
  render: () => inSession('jeane', html`<cp-approbations></cp-approbations>`),
  play: async ({ canvasElement }) => {
    const root = await loaded(canvasElement, (r) => rowActions(r).length === 2);
    const table = root.querySelector('cp-data-table')!.shadowRoot!;
    table.querySelector<HTMLInputElement>('thead input[type="checkbox"]')!.click();
    await loaded(canvasElement, (r) => buttonNamed(r, 'Approuver la sélection (2)') !== undefined);
    buttonNamed(root, 'Approuver la sélection (2)').click();
  },
};

/** The inbox in English. */
export const English: Story = {
  loaders: [withRequestsForJeane],
  render: () => inSession('jeane', html`<cp-approbations lang="en"></cp-approbations>`),
};
