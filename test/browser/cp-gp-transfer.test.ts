import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAST } from '../../mock-api/seed/cast.js';
import { isCpError } from '../../src/client/index.js';
import '../../src/elements/cp-gp-transfer/cp-gp-transfer.js';
import type { CpGpTransfer } from '../../src/elements/cp-gp-transfer/cp-gp-transfer.js';
import type { CpSession } from '../../src/elements/cp-session/cp-session.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { tabTo } from './cp-account-form-support.js';
import { button, clientAs, deepQuery, textOf, todayIso, type SeedUser } from './cp-approbations-support.js';
import { deepActive } from './shared-focus.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';
import { mountAs } from './support/mount.js';

const { structures: S, users: U } = CAST;

/** Mounts `<cp-gp-transfer>` in a session of a seed user and waits until `ready` holds. */
async function mountTransfer(
  user: SeedUser,
  lang: 'fr' | 'en' = 'fr',
  ready = (el: CpGpTransfer) => deepQuery(el, 'form') !== null,
) {
  const { el } = await mountAs<CpGpTransfer>(
    user,
    html`<cp-gp-transfer lang=${lang}></cp-gp-transfer>`,
    ready,
    `the transfer form of ${user} is ready`,
  );
  return el;
}

/** Jeane attaches someone to one of her structures (RAT-8), so he becomes a candidate (GP-2). */
const jeaneAttaches = (user: SeedUser, idStructureCPP: number) =>
  clientAs('jeane').attachUser({ idStructureCPP, login: SEED_USERS[user], niveau: 'STRUCTURE', dateDebut: todayIso() });

/** Who is GP of a structure, as its managers' list says. */
async function gpOf(idStructureCPP: number, asUser: SeedUser): Promise<string> {
  const rows = await clientAs(asUser).listStructureRattachements({ idStructureCPP });
  return rows.items.find((r) => r.role === 'GESTIONNAIRE_PRINCIPAL')!.login;
}

/** Jeane's keyboard path to the CC du Chaourcois: from the first way, Tab to its checkbox, Space. Returns the box. */
async function tickChaourcoisByKeyboard(el: CpGpTransfer): Promise<HTMLInputElement> {
  deepQuery<HTMLInputElement>(el, 'input[name="way"]')!.focus();
  const box = (await tabTo(
    (a) => a instanceof HTMLInputElement && a.type === 'checkbox' && a.value === String(S.chaourcois),
    'the CC du Chaourcois',
  )) as HTMLInputElement;
  await sendKeys({ press: 'Space' });
  return box;
}

function choose(el: Element, selector: string, value: string | number): void {
  const select = deepQuery<HTMLSelectElement>(el, selector)!;
  select.value = String(value);
  select.dispatchEvent(new Event('change'));
}

/** Confirms the open confirmation dialog and returns its message. */
async function confirmDialog(el: Element): Promise<string> {
  const dialog = deepQuery(el, 'cp-confirm-dialog')!;
  await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open === true, 'the confirmation opens');
  const message = dialog.shadowRoot!.querySelector('[part="message"]')!.textContent!;
  dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
  return message;
}

describe('cp-gp-transfer: transferring the main manager role (GP-1..4)', () => {
  const mock = useMockWorker();

  it('GP-1: counts are written in words of their number, FR and EN: "1 utilisateur rattaché peut", "2 utilisateurs rattachés peuvent", never "(s)"', async () => {
    const el = await mountTransfer('jeane');
    expect(textOf(el)).to.contain('Vous êtes gestionnaire principal de 2 structures.');
    expect(textOf(el)).to.contain('1 utilisateur rattaché peut reprendre le rôle.');
    expect(textOf(el)).to.contain('2 utilisateurs rattachés peuvent reprendre le rôle.');
    expect(textOf(el)).to.not.contain('(s)');
    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('1 attached user can take over the role.'), 'EN singular');
    expect(textOf(el)).to.contain('You are the main manager of 2 structures.');
    expect(textOf(el)).to.contain('2 attached users can take over the role.');
  });

  it('GP-2 / GP-4: keyboard only, Jeane hands the CC du Chaourcois to Marc, then all her structures; she stays a simple user', async () => {
    const el = await mountTransfer('jeane');
    expect(textOf(el)).to.contain('gestionnaire principal de 2 structures.');
    await expect(el).to.be.accessible();
    deepQuery<HTMLInputElement>(el, 'input[name="way"]')!.focus();
    await tabTo(
      (a) => a instanceof HTMLInputElement && a.type === 'checkbox' && a.value === String(S.chaourcois),
      'the CC du Chaourcois',
    );
    await sendKeys({ press: 'Space' });
    await tabTo((a) => a.id === 'new-gp', 'the successor');
    choose(el, '#new-gp', U.marc);
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const dialog = deepQuery(el, 'cp-confirm-dialog')!;
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open === true);
    expect(dialog.shadowRoot!.textContent)
      .to.contain("CC DU CHAOURCOIS ET DU VAL D'ARMANCE → Marc LEROY")
      .and.to.contain('comme utilisateur simple');
    await expect(el).to.be.accessible();
    await tabTo((a) => a.getAttribute('part') === 'confirm', 'Confirmer');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(el).includes('Rôle transféré pour 1 structure :'));
    expect(await gpOf(S.chaourcois, 'marc')).to.equal(SEED_USERS.marc);
    const jeane = (await clientAs('jeane').listMyRattachements()).items.find((r) => r.idStructureCPP === S.chaourcois)!;
    expect(jeane).to.include({ role: 'UTILISATEUR', statutRattachement: 'VALIDEE' });

    await waitUntil(() => textOf(el).includes('gestionnaire principal de 1 structure.'), 'the list follows (X-7)');
    const all = deepQuery<HTMLInputElement>(el, 'input[value="TOUTES_A_UN"]')!;
    all.focus();
    await sendKeys({ press: 'Space' });
    await tabTo((a) => a.id === 'new-gp', 'the successor');
    choose(el, '#new-gp', U.marc);
    button(el, 'Soumettre').click();
    await confirmDialog(el);
    await waitUntil(
      () => textOf(el).includes('Vous n’êtes gestionnaire principal d’aucune structure'),
      'X-8: now she sees why not',
    );
    expect(button(el, 'Soumettre').disabled).to.equal(true);
    expect(await gpOf(S.syndicatEaux, 'marc')).to.equal(SEED_USERS.marc);
    await expect(el).to.be.accessible();
  });

  it('GP-2: keyboard only, Enter in the successor search searches (it does not submit the transfer)', async () => {
    const el = await mountTransfer('jeane');
    deepQuery<HTMLInputElement>(el, 'input[name="way"]')!.focus();
    await tabTo((a) => a.id === 'search', 'the search field');
    await sendKeys({ type: 'leroy' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => (textOf(el).match(/1 utilisateur rattaché peut reprendre le rôle\./g) ?? []).length === 2,
      'only Marc LEROY, on both structures',
    );
    expect(deepQuery(el, 'cp-confirm-dialog')!.shadowRoot!.querySelector('dialog')!.open, 'no confirmation').to.equal(
      false,
    );
    expect(textOf(el)).not.to.contain('Erreur :');
    expect(deepActive()?.id, 'focus stays in the search').to.equal('search');
    await tabTo((a) => a instanceof HTMLInputElement && a.value === String(S.chaourcois), 'the CC du Chaourcois');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => deepQuery(el, '#new-gp')!.querySelectorAll('option').length === 2);
    expect(deepQuery(el, '#new-gp')!.querySelectorAll('option')[1]!.textContent).to.contain('Marc LEROY');
    await expect(el).to.be.accessible();
  });

  it('X-7: a refresh on window focus keeps the structures, the ticked box and the focus; another user’s list shows loading first', async () => {
    const el = await mountTransfer('jeane');
    const box = await tickChaourcoisByKeyboard(el);
    await expectQuietRefresh(el, mock.worker, box);
    expect(box.checked, 'still ticked').to.equal(true);
    const session = el.closest<CpSession>('cp-session')!;
    await expectLoadingFirst(
      el,
      () => (session.user = SEED_USERS.marc),
      () => textOf(el).includes('Vous n’êtes gestionnaire principal d’aucune structure'),
      'Marc’s form (not Jeane’s structures meanwhile)',
    );
  });

  it('X-7 / GP-2 / GP-4: keyboard only, Jeane’s ticked structure and successor survive a refresh; once the session is Pauline’s, her confirmation is withdrawn and Pauline’s transfer starts from nothing', async () => {
    const el = await mountTransfer('jeane');
    const box = await tickChaourcoisByKeyboard(el);
    await tabTo((a) => a.id === 'new-gp', 'the successor');
    choose(el, '#new-gp', U.marc);
    const successor = deepQuery<HTMLSelectElement>(el, '#new-gp')!;
    await expectQuietRefresh(el, mock.worker, successor);
    expect(box.checked, 'still ticked').to.equal(true);
    expect(successor.value, 'still Marc').to.equal(String(U.marc));
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const dialog = deepQuery(el, 'cp-confirm-dialog')!.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'Jeane is asked to confirm');

    const session = el.closest<CpSession>('cp-session')!;
    await expectLoadingFirst(
      el,
      () => (session.user = SEED_USERS.pauline),
      () => textOf(el).includes('COMMUNE DE TERNEUIL SUR SEINE'),
      'Pauline’s structures',
    );
    expect(dialog.open, 'Jeane’s confirmation is no longer asked').to.equal(false);
    expect(await gpOf(S.chaourcois, 'jeane'), 'nothing transferred').to.equal(SEED_USERS.jeane);
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(
      boxes.map((b) => b.checked),
      'nothing ticked',
    ).to.deep.equal([false, false]);
    expect(deepQuery<HTMLSelectElement>(el, '#new-gp')!.value, 'no successor').to.equal('');
    await expect(el).to.be.accessible();

    // Pauline hands all her structures over without choosing anyone: she is asked to choose (not sent Jeane’s Marc).
    deepQuery<HTMLInputElement>(el, 'input[value="STRUCTURES_CHOISIES"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepQuery<HTMLInputElement>(el, 'input[value="TOUTES_A_UN"]')!.checked, 'all her structures');
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() =>
      textOf(el).includes('Choisissez le nouveau gestionnaire principal parmi les utilisateurs rattachés.'),
    );
    expect(deepActive()?.id, 'focus on the successor').to.equal('new-gp');
    expect(dialog.open, 'no confirmation of a transfer she did not make').to.equal(false);
    expect(await gpOf(S.mairie, 'pauline')).to.equal(SEED_USERS.pauline);
  });

  it('GP-2: all my structures, a chosen user per structure', async () => {
    const el = await mountTransfer('jeane');
    deepQuery<HTMLInputElement>(el, 'input[value="TOUTES_UNE_PAR_STRUCTURE"]')!.click();
    await waitUntil(() => deepQuery(el, `#new-gp-${S.chaourcois}`) !== null);
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Choisissez le nouveau gestionnaire principal de'));
    expect(deepActive()?.id).to.match(/^new-gp-/);
    await expect(el).to.be.accessible();
    choose(el, `#new-gp-${S.chaourcois}`, U.lucas);
    choose(el, `#new-gp-${S.syndicatEaux}`, U.marc);
    const transferred = oneEvent(el, 'cp-gp-transferred');
    button(el, 'Soumettre').click();
    await confirmDialog(el);
    expect((await transferred).detail.transferts).to.have.length(2);
    expect(await gpOf(S.chaourcois, 'lucas')).to.equal(SEED_USERS.lucas);
  });

  it('GP-3: a successor without PIGP account is marked, and the refusal names the structure and the rule; nothing changed', async () => {
    await jeaneAttaches('paul', S.chaourcois);
    const el = await mountTransfer('jeane');
    expect(textOf(el)).to.contain('doit avoir un compte PIGP');
    deepQuery<HTMLInputElement>(el, `input[value="${S.chaourcois}"]`)!.click();
    await waitUntil(() =>
      [...deepQuery(el, '#new-gp')!.querySelectorAll('option')].some((o) => o.textContent!.includes('Paul DURAND')),
    );
    expect(
      [...deepQuery(el, '#new-gp')!.querySelectorAll('option')].find((o) => o.value === String(U.paul))!.textContent,
    ).to.contain('(sans compte PIGP : refusé pour une structure publique)');
    choose(el, '#new-gp', U.paul);
    button(el, 'Soumettre').click();
    await confirmDialog(el);
    await waitUntil(() => textOf(el).includes('Le transfert a été refusé, rien n’a changé'));
    expect(textOf(el)).to.contain('Réf. GP-3');
    const lines = [...deepQuery(el, '#notice')!.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(lines, 'X-8: the blocking structure, once, with its rule').to.deep.equal([
      "CC DU CHAOURCOIS ET DU VAL D'ARMANCE : Le nouveau gestionnaire d’une structure publique doit avoir un compte PIGP. Réf. GP-3",
    ]);
    expect(await gpOf(S.chaourcois, 'jeane')).to.equal(SEED_USERS.jeane);
    await expect(el).to.be.accessible();
  });

  it('GP-1 / X-2 / X-8: Marc ("Organisation modification") sees the transfer disabled and why; the mock refuses him anyway', async () => {
    const el = await mountTransfer('marc', 'fr', (e) =>
      textOf(e).includes('seul le gestionnaire principal transfère son rôle'),
    );
    expect(button(el, 'Soumettre').disabled).to.equal(true);
    await expect(el).to.be.accessible();
    const refusal = await clientAs('marc')
      .transferPrincipal({
        mode: 'STRUCTURES_CHOISIES',
        affectations: [{ idStructureCPP: S.chaourcois, idNouveauGestionnaire: U.marc }],
      })
      .catch((e: unknown) => e);
    expect(isCpError(refusal) && refusal.rule).to.equal('GP-1');
  });

  it('GP-2 in English: nothing ticked is caught before sending', async () => {
    const el = await mountTransfer('jeane', 'en');
    expect(textOf(el)).to.contain('Transfer my main manager role').and.to.contain('Some of my structures to one user');
    button(el, 'Submit').click();
    await waitUntil(() => textOf(el).includes('Tick at least one structure.'));
    await expect(el).to.be.accessible();
  });
});
