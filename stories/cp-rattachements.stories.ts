import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CAST } from '../mock-api/seed/index.js';
import { createHttpClient } from '../src/client/index.js';
import '../src/elements/cp-rattachements/cp-rattachements.js';
import type { CpRattachements } from '../src/elements/cp-rattachements/cp-rattachements.js';
import { inSession, largeMockLoader, mockLoader, SEED_USERS } from './support/mock.js';

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

/** The element, once its list is loaded. */
async function loaded(canvas: HTMLElement): Promise<CpRattachements> {
  const element = canvas.querySelector<CpRattachements>('cp-rattachements')!;
  await find(element, 'cp-data-table');
  return element;
}

/** Clicks the first button of the shadow tree whose text starts with `text`. */
async function click(root: Element, text: string): Promise<void> {
  for (;;) {
    const scopes: ParentNode[] = [root.shadowRoot ?? root];
    while (scopes.length > 0) {
      const scope = scopes.shift()!;
      const found = [...scope.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(text));
      if (found) return found.click();
      scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The row of `table` (a `cp-data-table`) whose text contains `name`, once shown. */
async function rowOf(table: Element, name: string): Promise<Element> {
  for (;;) {
    const row = [...table.shadowRoot!.querySelectorAll('tr[part~="row"]')].find((r) => r.textContent!.includes(name));
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Ticks the row of `table` whose text contains `name`. */
async function tick(table: Element, name: string): Promise<void> {
  (await rowOf(table, name)).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
}

/** Ticks the rows of "Mes rattachements" whose text contains each of `names`. */
async function tickMine(element: CpRattachements, ...names: string[]): Promise<void> {
  const list = await find(element, 'cp-data-table');
  for (const name of names) await tick(list, name);
}

/** Presses "Supprimer les rattachements (N)" and returns the confirmation once open. */
async function askToDelete(element: CpRattachements, count: number): Promise<Element> {
  await click(element, `Supprimer les rattachements (${count})`);
  const dialog = await find(element, 'cp-confirm-dialog');
  await find(dialog, 'dialog[open]');
  return dialog;
}

/** Ticks the first result of the structure search (not a row of "Mes rattachements", which has tick boxes too). */
async function tickFirstResult(element: CpRattachements): Promise<void> {
  const picker = await find(element, 'cp-structure-picker');
  (await find<HTMLInputElement>(picker, 'tr[part~="row"] input[type="checkbox"]')).click();
}

/** Opens the request and searches the CC du Chaourcois by its SIRET. */
async function searchChaourcois(canvas: HTMLElement): Promise<CpRattachements> {
  const element = await loaded(canvas);
  await click(element, 'Demander un rattachement');
  const input = await find<HTMLInputElement>(element, '#sp-identifiant');
  input.value = CAST.sirets.chaourcois;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return element;
}

/**
 * "Mes rattachements" (RAT-1..7) on the embedded mock: the list, the request (RAT-2..5) and leaving
 * (RAT-7), each story starting from the guides' seed.
 */
const meta: Meta = {
  title: 'Elements/cp-rattachements',
  component: 'cp-rattachements',
  loaders: [mockLoader],
};
export default meta;
type Story = StoryObj;

/** Claire PETIT: one validated rattachement and one pending request (status in words). */
export const ValidatedAndPending: Story = {
  render: () => inSession('claire', html`<cp-rattachements></cp-rattachements>`),
};

/** Lucas BERNARD: attached to one service of the CC du Chaourcois (services level). */
export const ServicesLevel: Story = {
  render: () => inSession('lucas', html`<cp-rattachements></cp-rattachements>`),
};

/** Request, step 1: the structure search picker with results. */
export const RequestSearch: Story = {
  render: () => inSession('sophie', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    await searchChaourcois(canvasElement);
  },
};

/** Request, step 2: the form for the chosen structure (level, dates, comment with its counter). */
export const RequestForm: Story = {
  render: () => inSession('sophie', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    const element = await searchChaourcois(canvasElement);
    await tickFirstResult(element);
    await click(element, 'Choisir les structures sélectionnées (1)');
  },
};

/**
 * RAT-4: Pauline chose three structures; the first request is sent with "Valider et rattacher à une
 * autre structure" and the second structure has its own screen ("Structure 2 sur 3").
 */
export const RequestQueue: Story = {
  render: () => inSession('pauline', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await click(element, 'Demander un rattachement');
    const type = await find<HTMLSelectElement>(element, '#sp-typeStructure');
    type.value = '';
    type.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const statut = await find<HTMLSelectElement>(element, '#sp-statut');
    statut.value = 'ACTIF';
    statut.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const results = await find(await find(element, 'cp-structure-picker'), 'cp-data-table');
    for (const name of ["CC DU CHAOURCOIS ET DU VAL D'ARMANCE", 'DURAND BTP', "SIVOM DE LA VALLÉE DE L'ARMANCE"]) {
      await tick(results, name);
    }
    await click(element, 'Choisir les structures sélectionnées (3)');
    const comment = await find<HTMLTextAreaElement>(element, '#rq-commentaire');
    comment.value = 'Suivi des factures de la communauté de communes';
    comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await click(element, 'Valider et rattacher à une autre structure');
    await find(element, '.outcome');
  },
};

/** RAT-3: Paul DURAND (a private supplier) is warned before asking for a public structure. */
export const SupplierWarning: Story = {
  render: () => inSession('paul', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    const element = await searchChaourcois(canvasElement);
    await tickFirstResult(element);
    await click(element, 'Choisir les structures sélectionnées (1)');
  },
};

/** RAT-5: Claire asks again for the Mairie, where her request is pending: refused with the reason. */
export const DuplicateRefused: Story = {
  render: () => inSession('claire', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await click(element, 'Demander un rattachement');
    const input = await find<HTMLInputElement>(element, '#sp-identifiant');
    input.value = CAST.sirets.mairie;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tickFirstResult(element);
    await click(element, 'Choisir les structures sélectionnées (1)');
    const comment = await find<HTMLTextAreaElement>(element, '#rq-commentaire');
    comment.value = 'Deuxième demande';
    comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await click(element, 'Valider');
  },
};

/** RAT-1 / STR-8: Sophie MARTIN opens the fiche of the Mairie with "Consulter la structure". */
export const ConsultStructure: Story = {
  render: () => inSession('sophie', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    await click(await loaded(canvasElement), 'Consulter la structure');
  },
};

/** RAT-7: Sophie MARTIN, simple user, about to leave the Mairie. */
export const Leave: Story = {
  render: () => inSession('sophie', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    await click(await loaded(canvasElement), 'Gérer');
  },
};

/**
 * RAT-7 / ACC-7: while Sophie's panel is open, Pauline (GP of the Mairie) deactivates her
 * rattachement; leaving is then refused as stale, the change is shown, with reload or leave anyway.
 */
export const LeaveConflict: Story = {
  render: () => inSession('sophie', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await click(element, 'Gérer');
    await find(element, 'cp-rattachement-leave');
    const pauline = createHttpClient({ user: SEED_USERS.pauline });
    const row = (
      await pauline.listStructureRattachements({ idStructureCPP: CAST.structures.mairie, pageSize: 100 })
    ).items.find((r) => r.idUtilisateur === CAST.users.sophie)!;
    await pauline.deactivateRattachement({ idRattachement: row.idRattachement, version: row.version });
    await click(element, 'Me détacher de la structure');
    // Confirm once the dialog is open (its buttons exist before, doing nothing).
    const dialog = await find(element, 'cp-confirm-dialog');
    await find(dialog, 'dialog[open]');
    await click(dialog, 'Confirmer');
  },
};

/** RAT-7: Jeane CHAOURCE, GP, must designate a new GP before she can leave. */
export const PrincipalHandOver: Story = {
  render: () => inSession('jeane', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    await click(await loaded(canvasElement), 'Gérer');
  },
};

/** RAT-1: Claire ticks her two rattachements; "Supprimer les rattachements (2)" is offered. */
export const BulkSelection: Story = {
  render: () => inSession('claire', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    await tickMine(await loaded(canvasElement), 'COMMUNE DE TERNEUIL SUR SEINE', 'CENTRE COMMUNAL');
  },
};

/** RAT-1: the one confirmation of "Supprimer les rattachements", listing every structure concerned. */
export const BulkConfirmation: Story = {
  render: () => inSession('claire', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await tickMine(element, 'COMMUNE DE TERNEUIL SUR SEINE', 'CENTRE COMMUNAL');
    await askToDelete(element, 2);
  },
};

/**
 * RAT-1 / RAT-7: Pauline deletes her request to the CC du Chaourcois and her rattachement to the
 * Mairie, whose GP she is: the request goes, the Mairie is refused with the reason and stays ticked.
 */
export const BulkPartialOutcome: Story = {
  render: () => inSession('pauline', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    await createHttpClient({ user: SEED_USERS.pauline }).requestRattachement({
      idStructureCPP: CAST.structures.chaourcois,
      niveau: 'STRUCTURE',
      dateDebut: '2026-03-02',
      commentaire: 'Coopération intercommunale',
    });
    window.dispatchEvent(new Event('focus'));
    await tickMine(element, "CC DU CHAOURCOIS ET DU VAL D'ARMANCE", 'COMMUNE DE TERNEUIL SUR SEINE');
    await click(await askToDelete(element, 2), 'OK');
    await find(element, '[part="notice"]');
  },
};

/** RAT-1 "Visualiser la demande": Claire's pending request to the Mairie, with its comment. */
export const RequestView: Story = {
  render: () => inSession('claire', html`<cp-rattachements></cp-rattachements>`),
  play: async ({ canvasElement }) => {
    const element = await loaded(canvasElement);
    const row = await rowOf(await find(element, 'cp-data-table'), 'COMMUNE DE TERNEUIL SUR SEINE');
    row.querySelector('button')!.click();
    await click(element, 'Visualiser la demande');
    await find(element, '[part="request-view"]');
  },
};

/** The GP of the large set's biggest structure: searches run over 100,000 structures. */
export const LargeDirectory: Story = {
  loaders: [largeMockLoader],
  render: () => html`<cp-session user="utilisateur.1@exemple.fr"><cp-rattachements></cp-rattachements></cp-session>`,
};

/** Outside any `<cp-session>`: says so. */
export const NoSession: Story = {
  render: () => html`<cp-rattachements></cp-rattachements>`,
};

/** In English. */
export const English: Story = {
  render: () => inSession('claire', html`<cp-rattachements lang="en"></cp-rattachements>`),
};
