import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import '../../src/elements/shared/cp-error-summary.js';
import { FieldIssues, issueOf } from '../../src/elements/shared/field-issues.js';
import { deepActive } from './shared-focus.js';

type Field = 'siret' | 'nom' | 'ville';

/** A form showing its problems next to its fields and in its summary. */
class IssuesHost extends LitElement {
  readonly issues = new FieldIssues<Field>(this, {
    order: ['siret', 'nom', 'ville'],
    label: (field, locale) => (locale === 'fr' ? `Champ ${field}` : `Field ${field}`),
    fieldOf: (name) => (name === 'adresse.ville' ? 'ville' : name === 'inconnu' ? undefined : (name as Field)),
  });
  siretDisabled = false;

  override render() {
    return html`<cp-error-summary .errors=${this.issues.summaryErrors('fr')} .focusField=${(f: string) => this.issues.focus(f as Field)}></cp-error-summary>
      <input id="f-siret" aria-label="siret" ?disabled=${this.siretDisabled} />
      <input id="f-nom" aria-label="nom" /><span id="nom-error">${this.issues.text('nom', 'fr')}</span>
      <input id="f-ville" aria-label="ville" />`;
  }
}
customElements.define('test-issues-host', IssuesHost);

const problem = (field: string, fr: string) => ({ field, code: 'invalid', message: { fr, en: `${fr} (en)` } });

describe('FieldIssues: problems next to the fields and in the summary, focus on the first (X-1)', () => {
  it('maps a server’s field names to the form’s, keeps the first problem of a field, lists them in the order of the form', async () => {
    const el = await fixture<IssuesHost>(fixtureHtml`<test-issues-host></test-issues-host>`);
    const issues = el.issues.fromProblems([
      problem('adresse.ville', 'Ville inconnue'),
      problem('nom', 'Nom requis'),
      problem('nom', 'Nom trop long'),
      problem('inconnu', 'Ignoré'),
    ]);
    await el.issues.show(issues);
    expect(el.issues.summaryErrors('fr')).to.deep.equal([
      { field: 'nom', label: 'Champ nom', message: 'Nom requis' },
      { field: 'ville', label: 'Champ ville', message: 'Ville inconnue' },
    ]);
    expect(el.issues.text('ville', 'en')).to.equal('Ville inconnue (en)');
    expect(deepActive()?.id, 'the first field of the form in error').to.equal('f-nom');
    expect(el.shadowRoot!.querySelector('#nom-error')!.textContent).to.equal('Nom requis');
  });

  it('joins several problems of one field when asked; clearing an edited field re-renders without it', async () => {
    const el = await fixture<IssuesHost>(fixtureHtml`<test-issues-host></test-issues-host>`);
    el.issues.set(el.issues.fromProblems([problem('nom', 'Requis.'), problem('nom', 'Trop long.')], { join: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#nom-error')!.textContent).to.equal('Requis. Trop long.');
    el.issues.clear('nom');
    await el.updateComplete;
    expect(el.issues.any).to.equal(false);
    expect(el.shadowRoot!.querySelector('#nom-error')!.textContent).to.equal('');
  });

  it('a field that cannot take focus (disabled) sends focus to the summary, never to the page', async () => {
    const el = await fixture<IssuesHost>(fixtureHtml`<test-issues-host></test-issues-host>`);
    el.siretDisabled = true;
    el.requestUpdate();
    await el.issues.show({ siret: issueOf({ fr: 'SIRET fermé', en: 'SIRET closed' }) });
    expect(deepActive()?.getAttribute('role')).to.equal('alert');
    expect(deepActive()?.textContent).to.contain('Champ siret : SIRET fermé');
  });
});
