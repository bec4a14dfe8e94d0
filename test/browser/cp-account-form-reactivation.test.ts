import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DAY_MS, manualClock } from '../../mock-api/clock.js';
import { createHttpClient, createOutboxClient } from '../../src/client/index.js';
import '../../src/elements/cp-account-form/cp-account-form.js';
import type { CpAccountForm } from '../../src/elements/cp-account-form/cp-account-form.js';
import '../../src/elements/cp-session/cp-session.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import {
  button,
  deepActive,
  deepQuery,
  field,
  fill,
  loginOf,
  mountAs,
  tabTo,
  textOf,
  typeOver,
} from './cp-account-form-support.js';
import { useMockWorker } from './support/mock-worker.js';

const clock = manualClock(new Date());
const NEW_PASSWORD = 'Nouveau-Depart-2026';

/** The token of the latest reactivation link e-mailed to the user, read from the mock's outbox through the client (NOT-4). */
async function latestToken(user: Parameters<typeof loginOf>[0]): Promise<string> {
  const { items } = await createOutboxClient({ user: loginOf(user) }).listOutbox({ destinataire: loginOf(user) });
  return new URL(items[0]!.lien!, location.origin).searchParams.get('jeton')!;
}

/** The form opened from the e-mailed link: the host passes the token. */
async function openLink(user: Parameters<typeof loginOf>[0], token: string, lang = 'fr'): Promise<CpAccountForm> {
  const session = await fixture(
    html`<cp-session user=${loginOf(user)}><cp-account-form lang=${lang} reactivation-token=${token} support-href="/sollicitations"></cp-account-form></cp-session>`,
  );
  const form = session.querySelector('cp-account-form')!;
  await waitUntil(() => field(form, 'nouveauMotDePasse'), 'the reactivation form opens');
  return form;
}

/** Fills the new password twice and the new secret question and answer (DEA-3). */
function fillSecrets(form: Element, password = NEW_PASSWORD): void {
  const block = deepQuery(form, 'cp-account-reactivation')!;
  fill(block, 'nouveauMotDePasse', password);
  fill(block, 'confirmation', password);
  fill(block, 'questionSecrete', 'Premier poste ?');
  fill(block, 'reponseSecrete', 'Chaource');
}

/** Guide 001: "Réactiver mon compte" (or "Demander un nouveau lien"), then "Valider" sends the link. */
async function ask(form: Element, request: string, validate: string): Promise<void> {
  button(form, request).click();
  await waitUntil(() => deepQuery(form, '[part="confirm"]'), 'the Valider step opens');
  button(form, validate).click();
}

const deactivatedReady = (form: Element) =>
  textOf(form).includes('Réactiver mon compte') || textOf(form).includes('Reactivate my account');

describe('cp-account-form: reactivation (DEA-3, DEA-4, ID-4)', () => {
  useMockWorker({ clock, locale: 'fr' });

  it('DEA-3: Henri (deactivated 10 days ago) asks for the link, which is e-mailed; following it he sets a new password and secret question', async () => {
    const { session, form } = await mountAs('henri', deactivatedReady);
    expect(textOf(form)).to.contain('Votre compte est désactivé');
    await expect(form).to.be.accessible();
    const requested = oneEvent(session, 'cp-reactivation-requested');
    await ask(form, 'Réactiver mon compte', 'Valider');
    await requested;
    await waitUntil(() => textOf(form).includes(`Un courriel a été envoyé à ${loginOf('henri')}`));
    await expect(form).to.be.accessible();

    const link = await openLink('henri', await latestToken('henri'));
    await expect(link).to.be.accessible();
    fillSecrets(link);
    const reactivated = oneEvent(link, 'cp-account-reactivated');
    button(link, 'Valider').click();
    await reactivated;
    await waitUntil(() => field(link, 'nom')?.value === 'MOREAU', 'the account opens');
    expect(textOf(link)).to.contain('Votre compte est réactivé.');
    expect((await createHttpClient({ user: loginOf('henri') }).getMyAccount()).etat).to.equal('ACTIF');
  });

  it('DEA-3, guide 001 keyboard only: "Réactiver mon compte" opens the Valider step (focus on it), Annuler sends nothing, Valider sends the link', async function () {
    this.timeout(60_000);
    const { form } = await mountAs('henri', deactivatedReady);
    await tabTo((el) => el.textContent?.trim() === 'Réactiver mon compte', 'Réactiver mon compte');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.getAttribute('part') === 'confirm', 'focus on the Valider step');
    expect(textOf(form)).to.contain('va être envoyé à votre adresse électronique de contact');
    await expect(form).to.be.accessible();
    await tabTo((el) => el.textContent?.trim() === 'Annuler', 'Annuler');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.textContent?.trim() === 'Réactiver mon compte', 'focus back on the button');
    const { items } = await createOutboxClient({ user: loginOf('henri') }).listOutbox({
      destinataire: loginOf('henri'),
    });
    expect(items, 'Annuler sends nothing').to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await tabTo((el) => el.textContent?.trim() === 'Valider', 'Valider');
    const requested = oneEvent(form, 'cp-reactivation-requested');
    await sendKeys({ press: 'Enter' });
    await requested;
    await waitUntil(() => deepActive()?.getAttribute('part') === 'notice sent', 'focus on where the link went');
  });

  it('DEA-3 keyboard only: the link form is filled and sent with the keyboard', async () => {
    await createHttpClient({ user: loginOf('henri') }).requestReactivation();
    const form = await openLink('henri', await latestToken('henri'));
    field(form, 'nouveauMotDePasse')!.focus();
    await sendKeys({ type: NEW_PASSWORD });
    for (const [name, value] of [
      ['confirmation', NEW_PASSWORD],
      ['questionSecrete', 'Premier poste ?'],
      ['reponseSecrete', 'Chaource'],
    ] as const) {
      await tabTo((el) => el.id === `f-${name}`, name);
      await typeOver(value);
    }
    const reactivated = oneEvent(form, 'cp-account-reactivated');
    await tabTo((el) => el.textContent?.trim() === 'Valider', 'the button');
    await sendKeys({ press: 'Enter' });
    await reactivated;
  });

  it('DEA-3, ACC-4: a new password outside the policy is refused next to the field, the link stays usable', async () => {
    await createHttpClient({ user: loginOf('henri') }).requestReactivation();
    const form = await openLink('henri', await latestToken('henri'));
    fillSecrets(form, 'court');
    button(form, 'Valider').click();
    await waitUntil(() => textOf(form).includes('Le formulaire contient 1 erreur'));
    expect(textOf(form)).to.contain('Le mot de passe ne respecte pas la politique indiquée.');
    await expect(form).to.be.accessible();
    fillSecrets(form);
    button(form, 'Valider').click();
    await waitUntil(() => textOf(form).includes('Votre compte est réactivé.'));
  });

  it('DEA-3: a used or replaced link says so and offers a new one', async () => {
    const henri = createHttpClient({ user: loginOf('henri') });
    await henri.requestReactivation();
    const first = await latestToken('henri');
    await henri.requestReactivation();
    const form = await openLink('henri', first);
    fillSecrets(form);
    button(form, 'Valider').click();
    await waitUntil(() => textOf(form).includes('Ce lien a déjà servi ou a été remplacé'));
    await expect(form).to.be.accessible();
    await ask(form, 'Demander un nouveau lien', 'Valider');
    await waitUntil(() => textOf(form).includes('Un courriel a été envoyé à'));
    expect(await latestToken('henri')).not.to.equal(first);
  });

  it('DEA-3: an expired link (after 24 h) says so and offers a new one', async () => {
    await createHttpClient({ user: loginOf('henri') }).requestReactivation();
    const token = await latestToken('henri');
    clock.advance(DAY_MS + 60_000);
    const form = await openLink('henri', token);
    fillSecrets(form);
    button(form, 'Valider').click();
    await waitUntil(() => textOf(form).includes('Ce lien a expiré'));
    expect(textOf(form)).to.contain('il n’était valable que 24 heures. Réf. DEA-3');
    expect(textOf(form)).to.contain('Vous pouvez demander un nouveau lien');
  });

  it('DEA-4: Denise, deactivated 90 days ago, is pointed to the support', async () => {
    const { form } = await mountAs('denise', deactivatedReady);
    await ask(form, 'Réactiver mon compte', 'Valider');
    await waitUntil(() => textOf(form).includes('seule l’assistance peut réactiver votre compte'));
    expect(textOf(form)).to.contain('plus de 60 jours');
    expect(deepQuery(form, 'a[href="/sollicitations"]'), 'no support link without support-href').to.equal(null);
    expect(() => button(form, 'Réactiver mon compte'), 'no self-reactivation button any more').to.throw();
    await expect(form).to.be.accessible();
  });

  it('DEA-3, DEA-4 in English: the link form and the support message', async () => {
    setPageLocale('en');
    const { form } = await mountAs('denise', deactivatedReady);
    await ask(form, 'Reactivate my account', 'Confirm');
    await waitUntil(() => textOf(form).includes('only the helpdesk can reactivate your account'));
    await createHttpClient({ user: loginOf('henri') }).requestReactivation();
    const link = await openLink('henri', await latestToken('henri'), 'en');
    expect(textOf(link)).to.contain('Choose a new password and a new secret question');
  });
});
