import { expect, fixture, html, oneEvent, waitUntil as waitFor } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { manualClock } from '../../mock-api/clock.js';
import { CAST } from '../../mock-api/seed/index.js';
import '../../src/elements/cp-service-manager/cp-service-manager.js';
import type { ServiceDetail } from '../../src/elements/cp-service-manager/events.js';
import '../../src/elements/cp-session/cp-session.js';
import type { CpSession } from '../../src/elements/cp-session/cp-session.js';
import '../../src/elements/cp-structure-manager/cp-structure-manager.js';
import type { StructureDetail } from '../../src/elements/cp-structure-manager/events.js';
import { instantText } from '../../src/elements/shared/instant-text.js';
import { deepQuery, loginOf, tabTo, textOf, typeOver } from './cp-account-form-support.js';
import { clientOf } from './cp-attachment-manager-support.js';
import { useMockWorker } from './support/mock-worker.js';

/** Waits for what a user would see after a round trip to the mock (a generous limit for loaded machines, not a timing assertion). */
const waitUntil = (predicate: () => unknown, message?: string) => waitFor(predicate, message, { timeout: 8000 });

const { structures: S, sirets } = CAST;
const MINUTE = 60 * 1000;

/** The focused control of a form field, by its name (`f-<name>`). */
const isField = (name: string) => (el: Element) => el.id === `f-${name}`;
/** A focused button, by its visible text. */
const isButton = (text: string) => (el: Element) => el instanceof HTMLButtonElement && el.textContent?.trim() === text;
/** The value of a field inside an element's shadow root. */
const valueOf = (root: Element, name: string) => deepQuery<HTMLInputElement>(root, `#f-${name}`)?.value;

describe('Issue 7 "done when": Jeane Chaource manages her structure with the keyboard alone (STR-3..6, SRV-1, SRV-2, X-8)', () => {
  const clock = manualClock(new Date());
  useMockWorker({ clock });

  it('libellé and parameters, service 0123 "MOA", "code service obligatoire", the pending effect and its time, then a duplication to a new SIRET', async function () {
    // A long walk of keystrokes: a generous limit for loaded machines, not a timing assertion.
    this.timeout(240_000);
    // The demo page's markup and its host wiring: the services follow the structure opened, created or duplicated.
    const session = await fixture<CpSession>(html`<cp-session user=${loginOf('jeane')}>
      <main>
        <cp-structure-manager heading-level="2"></cp-structure-manager>
        <cp-service-manager heading-level="2" structure-id=${S.chaourcois}></cp-service-manager>
      </main>
    </cp-session>`);
    const structures = session.querySelector('cp-structure-manager')!;
    const services = session.querySelector('cp-service-manager')!;
    for (const type of ['cp-structure-opened', 'cp-structure-created', 'cp-structure-duplicated'] as const) {
      structures.addEventListener(type, (event) => (services.structureId = event.detail.structure.idStructureCPP));
    }
    await waitUntil(
      () =>
        textOf(structures).includes('SYNDICAT DES EAUX DU CHAOURCOIS') &&
        textOf(services).includes('FACTURES_PUBLIQUES'),
      'both elements are loaded',
    );
    await expect(session).to.be.accessible();

    // STR-3: from the list of the structures she manages, she opens the Syndicat des eaux, which has no libellé yet.
    await tabTo(
      (el) =>
        isButton('Consulter – SYNDICAT DES EAUX DU CHAOURCOIS')(el) ||
        (el.getAttribute('part') === 'row-action' && el.closest('tr')?.textContent?.includes('SYNDICAT') === true),
      'Consulter on the Syndicat row',
    );
    const opened = oneEvent(structures, 'cp-structure-opened') as Promise<CustomEvent<StructureDetail>>;
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.structure.idStructureCPP).to.equal(S.syndicatEaux);
    await waitUntil(
      () =>
        textOf(structures).includes('Paramètres structure publique') &&
        textOf(services).includes('Cette structure n’a aucun service.'),
      'the structure and its (empty) services show',
    );

    // STR-3 / STR-5: she completes the libellé, requires the engagement number and sets Présence MOA "avec MOA".
    await tabTo(isButton('Modifier'), 'Modifier');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepQuery(structures, '#f-libelleStructure:not([disabled])'), 'the modification form');
    await tabTo(isField('libelleStructure'), 'the libellé');
    await typeOver('Syndicat des eaux du Chaourcois');
    await tabTo(isField('numeroEJDoitEtreRenseigne'), 'numéro d’engagement obligatoire');
    await sendKeys({ press: 'Space' });
    await tabTo(isField('moa-sans'), 'Présence MOA');
    await sendKeys({ press: 'ArrowDown' });
    expect(
      deepQuery<HTMLInputElement>(structures, '#f-moa-avec')!.checked,
      'arrows move within the radio group',
    ).to.equal(true);
    await expect(structures).to.be.accessible();
    let updated = oneEvent(structures, 'cp-structure-updated') as Promise<CustomEvent<StructureDetail>>;
    await tabTo(isButton('Soumettre'), 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const first = (await updated).detail.structure.changementsEnAttente[0]!;
    const firstAt = instantText(first.dateEffet, 'fr');
    await waitUntil(
      () => textOf(structures).includes(`Demande acceptée : elle prendra effet le ${firstAt.date} à ${firstAt.time}.`),
      'the pending effect and its time (STR-4)',
    );

    // SRV-1: in the services of the structure she creates 0123 "MOA".
    await tabTo(isButton('Créer un service'), 'Créer un service');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepQuery(services, '#f-codeService'), 'the service form');
    await tabTo(isField('codeService'), 'the code');
    await sendKeys({ type: '0123' });
    await tabTo(isField('libelleService'), 'the libellé');
    await sendKeys({ type: 'MOA' });
    await expect(services).to.be.accessible();
    const created = oneEvent(services, 'cp-service-created') as Promise<CustomEvent<ServiceDetail>>;
    await tabTo(isButton('Soumettre'), 'Soumettre of the service');
    await sendKeys({ press: 'Enter' });
    expect((await created).detail.service).to.include({ codeService: '0123', libelleService: 'MOA', statut: 'ACTIF' });
    await waitUntil(() => textOf(services).includes('Service 0123 créé et actif.'), 'the service is created');

    // STR-5: back in the structure (Shift+Tab), she sets "code service obligatoire"; the form starts from her pending changes.
    await tabTo(isButton('Modifier'), 'Modifier of the structure', true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => deepQuery(structures, '#f-codeServiceDoitEtreRenseigne:not([disabled])'),
      'the modification form',
    );
    expect(valueOf(structures, 'libelleStructure'), 'her pending libellé is kept').to.equal(
      'Syndicat des eaux du Chaourcois',
    );
    await tabTo(isField('codeServiceDoitEtreRenseigne'), 'code service obligatoire');
    await sendKeys({ press: 'Space' });
    updated = oneEvent(structures, 'cp-structure-updated') as Promise<CustomEvent<StructureDetail>>;
    await tabTo(isButton('Soumettre'), 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const second = (await updated).detail.structure.changementsEnAttente.at(-1)!;
    const secondAt = instantText(second.dateEffet, 'fr');
    await waitUntil(
      () =>
        textOf(structures).includes(`Demande acceptée : elle prendra effet le ${secondAt.date} à ${secondAt.time}.`),
      'the second pending effect and its time',
    );
    expect(textOf(structures)).to.contain('Modifications en attente');
    expect(textOf(structures), 'an active service exists: no STR-5 warning').not.to.contain('aucun service actif');
    await expect(session).to.be.accessible();

    // STR-4: once the time has passed (she comes back to the window), the page shows the structure as changed.
    clock.advance(30 * MINUTE);
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => !textOf(structures).includes('Modifications en attente'), 'the changes took effect');
    expect(textOf(structures)).to.contain('Syndicat des eaux du Chaourcois');
    const ficheValue = (field: string) =>
      deepQuery(structures, 'cp-structure-fiche')?.shadowRoot?.querySelector(`dd[data-field="${field}"]`)?.textContent;
    await waitUntil(() => ficheValue('numeroEJDoitEtreRenseigne') === 'Oui', 'the fiche reads the change');
    const parameters = ['numeroEJDoitEtreRenseigne', 'codeServiceDoitEtreRenseigne', 'moa'].map(ficheValue);
    expect(parameters, 'the consultation shows the parameters now in force').to.deep.equal([
      'Oui',
      'Oui',
      'Structure avec MOA',
    ]);

    // STR-6: she duplicates the structure to a SIRET that INSEE knows as active and no structure uses.
    await tabTo(isButton('Dupliquer'), 'Dupliquer', true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepQuery(structures, '#f-identifiantStructure'), 'the duplication form');
    expect(textOf(structures)).to.contain('sauf le mandat de facturation, qui n’est pas copié');
    await tabTo(isField('identifiantStructure'), 'the new SIRET');
    await sendKeys({ type: sirets.freeActive });
    await waitUntil(() => textOf(structures).includes('Trouvé à l’INSEE'), 'INSEE knows the SIRET');
    await tabTo(isField('libelleStructure'), 'the libellé');
    await typeOver('Syndicat des eaux du Chaourcois (nouveau SIRET)');
    await expect(structures).to.be.accessible();
    const duplicated = oneEvent(structures, 'cp-structure-duplicated') as Promise<CustomEvent<StructureDetail>>;
    await tabTo(isButton('Soumettre'), 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const copy = (await duplicated).detail.structure;
    expect(copy).to.include({
      identifiantStructure: sirets.freeActive,
      libelleStructure: 'Syndicat des eaux du Chaourcois (nouveau SIRET)',
      statut: 'ACTIF',
    });
    await waitUntil(
      () => textOf(structures).includes('l’ancienne structure est désactivée'),
      'the duplication is confirmed',
    );
    await waitUntil(
      () =>
        deepQuery(services, 'cp-data-table') && textOf(services).includes('0123') && textOf(services).includes('MOA'),
      'the new structure’s services show the copied 0123',
    );
    await expect(session).to.be.accessible();

    // What the server holds: the copy carries the parameters and the service 0123 "MOA".
    expect(copy.parametres).to.include({
      numeroEJDoitEtreRenseigne: true,
      codeServiceDoitEtreRenseigne: true,
      getaMoa: true,
      estMoaUniquement: false,
    });
    const copied = await clientOf('jeane').listServices(copy.idStructureCPP);
    expect(copied.items.map((s) => [s.codeService, s.libelleService, s.statut])).to.deep.equal([
      ['0123', 'MOA', 'ACTIF'],
    ]);
  });
});
