import { expect, waitUntil } from '@open-wc/testing';
import { SEED_PASSWORD } from '../../mock-api/seed/cast.js';
import { createHttpClient } from '../../src/client/index.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { button, deepActive, deepQuery, field, fill, loginOf, mountAs, textOf } from './cp-account-form-support.js';
import { useMockWorker } from './support/mock-worker.js';

/** The ACC-4 policy items as shown: [met?, text]. */
const policy = (form: Element) =>
  [...deepQuery(form, 'cp-account-password')!.shadowRoot!.querySelectorAll('ul.policy li')].map(
    (li) => [li.getAttribute('data-met') === 'true', li.textContent!.replace(/\s+/g, ' ').trim()] as const,
  );

const block = (form: Element, tag: 'cp-account-password' | 'cp-account-secret-question') => deepQuery(form, tag)!;

describe('cp-account-form: password (ACC-4) and secret question (ACC-5)', () => {
  useMockWorker({ locale: 'fr' }); // The host's language: French whatever the user saved (ACC-6 is tested in cp-session).

  it('ACC-4: the policy is stated and each point is marked while typing', async () => {
    const { form } = await mountAs('jeane', (f) =>
      Boolean(deepQuery(f, 'cp-account-password')?.shadowRoot?.querySelector('#f-nouveauMotDePasse')),
    );
    const password = block(form, 'cp-account-password');
    expect(policy(form).every(([met]) => !met)).to.equal(true);
    expect(policy(form)[0]![1]).to.contain('Non respecté : au moins 12 caractères');
    fill(password, 'motDePasseActuel', SEED_PASSWORD);
    fill(password, 'nouveauMotDePasse', 'abcdefghijklm');
    await waitUntil(() => policy(form)[0]![0]);
    expect(policy(form).map(([met]) => met)).to.deep.equal([true, false, true, false]);
    fill(password, 'nouveauMotDePasse', 'Nouveau-Depart-2026');
    fill(password, 'confirmation', 'Nouveau-Depart-2026');
    await waitUntil(() => policy(form).every(([met]) => met), 'every point is met');
    expect(policy(form)[1]![1]).to.contain('Respecté : au moins 3 types de caractères').and.contain('(4 sur 4)');
    await expect(password).to.be.accessible();
  });

  it('ACC-4: a wrong current password is refused with no more than "incorrect"; the right one changes it', async () => {
    const { form } = await mountAs('jeane', (f) =>
      Boolean(deepQuery(f, 'cp-account-password')?.shadowRoot?.querySelector('#f-nouveauMotDePasse')),
    );
    const password = block(form, 'cp-account-password');
    fill(password, 'motDePasseActuel', 'Pas-le-bon-2026');
    fill(password, 'nouveauMotDePasse', 'Nouveau-Depart-2026');
    fill(password, 'confirmation', 'Nouveau-Depart-2026');
    button(password, 'Modifier le mot de passe').click();
    await waitUntil(() => textOf(password).includes('Erreur : Mot de passe actuel incorrect.'));
    expect(textOf(password)).to.contain('Le formulaire contient 1 erreur');
    expect(deepActive() === field(password, 'motDePasseActuel')).to.equal(true);
    expect(field(password, 'nouveauMotDePasse')!.value, 'the input is kept').to.equal('Nouveau-Depart-2026');
    await expect(password).to.be.accessible();

    fill(password, 'motDePasseActuel', SEED_PASSWORD);
    button(password, 'Modifier le mot de passe').click();
    await waitUntil(() => textOf(password).includes('Votre mot de passe a été modifié.'));
    const client = createHttpClient({ user: loginOf('jeane') });
    await client.changePassword({
      motDePasseActuel: 'Nouveau-Depart-2026',
      nouveauMotDePasse: 'Encore-Nouveau-2026',
      confirmation: 'Encore-Nouveau-2026',
    });
  });

  it('ACC-4: a password outside the policy or not confirmed is refused before sending, next to the fields', async () => {
    const { form } = await mountAs('jeane', (f) =>
      Boolean(deepQuery(f, 'cp-account-password')?.shadowRoot?.querySelector('#f-nouveauMotDePasse')),
    );
    const password = block(form, 'cp-account-password');
    fill(password, 'motDePasseActuel', SEED_PASSWORD);
    fill(password, 'nouveauMotDePasse', SEED_PASSWORD);
    fill(password, 'confirmation', 'autre chose');
    button(password, 'Modifier le mot de passe').click();
    await waitUntil(() => textOf(password).includes('Le formulaire contient 2 erreurs'));
    expect(textOf(password)).to.contain('Le nouveau mot de passe doit différer de l’actuel.');
    expect(textOf(password)).to.contain('La confirmation ne correspond pas au nouveau mot de passe.');
    expect(deepActive() === field(password, 'nouveauMotDePasse')).to.equal(true);
  });

  it('ACC-5: the secret question changes with the current password; the answer is never shown', async () => {
    const { form } = await mountAs('jeane', (f) =>
      Boolean(deepQuery(f, 'cp-account-secret-question')?.shadowRoot?.querySelector('#f-question')),
    );
    const secret = block(form, 'cp-account-secret-question');
    button(secret, 'Modifier la question secrète').click();
    await waitUntil(() => textOf(secret).includes('Le formulaire contient 3 erreurs'));
    fill(secret, 'motDePasseActuel', SEED_PASSWORD);
    fill(secret, 'question', 'Ville de mon premier poste ?');
    fill(secret, 'reponse', 'Terneuil');
    button(secret, 'Modifier la question secrète').click();
    await waitUntil(() => textOf(secret).includes('Votre question secrète a été modifiée.'));
    expect(textOf(secret)).to.contain('Question actuelle : Ville de mon premier poste ?');
    expect(field(secret, 'reponse')!.value).to.equal('');
    const me = await createHttpClient({ user: loginOf('jeane') }).getMyAccount();
    expect(me.questionSecrete).to.equal('Ville de mon premier poste ?');
    expect(JSON.stringify(me)).not.to.contain('Terneuil"');
    await expect(secret).to.be.accessible();
  });

  it('ACC-4 in English: policy and errors', async () => {
    setPageLocale('en');
    const { form } = await mountAs('lucas', (f) =>
      Boolean(deepQuery(f, 'cp-account-password')?.shadowRoot?.querySelector('#f-nouveauMotDePasse')),
    );
    const password = block(form, 'cp-account-password');
    expect(textOf(password)).to.contain('Your password must contain:');
    button(password, 'Change the password').click();
    await waitUntil(() => textOf(password).includes('The form contains 3 errors'));
    expect(textOf(password)).to.contain('Error: This field is required.');
  });
});
