import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { roleOf } from '../../mock-api/rules/access.js';
import { todayIso } from '../../mock-api/rules/context.js';
import { CAST } from '../../mock-api/seed/cast.js';
import { createHttpClient, isCpError } from '../../src/client/index.js';
import type { CpConfirmDialog } from '../../src/elements/shared/cp-confirm-dialog.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { button, deepActive, deepQuery, fill, loginOf, mountAs, tabTo, textOf } from './cp-account-form-support.js';
import { useMockWorker } from './support/mock-worker.js';

const { users: u, structures: s } = CAST;

/** The deactivation block once its preview is loaded. */
const deactivationReady = (form: Element) =>
  Boolean(deepQuery(form, 'cp-account-deactivation')?.shadowRoot?.querySelector('button.danger'));
const block = (form: Element) => deepQuery(form, 'cp-account-deactivation')!;
const dialogOf = (form: Element) => deepQuery<CpConfirmDialog>(form, 'cp-confirm-dialog')!;
const deactivateButton = (form: Element) => block(form).shadowRoot!.querySelector<HTMLButtonElement>('button.danger')!;

/** Searches successors in one fieldset (a structure, or "all") and picks the user whose label contains `name`. */
async function designate(form: Element, key: string, query: string, name: string): Promise<void> {
  const deactivation = block(form);
  fill(deactivation, `search-${key}`, query);
  deactivation.shadowRoot!.querySelector<HTMLFormElement>(`#f-search-${key}`)!.form!.requestSubmit();
  await waitUntil(
    () => [...deactivation.shadowRoot!.querySelectorAll(`input[name="candidate-${key}"]`)].length > 0,
    `candidates for ${query}`,
  );
  const radio = [...deactivation.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="candidate-${key}"]`)].find(
    (r) => r.labels![0]!.textContent!.includes(name),
  )!;
  radio.click();
}

/** Whether the user's account is deactivated on the server (ID-4). */
async function isDeactivated(user: Parameters<typeof loginOf>[0]): Promise<boolean> {
  return createHttpClient({ user: loginOf(user) })
    .getMyAccount()
    .then(
      () => false,
      (error: unknown) => isCpError(error, 'ACCOUNT_DEACTIVATED'),
    );
}

describe('cp-account-form: deactivation (DEA-1, DEA-2)', () => {
  const mock = useMockWorker({ locale: 'fr' }); // The host's language: French whatever the user saved (ACC-6 is tested in cp-session).

  it('DEA-1: a simple user confirms after reading the 60-day window and the loss of unsaved changes; then only reactivation is offered', async () => {
    const { form } = await mountAs('lucas', deactivationReady);
    expect(textOf(block(form))).to.contain('pendant 60 jours');
    deactivateButton(form).click();
    const dialog = dialogOf(form);
    await waitUntil(() => dialog.open, 'the confirmation opens');
    expect(textOf(dialog))
      .to.contain('Vous pourrez réactiver votre compte pendant 60 jours.')
      .and.contain('Les modifications non enregistrées de cette page seront perdues.');
    await expect(dialog).to.be.accessible();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    await waitUntil(
      () => textOf(form).includes('Réactiver mon compte') && !deepQuery(form, '#f-nom'),
      'the form turns to reactivation',
    );
    expect(await isDeactivated('lucas')).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('DEA-1: cancelling the confirmation changes nothing', async () => {
    const { form } = await mountAs('lucas', deactivationReady);
    deactivateButton(form).click();
    const dialog = dialogOf(form);
    await waitUntil(() => dialog.open);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('.cancel')!.click();
    await waitUntil(() => !dialog.open);
    expect(await isDeactivated('lucas')).to.equal(false);
  });

  it('DEA-2: a GP is refused with the reason until each structure has a successor, then deactivates', async () => {
    const { form } = await mountAs('jeane', deactivationReady);
    const deactivation = block(form);
    expect(deactivateButton(form).getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(deactivation))
      .to.contain('Désactivation impossible pour l’instant :')
      .and.contain("CC DU CHAOURCOIS ET DU VAL D'ARMANCE")
      .and.contain('SYNDICAT DES EAUX DU CHAOURCOIS');
    await expect(deactivation).to.be.accessible();
    deactivateButton(form).click();
    expect(deepActive() === deactivation.shadowRoot!.querySelector('#blocked-reason'), 'focus on the reason').to.equal(
      true,
    );
    expect(dialogOf(form).open).to.equal(false);

    await designate(form, String(s.chaourcois), 'bernard', 'Lucas BERNARD');
    await waitUntil(() => textOf(deactivation).includes('Nouveau gestionnaire principal : Lucas BERNARD'));
    expect(deactivateButton(form).getAttribute('aria-disabled'), 'still one structure without GP').to.equal('true');
    expect(textOf(deactivation.shadowRoot!.querySelector('#blocked-reason')!)).not.to.contain('CC DU CHAOURCOIS');

    await designate(form, String(s.syndicatEaux), 'marc.leroy@', 'Marc LEROY');
    await waitUntil(() => deactivateButton(form).getAttribute('aria-disabled') === 'false');
    await expect(deactivation).to.be.accessible();
    deactivateButton(form).click();
    const dialog = dialogOf(form);
    await waitUntil(() => dialog.open);
    expect(textOf(dialog)).to.contain("CC DU CHAOURCOIS ET DU VAL D'ARMANCE → Lucas BERNARD");
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!.click();
    await waitUntil(() => !deepQuery(form, '#f-nom'), 'the account is deactivated');
    expect(await isDeactivated('jeane')).to.equal(true);
    const store = mock.app.env.store;
    expect([
      roleOf(store, u.lucas, s.chaourcois, todayIso(mock.app.env)),
      roleOf(store, u.marc, s.syndicatEaux, todayIso(mock.app.env)),
    ]).to.deep.equal(['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_PRINCIPAL']);
    expect(
      roleOf(store, u.jeane, s.chaourcois, todayIso(mock.app.env)),
      'Jeane stays attached, no longer GP',
    ).not.to.equal('GESTIONNAIRE_PRINCIPAL');
  });

  it('DEA-2: one person for all structures, among the users attached to every one of them', async () => {
    const { form } = await mountAs('jeane', deactivationReady);
    const deactivation = block(form);
    deactivation.shadowRoot!.querySelector<HTMLInputElement>('#mode-all')!.click();
    await waitUntil(() => deactivation.shadowRoot!.querySelector('#f-search-all'));
    fill(deactivation, 'search-all', 'bernard');
    deactivation.shadowRoot!.querySelector<HTMLInputElement>('#f-search-all')!.form!.requestSubmit();
    await waitUntil(() =>
      textOf(deactivation).includes(
        'Aucun utilisateur ne correspond à la recherche parmi ceux rattachés à toutes vos structures',
      ),
    );
  });

  it('DEA-2: a structure with no other attached user leaves the GP refused, and says why', async () => {
    // The seed attaches Marc to the Syndicat des eaux (so Jeane can hand it over, GP-2): his rattachement is deleted here.
    const marcOnSyndicat = mock.app.env.store.rattachements.find(
      (r) => r.idUtilisateur === u.marc && r.idStructureCPP === s.syndicatEaux,
    )!;
    mock.app.env.store.rattachements.update(marcOnSyndicat.idRattachement, { statutRattachement: 'SUPPRIMEE' });
    const { form } = await mountAs('jeane', deactivationReady);
    await designate(form, String(s.chaourcois), 'marc.leroy@', 'Marc LEROY');
    const deactivation = block(form);
    const key = String(s.syndicatEaux);
    deactivation.shadowRoot!.querySelector<HTMLInputElement>(`#f-search-${key}`)!.form!.requestSubmit();
    await waitUntil(() =>
      textOf(deactivation).includes('Aucun utilisateur actif rattaché ne correspond à cette recherche.'),
    );
    expect(deactivateButton(form).getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(deactivation.shadowRoot!.querySelector('#blocked-reason')!))
      .to.contain('SYNDICAT DES EAUX DU CHAOURCOIS')
      .and.not.contain('CC DU CHAOURCOIS');
  });

  it('DEA-2 keyboard only: one person for all structures, confirmed in the dialog', async () => {
    const { form } = await mountAs('jeane', deactivationReady);
    const deactivation = block(form);
    deactivation.shadowRoot!.querySelector<HTMLInputElement>('#mode-each')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(
      () => deactivation.shadowRoot!.querySelector('#f-search-all'),
      'the search for all structures appears',
    );
    await tabTo((el) => el.id === 'f-search-all', 'the search field');
    await sendKeys({ type: 'leroy' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deactivation.shadowRoot!.querySelector('input[name="candidate-all"]'), 'Marc is offered');
    await tabTo((el) => el.getAttribute('name') === 'candidate-all', 'the candidate');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => deactivateButton(form).getAttribute('aria-disabled') === 'false');
    await tabTo((el) => el === deactivateButton(form), 'the deactivate button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(form).open, 'the confirmation opens');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !deepQuery(form, '#f-nom'), 'the account is deactivated');
    const store = mock.app.env.store;
    expect([
      roleOf(store, u.marc, s.chaourcois, todayIso(mock.app.env)),
      roleOf(store, u.marc, s.syndicatEaux, todayIso(mock.app.env)),
    ]).to.deep.equal(['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_PRINCIPAL']);
  });

  it('DEA-2 in English: the refusal says why', async () => {
    setPageLocale('en');
    const { form } = await mountAs('jeane', deactivationReady);
    expect(textOf(block(form)))
      .to.contain('Deactivation is not possible yet:')
      .and.to.contain('Ref. DEA-2');
    expect(button(block(form), 'Deactivate my account').getAttribute('aria-disabled')).to.equal('true');
  });
});

describe('cp-account-form: an account initialised from MADRHAS (ACC-8)', () => {
  useMockWorker({ locale: 'fr' });
  const pigpReady = (form: Element) => Boolean(deepQuery(form, '#pigp-title'));

  it('ACC-8: Pauline (PIGP) is offered no password, secret question or deactivation, and is told where they are done', async () => {
    const { form } = await mountAs('pauline', pigpReady);
    for (const tag of ['cp-account-password', 'cp-account-secret-question', 'cp-account-deactivation']) {
      expect(deepQuery(form, tag), tag).to.equal(null);
    }
    const note = deepQuery(form, '[part="pigp"]')!;
    expect(textOf(note))
      .to.contain('Mot de passe, question secrète et désactivation')
      .and.contain('se gèrent sur le PIGP')
      .and.contain('passez par votre référent DGFiP');
    expect(deepQuery(form, '#pigp-title')!.getAttribute('aria-level')).to.equal('3');
    await expect(form).to.be.accessible();
  });

  it('ACC-8 keyboard only: after the form’s buttons, the PIGP account has no further stop in the element', async () => {
    const { form } = await mountAs('pauline', pigpReady);
    await tabTo((el) => el.textContent?.trim() === 'Annuler', 'the Annuler button');
    await sendKeys({ press: 'Tab' });
    expect(form.shadowRoot!.contains(deepActive()), 'focus has left the element').to.equal(false);
  });

  it('ACC-8 in English: the note is translated', async () => {
    setPageLocale('en');
    const { form } = await mountAs('pauline', pigpReady);
    expect(textOf(deepQuery(form, '[part="pigp"]')!))
      .to.contain('Password, secret question and deactivation')
      .and.contain('go through your DGFiP referent');
  });

  it('ACC-8: a portal account (Jeane) keeps its password, secret question and deactivation blocks', async () => {
    const { form } = await mountAs('jeane', deactivationReady);
    expect(deepQuery(form, 'cp-account-password')).not.to.equal(null);
    expect(deepQuery(form, 'cp-account-secret-question')).not.to.equal(null);
    expect(deepQuery(form, '[part="pigp"]')).to.equal(null);
  });
});
