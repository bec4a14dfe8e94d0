import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAST } from '../../mock-api/seed/cast.js';
import { isCpError } from '../../src/client/index.js';
import '../../src/elements/cp-structure-users/cp-structure-users.js';
import type { CpStructureUsers } from '../../src/elements/cp-structure-users/cp-structure-users.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { tabTo } from './cp-account-form-support.js';
import {
  button,
  clientAs,
  deepQuery,
  mountInbox,
  openButtons,
  textOf,
  todayIso,
  type SeedUser,
} from './cp-approbations-support.js';
import { deepActive } from './shared-focus.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';
import { mountAs } from './support/mount.js';

const { structures: S, services: SV } = CAST;

/** Mounts `<cp-structure-users>` in a session of a seed user and waits until `ready` holds. */
async function mountUsers(
  user: SeedUser,
  lang: 'fr' | 'en' = 'fr',
  ready = (el: CpStructureUsers) => deepQuery(el, 'cp-data-table') !== null,
) {
  const { el } = await mountAs<CpStructureUsers>(
    user,
    html`<cp-structure-users lang=${lang}></cp-structure-users>`,
    ready,
    `the users of ${user}'s structures are loaded`,
  );
  return el;
}

/** The "Gérer" button of a user's row, by the user's name. */
const manageButton = (el: Element, name: string) => openButtons(el).find((b) => b.textContent!.includes(name))!;

/** Opens a user's panel by clicking "Gérer" on the row. */
async function openUser(el: CpStructureUsers, name: string): Promise<void> {
  await waitUntil(() => manageButton(el, name) !== undefined, `a row for ${name}`);
  manageButton(el, name).click();
  await waitUntil(() => deepQuery(el, '#user-title') !== null, `the panel of ${name}`);
}

/** Jeane's keyboard path to Lucas's panel: from the structure's choice, Tab to "Gérer – Lucas BERNARD", Enter. */
async function manageLucasByKeyboard(el: CpStructureUsers): Promise<void> {
  await waitUntil(() => manageButton(el, 'Lucas BERNARD') !== undefined);
  deepQuery<HTMLSelectElement>(el, '#structure')!.focus();
  await tabTo(
    (a) => a.getAttribute('part') === 'row-action' && a.textContent!.includes('Lucas BERNARD'),
    'Gérer Lucas',
  );
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => deepActive()?.id === 'user-title', 'focus on Lucas’s panel title');
}

/** Confirms the open confirmation dialog (its message is returned). */
async function confirmDialog(el: CpStructureUsers): Promise<string> {
  const dialog = deepQuery(el, 'cp-confirm-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open === true, 'the confirmation opens');
  const message = dialog.shadowRoot!.querySelector('[part="message"]')!.textContent!;
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
  return message;
}

function type(el: Element, selector: string, value: string): void {
  const input = deepQuery<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

describe('cp-structure-users: the users of my structures (RAT-8, HAB-5, HAB-6, HAB-9)', () => {
  const mock = useMockWorker();

  it('RAT-8: Jeane lists the users of the CC du Chaourcois with role, scope and status, exportable', async () => {
    const el = await mountUsers('jeane');
    await waitUntil(() => openButtons(el).length === 4);
    const text = textOf(el);
    for (const expected of [
      'Jeane CHAOURCE',
      'Gestionnaire principal',
      'Marc LEROY',
      'Gestionnaire secondaire',
      'Lucas BERNARD',
      'FACTURES_PUBLIQUES',
      'Henri MOREAU',
      'Validé',
      'Exporter en CSV',
    ])
      expect(text).to.contain(expected);
    await expect(el).to.be.accessible();
  });

  it('RAT-8 / ID-4: Henri, who deactivated his account, is listed "Validé · compte désactivé", and his panel says he has no access', async () => {
    const el = await mountUsers('jeane');
    await waitUntil(() => openButtons(el).length === 4);
    const henriRow = [...deepQuery(el, 'cp-data-table')!.shadowRoot!.querySelectorAll('tbody tr')].find((tr) =>
      tr.textContent!.includes('Henri MOREAU'),
    )!;
    expect(henriRow.textContent).to.contain('Validé · compte désactivé');
    const lucasRow = [...deepQuery(el, 'cp-data-table')!.shadowRoot!.querySelectorAll('tbody tr')].find((tr) =>
      tr.textContent!.includes('Lucas BERNARD'),
    )!;
    expect(lucasRow.textContent).not.to.contain('compte désactivé');
    manageButton(el, 'Henri MOREAU').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepQuery(el, '#user-title') !== null, 'the panel of Henri');
    expect(deepQuery(el, '#user-account')!.textContent).to.equal('Désactivé');
    expect(deepQuery(el, '#account-off')!.textContent).to.contain('n’a plus accès à Chorus Pro');
    await expect(el).to.be.accessible();
  });

  it('RAT-8: attach by login e-mail, at structure level and at service level; an unknown login is refused with its rule next to the field', async () => {
    const el = await mountUsers('jeane');
    button(el, 'Rattacher').click();
    await waitUntil(() => textOf(el).includes('Saisissez l’adresse électronique de connexion'));
    expect(deepActive()?.id).to.equal('attach-login');
    type(el, '#attach-login', 'personne@exemple.fr');
    button(el, 'Rattacher').click();
    await waitUntil(() => textOf(el).includes('Réf. RAT-8'), 'the refusal says which rule');
    const login = deepQuery(el, '#attach-login')!;
    expect(login.getAttribute('aria-invalid')).to.equal('true');
    expect(getComputedStyle(login).borderBottomColor, 'the field is underlined in the error colour').to.equal(
      'rgb(206, 5, 0)',
    );
    await expect(el).to.be.accessible();

    type(el, '#attach-login', 'sophie.martin@terneuil-sur-seine.fr');
    button(el, 'Rattacher').click();
    await waitUntil(() => textOf(el).includes('Sophie MARTIN est rattaché(e) à la structure.'));
    await waitUntil(() => openButtons(el).length === 5, 'the list shows her');

    type(el, '#attach-login', 'claire.petit@terneuil-sur-seine.fr');
    type(el, '#attach-level', 'SERVICES');
    await waitUntil(() => deepQuery(el, '#attach-services') !== null);
    const voirie = [...deepQuery(el, '#attach-services')!.querySelectorAll('label')].find((l) =>
      l.textContent!.includes('VOIRIE'),
    )!;
    voirie.querySelector('input')!.click();
    button(el, 'Rattacher').click();
    await waitUntil(() => textOf(el).includes('Claire PETIT est rattaché(e) à la structure.'));
    const claire = await clientAs('claire').listMyRattachements();
    expect(claire.items.find((r) => r.idStructureCPP === S.chaourcois)).to.include({
      statutRattachement: 'VALIDEE',
      niveau: 'SERVICES',
    });
  });

  it('RAT-8: keyboard only, Jeane attaches Claire to the VOIRIE service', async () => {
    const el = await mountUsers('jeane');
    deepQuery<HTMLSelectElement>(el, '#structure')!.focus();
    await tabTo((a) => a.id === 'attach-login', 'the login field');
    await sendKeys({ type: 'claire.petit@terneuil-sur-seine.fr' });
    await tabTo((a) => a.id === 'attach-level', 'the level');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepQuery(el, '#attach-services') !== null, 'the services appear');
    await tabTo(
      (a) => a instanceof HTMLInputElement && a.type === 'checkbox' && a.parentElement!.textContent!.includes('VOIRIE'),
      'VOIRIE',
    );
    await sendKeys({ press: 'Space' });
    await tabTo((a) => a.textContent?.trim() === 'Rattacher', 'Rattacher');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(el).includes('Claire PETIT est rattaché(e) à la structure.'));
    expect(deepActive()?.id, 'focus on the outcome').to.equal('notice');
    const claire = (await clientAs('claire').listMyRattachements()).items.find(
      (r) => r.idStructureCPP === S.chaourcois,
    )!;
    expect(claire).to.include({ statutRattachement: 'VALIDEE', niveau: 'SERVICES' });
    expect(claire.codesServices).to.deep.equal(['VOIRIE']);
    await expect(el).to.be.accessible();
  });

  it('RAT-8: keyboard only, Jeane deactivates then reactivates Lucas; the confirmations state the effect', async () => {
    const el = await mountUsers('jeane');
    await manageLucasByKeyboard(el);
    await tabTo((a) => a.textContent?.trim() === 'Désactiver temporairement', 'Désactiver');
    await sendKeys({ press: 'Enter' });
    const dialog = deepQuery(el, 'cp-confirm-dialog')!;
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open === true);
    expect(dialog.shadowRoot!.textContent).to.contain(
      'gardera la consultation mais perdra tous ses modes modification',
    );
    await expect(el).to.be.accessible();
    await tabTo((a) => a.getAttribute('part') === 'confirm', 'Confirmer');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(el).includes('Rattachement désactivé : consultation uniquement.'));
    await waitUntil(() => deepQuery(el, '#user-status')?.textContent === 'Désactivé');
    const access = () =>
      clientAs('lucas').checkMyAccess({
        idStructureCPP: S.chaourcois,
        idService: SV.facturesPubliques,
        application: 'MON_COMPTE',
      });
    expect(await access()).to.include({ consultation: true, modification: false });
    await expect(el).to.be.accessible();

    await tabTo((a) => a.textContent?.trim() === 'Réactiver', 'Réactiver');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open === true);
    expect(dialog.shadowRoot!.textContent).to.contain('retrouvera ses profils');
    await tabTo((a) => a.getAttribute('part') === 'confirm', 'Confirmer');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepQuery(el, '#user-status')?.textContent === 'Validé');
    expect(await access()).to.include({ modification: true });
  });

  it('X-7: a refresh on window focus keeps the user’s panel, his profiles and the focus; another structure’s users show loading first', async () => {
    const el = await mountUsers('jeane');
    await manageLucasByKeyboard(el);
    const deactivate = await tabTo((a) => a.textContent?.trim() === 'Désactiver temporairement', 'Désactiver');
    await waitUntil(() => textOf(el).includes('FACTURES_PUBLIQUES'), 'Lucas’s profiles');
    await expectQuietRefresh(el, mock.worker, deactivate);
    await expectLoadingFirst(
      el,
      () => type(el, '#structure', String(S.syndicatEaux)),
      () => deepQuery(el, 'cp-data-table') !== null && manageButton(el, 'Lucas BERNARD') === undefined,
      'the Syndicat’s users (not the Chaourcois’s meanwhile)',
    );
  });

  it('RAT-8: deleting a rattachement for good after a confirmation stating it is final', async () => {
    const el = await mountUsers('jeane');
    await openUser(el, 'Henri MOREAU');
    button(el, 'Supprimer définitivement').click();
    expect(await confirmDialog(el)).to.contain('Cette action est définitive');
    await waitUntil(() => textOf(el).includes('Rattachement supprimé.'));
    await waitUntil(() => openButtons(el).length === 3, 'Henri leaves the list');
  });

  it('HAB-5 / HAB-6 / APR-2: Jeane grants "Organisation modification" to a colleague, who then approves the next request', async () => {
    await clientAs('jeane').attachUser({
      idStructureCPP: S.chaourcois,
      login: SEED_USERS.sophie,
      niveau: 'STRUCTURE',
      dateDebut: todayIso(),
    });
    const el = await mountUsers('jeane');
    await openUser(el, 'Sophie MARTIN');
    button(el, 'Accorder « Organisation modification »').click();
    await waitUntil(() => textOf(el).includes('Profil enregistré.'));
    await waitUntil(() => textOf(el).includes('Gestionnaire secondaire'), 'her role is now secondary manager');

    await clientAs('claire').requestRattachement({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      dateDebut: todayIso(),
      commentaire: 'Arrivée au service',
    });
    const { inbox } = await mountInbox('sophie');
    await waitUntil(() => openButtons(inbox).some((b) => b.textContent!.includes('Claire PETIT')));
    openButtons(inbox)
      .find((b) => b.textContent!.includes('Claire PETIT'))!
      .click();
    await waitUntil(() => deepQuery(inbox, '#comment') !== null);
    button(inbox, 'Approuver').click();
    await waitUntil(() => textOf(inbox).includes('Demande approuvée.'));
    expect(
      (await clientAs('claire').listMyRattachements()).items.find((r) => r.idStructureCPP === S.chaourcois)!
        .statutRattachement,
    ).to.equal('VALIDEE');
  });

  it('HAB-5: the profile matrix adds a profile on a service, changes its mode, removes it, then removes all', async () => {
    const el = await mountUsers('jeane');
    await openUser(el, 'Lucas BERNARD');
    await waitUntil(() => deepQuery(el, '#add-application') !== null);
    type(el, '#add-scope', String(SV.facturesPubliques));
    type(el, '#add-application', 'ENGAGEMENTS');
    type(el, '#add-mode', 'CONSULTATION_UNIQUEMENT');
    button(el, 'Ajouter le profil').click();
    await waitUntil(
      () =>
        textOf(el).includes('Profil enregistré.') &&
        deepQuery(el, 'select[aria-label="Mode de Engagements sur FACTURES_PUBLIQUES"]') !== null,
    );
    await expect(el).to.be.accessible();
    const mode = deepQuery<HTMLSelectElement>(el, 'select[aria-label="Mode de Engagements sur FACTURES_PUBLIQUES"]')!;
    mode.value = 'MODIFICATION';
    mode.dispatchEvent(new Event('change'));
    await waitUntil(
      async () =>
        (
          await clientAs('lucas').checkMyAccess({
            idStructureCPP: S.chaourcois,
            idService: SV.facturesPubliques,
            application: 'ENGAGEMENTS',
          })
        ).modification,
    );
    await waitUntil(() => textOf(el).includes('Profil enregistré.'));
    deepQuery<HTMLButtonElement>(el, 'button[aria-label="Retirer Engagements sur FACTURES_PUBLIQUES"]')!.click();
    await confirmDialog(el);
    await waitUntil(() => textOf(el).includes('Profil retiré.'));
    expect(
      (
        await clientAs('lucas').checkMyAccess({
          idStructureCPP: S.chaourcois,
          idService: SV.facturesPubliques,
          application: 'ENGAGEMENTS',
        })
      ).consultation,
    ).to.equal(false);
    button(el, 'Retirer tous les profils').click();
    expect(await confirmDialog(el)).to.contain('Les droits de gestionnaire du gestionnaire principal sont conservés');
    await waitUntil(() => /\d+ profils? retirés?, 0 conservé\./.test(textOf(el)));
    await waitUntil(() => textOf(el).includes('Aucun profil.'));
  });

  it('RAT-8 / HAB-5 / X-8: Marc (secondary manager) sees why the GP is protected, and the mock refuses lowering her rights with the rule', async () => {
    const el = await mountUsers('marc');
    await openUser(el, 'Jeane CHAOURCE');
    expect(textOf(el)).to.contain('ne peut être ni désactivé ni supprimé');
    expect(button(el, 'Désactiver temporairement').disabled).to.equal(true);
    expect(button(el, 'Supprimer définitivement').disabled).to.equal(true);
    await waitUntil(() => deepQuery(el, 'select[aria-label="Mode de Organisation sur Toute la structure"]') !== null);
    const mode = deepQuery<HTMLSelectElement>(el, 'select[aria-label="Mode de Organisation sur Toute la structure"]')!;
    mode.value = 'CONSULTATION_UNIQUEMENT';
    mode.dispatchEvent(new Event('change'));
    await waitUntil(() => textOf(el).includes('Réf. HAB-5'), 'the refusal says which rule');
    await expect(el).to.be.accessible();
    const row = (
      await clientAs('marc').listStructureRattachements({ idStructureCPP: S.chaourcois, utilisateur: 'chaource' })
    ).items[0]!;
    const refusal = await clientAs('marc')
      .deactivateRattachement({ idRattachement: row.idRattachement, version: row.version })
      .catch((e: unknown) => e);
    expect(isCpError(refusal) && refusal.rule, 'X-2: refused without the element too').to.equal('RAT-8');
  });

  it('RAT-8 / X-8: a pending rattachement cannot be deactivated, and the panel says why and where it is decided', async () => {
    await clientAs('sophie').requestRattachement({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      dateDebut: todayIso(),
      commentaire: 'Renfort comptable',
    });
    const el = await mountUsers('jeane');
    await openUser(el, 'Sophie MARTIN');
    expect(deepQuery(el, '#user-status')!.textContent).to.equal('En cours de validation');
    const deactivate = button(el, 'Désactiver temporairement');
    expect(deactivate.disabled).to.equal(true);
    const why = deepQuery(el, `#${deactivate.getAttribute('aria-describedby')}`)!;
    expect(why.textContent)
      .to.contain('Seul un rattachement validé se désactive :')
      .and.to.contain('dans les approbations');
    await expect(el).to.be.accessible();
  });

  it('HAB-9: Jeane opens an espace at structure level; the generated requests wait in the approvals', async () => {
    const el = await mountUsers('jeane');
    await waitUntil(() => deepQuery(el, '[part="espaces"]') !== null);
    const box = [...deepQuery(el, '[part="espaces"]')!.querySelectorAll('label')]
      .find((l) => l.textContent!.includes('Processus de validation'))!
      .querySelector('input')!;
    expect(box.checked).to.equal(false);
    box.click();
    button(el, 'Enregistrer les espaces').click();
    await waitUntil(() => /Espaces enregistrés : [1-9]\d* demandes? d’abonnement/.test(textOf(el)));
    expect((await clientAs('jeane').listApprobations({ type: 'ABONNEMENT' })).total).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('HAB-9 keyboard only: Jeane makes secondary managers act as users on espaces; Marc then sees them read-only, with the reason', async () => {
    const el = await mountUsers('jeane');
    await waitUntil(() => deepQuery(el, '[part="gs-role"]') !== null, 'the GP sees the choice');
    expect(deepQuery<HTMLInputElement>(el, '#gs-as-manager')!.checked, 'as the GP, by default').to.equal(true);
    await tabTo((a) => a.id === 'gs-as-manager', 'the choice');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepQuery<HTMLInputElement>(el, '#gs-as-user')!.checked, 'arrows move within the group');
    await tabTo((a) => a.textContent?.trim() === 'Enregistrer les espaces', 'Enregistrer les espaces');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(el).includes('Espaces enregistrés'), 'saved');
    expect(
      (await clientAs('jeane').getEspaceConfiguration({ idStructureCPP: S.chaourcois })).gsCommeGestionnaire,
    ).to.equal(false);
    await expect(el).to.be.accessible();

    const marc = await mountUsers('marc');
    await waitUntil(() => deepQuery(marc, '#gs-read-only') !== null, 'Marc is told why');
    expect(textOf(deepQuery(marc, '#gs-read-only')!))
      .to.contain('lui seul les ouvre ou les ferme')
      .and.to.contain('Réf. HAB-9');
    expect(deepQuery(marc, '[part="gs-role"]'), 'only the GP chooses').to.equal(null);
    const boxes = [
      ...deepQuery(marc, '[part="espaces"]')!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
    ];
    expect(boxes.every((box) => box.disabled)).to.equal(true);
    expect(textOf(deepQuery(marc, '[part="espaces"]')!)).not.to.contain('Enregistrer les espaces');
    await expect(marc).to.be.accessible();
  });

  it('RAT-8 / X-2 / X-8: a simple user is told who manages users, and the mock refuses him the list', async () => {
    const el = await mountUsers('lucas', 'fr', (e) =>
      textOf(e).includes('Vous n’êtes gestionnaire d’aucune structure'),
    );
    await expect(el).to.be.accessible();
    const refusal = await clientAs('lucas')
      .listStructureRattachements({ idStructureCPP: S.chaourcois })
      .catch((e: unknown) => e);
    expect(isCpError(refusal, 'FORBIDDEN') && refusal.rule).to.equal('RAT-8');
  });

  it('RAT-8 in English, with a typed event the host may veto', async () => {
    const el = await mountUsers('jeane', 'en');
    expect(textOf(el))
      .to.contain('Users of my structures')
      .and.to.contain('Main manager')
      .and.to.contain('Attach a user')
      .and.to.contain('Validated · account deactivated');
    await openUser(el, 'Lucas BERNARD');
    el.addEventListener('cp-before-user-change', (e) => e.preventDefault(), { once: true });
    const vetoed = oneEvent(el, 'cp-before-user-change');
    button(el, 'Grant "Organisation modification"').click();
    expect((await vetoed).detail).to.include({
      action: 'grant',
      idStructureCPP: S.chaourcois,
      idUtilisateur: CAST.users.lucas,
    });
    await waitUntil(() => textOf(el).includes('The host page cancelled the action.'));
    await expect(el).to.be.accessible();
  });
});
