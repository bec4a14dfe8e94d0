import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { manualClock } from '../../mock-api/clock.js';
import { CAST } from '../../mock-api/seed/index.js';
import { createHttpClient } from '../../src/client/index.js';
import '../../src/elements/cp-service-manager/cp-service-manager.js';
import type { CpServiceManager } from '../../src/elements/cp-service-manager/cp-service-manager.js';
import type { ServiceDetail } from '../../src/elements/cp-service-manager/events.js';
import '../../src/elements/cp-session/cp-session.js';
import '../../src/elements/cp-structure-manager/cp-structure-manager.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { button, deepActive, deepQuery, tabTo, textOf } from './cp-account-form-support.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';
import { mountAs, type SeedUser } from './support/mount.js';

const { structures: S } = CAST;
const MINUTE = 60 * 1000;

async function mount(
  user: SeedUser,
  id: number,
  ready: (el: CpServiceManager) => boolean = (el) => deepQuery(el, 'cp-data-table') !== null,
) {
  return mountAs<CpServiceManager>(
    user,
    html`<cp-service-manager structure-id=${id}></cp-service-manager>`,
    ready,
    `the services of ${user} are shown`,
  );
}

const input = (el: Element, name: string) => deepQuery<HTMLInputElement>(el, `#f-${name}`)!;
const type = (el: Element, name: string, value: string) => {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
const rowsOf = (el: Element) =>
  [...(deepQuery(el, 'cp-data-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((r) =>
    r.textContent!.replace(/\s+/g, ' ').trim(),
  );
const consult = async (el: Element, code: string) => {
  const table = deepQuery(el, 'cp-data-table')!;
  const row = [...table.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.textContent!.includes(code))!;
  row.querySelector('button')!.click();
  await waitUntil(() => deepQuery(el, 'dl') !== null && !deepQuery(el, 'cp-data-table'), `${code} is shown`);
};

describe('cp-service-manager: services of a structure (SRV-1..3)', () => {
  const clock = manualClock(new Date());
  const mock = useMockWorker({ clock, locale: 'fr' });

  it('SRV-2: a manager sees every service with its status, the inactive one included', async () => {
    const { el } = await mount('jeane', S.chaourcois, (e) => rowsOf(e).length === 4);
    expect(rowsOf(el).find((r) => r.includes('ANCIEN_SERVICE'))).to.contain('Inactif');
    expect(rowsOf(el).find((r) => r.includes('FACTURES_PUBLIQUES'))).to.contain('Actif');
    await expect(el).to.be.accessible();
  });

  it('SRV-1 / STR-5: keyboard only, Jeane creates service 0123 "MOA", then requires the code service without the STR-5 warning', async () => {
    const session = await fixture(html`<cp-session user=${SEED_USERS.jeane}>
      <cp-service-manager structure-id=${S.syndicatEaux}></cp-service-manager>
      <cp-structure-manager structure-id=${S.syndicatEaux}></cp-structure-manager>
    </cp-session>`);
    const services = session.querySelector('cp-service-manager')!;
    const structures = session.querySelector('cp-structure-manager')!;
    await waitUntil(() => textOf(services).includes('aucun service') && textOf(structures).includes('Modifier'));
    button(services, 'Créer un service').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => input(services, 'codeService') !== null);
    await tabTo((a) => a.id === 'f-codeService', 'code');
    await sendKeys({ type: '0123' });
    await tabTo((a) => a.id === 'f-libelleService', 'libellé');
    await sendKeys({ type: 'MOA' });
    await expect(services).to.be.accessible();
    const created = oneEvent(services, 'cp-service-created') as Promise<CustomEvent<ServiceDetail>>;
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const { detail } = await created;
    expect(detail.service).to.include({ codeService: '0123', libelleService: 'MOA', statut: 'ACTIF' });
    await waitUntil(() => rowsOf(services).some((r) => r.includes('0123')), 'the new service is listed');

    button(structures, 'Modifier').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () =>
        input(structures, 'codeServiceDoitEtreRenseigne') &&
        !input(structures, 'codeServiceDoitEtreRenseigne').disabled,
    );
    await tabTo((a) => a.id === 'f-codeServiceDoitEtreRenseigne', 'code service obligatoire');
    await sendKeys({ press: 'Space' });
    const updated = oneEvent(structures, 'cp-structure-updated');
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    await updated;
    await waitUntil(() => textOf(structures).includes('Modifications en attente'));
    expect(textOf(structures), 'an active service exists: no STR-5 warning').not.to.contain('aucun service actif');
  });

  it('SRV-1: required fields and date order are checked before sending; a code used on the structure is refused by the mock with its rule', async () => {
    const { el } = await mount('jeane', S.chaourcois);
    button(el, 'Créer un service').click();
    await waitUntil(() => input(el, 'codeService') !== null);
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Le formulaire contient'));
    expect(deepActive() === input(el, 'codeService'), 'focus on the first field').to.equal(true);
    await expect(el).to.be.accessible();
    type(el, 'codeService', 'factures_publiques');
    type(el, 'libelleService', 'Doublon');
    const fin = deepQuery<HTMLInputElement>(el, '#f-dateFin')!;
    fin.value = '2000-01-01';
    fin.dispatchEvent(new Event('change'));
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('La date de fin ne peut pas précéder la date de début'));
    fin.value = '';
    fin.dispatchEvent(new Event('change'));
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Réf. SRV-1'), 'the duplicate code is refused with its rule');
    expect(input(el, 'codeService').value, 'the input is kept').to.equal('factures_publiques');
    await expect(el).to.be.accessible();
  });

  it('SRV-1 / X-8: a code the mock refuses as malformed (no rule in its answer) is still shown with the rule of the action, next to the field', async () => {
    const { el } = await mount('jeane', S.chaourcois);
    button(el, 'Créer un service').click();
    await waitUntil(() => input(el, 'codeService') !== null);
    type(el, 'codeService', 'MOA 2');
    type(el, 'libelleService', 'Maîtrise d’ouvrage');
    button(el, 'Soumettre').click();
    await waitUntil(
      () => textOf(el).includes('Refusé. La demande contient des champs manquants ou invalides. Réf. SRV-1'),
      'the refusal names SRV-1',
    );
    expect(input(el, 'codeService').getAttribute('aria-invalid'), 'the field is marked').to.equal('true');
    expect(deepActive() === input(el, 'codeService'), 'focus on the field').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('SRV-2 / STR-4: modify (code locked), deactivate an active service, activate an inactive one; pending with their time, then effective', async () => {
    const { el } = await mount('jeane', S.chaourcois);
    await consult(el, 'VOIRIE');
    expect(() => button(el, 'Activer')).to.throw();
    button(el, 'Modifier').click();
    await waitUntil(() => input(el, 'codeService')?.disabled === true);
    expect(textOf(el)).to.contain('Le code d’un service n’est pas modifiable');
    type(el, 'libelleService', 'Voirie');
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('prendra effet le'), 'the modification is pending with its time');
    expect(textOf(el)).to.contain('Modifications en attente');
    await expect(el).to.be.accessible();
    button(el, 'Désactiver').click();
    await waitUntil(() => textOf(el).includes('Statut → Inactif'));
    clock.advance(30 * MINUTE);
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => !textOf(el).includes('Modifications en attente'), 'both changes took effect');
    expect(textOf(el)).to.contain('Voirie');
    button(el, 'Retour à la liste').click();
    await waitUntil(() => rowsOf(el).some((r) => r.includes('VOIRIE') && r.includes('Inactif')));
    await consult(el, 'ANCIEN_SERVICE');
    expect(() => button(el, 'Désactiver')).to.throw();
    button(el, 'Activer').click();
    await waitUntil(() => textOf(el).includes('Statut → Actif'));
  });

  it('SRV-2 / STR-4: keyboard only, Désactiver keeps the keyboard user in place: focus goes to the accepted change and its time', async () => {
    const { el } = await mount('jeane', S.chaourcois);
    await tabTo(
      (a) => a.getAttribute('part') === 'row-action' && a.closest('tr')?.textContent?.includes('VOIRIE') === true,
      'Consulter on VOIRIE',
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepQuery(el, 'dl') !== null, 'VOIRIE is shown');
    await tabTo((a) => a.textContent?.trim() === 'Désactiver', 'Désactiver');
    const changed = oneEvent(el, 'cp-service-state-changed');
    await sendKeys({ press: 'Enter' });
    await changed;
    await waitUntil(() => textOf(el).includes('Statut → Inactif'), 'the deactivation is pending');
    const focused = deepActive();
    expect(focused?.getAttribute('part'), 'focus is on the notice, not lost to the page').to.equal('notice');
    expect(focused?.textContent).to.contain('prendra effet le');
    await tabTo((a) => a.textContent?.trim() === 'Retour à la liste', 'Retour à la liste');
  });

  it('X-7: a refresh on window focus keeps the list and the focus on a row’s "Consulter"; another structure’s services show loading first', async () => {
    const { el } = await mount('jeane', S.chaourcois);
    const consultVoirie = await tabTo(
      (a) => a.getAttribute('part') === 'row-action' && a.closest('tr')?.textContent?.includes('VOIRIE') === true,
      'Consulter on VOIRIE',
    );
    await expectQuietRefresh(el, mock.worker, consultVoirie);
    await expectLoadingFirst(
      el,
      () => (el.structureId = S.syndicatEaux),
      () => textOf(el).includes('Cette structure n’a aucun service.'),
      'the Syndicat’s services, none (not the Chaourcois’s meanwhile)',
    );
  });

  it('SRV-3: a supplier learns whether a code exists and can be used', async () => {
    const { el } = await mount('jeane', S.chaourcois);
    const check = async (code: string, expected: string) => {
      type(el, 'lookup', code);
      button(el, 'Vérifier').click();
      await waitUntil(() => deepQuery(el, '#lookup-result')!.textContent!.includes(expected), `${code}: ${expected}`);
    };
    await check('FACTURES_PUBLIQUES', 'peut être utilisé');
    await check('ANCIEN_SERVICE', 'ne peut pas être utilisé');
    await check('INCONNU', 'n’existe pas');
    await expect(el).to.be.accessible();
  });

  it('SRV-2 / X-2: a simple user sees the active services read-only and is told why; the mock refuses his writes with the rule', async () => {
    const { el } = await mount('lucas', S.chaourcois, (e) => rowsOf(e).length === 3);
    expect(textOf(el)).to.contain('Consultation seule');
    expect(() => button(el, 'Créer un service')).to.throw();
    await consult(el, 'FINANCES');
    expect(() => button(el, 'Modifier')).to.throw();
    await expect(el).to.be.accessible();
    const refused = await createHttpClient({ user: SEED_USERS.lucas })
      .createService(S.chaourcois, {
        codeService: 'X',
        libelleService: 'X',
        dateDebut: '2026-01-01',
        numeroEJDoitEtreRenseigne: false,
      })
      .catch((e: { rule?: string }) => e);
    expect((refused as { rule?: string }).rule).to.equal('SRV-1');
  });

  it('EN: services in English', async () => {
    setPageLocale('en');
    const { el } = await mount('jeane', S.chaourcois, (e) => rowsOf(e).length === 4);
    expect(textOf(el)).to.contain('Create a service');
    expect(textOf(el)).to.contain('Check a service code (supplier)');
    await consult(el, 'VOIRIE');
    expect(textOf(el)).to.contain('Back to the list');
    expect(textOf(el)).to.contain('Deactivate: only for an active service.');
    await expect(el).to.be.accessible();
  });
});
