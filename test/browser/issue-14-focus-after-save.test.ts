import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SEED_PASSWORD } from '../../mock-api/seed/cast.js';
import { CAST } from '../../mock-api/seed/index.js';
import '../../src/elements/cp-rattachements/cp-rattachements.js';
import '../../src/elements/cp-service-manager/cp-service-manager.js';
import '../../src/elements/cp-structure-manager/cp-structure-manager.js';
import { button, deepActive, deepQuery, field, fill, mountAs, textOf } from './cp-account-form-support.js';
import { useMockWorker } from './support/mock-worker.js';
import { clientAs, mountAs as mountInSession, type SeedUser } from './support/mount.js';

const { structures: S } = CAST;

/** Presses Enter on a button, keyboard only, as a user who tabbed to it. */
async function enterOn(target: HTMLButtonElement): Promise<void> {
  target.focus();
  await sendKeys({ press: 'Enter' });
}

/** The focused element (through shadow roots) once it matches: the outcome of the write, never `body`. */
async function focusedOutcome(matches: (el: Element) => boolean, what: string): Promise<Element> {
  await waitUntil(() => {
    const active = deepActive();
    return active !== null && active !== document.body && matches(active);
  }, `focus is on ${what}`);
  return deepActive()!;
}

const isNotice = (el: Element) => el.getAttribute('part') === 'notice';

/** Mounts an element in a session of a seed user and waits until it shows `readyText`. */
async function mountIn(user: SeedUser, content: ReturnType<typeof html>, readyText: string) {
  const { el } = await mountInSession(user, content, (el) => textOf(el).includes(readyText), `${readyText} is shown`);
  return el;
}

const structureManager = (id: number) =>
  mountIn('jeane', html`<cp-structure-manager structure-id=${id}></cp-structure-manager>`, 'Modifier');
const serviceManager = () =>
  mountIn('jeane', html`<cp-service-manager structure-id=${S.syndicatEaux}></cp-service-manager>`, 'Créer un service');

describe('Issue 14 (item 1, 6a): after a save, focus is on its outcome, never on the page', () => {
  useMockWorker({ locale: 'fr' });

  it('cp-account-form: Enter on Valider, the button busy meanwhile, then focus on "enregistrées" (a status, in view)', async function () {
    this.timeout(30_000);
    const { form } = await mountAs('pauline');
    fill(form, 'mobile', '+33 6 12 34 56 78');
    const valider = button(form, 'Valider');
    await enterOn(valider);
    const outcome = await focusedOutcome(isNotice, 'the success message');
    expect(outcome.textContent).to.contain('Vos informations ont été enregistrées.');
    expect(outcome.getAttribute('role')).to.equal('status');
    const box = outcome.getBoundingClientRect();
    expect(box.top >= 0 && box.top < window.innerHeight, 'scrolled into view').to.equal(true);
  });

  it('cp-account-form ACC-6: saving the language (EN) switches the page and focus is on the English message', async function () {
    this.timeout(30_000);
    const { form } = await mountAs('pauline');
    fill(form, 'langue', 'EN');
    await enterOn(button(form, 'Valider'));
    const outcome = await focusedOutcome(
      (el) => isNotice(el) && el.textContent!.includes('Your information has been saved.'),
      'the English success message',
    );
    expect(field(form, 'langue')!.value).to.equal('EN');
    expect(outcome.getAttribute('role')).to.equal('status');
  });

  it('cp-account-form ACC-7: a stale save puts focus on the conflict notice', async function () {
    this.timeout(30_000);
    const { form } = await mountAs('pauline');
    const other = clientAs('pauline');
    const loaded = await other.getMyAccount();
    await other.updateMyAccount({
      emailContact: 'mairie.compta@terneuil-sur-seine.fr',
      nom: loaded.nom!,
      prenom: loaded.prenom!,
      adresse: loaded.adresse!,
      version: loaded.version,
    });
    fill(form, 'mobile', '+33 6 12 34 56 78');
    await enterOn(button(form, 'Valider'));
    const outcome = await focusedOutcome((el) => el.id === 'conflict', 'the conflict notice');
    expect(outcome.getAttribute('role')).to.equal('alert');
    expect(textOf(form)).to.contain('modifiées ailleurs');
  });

  it('cp-account-form, password block (ACC-4): Enter on "Modifier le mot de passe", then focus on the message', async function () {
    this.timeout(30_000);
    const { form } = await mountAs('paul', (f) =>
      Boolean(deepQuery(f, 'cp-account-password')?.shadowRoot?.querySelector('#f-confirmation')),
    );
    const block = deepQuery(form, 'cp-account-password')!;
    fill(block, 'motDePasseActuel', SEED_PASSWORD);
    fill(block, 'nouveauMotDePasse', 'Nouveau-Depart-2026');
    fill(block, 'confirmation', 'Nouveau-Depart-2026');
    await enterOn(button(block, 'Modifier le mot de passe'));
    const outcome = await focusedOutcome(isNotice, 'the success message');
    expect(outcome.textContent).to.contain('Votre mot de passe a été modifié.');
  });

  it('cp-account-form, deactivation (DEA-1): after the confirmation, focus is on the reactivation that takes the place of the form', async function () {
    this.timeout(30_000);
    const { form } = await mountAs('lucas', (f) =>
      Boolean(deepQuery(f, 'cp-account-deactivation')?.shadowRoot?.querySelector('button.danger')),
    );
    await enterOn(button(form, 'Désactiver mon compte'));
    const dialog = deepQuery(form, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens');
    await enterOn(dialog.shadowRoot!.querySelector<HTMLButtonElement>('.confirm')!);
    const outcome = await focusedOutcome((el) => el.getAttribute('part') === 'title', 'the reactivation block');
    expect(outcome.textContent).to.contain('Réactiver mon compte');
    expect(outcome.getAttribute('role')).to.equal('heading');
  });

  it('cp-account-form, reactivation (DEA-4): after "Réactiver mon compte" is refused, focus is on the way to the support', async function () {
    this.timeout(30_000);
    const { form } = await mountAs('denise', (f) => textOf(f).includes('Réactiver mon compte'));
    await enterOn(button(form, 'Réactiver mon compte'));
    await waitUntil(() => deepQuery(form, '[part="confirm"]'), 'the Valider step (guide 001)');
    await enterOn(button(form, 'Valider'));
    const outcome = await focusedOutcome((el) => el.getAttribute('part') === 'notice support', 'the support message');
    expect(outcome.textContent).to.contain('seule l’assistance peut réactiver votre compte');
  });

  it('cp-structure-manager: Enter on Soumettre of a modification, then focus on the pending change and its time', async function () {
    this.timeout(30_000);
    const el = await structureManager(S.chaourcois);
    await enterOn(button(el, 'Modifier'));
    await waitUntil(() => deepQuery<HTMLInputElement>(el, '#f-libelleStructure')?.disabled === false);
    fill(el, 'libelleStructure', 'CC du Chaourcois');
    await enterOn(button(el, 'Soumettre'));
    const outcome = await focusedOutcome(isNotice, 'the accepted change');
    expect(outcome.textContent).to.contain('prendra effet le');
  });

  it('cp-structure-manager: a write the host vetoes leaves focus on the message saying so', async function () {
    this.timeout(30_000);
    const el = await structureManager(S.syndicatEaux);
    el.addEventListener('cp-before-structure-write', (event) => event.preventDefault());
    await enterOn(button(el, 'Activer'));
    const outcome = await focusedOutcome(isNotice, 'the veto message');
    expect(outcome.textContent).to.contain('annulée par la page');
  });

  it('cp-service-manager: Enter on Soumettre of a new service, then focus on "créé et actif"', async function () {
    this.timeout(30_000);
    const el = await serviceManager();
    await enterOn(button(el, 'Créer un service'));
    await waitUntil(() => field(el, 'codeService') !== null);
    fill(el, 'codeService', '0456');
    fill(el, 'libelleService', 'Voirie');
    await enterOn(button(el, 'Soumettre'));
    const outcome = await focusedOutcome(isNotice, 'the success message');
    expect(outcome.textContent).to.contain('Service 0456 créé et actif.');
  });

  it('cp-rattachements (RAT-7): keyboard only, Enter on Confirmer of "Me détacher": focus is on the outcome', async function () {
    this.timeout(30_000);
    const list = await mountIn('sophie', html`<cp-rattachements></cp-rattachements>`, 'COMMUNE DE TERNEUIL SUR SEINE');
    const table = deepQuery(list, 'cp-data-table')!;
    const row = [...table.shadowRoot!.querySelectorAll('tbody tr')].find((r) =>
      r.textContent!.includes('COMMUNE DE TERNEUIL SUR SEINE'),
    )!;
    await enterOn(row.querySelector('button')!);
    await waitUntil(() => textOf(list).includes('Me détacher de la structure'), 'the panel opens');
    await enterOn(button(list, 'Me détacher de la structure'));
    const dialog = deepQuery(list, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens');
    await enterOn(button(dialog, 'Confirmer'));
    const outcome = await focusedOutcome(
      (el) => el.textContent!.includes('Vous êtes détaché de COMMUNE DE TERNEUIL SUR SEINE'),
      'the outcome of leaving',
    );
    expect(outcome.closest('.notice--success') ?? outcome.querySelector('.notice--success'), 'a success').not.to.equal(
      null,
    );
  });
});
