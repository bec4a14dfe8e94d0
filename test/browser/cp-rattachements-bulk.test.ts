import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { fromFetchRequest } from '../../mock-api/http/types.js';
import { CAST } from '../../mock-api/seed/index.js';
import type { CpConfirmDialog } from '../../src/elements/shared/cp-confirm-dialog.js';
import type { CpDataTable } from '../../src/elements/shared/cp-data-table.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { button, deepActive, tabTo } from './cp-account-form-support.js';
import { deepQuery, mountAs, rowAction, rowCheckbox, textOf, waitForText } from './cp-rattachements-support.js';
import { useMockWorker } from './support/mock-worker.js';
import { clientAs, type SeedUser } from './support/mount.js';

const MAIRIE = 'COMMUNE DE TERNEUIL SUR SEINE';
const CCAS = "CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE";
const CHAOURCOIS = "CC DU CHAOURCOIS ET DU VAL D'ARMANCE";

/** The confirmation of "Supprimer les rattachements", once open. */
async function confirmation(list: Element): Promise<CpConfirmDialog> {
  await waitUntil(() => deepQuery<CpConfirmDialog>(list, 'cp-confirm-dialog')?.open, 'the confirmation opens');
  return deepQuery<CpConfirmDialog>(list, 'cp-confirm-dialog')!;
}

/** The texts listed by the confirmation. */
const listed = (dialog: CpConfirmDialog): string[] =>
  [...dialog.shadowRoot!.querySelectorAll('[part="items"] li')].map((li) => li.textContent ?? '');

/**
 * Mounts the list of `user` (once `ready` shows), ticks the rows of `names`, presses the delete
 * button (`label`, e.g. "Supprimer les rattachements (2)"); returns the list and the open confirmation.
 */
async function askToDelete(user: SeedUser, ready: string, names: string[], label: string) {
  const session = await mountAs(user, html`<cp-rattachements></cp-rattachements>`, ready);
  const list = session.querySelector('cp-rattachements')!;
  for (const name of names) rowCheckbox(list, name).click();
  await waitUntil(() => textOf(list).includes(label), `${names.length} ticked`);
  button(list, label).click();
  return { list, dialog: await confirmation(list) };
}

describe('cp-rattachements: "Supprimer les rattachements" and "Visualiser la demande" (RAT-1, RAT-7)', () => {
  /** Deletions that reached the network, with their Idempotency-Key. */
  let deletions: { path: string; key: string | null }[] = [];
  const mock = useMockWorker({
    locale: 'fr',
    onRequest: ({ request }) => {
      if (request.method === 'DELETE')
        deletions.push({ path: new URL(request.url).pathname, key: request.headers.get('idempotency-key') });
    },
  });
  beforeEach(() => {
    deletions = [];
  });

  it('RAT-1 / RAT-7: keyboard only, Claire ticks her two rattachements, one confirmation lists both, OK; the outcome takes focus and both rows leave', async () => {
    const session = await mountAs('claire', html`<cp-rattachements></cp-rattachements>`, MAIRIE);
    const list = session.querySelector('cp-rattachements')!;

    await tabTo((el) => el.getAttribute('aria-label') === 'Sélectionner la ligne 1', 'the first row checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el.getAttribute('aria-label') === 'Sélectionner la ligne 2', 'the second row checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el.textContent?.trim() === 'Supprimer les rattachements (2)', 'the delete button');
    await sendKeys({ press: 'Enter' });

    const dialog = await confirmation(list);
    expect(textOf(dialog)).to.contain(
      'Êtes-vous sûr de vouloir supprimer vos rattachements aux structures suivantes ?',
    );
    expect(listed(dialog)).to.deep.equal([
      `${CAST.sirets.ccas} ${CCAS} – Toute la structure`,
      `${CAST.sirets.mairie} ${MAIRIE} – Toute la structure`,
    ]);
    await expect(dialog).to.be.accessible();
    await tabTo((el) => el.textContent?.trim() === 'OK', 'the OK button');
    await sendKeys({ press: 'Enter' });

    await waitForText(list, 'Vos rattachements sont supprimés (2 sur 2).');
    expect(deepActive()?.getAttribute('part'), 'focus on the outcome').to.equal('notice');
    expect(textOf(list)).to.contain(`${CCAS} – Toute la structure : rattachement supprimé.`);
    expect(textOf(list)).to.contain(`${MAIRIE} – Toute la structure : demande de rattachement retirée.`);
    await waitForText(list, 'Vous n’êtes rattaché à aucune structure.');
    await expect(list).to.be.accessible();
    expect((await clientAs('claire').listMyRattachements()).total).to.equal(0);
  });

  it('RAT-7: partial refusal, Pauline deletes her request to the Chaourcois but not the Mairie she is GP of; the reason shows and the Mairie stays ticked', async () => {
    await clientAs('pauline').requestRattachement({
      idStructureCPP: CAST.structures.chaourcois,
      niveau: 'STRUCTURE',
      dateDebut: '2026-03-02',
      commentaire: 'Coopération intercommunale',
    });
    const { list, dialog } = await askToDelete(
      'pauline',
      CHAOURCOIS,
      [MAIRIE, CHAOURCOIS],
      'Supprimer les rattachements (2)',
    );
    expect(textOf(dialog), 'the GP is warned before').to.contain(
      'Vous êtes gestionnaire principal de l’une de ces structures',
    );
    expect(listed(dialog)).to.have.length(2);
    button(dialog, 'OK').click();

    await waitForText(list, 'Une partie seulement de vos rattachements est supprimée (1 sur 2).');
    const outcome = textOf(list);
    expect(outcome).to.contain(`${CHAOURCOIS} – Toute la structure : demande de rattachement retirée.`);
    expect(outcome).to.contain(
      `${MAIRIE} – Toute la structure : non supprimé. Vous êtes le gestionnaire principal : désignez d’abord un nouveau gestionnaire principal`,
    );
    expect(outcome, 'plain words, no rule id').not.to.contain('(RAT-7)');
    expect(deepActive()?.getAttribute('part'), 'focus on the outcome').to.equal('notice');
    await waitUntil(() => !rowsText(list).includes(CHAOURCOIS), 'the deleted row leaves');
    expect(rowCheckbox(list, MAIRIE).checked, 'the refused row stays ticked').to.equal(true);
    expect(button(list, 'Supprimer les rattachements (1)').disabled).to.equal(false);
    await expect(list).to.be.accessible();
  });

  it('X-5: the answers are lost; deleting again sends the same key per rattachement and nothing is deleted twice', async () => {
    let lost = 2;
    mock.worker.use(
      http.delete('*/api/me/rattachements/:idRattachement', async ({ request }) => {
        if (lost === 0) return undefined;
        lost -= 1;
        mock.app.handle(await fromFetchRequest(request));
        return HttpResponse.error();
      }),
    );
    const { list, dialog } = await askToDelete('claire', MAIRIE, [MAIRIE, CCAS], 'Supprimer les rattachements (2)');
    button(dialog, 'OK').click();
    await waitForText(list, 'Aucun rattachement n’a été supprimé.');
    expect(textOf(list)).to.contain('non supprimé. Le service est injoignable.');
    expect((await clientAs('claire').listMyRattachements()).total, 'the server did apply them').to.equal(0);

    button(list, 'Supprimer les rattachements (2)').click();
    button(await confirmation(list), 'OK').click();
    await waitForText(list, 'Vos rattachements sont supprimés (2 sur 2).');
    expect(deletions).to.have.length(4);
    for (const path of new Set(deletions.map((d) => d.path))) {
      const keys = deletions.filter((d) => d.path === path).map((d) => d.key);
      expect(keys, `${path}: the retry reuses the first key`).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
    }
    const history = await clientAs('claire').listMyRattachements({ inclureSupprimees: true });
    expect(history.items.map((r) => r.statutRattachement)).to.deep.equal(['SUPPRIMEE', 'SUPPRIMEE']);
  });

  it('EN: the selection, the confirmation listing the structures and the outcome in English', async () => {
    setPageLocale('en');
    const { list, dialog } = await askToDelete('claire', MAIRIE, [MAIRIE, CCAS], 'Delete the rattachements (2)');
    expect(textOf(dialog)).to.contain(
      'Are you sure you want to delete your rattachements to the following structures?',
    );
    expect(listed(dialog)).to.include(`${CAST.sirets.ccas} ${CCAS} – Whole structure`);
    button(dialog, 'OK').click();
    await waitForText(list, 'Your rattachements are deleted (2 of 2).');
    expect(textOf(list)).to.contain(`${MAIRIE} – Whole structure: rattachement request withdrawn.`);
    await expect(list).to.be.accessible();
  });

  it('RAT-1: keyboard only, Claire views her pending request; once Pauline refuses it, the decision, its author and comment show', async () => {
    const session = await mountAs('claire', html`<cp-rattachements></cp-rattachements>`, MAIRIE);
    const list = session.querySelector('cp-rattachements')!;
    await tabTo(
      (el) => (el.textContent ?? '').includes('Gérer') && (el.textContent ?? '').includes(CAST.sirets.mairie),
      'the row action of the Mairie',
    );
    await sendKeys({ press: 'Enter' });
    await tabTo((el) => el.textContent?.trim() === 'Visualiser la demande', 'the view button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'rv-title', 'focus on the request');
    const view = () => deepQuery(list, '[part="request-view"]')!.textContent ?? '';
    expect(view()).to.contain(`Demande de rattachement à ${MAIRIE}`);
    expect(view()).to.contain('Agent comptable, reprise du poste de Denise FAURE');
    expect(view()).to.contain('En attente de la décision d’un gestionnaire de la structure');
    expect(view()).to.match(/Date de la demande\s*\d{2}\/\d{2}\/\d{4}/);
    await expect(list).to.be.accessible();

    const pauline = clientAs('pauline');
    const [pending] = (await pauline.listApprobations({ etat: 'DEMANDE' })).items;
    await pauline.decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'REFUSE',
      commentaire: 'Poste déjà pourvu',
      version: pending!.version,
    });
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => view().includes('Pauline DUFOUR'), 'the decision shows (X-7)', { timeout: 8000 });
    expect(view()).to.contain('Refusée');
    expect(view()).to.contain('Poste déjà pourvu');
  });

  it('RAT-1: services show with code and libellé in the list and the CSV', async () => {
    const session = await mountAs('lucas', html`<cp-rattachements></cp-rattachements>`, CHAOURCOIS);
    const list = session.querySelector('cp-rattachements')!;
    const service = 'FACTURES_PUBLIQUES – Service des factures publiques';
    expect(textOf(list)).to.contain(service);
    expect(deepQuery<CpDataTable>(list, 'cp-data-table')!.toCsv()).to.contain(service);
    rowAction(list, CHAOURCOIS).click();
    await waitForText(list, 'Me détacher de');
    button(list, 'Visualiser la demande').click();
    await waitUntil(() => (deepQuery(list, '[part="request-view"]')?.textContent ?? '').includes(service));
  });
});

/** The text of the list's rows only. */
const rowsText = (list: Element): string =>
  [...deepQuery(list, 'cp-data-table')!.shadowRoot!.querySelectorAll('tr[part~="row"]')]
    .map((row) => row.textContent ?? '')
    .join('\n');
