import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, nothing } from 'lit';
import { CpError } from '../../src/client/index.js';
import { renderConflictNotice } from '../../src/elements/shared/conflict-notice.js';
import '../../src/elements/shared/cp-error-summary.js';
import { FieldIssues } from '../../src/elements/shared/field-issues.js';
import { renderNotice, type Notice } from '../../src/elements/shared/notice.js';
import { WriteController } from '../../src/elements/shared/write-controller.js';
import { deepActive } from './shared-focus.js';

type Field = 'nom' | 'ville';

/** A form that saves through the controller: what each element of the kit does, reduced to its bones. */
class WriteHost extends LitElement {
  notice: Notice | undefined;
  conflict = false;
  /** What the "server" does with a call: resolve, or throw a CpError. */
  answer: (key: string) => Promise<void> = async () => undefined;
  readonly keys: string[] = [];
  /** The last write, settled once its outcome has focus. */
  done: Promise<boolean> = Promise.resolve(false);
  readonly issues = new FieldIssues<Field>(this, { order: ['nom', 'ville'], label: (field) => field.toUpperCase() });
  readonly writes = new WriteController(this, {
    issues: this.issues,
    start: () => (this.notice = undefined),
    vetoed: () => (this.notice = { kind: 'info', text: () => 'Annulé par la page.' }),
    refused: (error) => (this.notice = { kind: 'error', text: (locale) => error.text[locale] }),
    conflict: async () => (this.conflict = true),
  });

  override render() {
    return html`<p id="title" tabindex="-1">Titre</p>
      ${renderNotice(this.notice, 'fr')}
      <cp-error-summary .errors=${this.issues.summaryErrors('fr')}></cp-error-summary>
      ${
        this.conflict
          ? renderConflictNotice({
              title: 'Modifié entre-temps (ACC-7)',
              changes: ['Nom : « B » sur le serveur'],
              reload: { label: 'Recharger', run: () => (this.conflict = false) },
            })
          : nothing
      }
      <form @submit=${this.onSubmit}>
        <input id="f-nom" aria-label="nom" /><input id="f-ville" aria-label="ville" />
        <button ?disabled=${this.writes.busy}>${this.writes.busy ? 'Enregistrement…' : 'Valider'}</button>
      </form>`;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    this.done = this.writes.run(
      { before: 'cp-before-account-deactivate', detail: null, request: { id: 1 } },
      async (key) => {
        this.keys.push(key);
        await this.answer(key);
        this.notice = { kind: 'success', text: () => 'Enregistré.' };
        return () => this.dispatchEvent(new CustomEvent('cp-account-deactivated', { bubbles: true, composed: true }));
      },
    );
  }
}
customElements.define('test-write-host', WriteHost);

const refusal = (code: 'NETWORK' | 'INVALID' | 'VERSION_CONFLICT', fields: Field[] = []) =>
  new CpError({
    code,
    status: code === 'NETWORK' ? undefined : code === 'INVALID' ? 400 : 409,
    text: { fr: `Refusé (${code})`, en: `Refused (${code})` },
    fields: fields.map((field) => ({ field, code: 'invalid', message: { fr: `${field} faux`, en: `${field} wrong` } })),
  });

/** Presses Enter on the form's button, keyboard only, and waits for the write to end. */
async function submitWithKeyboard(el: WriteHost): Promise<void> {
  el.shadowRoot!.querySelector('button')!.focus();
  await sendKeys({ press: 'Enter' });
  await el.done;
}

describe('WriteController: the save flow written once (veto, busy, X-5 key, refusal, ACC-7, focus on the outcome)', () => {
  it('after an accepted save, focus is on the success message (focusable, never body), the button busy meanwhile', async () => {
    const el = await fixture<WriteHost>(fixtureHtml`<test-write-host></test-write-host>`);
    let release!: () => void;
    el.answer = () => new Promise<void>((resolve) => (release = resolve));
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.writes.busy, 'the write runs');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.disabled, 'busy: the button is disabled').to.equal(true);
    release();
    await waitUntil(() => deepActive()?.id === 'notice', 'focus moves to the outcome');
    expect(deepActive()!.textContent).to.equal('Enregistré.');
    expect(deepActive()!.getAttribute('role')).to.equal('status');
    expect(document.activeElement).not.to.equal(document.body);
  });

  it('the host hears of an accepted write (its cp-… event) once the outcome is shown and has focus', async () => {
    const el = await fixture<WriteHost>(fixtureHtml`<test-write-host></test-write-host>`);
    const seen: Array<string | undefined> = [];
    el.addEventListener('cp-account-deactivated', () => seen.push(deepActive()?.id));
    await submitWithKeyboard(el);
    expect(seen, 'one event, heard with focus on the success message').to.deep.equal(['notice']);
  });

  it('a host veto (cp-before-…) stops the write before any call; focus is on the message saying so', async () => {
    const el = await fixture<WriteHost>(fixtureHtml`<test-write-host></test-write-host>`);
    el.addEventListener('cp-before-account-deactivate', (event) => event.preventDefault());
    await submitWithKeyboard(el);
    expect(el.keys).to.deep.equal([]);
    expect(deepActive()?.textContent).to.equal('Annulé par la page.');
  });

  it('X-5: a retry after a failure that may not have reached the server reuses the key; after a refusal a new key', async () => {
    const el = await fixture<WriteHost>(fixtureHtml`<test-write-host></test-write-host>`);
    el.answer = () => Promise.reject(refusal('NETWORK'));
    await submitWithKeyboard(el);
    expect(deepActive()?.getAttribute('role'), 'focus on the refusal, an alert').to.equal('alert');
    el.answer = () => Promise.reject(refusal('INVALID'));
    await submitWithKeyboard(el);
    el.answer = async () => undefined;
    await submitWithKeyboard(el);
    expect(el.keys).to.have.length(3);
    expect(el.keys[1], 'the retry after the network failure').to.equal(el.keys[0]);
    expect(el.keys[2], 'a refused write is not retried under its key').not.to.equal(el.keys[1]);
  });

  it('a refusal naming fields shows them in the summary, in the order of the form, and focuses the first field', async () => {
    const el = await fixture<WriteHost>(fixtureHtml`<test-write-host></test-write-host>`);
    el.answer = () => Promise.reject(refusal('INVALID', ['ville', 'nom']));
    await submitWithKeyboard(el);
    await waitUntil(() => deepActive()?.id === 'f-nom', 'focus on the first field of the form in error');
    expect(el.issues.summaryErrors('fr').map((e) => e.field)).to.deep.equal(['nom', 'ville']);
    expect(el.issues.text('ville', 'en')).to.equal('ville wrong');
    expect(el.notice?.text('fr')).to.equal('Refusé (INVALID)');
  });

  it('ACC-7: a stale version shows the conflict notice, which takes focus; the next write clears the issues', async () => {
    const el = await fixture<WriteHost>(fixtureHtml`<test-write-host></test-write-host>`);
    el.answer = () => Promise.reject(refusal('VERSION_CONFLICT'));
    await submitWithKeyboard(el);
    expect(deepActive()?.id).to.equal('conflict');
    expect(deepActive()?.getAttribute('role')).to.equal('alert');
    expect(deepActive()?.textContent).to.contain('Nom : « B » sur le serveur');
    await expect(el).to.be.accessible();
  });

  it('with no message to show, focus stays where it is, or goes to the title when the button it was on is disabled', async () => {
    const el = await fixture<WriteHost>(fixtureHtml`<test-write-host></test-write-host>`);
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    await el.writes.focusOutcome();
    expect(deepActive()).to.equal(button);
    button.disabled = true;
    await el.writes.focusOutcome();
    expect(deepActive()?.id).to.equal('title');
  });
});
