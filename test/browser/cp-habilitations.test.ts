import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpClient } from '../../src/client/index.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { button, deepActive, tabTo } from './cp-account-form-support.js';
import {
  choose,
  deepAll,
  deepQuery,
  mountAs,
  rowAction,
  rowCheckbox,
  textOf,
  typeInto,
  waitForText,
} from './cp-rattachements-support.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';

const abonnementRows = (el: Element) =>
  deepAll(el, 'cp-data-table[part="abonnements"]').flatMap((table) => deepAll(table, 'tr[part~="row"]'));

describe('cp-habilitations: my habilitations, my abonnements, request an abonnement (HAB-2, HAB-7, HAB-8)', () => {
  const mock = useMockWorker({ locale: 'fr' }); // The host's language: French whatever the user saved (ACC-6 is tested in cp-session).

  it('HAB-2: Lucas sees his profiles by structure and service with the access they give; the filter narrows them', async () => {
    const session = await mountAs('lucas', html`<cp-habilitations></cp-habilitations>`, 'FACTURES_PUBLIQUES');
    const el = session.querySelector('cp-habilitations')!;
    const text = textOf(el);
    expect(text).to.contain("CC DU CHAOURCOIS ET DU VAL D'ARMANCE");
    expect(text).to.contain('Consultation uniquement');
    expect(text).to.contain('Exporter en CSV');
    await expect(el).to.be.accessible();
    typeInto(el, '#hb-filter', 'factures recues');
    await waitForText(el, '1 habilitation sur');
    await expect(el).to.be.accessible();
    typeInto(el, '#hb-filter', 'introuvable');
    await waitForText(el, 'Vous ne détenez aucune habilitation.');
  });

  it('HAB-7: Sophie deletes two abonnements at once after confirming; one by its row action', async () => {
    const session = await mountAs('sophie', html`<cp-habilitations></cp-habilitations>`, 'Mes abonnements aux espaces');
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(() => abonnementRows(el).length > 0, 'the abonnements show');
    const before = (await createHttpClient({ user: SEED_USERS.sophie }).listMyAbonnements()).total;
    const table = deepQuery(el, 'cp-data-table[part="abonnements"]')!;
    rowCheckbox(table, 'Accueil connecté').click();
    rowCheckbox(table, 'Mon compte').click();
    await waitUntil(
      () =>
        deepAll<HTMLButtonElement>(el, 'button').some(
          (b) => b.textContent!.trim() === 'Supprimer la sélection (2)' && !b.disabled,
        ),
      'two rows are selected',
    );
    button(el, 'Supprimer la sélection (2)').click();
    const dialog = deepQuery(el, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens');
    await expect(el).to.be.accessible();
    button(dialog, 'Confirmer').click();
    await waitForText(el, '2 abonnements supprimés.');
    expect((await createHttpClient({ user: SEED_USERS.sophie }).listMyAbonnements()).total).to.equal(before - 2);
    await waitUntil(() => !textOf(table).includes('Accueil connecté'), 'the rows are gone');

    rowAction(table, 'Sollicitations émises').click();
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens');
    button(dialog, 'Confirmer').click();
    await waitForText(el, '1 abonnement supprimé.');
    expect((await createHttpClient({ user: SEED_USERS.sophie }).listMyAbonnements()).total).to.equal(before - 3);
  });

  it('HAB-4 keyboard only: Jeane\'s "Activités du gestionnaire" is marked as coming with her GP role; "Supprimer" on it deletes nothing and says why', async () => {
    const session = await mountAs('jeane', html`<cp-habilitations></cp-habilitations>`, 'Mes abonnements aux espaces');
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(() => abonnementRows(el).length > 0, 'the abonnements show');
    const before = (await createHttpClient({ user: SEED_USERS.jeane }).listMyAbonnements()).total;
    const row = abonnementRows(el).find(
      (r) => r.textContent!.includes('Activités du gestionnaire') && r.textContent!.includes('CC DU CHAOURCOIS ET'),
    )!;
    expect(row.textContent).to.contain('Validé · lié à votre rôle de gestionnaire principal');
    const remove = row.querySelector<HTMLButtonElement>('button')!;
    await tabTo((a) => a === remove, 'the row’s Supprimer');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'hb-notice', 'focus on the reason');
    expect(deepActive()!.textContent)
      .to.contain('vont avec votre rôle de gestionnaire principal')
      .and.contain('Rien n’a été supprimé');
    expect((await createHttpClient({ user: SEED_USERS.jeane }).listMyAbonnements()).total).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('HAB-8: Lucas requests "Factures à valider" on his service; the row shows pending; a second request is refused with its reason', async () => {
    const session = await mountAs('lucas', html`<cp-habilitations></cp-habilitations>`, 'Mes abonnements aux espaces');
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(() => abonnementRows(el).length > 0, 'the abonnements show');
    button(el, 'Demander un abonnement').click();
    await waitForText(el, 'le service par défaut désigne toute la structure');
    await waitUntil(
      () => (deepQuery<HTMLSelectElement>(el, '#ab-structure')?.options.length ?? 0) > 1,
      'his structures are offered',
    );
    button(el, 'Valider la demande').click();
    await waitForText(el, 'Le formulaire contient 2 erreurs');
    await expect(el).to.be.accessible();
    const select = deepQuery<HTMLSelectElement>(el, '#ab-structure')!;
    choose(el, '#ab-structure', select.options[1]!.value);
    choose(el, '#ab-espace', 'FACTURES_A_VALIDER');
    await waitUntil(
      () => Boolean(deepQuery(el, 'input[aria-label="Modification sur FACTURES_PUBLIQUES"]')),
      'only his service is offered',
    );
    expect(textOf(el)).not.to.contain('Service par défaut (toute la structure)');
    deepQuery<HTMLInputElement>(el, 'input[aria-label="Modification sur FACTURES_PUBLIQUES"]')!.click();
    button(el, 'Valider la demande').click();
    await waitForText(el, '1 demande d’abonnement envoyée :');
    await waitForText(el, 'En cours de validation');
    await expect(el).to.be.accessible();

    button(el, 'Demander un abonnement').click();
    await waitUntil(
      () => (deepQuery<HTMLSelectElement>(el, '#ab-structure')?.options.length ?? 0) > 1,
      'his structures are offered',
    );
    choose(el, '#ab-structure', deepQuery<HTMLSelectElement>(el, '#ab-structure')!.options[1]!.value);
    choose(el, '#ab-espace', 'FACTURES_A_VALIDER');
    await waitUntil(() => Boolean(deepQuery(el, 'input[aria-label="Modification sur FACTURES_PUBLIQUES"]')));
    deepQuery<HTMLInputElement>(el, 'input[aria-label="Modification sur FACTURES_PUBLIQUES"]')!.click();
    button(el, 'Valider la demande').click();
    await waitForText(el, 'La demande est refusée. Cet abonnement est déjà détenu ou demandé. Réf. HAB-8');
    await expect(el).to.be.accessible();
  });

  it('HAB-8: keyboard only, Lucas opens the request, picks his structure and the espace, ticks modification on his service, writes a comment and sends; focus follows', async function () {
    this.timeout(30_000); // Many key presses and round trips to the mock on a loaded machine.
    const session = await mountAs('lucas', html`<cp-habilitations></cp-habilitations>`, 'Mes abonnements aux espaces');
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(() => abonnementRows(el).length > 0, 'the abonnements show', { timeout: 8000 });
    await tabTo((active) => active.textContent?.trim() === 'Demander un abonnement', 'the request button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'ab-structure', 'focus moves to the structure field', { timeout: 8000 });
    const structure = deepActive() as HTMLSelectElement;
    await waitUntil(() => structure.options.length > 1, 'his structures are offered', { timeout: 8000 });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => structure.value !== '', 'a structure is chosen', { timeout: 8000 });
    await tabTo((active) => active.id === 'ab-espace', 'the espace field');
    const espace = deepActive() as HTMLSelectElement;
    for (let i = 0; i < espace.options.length && espace.value !== 'FACTURES_A_VALIDER'; i += 1)
      await sendKeys({ press: 'ArrowDown' });
    expect(espace.value).to.equal('FACTURES_A_VALIDER');
    await tabTo(
      (active) => active.getAttribute('aria-label') === 'Modification sur FACTURES_PUBLIQUES',
      'the modification checkbox of his service',
    );
    await sendKeys({ press: 'Space' });
    await tabTo((active) => active.id === 'ab-commentaire', 'the comment');
    await sendKeys({ type: 'Validation des factures' });
    await waitForText(el, '23 / 255');
    await expect(el).to.be.accessible();
    await tabTo((active) => active.textContent?.trim() === 'Valider la demande', 'the submit button');
    await sendKeys({ press: 'Enter' });
    await waitForText(el, '1 demande d’abonnement envoyée :');
    await waitUntil(() => deepActive()?.id === 'hb-notice', 'focus moves to the outcome', { timeout: 8000 });
    await waitForText(el, 'En cours de validation');
    const requested = (await createHttpClient({ user: SEED_USERS.lucas }).listMyAbonnements()).items.filter(
      (a) => a.statut === 'EN_COURS_DE_VALIDATION',
    );
    expect(requested.map((a) => [a.espace, a.mode, a.codeService])).to.deep.equal([
      ['FACTURES_A_VALIDER', 'MODIFICATION', 'FACTURES_PUBLIQUES'],
    ]);

    await tabTo((active) => active.textContent?.trim() === 'Demander un abonnement', 'the request button again', true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'ab-structure', 'focus moves to the structure field', { timeout: 8000 });
    await tabTo((active) => active.textContent?.trim() === 'Annuler', 'the cancel button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => deepActive()?.textContent?.trim() === 'Demander un abonnement',
      'focus goes back to the request button',
      { timeout: 8000 },
    );
  });

  it('HAB-8: an espace not open on the structure is refused with the rule', async () => {
    const session = await mountAs('sophie', html`<cp-habilitations></cp-habilitations>`, 'Mes abonnements aux espaces');
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(() => abonnementRows(el).length > 0, 'the abonnements show');
    button(el, 'Demander un abonnement').click();
    await waitUntil(() => (deepQuery<HTMLSelectElement>(el, '#ab-structure')?.options.length ?? 0) > 1);
    choose(el, '#ab-structure', deepQuery<HTMLSelectElement>(el, '#ab-structure')!.options[1]!.value);
    choose(el, '#ab-espace', 'PROCESSUS_VALIDATION');
    await waitForText(el, 'Service par défaut (toute la structure)');
    deepQuery<HTMLInputElement>(
      el,
      'input[aria-label="Consultation sur Service par défaut (toute la structure)"]',
    )!.click();
    button(el, 'Valider la demande').click();
    await waitForText(el, 'La demande est refusée. Cet espace n’est pas ouvert sur ce périmètre. Réf. HAB-8');
  });

  it('HAB-2 / X-7: keyboard only, Tab reaches the filter and typing narrows the list; a refresh on window focus keeps the lists, the filter and the focus; another user’s lists show loading first', async () => {
    const session = await mountAs('lucas', html`<cp-habilitations></cp-habilitations>`, 'FACTURES_PUBLIQUES');
    const el = session.querySelector('cp-habilitations')!;
    const filter = deepQuery<HTMLInputElement>(el, '#hb-filter')!;
    await tabTo((active) => active === filter, 'the filter');
    await sendKeys({ type: 'engagements' });
    await waitForText(el, '1 habilitation sur');
    expect(deepActive()).to.equal(filter);
    await expectQuietRefresh(el, mock.worker, filter);
    expect(filter.value, 'the filter is kept').to.equal('engagements');
    await expectLoadingFirst(
      el,
      () => (session.user = SEED_USERS.sophie),
      () => !textOf(el).includes('FACTURES_PUBLIQUES') && textOf(el).includes('Accueil connecté'),
      'Sophie’s lists (not Lucas’s meanwhile)',
    );
  });

  it('HAB-7 / X-7: keyboard only, the abonnements Sophie ticked stay ticked through a refresh; once the session is Claire’s, nothing is ticked and "Supprimer la sélection" deletes nothing', async () => {
    const session = await mountAs('sophie', html`<cp-habilitations></cp-habilitations>`, 'Mes abonnements aux espaces');
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(() => abonnementRows(el).length > 0, 'the abonnements show');
    const sophiesTable = deepQuery(el, 'cp-data-table[part="abonnements"]')!;
    const box = rowCheckbox(sophiesTable, 'Accueil connecté');
    deepQuery<HTMLInputElement>(sophiesTable, 'thead input[type="checkbox"]')!.focus();
    await tabTo((active) => active === box, 'the "Accueil connecté" checkbox');
    await sendKeys({ press: 'Space' });
    const deleteTicked = (count: number) =>
      deepAll<HTMLButtonElement>(el, 'button').find(
        (b) => b.textContent!.trim() === `Supprimer la sélection (${count})`,
      );
    await waitUntil(() => deleteTicked(1)?.disabled === false, 'one abonnement is ticked');
    await expectQuietRefresh(el, mock.worker, box);
    expect(box.checked, 'still ticked').to.equal(true);
    expect(deleteTicked(1)?.disabled, 'still ready to delete').to.equal(false);

    const claire = (await createHttpClient({ user: SEED_USERS.claire }).listMyAbonnements()).total;
    await expectLoadingFirst(
      el,
      () => (session.user = SEED_USERS.claire),
      () => {
        const table = deepQuery(el, 'cp-data-table[part="abonnements"]');
        return table !== null && table !== sophiesTable && abonnementRows(el).length > 0;
      },
      'Claire’s abonnements',
    );
    expect(
      deepAll<HTMLInputElement>(el, 'tbody input[type="checkbox"]').some((b) => b.checked),
      'nothing ticked',
    ).to.equal(false);
    const none = deleteTicked(0);
    expect(none, '"Supprimer la sélection (0)"').to.not.equal(undefined);
    expect(none!.disabled, 'nothing to delete').to.equal(true);
    none!.click();
    await el.updateComplete;
    expect(deepQuery(el, 'cp-confirm-dialog')!.shadowRoot!.querySelector('dialog')!.open, 'no confirmation').to.equal(
      false,
    );
    expect((await createHttpClient({ user: SEED_USERS.claire }).listMyAbonnements()).total).to.equal(claire);
    await expect(el).to.be.accessible();
  });

  it('HAB-2 / HAB-7 in EN: titles, modes and statuses are translated', async () => {
    setPageLocale('en');
    const session = await mountAs('claire', html`<cp-habilitations></cp-habilitations>`, 'My space subscriptions');
    const el = session.querySelector('cp-habilitations')!;
    await waitForText(el, 'Consultation only');
    await waitForText(el, 'Validated');
    const text = textOf(el);
    expect(text).to.contain('My habilitations');
    expect(text).to.contain('Validated');
    expect(text).to.contain('Received invoices');
    await expect(el).to.be.accessible();
  });
});

describe('cp-habilitations with the GP of the CC du Chaourcois (HAB-3)', () => {
  useMockWorker();

  it('HAB-3: Jeane holds modification on the default profiles of her public structure', async () => {
    const session = await mountAs('jeane', html`<cp-habilitations></cp-habilitations>`, 'Mes habilitations');
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(() => deepQuery(el, '#hb-filter') !== null);
    typeInto(el, '#hb-filter', 'armance engagements');
    await waitForText(el, '1 habilitation sur');
    expect(textOf(el)).to.contain('Modification');
  });
});
