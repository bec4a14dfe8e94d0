import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { IdentifierType } from '../../src/domain/schemas/index.js';
import '../../src/elements/shared/cp-structure-picker.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { button, deepActive, tabTo } from './cp-account-form-support.js';
import { deepAll, deepQuery, mountAs, textOf, waitForText } from './cp-rattachements-support.js';
import { useMockWorker } from './support/mock-worker.js';

const resultRows = (picker: Element) => deepAll(picker, 'tr[part~="row"]').map((row) => row.textContent ?? '');
const optionTexts = (picker: Element, id: string) =>
  [...deepQuery<HTMLSelectElement>(picker, `#${id}`)!.options].map((option) => option.textContent!.trim());
const select = (picker: Element, id: string) => deepQuery<HTMLSelectElement>(picker, `#${id}`)!;

describe('cp-structure-picker: the portal’s criteria (RAT-2, issue 15 point 5)', () => {
  useMockWorker({ locale: 'fr' });

  it('RAT-2: "structure publique" preselected; identifier types by their French names, never codes; pays by name', async () => {
    const session = await mountAs(
      'pauline',
      html`<cp-structure-picker type-structure="PUBLIQUE"></cp-structure-picker>`,
      'Conseil : recherchez',
    );
    const picker = session.querySelector('cp-structure-picker')!;
    expect(select(picker, 'sp-typeStructure').value).to.equal('PUBLIQUE');
    expect(optionTexts(picker, 'sp-typeStructure')).to.deep.equal(['Tous', 'Structure publique', 'Structure privée']);
    const types = optionTexts(picker, 'sp-typeIdentifiantStructure');
    for (const code of IdentifierType.options.filter((c) => c !== 'SIRET')) expect(types).not.to.include(code);
    expect(types).to.include.members(['SIRET', 'Structure européenne hors France', 'Structure hors UE', 'Particulier']);
    expect(optionTexts(picker, 'sp-presenceSiret')).to.deep.equal([
      'Tous',
      'Structure avec SIRET',
      'Structure sans SIRET',
    ]);
    const pays = optionTexts(picker, 'sp-pays');
    expect(pays.slice(0, 2)).to.deep.equal(['Tous', 'France']);
    expect(pays).to.include('Allemagne');
    await expect(picker).to.be.accessible();
  });

  it('RAT-2: keyboard only, a ville "Terneuil" finds "Terneuil sur Seine"; "structure sans SIRET" offers nom and prénom and finds the German supplier by name, its pays in words', async function () {
    this.timeout(60_000); // A keyboard walk with round trips to the mock on a loaded machine.
    const session = await mountAs(
      'pauline',
      html`<cp-structure-picker type-structure="PUBLIQUE"></cp-structure-picker>`,
      'Conseil : recherchez',
    );
    const picker = session.querySelector('cp-structure-picker')!;
    await tabTo((el) => el.id === 'sp-ville', 'the ville criterion');
    expect(textOf(picker)).to.contain('« Terneuil » trouve « Terneuil sur Seine »');
    await sendKeys({ type: 'Terneuil' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => resultRows(picker).length === 2, 'the two public structures of Terneuil sur Seine', {
      timeout: 8000,
    });
    expect(resultRows(picker).every((row) => row.includes('Terneuil sur Seine') && row.includes('France'))).to.equal(
      true,
    );
    await expect(picker).to.be.accessible();

    await tabTo((el) => el.textContent?.trim() === 'Effacer les critères', 'Effacer les critères');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => resultRows(picker).length === 0, 'the criteria and results are cleared');
    expect(select(picker, 'sp-typeStructure').value, 'the preselection comes back').to.equal('PUBLIQUE');

    await tabTo((el) => el.id === 'sp-presenceSiret', '"structure avec / sans SIRET"', true);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepQuery(picker, '#sp-nom') !== null, 'nom and prénom are offered');
    expect(textOf(picker)).to.contain('vous pouvez chercher par nom et prénom');
    await tabTo((el) => el.id === 'sp-typeStructure', 'the type of structure');
    await sendKeys({ press: 'ArrowUp' });
    await waitForText(picker, 'HOHE BAU GMBH');
    const [row] = resultRows(picker);
    expect(row).to.contain('Structure européenne hors France').and.to.contain('Allemagne').and.to.contain('München');
    expect(row).not.to.contain('UE_HORS_FRANCE');
    await tabTo((el) => el.id === 'sp-raisonSociale', 'the raison sociale', true);
    await sendKeys({ type: 'hohe' });
    await sendKeys({ press: 'Enter' });
    await waitForText(picker, '1 résultat');
    expect(deepActive()?.id).to.equal('sp-raisonSociale');
    await expect(picker).to.be.accessible();
  });

  it('RAT-2 in EN: the criteria and their options', async () => {
    setPageLocale('en');
    const session = await mountAs(
      'pauline',
      html`<cp-structure-picker type-structure="PUBLIQUE"></cp-structure-picker>`,
      'Tip: search by identifier',
    );
    const picker = session.querySelector('cp-structure-picker')!;
    expect(textOf(picker)).to.contain('Structure with or without a SIRET').and.to.contain('Country');
    expect(optionTexts(picker, 'sp-presenceSiret')).to.deep.equal([
      'All',
      'Structure with a SIRET',
      'Structure without a SIRET',
    ]);
    expect(optionTexts(picker, 'sp-typeIdentifiantStructure')).to.include('European structure outside France');
    expect(optionTexts(picker, 'sp-pays')).to.include('Germany');
    button(picker, 'Search').click();
    await waitForText(picker, 'results');
    await expect(picker).to.be.accessible();
  });
});
