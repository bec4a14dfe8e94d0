import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAST } from '../../mock-api/seed/cast.js';
import '../../src/elements/cp-approbations/cp-approbations.js';
import '../../src/elements/cp-gp-transfer/cp-gp-transfer.js';
import '../../src/elements/cp-session/cp-session.js';
import '../../src/elements/cp-structure-users/cp-structure-users.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { clientAs, deepQuery, openButtons, textOf, todayIso, type SeedUser } from './cp-approbations-support.js';
import { deepActive, tabTo as sharedTabTo } from './shared-focus.js';
import { useMockWorker } from './support/mock-worker.js';

/**
 * Issue 6 "Done when", as one keyboard-only walk through the manager console of the demo page: the
 * three elements in Jeane CHAOURCE's `<cp-session>`, with the host's "APPROBATIONS n" menu link. Only
 * keys are pressed (Tab, Shift+Tab, Enter, Space, arrows, typing); what other users do meanwhile
 * (requests, a colleague's page) goes through their own clients and sessions.
 */

const { structures: S, services: SV, users: U } = CAST;

/** A short description of a focused element, for the message of a failed walk. */
const describeEl = (el: Element | null): string =>
  el
    ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    : '(nothing)';

/** How many Tab presses the walk may take to a control (the three elements and the host's links). */
const WALK_STOPS = 300;

/** {@link sharedTabTo} through the whole console (up to {@link WALK_STOPS} presses). */
const tabTo = (matches: (el: Element) => boolean, description: string, backwards = false): Promise<Element> =>
  sharedTabTo(matches, description, backwards, WALK_STOPS);

/** Tabs to a control and presses a key on it. */
async function press(
  key: 'Enter' | 'Space',
  matches: (el: Element) => boolean,
  description: string,
  backwards = false,
): Promise<void> {
  await tabTo(matches, description, backwards);
  await sendKeys({ press: key });
}

const buttonNamed = (text: string) => (el: Element) =>
  el instanceof HTMLButtonElement && el.textContent!.trim() === text;
const rowAction = (name: string) => (el: Element) =>
  el.getAttribute('part') === 'row-action' && el.textContent!.includes(name);
const confirmButton = (el: Element) => el.getAttribute('part') === 'confirm';

/** Whether `el` is in `host`'s shadow tree, at any depth. */
function inside(host: Element, el: Element): boolean {
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    if (root.host === host) return true;
  return false;
}

/** The console's confirmation dialog is open (a native modal). */
const dialogOpen = (el: Element) =>
  deepQuery(el, 'cp-confirm-dialog')?.shadowRoot?.querySelector('dialog')?.open === true;

/** Who is GP of a structure, as its users' list says. */
async function gpOf(idStructureCPP: number, asUser: SeedUser): Promise<string> {
  const rows = await clientAs(asUser).listStructureRattachements({ idStructureCPP });
  return rows.items.find((r) => r.role === 'GESTIONNAIRE_PRINCIPAL')!.login;
}

describe('Issue 6 done when: the manager console with the keyboard alone', () => {
  useMockWorker({ locale: 'fr' }); // The host's language: French whatever the user saved (Sophie saved EN; ACC-6 is tested in cp-session).

  it('APR-1 / APR-2 / RAT-5 / HAB-8 / HAB-6 / RAT-8 / GP-2 / GP-4: Jeane approves, grants "Organisation modification", her colleague approves, she deactivates and reactivates a rattachement, then transfers some and all of her structures', async function () {
    this.timeout(240_000);
    // Others' requests waiting for Jeane: Sophie's rattachement (RAT-5), Lucas's espace in modification (HAB-8).
    await clientAs('sophie').requestRattachement({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      dateDebut: todayIso(),
      commentaire: 'Renfort comptable',
    });
    await clientAs('lucas').requestAbonnements({
      idStructureCPP: S.chaourcois,
      espace: 'ENGAGEMENTS',
      lignes: [{ idService: SV.facturesPubliques, mode: 'MODIFICATION' }],
      dateEffet: todayIso(),
    });

    const page = await fixture<HTMLElement>(html`<div>
      <link rel="stylesheet" href="/stories/demo/host-page.css" />
      <nav class="host-menu" aria-label="Menu du portail">
        <a href="#approbations-title" id="menu-approbations">APPROBATIONS <span id="approbations-count">0</span></a>
      </nav>
      <cp-session user=${SEED_USERS.jeane}>
        <main>
          <section aria-labelledby="approbations-title">
            <h2 id="approbations-title">Approbations</h2>
            <cp-approbations
              heading-level="3"
              @cp-approbation-count-changed=${(e: CustomEvent<{ count: number }>) => (page.querySelector('#approbations-count')!.textContent = String(e.detail.count))}
            ></cp-approbations>
          </section>
          <section aria-labelledby="users-title">
            <h2 id="users-title">Utilisateurs de mes structures</h2>
            <cp-structure-users heading-level="3"></cp-structure-users>
          </section>
          <section aria-labelledby="gp-title">
            <h2 id="gp-title">Transfert du rôle de gestionnaire principal</h2>
            <cp-gp-transfer heading-level="3"></cp-gp-transfer>
          </section>
        </main>
      </cp-session>
    </div>`);
    const inbox = page.querySelector('cp-approbations')!;
    const users = page.querySelector('cp-structure-users')!;
    const transfer = page.querySelector('cp-gp-transfer')!;
    const menuCount = () => page.querySelector('#approbations-count')!.textContent;
    await waitUntil(
      () =>
        deepQuery(inbox, 'cp-data-table') !== null &&
        openButtons(inbox).length === 2 &&
        deepQuery(users, 'cp-data-table') !== null &&
        deepQuery(transfer, 'form') !== null,
      'the console is loaded',
      { timeout: 10_000 },
    );
    await waitUntil(() => menuCount() === '2', 'the menu shows APPROBATIONS 2 (APR-1)');
    await expect(page).to.be.accessible();

    // The menu link: a visible focus ring, the count in a bordered badge (not colour alone); it leads into the inbox.
    const link = (await tabTo(
      (el) => el.id === 'menu-approbations',
      'the APPROBATIONS menu link',
    )) as HTMLAnchorElement;
    await waitUntil(
      () => getComputedStyle(link).outlineStyle === 'solid',
      'the demo page’s stylesheet gives the link a focus ring',
    );
    expect(getComputedStyle(link).outlineWidth).to.equal('2px');
    expect(getComputedStyle(page.querySelector('#approbations-count')!).borderTopStyle).to.equal('solid');
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('APPROBATIONS 2');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(inside(inbox, deepActive()!), `the next Tab is in the inbox, not on ${describeEl(deepActive())}`).to.equal(
      true,
    );

    // APR-2 / RAT-5: Sophie's rattachement, opened from its "Ouvrir" button.
    await press('Enter', rowAction('Sophie MARTIN'), 'Ouvrir – Sophie MARTIN');
    await waitUntil(() => deepActive()?.id === 'detail-title', 'focus moves to the request');
    expect(textOf(inbox))
      .to.contain('Demande de Sophie MARTIN')
      .and.to.contain('Demander un rattachement à une structure')
      .and.to.contain('Renfort comptable');
    await press('Enter', buttonNamed('Approuver'), 'Approuver');
    await waitUntil(() => textOf(inbox).includes('Demande approuvée.'), 'the rattachement is approved');
    await expect(inbox).to.be.accessible();
    await press('Enter', buttonNamed('Retour à la liste'), 'Retour à la liste');

    // APR-2 / HAB-8: Lucas's habilitation request (an espace in modification on his service).
    await waitUntil(
      () => deepQuery(inbox, 'cp-data-table') !== null && openButtons(inbox).length === 1,
      'only Lucas’s request still waits',
    );
    await press('Enter', rowAction('Lucas BERNARD'), 'Ouvrir – Lucas BERNARD');
    await waitUntil(
      () => deepActive()?.id === 'detail-title' && textOf(inbox).includes('Engagements'),
      'the habilitation request is open',
    );
    await press('Enter', buttonNamed('Approuver'), 'Approuver');
    await waitUntil(() => textOf(inbox).includes('Demande approuvée.'), 'the habilitation is approved');
    await press('Enter', buttonNamed('Retour à la liste'), 'Retour à la liste');
    await waitUntil(() => menuCount() === '0', 'the menu shows APPROBATIONS 0');
    expect(
      (await clientAs('sophie').listMyRattachements()).items.find((r) => r.idStructureCPP === S.chaourcois)!
        .statutRattachement,
    ).to.equal('VALIDEE');
    expect(
      (
        await clientAs('lucas').checkMyAccess({
          idStructureCPP: S.chaourcois,
          idService: SV.facturesPubliques,
          application: 'ENGAGEMENTS',
        })
      ).modification,
    ).to.equal(true);

    // HAB-5 / HAB-6: "Organisation modification" for Sophie, now a colleague on the CC du Chaourcois.
    await press('Enter', rowAction('Sophie MARTIN'), 'Gérer – Sophie MARTIN');
    await waitUntil(() => deepActive()?.id === 'user-title', 'focus moves to Sophie’s panel');
    await press(
      'Enter',
      buttonNamed('Accorder « Organisation modification »'),
      'Accorder « Organisation modification »',
    );
    await waitUntil(() => textOf(users).includes('Profil enregistré.'), 'the profile is granted');
    await waitUntil(() => textOf(users).includes('Gestionnaire secondaire'), 'Sophie is now a secondary manager');
    await expect(users).to.be.accessible();
    await press('Enter', buttonNamed('Retour à la liste'), 'Retour à la liste');

    // HAB-6 / APR-2: Claire's request arrives; Sophie approves it in her own page.
    await clientAs('claire').requestRattachement({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      dateDebut: todayIso(),
      commentaire: 'Arrivée au service',
    });
    const colleague = await fixture<HTMLElement>(
      html`<cp-session user=${SEED_USERS.sophie}><cp-approbations heading-level="2"></cp-approbations></cp-session>`,
    );
    const sophieInbox = colleague.querySelector('cp-approbations')!;
    await waitUntil(
      () =>
        deepQuery(sophieInbox, 'cp-data-table') !== null &&
        openButtons(sophieInbox).some((b) => b.textContent!.includes('Claire PETIT')),
      'Claire’s request reaches Sophie',
    );
    await press(
      'Enter',
      (el) => rowAction('Claire PETIT')(el) && inside(sophieInbox, el),
      'Sophie’s Ouvrir – Claire PETIT',
    );
    await waitUntil(() => textOf(sophieInbox).includes('Demande de Claire PETIT'), 'Sophie opens Claire’s request');
    await press('Enter', buttonNamed('Approuver'), 'Sophie’s Approuver');
    await waitUntil(
      () => textOf(sophieInbox).includes('Demande approuvée.') && textOf(sophieInbox).includes('Sophie MARTIN'),
      'Sophie decided it',
    );
    expect(
      (await clientAs('claire').listMyRattachements()).items.find((r) => r.idStructureCPP === S.chaourcois)!
        .statutRattachement,
    ).to.equal('VALIDEE');

    // RAT-8: back in Jeane's page, Lucas's rattachement deactivated then reactivated, each confirmed.
    await press('Enter', rowAction('Lucas BERNARD'), 'Gérer – Lucas BERNARD', true);
    await waitUntil(() => deepActive()?.id === 'user-title', 'focus moves to Lucas’s panel');
    await press('Enter', buttonNamed('Désactiver temporairement'), 'Désactiver temporairement');
    await waitUntil(() => dialogOpen(users), 'the confirmation opens');
    expect(textOf(users)).to.contain('gardera la consultation mais perdra tous ses modes modification');
    await press('Enter', confirmButton, 'Confirmer');
    await waitUntil(() => deepQuery(users, '#user-status')?.textContent === 'Désactivé', 'Lucas is deactivated');
    const lucasAccess = () =>
      clientAs('lucas').checkMyAccess({
        idStructureCPP: S.chaourcois,
        idService: SV.facturesPubliques,
        application: 'ENGAGEMENTS',
      });
    expect(await lucasAccess()).to.include({ consultation: true, modification: false });
    await press('Enter', buttonNamed('Réactiver'), 'Réactiver');
    await waitUntil(() => dialogOpen(users), 'the confirmation opens');
    await press('Enter', confirmButton, 'Confirmer');
    await waitUntil(() => deepQuery(users, '#user-status')?.textContent === 'Validé', 'Lucas is reactivated');
    expect(await lucasAccess()).to.include({ modification: true });
    await press('Enter', buttonNamed('Retour à la liste'), 'Retour à la liste');

    // GP-2 / GP-4: the CC du Chaourcois to Marc (some of her structures)…
    await press(
      'Space',
      (el) => el instanceof HTMLInputElement && el.type === 'checkbox' && el.value === String(S.chaourcois),
      'the CC du Chaourcois checkbox',
    );
    await tabTo((el) => el.id === 'new-gp', 'the successor list');
    await sendKeys({ type: 'Marc' });
    await waitUntil(
      () => deepQuery<HTMLSelectElement>(transfer, '#new-gp')!.value === String(U.marc),
      'Marc is chosen',
    );
    await press('Enter', buttonNamed('Soumettre'), 'Soumettre');
    await waitUntil(() => dialogOpen(transfer), 'the confirmation opens');
    expect(textOf(transfer))
      .to.contain("CC DU CHAOURCOIS ET DU VAL D'ARMANCE → Marc LEROY")
      .and.to.contain('comme utilisateur simple');
    await expect(transfer).to.be.accessible();
    await press('Enter', confirmButton, 'Confirmer');
    await waitUntil(() => textOf(transfer).includes('Rôle transféré pour 1 structure :'), 'the role is transferred');
    expect(await gpOf(S.chaourcois, 'marc')).to.equal(SEED_USERS.marc);
    await waitUntil(
      () => textOf(transfer).includes('gestionnaire principal de 1 structure.'),
      'the list follows (X-7)',
    );

    // …then all of them (the Syndicat des eaux is left) to Marc too.
    await tabTo((el) => el instanceof HTMLInputElement && el.name === 'way' && el.checked, 'the way', true);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(
      () => deepQuery<HTMLInputElement>(transfer, 'input[value="TOUTES_A_UN"]')!.checked,
      'all my structures to one user',
    );
    await tabTo((el) => el.id === 'new-gp', 'the successor list');
    await sendKeys({ type: 'Marc' });
    await waitUntil(
      () => deepQuery<HTMLSelectElement>(transfer, '#new-gp')!.value === String(U.marc),
      'Marc is chosen',
    );
    await press('Enter', buttonNamed('Soumettre'), 'Soumettre');
    await waitUntil(() => dialogOpen(transfer), 'the confirmation opens');
    await press('Enter', confirmButton, 'Confirmer');
    await waitUntil(
      () => textOf(transfer).includes('Vous n’êtes gestionnaire principal d’aucune structure'),
      'GP-1 / X-8: she is told why she can no longer transfer',
    );
    expect(await gpOf(S.syndicatEaux, 'marc')).to.equal(SEED_USERS.marc);
    const jeane = (await clientAs('jeane').listMyRattachements()).items.filter(
      (r) => r.idStructureCPP === S.chaourcois || r.idStructureCPP === S.syndicatEaux,
    );
    expect(jeane.map((r) => [r.role, r.statutRattachement])).to.deep.equal([
      ['UTILISATEUR', 'VALIDEE'],
      ['UTILISATEUR', 'VALIDEE'],
    ]);
    await expect(page).to.be.accessible();
  });
});
