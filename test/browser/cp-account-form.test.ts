import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpClient } from '../../src/client/index.js';
import type { AccountDetail } from '../../src/elements/cp-account-form/events.js';
import '../../src/elements/shared/cp-confirm-dialog.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import {
  button,
  deepActive,
  field,
  fill,
  loginOf,
  mountAs,
  tabTo,
  textOf,
  typeOver,
} from './cp-account-form-support.js';
import { parisDay } from './shared-dates.js';
import { useMockWorker } from './support/mock-worker.js';

describe('cp-account-form: first connection, personal information, parameters (ACC-1..3, ACC-6, ACC-7, ID-3)', () => {
  useMockWorker({ locale: 'fr' }); // The host's language: French whatever the user saved (ACC-6 is tested in cp-session).

  describe('ACC-1 first connection', () => {
    it('ACC-1: Nicolas ROUX (MADRHAS, not completed) completes his account; the host gets the event to go home', async () => {
      const { session, form } = await mountAs('nicolas');
      expect(textOf(form)).to.contain('Compléter les informations de votre compte');
      expect(field(form, 'emailContact')!.value, 'the login id is proposed as contact address').to.equal(
        loginOf('nicolas'),
      );
      expect(field(form, 'langue'), 'no parameters before completion').to.equal(null);
      await expect(form).to.be.accessible();

      button(form, 'Valider').click();
      await waitUntil(
        () => textOf(form).includes('Le formulaire contient 3 erreurs'),
        'the summary lists the missing address fields',
      );
      expect(deepActive() === field(form, 'adresse')).to.equal(true);
      await expect(form).to.be.accessible();

      fill(form, 'adresse', '3 rue de Crimée');
      fill(form, 'codePostal', '78520');
      fill(form, 'ville', 'Terneuil sur Seine');
      const completed = oneEvent(session, 'cp-first-connection-completed') as Promise<CustomEvent<AccountDetail>>;
      button(form, 'Valider').click();
      const { detail } = await completed;
      expect(detail.account.premiereConnexionTerminee).to.equal(true);
      const me = await createHttpClient({ user: loginOf('nicolas') }).getMyAccount();
      expect(me).to.include({ premiereConnexionTerminee: true, emailContact: loginOf('nicolas') });
      expect(me.adresse).to.include({ ville: 'Terneuil sur Seine', pays: 'FR' });
      await waitUntil(() => field(form, 'langue') !== null, 'afterwards the full account opens');
    });

    it('ACC-1: keyboard only, Nicolas fills the address and validates', async () => {
      const { session, form } = await mountAs('nicolas');
      const completed = oneEvent(session, 'cp-first-connection-completed');
      field(form, 'login')!.focus();
      for (const [name, value] of [
        ['adresse', '3 rue de Crimée'],
        ['codePostal', '78520'],
        ['ville', 'Terneuil sur Seine'],
      ] as const) {
        await tabTo((el) => el.id === `f-${name}`, name);
        await sendKeys({ type: value });
      }
      await tabTo((el) => el.textContent?.trim() === 'Valider', 'Valider');
      await sendKeys({ press: 'Enter' });
      await completed;
      expect((await createHttpClient({ user: loginOf('nicolas') }).getMyAccount()).premiereConnexionTerminee).to.equal(
        true,
      );
    });
  });

  describe('ACC-2 / ACC-3 personal information', () => {
    it('ACC-2, ID-3: Pauline changes her phone and city; the login id is shown read-only', async () => {
      const { form } = await mountAs('pauline');
      expect(field(form, 'login')!.readOnly).to.equal(true);
      expect(field(form, 'login')!.value).to.equal(loginOf('pauline'));
      expect(textOf(form), 'X-8: why, in a plain sentence, then the reference').to.contain(
        'Votre identifiant ne peut pas être modifié. Réf. ID-3',
      );
      expect(field(form, 'telephone')!.value).to.equal('+33 1 39 00 00 01');
      fill(form, 'telephone', '+33 1 48 96 00 12');
      fill(form, 'fax', '+33 1 48 96 00 54');
      fill(form, 'complementAdresse1', 'Hôtel de ville');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('Vos informations ont été enregistrées.'));
      const me = await createHttpClient({ user: loginOf('pauline') }).getMyAccount();
      expect(me).to.include({ telephone: '+33 1 48 96 00 12', fax: '+33 1 48 96 00 54' });
      expect(me.adresse!.complementAdresse1).to.equal('Hôtel de ville');
      await expect(form).to.be.accessible();
    });

    it('ACC-2: the address’s pays offers every country, not only those with IBANs: Pauline moves to the United States and saves', async () => {
      const { form } = await mountAs('pauline');
      const pays = field(form, 'pays') as unknown as HTMLSelectElement;
      const offered = [...pays.options].map((option) => option.value);
      expect(offered, 'ISO 3166 countries, France first').to.include.members(['US', 'CA', 'JP', 'MA', 'SN']);
      expect(offered[0]).to.equal('FR');
      expect(pays.selectedOptions[0]!.textContent!.trim()).to.equal('France');
      pays.value = 'US';
      pays.dispatchEvent(new Event('change', { bubbles: true }));
      fill(form, 'etatProvince', 'New York');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('Vos informations ont été enregistrées.'));
      const me = await createHttpClient({ user: loginOf('pauline') }).getMyAccount();
      expect(me.adresse).to.include({ pays: 'US', etatProvince: 'New York' });
      expect(pays.selectedOptions[0]!.textContent!.trim()).to.equal('États-Unis');
    });

    it('ACC-8 (guide 004), keyboard only: Jeane gives a notification address and a state/province, then validates', async function () {
      this.timeout(60_000);
      const { form } = await mountAs('jeane');
      expect(textOf(form)).to.contain('Adresse de notification').and.contain('État/Province');
      field(form, 'emailContact')!.focus();
      await tabTo((el) => el.id === 'f-adresseNotification', 'Adresse de notification');
      await typeOver('factures@cc-chaourcois.fr');
      await tabTo((el) => el.id === 'f-etatProvince', 'État/Province');
      await typeOver('Grand Est');
      await tabTo((el) => el.textContent?.trim() === 'Valider', 'Valider');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(form).includes('Vos informations ont été enregistrées.'));
      const me = await createHttpClient({ user: loginOf('jeane') }).getMyAccount();
      expect(me.adresseNotification).to.equal('factures@cc-chaourcois.fr');
      expect(me.adresse!.etatProvince).to.equal('Grand Est');
      await expect(form).to.be.accessible();
    });

    it('ACC-3: missing and invalid fields are shown next to the field and in a summary, focus on the first; nothing is saved', async () => {
      const { form } = await mountAs('pauline');
      fill(form, 'nom', '');
      fill(form, 'telephone', 'abc');
      fill(form, 'ville', 'Paris');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('Le formulaire contient 2 erreurs'));
      expect(deepActive() === field(form, 'nom'), 'focus on the first invalid field').to.equal(true);
      expect(field(form, 'nom')!.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(form)).to.contain('Erreur : Ce champ est obligatoire.');
      expect(textOf(form)).to.contain('Saisissez un numéro de 6 à 17 chiffres');
      await expect(form).to.be.accessible();
      const me = await createHttpClient({ user: loginOf('pauline') }).getMyAccount();
      expect(me.adresse!.ville, 'the valid city was not saved alone').to.equal('Terneuil sur Seine');

      fill(form, 'nom', 'DUFOUR');
      fill(form, 'telephone', '');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('Vos informations ont été enregistrées.'));
      expect((await createHttpClient({ user: loginOf('pauline') }).getMyAccount()).adresse!.ville).to.equal('Paris');
    });

    it('ACC-3: after a refused Valider, the user fixes the fields in turn and keeps typing where he is (focus never jumps to the summary)', async () => {
      const { form } = await mountAs('pauline');
      fill(form, 'telephone', '12ab');
      fill(form, 'fax', 'zz');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('Le formulaire contient 2 erreurs'));
      expect(deepActive() === field(form, 'telephone'), 'focus on the first invalid field').to.equal(true);
      await typeOver('+33 1 23 45 67 89');
      expect(deepActive() === field(form, 'telephone'), 'still in the phone after typing').to.equal(true);
      expect((field(form, 'telephone') as HTMLInputElement).value).to.equal('+33 1 23 45 67 89');
      await tabTo((el) => el === field(form, 'fax'), 'Fax');
      await typeOver('01 23 45 67 90');
      expect((field(form, 'fax') as HTMLInputElement).value, 'every key reached the field').to.equal('01 23 45 67 90');
      await expect(form).to.be.accessible();
    });

    it('ACC-3: the summary leads to the field', async () => {
      const { form } = await mountAs('pauline');
      fill(form, 'codePostal', '');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('Le formulaire contient 1 erreur'));
      field(form, 'nom')!.focus();
      button(form, /^Code postal/).click();
      expect(deepActive() === field(form, 'codePostal')).to.equal(true);
    });

    it('ACC-3: Annuler restores the last saved values', async () => {
      const { form } = await mountAs('pauline');
      fill(form, 'nom', 'AUTRE');
      fill(form, 'ville', '');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('Le formulaire contient 1 erreur'));
      button(form, 'Annuler').click();
      await waitUntil(() => field(form, 'nom')!.value === 'DUFOUR');
      expect(field(form, 'ville')!.value).to.equal('Terneuil sur Seine');
      expect(textOf(form)).to.contain('Les modifications non enregistrées ont été annulées.');
      expect(textOf(form)).not.to.contain('Le formulaire contient');
    });
  });

  describe('ACC-7 stale data', () => {
    it('ACC-7: a change made elsewhere between load and save is shown; the user keeps his input and reloads', async () => {
      const { form } = await mountAs('pauline');
      const other = createHttpClient({ user: loginOf('pauline') });
      const loaded = await other.getMyAccount();
      await other.updateMyAccount({
        emailContact: 'mairie.compta@terneuil-sur-seine.fr',
        nom: loaded.nom!,
        prenom: loaded.prenom!,
        adresse: loaded.adresse!,
        version: loaded.version,
      });
      fill(form, 'mobile', '+33 6 12 34 56 78');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('modifiées ailleurs'), 'the conflict notice appears');
      expect(textOf(form)).to.contain('« mairie.compta@terneuil-sur-seine.fr » sur le serveur');
      expect(field(form, 'mobile')!.value, 'the input is kept').to.equal('+33 6 12 34 56 78');
      await expect(form).to.be.accessible();
      button(form, 'Recharger les informations du serveur').click();
      await waitUntil(() => field(form, 'emailContact')!.value === 'mairie.compta@terneuil-sur-seine.fr');
      expect(field(form, 'mobile')!.value).to.equal('');
    });

    it('ACC-7: the user may overwrite knowingly', async () => {
      const { form } = await mountAs('pauline');
      const other = createHttpClient({ user: loginOf('pauline') });
      const loaded = await other.getMyAccount();
      await other.updateMyAccount({
        emailContact: loaded.login,
        nom: 'DUFOUR-MARTIN',
        prenom: loaded.prenom!,
        adresse: loaded.adresse!,
        version: loaded.version,
      });
      fill(form, 'prenom', 'Pauline-Marie');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('DUFOUR-MARTIN'));
      button(form, 'Enregistrer mes saisies quand même').click();
      await waitUntil(() => textOf(form).includes('Vos informations ont été enregistrées.'));
      expect(await other.getMyAccount()).to.include({ nom: 'DUFOUR', prenom: 'Pauline-Marie' });
    });
  });

  describe('ACC-6 parameters', () => {
    it('ACC-6: the state and dates are read-only (dd/mm/yyyy); notifications are saved with Valider', async () => {
      const { form } = await mountAs('pauline');
      const me = await createHttpClient({ user: loginOf('pauline') }).getMyAccount();
      expect(textOf(form)).to.contain(`Date de création ${parisDay(me.dateCreation)}`);
      expect(textOf(form)).to.contain('État du compte ACTIF');
      const notifications = field(form, 'notificationsPeriodiques')!;
      notifications.click();
      button(form, 'Valider').click();
      await waitUntil(() => textOf(form).includes('Vos informations ont été enregistrées.'));
      expect(
        (await createHttpClient({ user: loginOf('pauline') }).getMyAccount()).parametres.notificationsPeriodiques,
      ).to.equal(!me.parametres.notificationsPeriodiques);
    });

    it('ACC-6: saving English switches every cp-kit element of the page', async () => {
      const page = await fixture(html`<div>
        <cp-session user=${loginOf('pauline')}><cp-account-form></cp-account-form></cp-session>
        <cp-confirm-dialog></cp-confirm-dialog>
      </div>`);
      const form = page.querySelector('cp-account-form')!;
      const dialog = page.querySelector('cp-confirm-dialog')!;
      await waitUntil(() => field(form, 'langue'));
      expect(textOf(dialog)).to.contain('Annuler');
      fill(form, 'langue', 'EN');
      button(form, 'Valider').click();
      await waitUntil(() => textOf(dialog).includes('Cancel'), 'the other element follows the language');
      await waitUntil(() => textOf(form).includes('Your information has been saved.'));
      expect(textOf(form)).to.contain('My personal information');
      expect((await createHttpClient({ user: loginOf('pauline') }).getMyAccount()).parametres.langue).to.equal('EN');
    });

    it('ACC-3 in English: labels, summary and field errors', async () => {
      setPageLocale('en');
      const { form } = await mountAs('sophie');
      expect(textOf(form))
        .to.contain('Contact e-mail address')
        .and.contain('Notification e-mail address')
        .and.contain('State/Province');
      fill(form, 'emailContact', 'not-an-address');
      button(form, 'Confirm').click();
      await waitUntil(() => textOf(form).includes('The form contains 1 error'));
      expect(textOf(form)).to.contain('Error: Enter a valid e-mail address');
      await expect(form).to.be.accessible();
    });
  });
});
