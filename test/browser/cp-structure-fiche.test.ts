import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAST } from '../../mock-api/seed/index.js';
import '../../src/elements/cp-structure-fiche/cp-structure-fiche.js';
import type { CpStructureFiche } from '../../src/elements/cp-structure-fiche/cp-structure-fiche.js';
import { deepActive, tabTo, textOf } from './cp-account-form-support.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';
import { mountAs } from './support/mount.js';

const { structures: S, sirets } = CAST;

/** The value the fiche shows for a field (`data-field` of its `<dd>`). */
const valueOf = (el: CpStructureFiche, field: string): string =>
  el.shadowRoot!.querySelector(`dd[data-field="${field}"]`)?.textContent?.trim() ?? '';

const mountFiche = (user: Parameters<typeof mountAs>[0], id: number, lang = '', ready = 'Informations générales') =>
  mountAs<CpStructureFiche>(
    user,
    html`<cp-structure-fiche structure-id=${id} lang=${lang || 'fr'}></cp-structure-fiche>`,
    (el) => textOf(el).includes(ready),
    `"${ready}" shows`,
    { timeout: 8000 },
  );

describe('cp-structure-fiche: the fiche structure, read-only (STR-8)', () => {
  const mock = useMockWorker({ locale: 'fr' });

  it('STR-8: Sophie, a simple user, reads her Mairie’s fiche with the portal’s labels: type d’identifiant by name, type de structure, pays by name, the GP, the parameters', async () => {
    const { el } = await mountFiche('sophie', S.mairie);
    expect(textOf(el)).to.contain('Fiche structure : Mairie de Terneuil sur Seine');
    expect(valueOf(el, 'typeIdentifiantStructure')).to.equal('SIRET');
    expect(valueOf(el, 'identifiantStructure')).to.equal(sirets.mairie);
    expect(valueOf(el, 'typeStructure')).to.equal('Publique');
    expect(valueOf(el, 'gestionnairePrincipal')).to.equal('Pauline DUFOUR');
    expect(valueOf(el, 'pays')).to.equal('France');
    expect(valueOf(el, 'numeroRcs')).to.equal('Non renseigné');
    expect(valueOf(el, 'numeroEJDoitEtreRenseigne')).to.equal('Oui');
    expect(valueOf(el, 'moa')).to.equal('Structure sans MOA');
    for (const label of ['Numéro RCS', 'Numéro TVA intracommunautaire', 'Adresse postale', 'Services actifs'])
      expect(textOf(el)).to.contain(label);
    expect(textOf(el)).not.to.contain('Donnée');
    await expect(el).to.be.accessible();
  });

  it('STR-8: the active services of the CC du Chaourcois (code and libellé), the inactive one left out; cp-structure-fiche-loaded carries the fiche', async () => {
    const loaded = oneEvent(document, 'cp-structure-fiche-loaded');
    const { el } = await mountFiche('lucas', S.chaourcois);
    expect((await loaded).detail.fiche.idStructureCPP).to.equal(S.chaourcois);
    const rows = [...el.shadowRoot!.querySelectorAll('table[part="services"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()).join(' | '),
    );
    expect(rows).to.deep.equal([
      'FACTURES_PUBLIQUES | Service des factures publiques',
      'FINANCES | Direction des finances',
      'VOIRIE | Service voirie et travaux',
    ]);
    await expect(el).to.be.accessible();
  });

  it('X-7: a refresh on window focus keeps the fiche (the reader’s place) and the focus on its title; another structure’s fiche shows loading first', async () => {
    const { el } = await mountFiche('jeane', S.chaourcois);
    await el.focusTitle();
    const title = el.shadowRoot!.querySelector('#title')!;
    const identifier = el.shadowRoot!.querySelector('dd[data-field="identifiantStructure"]')!;
    await expectQuietRefresh(el, mock.worker, title);
    expect(identifier.isConnected, 'the same fiche stays on screen, not a new one').to.equal(true);
    await expectLoadingFirst(
      el,
      () => (el.structureId = S.syndicatEaux),
      () => valueOf(el, 'identifiantStructure') === sirets.syndicatEaux,
      'the Syndicat’s fiche (not the Chaourcois’s meanwhile)',
    );
  });

  it('STR-8: a private company shows its Numéro RCS and TVA intracommunautaire, no public parameters', async () => {
    const { el } = await mountFiche('paul', S.durandBtp);
    const siren = sirets.durandBtp.slice(0, 9);
    expect(valueOf(el, 'numeroRcs')).to.equal(`${siren} R.C.S. Troyes`);
    expect(valueOf(el, 'tvaIntracommunautaire')).to.match(new RegExp(`^FR\\d{2}${siren}$`));
    expect(valueOf(el, 'typeStructure')).to.equal('Privée');
    expect(el.shadowRoot!.querySelector('[part="parameters"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('STR-8 EN: every label and value in English', async () => {
    const { el } = await mountFiche('sophie', S.mairie, 'en', 'General information');
    const text = textOf(el);
    for (const label of [
      'Structure record: Mairie de Terneuil sur Seine',
      'Identifier type',
      'Trade register (RCS) number',
      'Intra-community VAT number',
      'Main manager',
      'Postal address',
      'Active services',
      'Public structure parameters',
    ])
      expect(text).to.contain(label);
    expect(valueOf(el, 'typeStructure')).to.equal('Public');
    expect(valueOf(el, 'numeroRcs')).to.equal('Not given');
    for (const french of ['Informations générales', 'Non renseigné', 'Oui', 'Publique'])
      expect(text).not.to.contain(french);
    await expect(el).to.be.accessible();
  });

  it('STR-8 refused, keyboard only: Sophie is not attached to DURAND BTP; the fiche says why in plain words and Réessayer is reached with Tab', async () => {
    const { el } = await mountFiche('sophie', S.durandBtp, '', 'Réessayer');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Seuls les utilisateurs rattachés à cette structure peuvent la consulter.');
    expect(alert.textContent).to.contain('Demandez un rattachement depuis « Mes rattachements »');
    await tabTo((a) => a.textContent?.trim() === 'Réessayer', 'Réessayer');
    expect(deepActive()!.textContent!.trim()).to.equal('Réessayer');
    await sendKeys({ press: 'Enter' });
    await expect(el).to.be.accessible();
  });
});
