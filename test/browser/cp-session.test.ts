import { Task } from '@lit/task';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createAccountApi } from '../../src/client/account-api.js';
import type { CpClient } from '../../src/client/index.js';
import { createHttpClient, toCpClient } from '../../src/client/index.js';
import '../../src/elements/cp-account-form/cp-account-form.js';
import '../../src/elements/cp-session/cp-session.js';
import type { CpSession } from '../../src/elements/cp-session/cp-session.js';
import { ClientController } from '../../src/elements/shared/client-controller.js';
import { getPageLocale, setPageLocale } from '../../src/i18n/locale.js';
import { field } from './cp-account-form-support.js';
import { useMockWorker } from './support/mock-worker.js';

/** A minimal cp-kit element: shows the logged-in user's name, reloaded when data may be stale. */
class SessionProbe extends LitElement {
  readonly session = new ClientController(this, [createAccountApi]);
  loads = 0;
  readonly me = new Task(this, {
    task: async ([client]) => {
      this.loads += 1;
      return client ? (await client.getMyAccount()).nom : 'no session';
    },
    args: () => [this.session.client, this.session.revision] as const,
  });
  override render() {
    return this.me.render({ pending: () => 'loading', complete: (nom) => nom, error: (e) => `error ${String(e)}` });
  }
}
customElements.define('cp-test-session-probe', SessionProbe);

const text = (el: Element) => el.shadowRoot!.textContent ?? '';

describe('cp-session (ID-1: the host hands the logged-in user; X-7: elements refresh after a change)', () => {
  useMockWorker();

  it('gives the elements inside it the client of the user named by the host', async () => {
    const session = await fixture<CpSession>(
      html`<cp-session user="pauline.dufour@terneuil-sur-seine.fr"><cp-test-session-probe></cp-test-session-probe></cp-session>`,
    );
    const probe = session.querySelector('cp-test-session-probe')!;
    await waitUntil(() => text(probe) === 'DUFOUR', 'the probe shows Pauline DUFOUR');
  });

  it('switches every element to another user when the host changes the user attribute', async () => {
    const session = await fixture<CpSession>(
      html`<cp-session user="pauline.dufour@terneuil-sur-seine.fr"><cp-test-session-probe></cp-test-session-probe></cp-session>`,
    );
    const probe = session.querySelector('cp-test-session-probe')!;
    await waitUntil(() => text(probe) === 'DUFOUR');
    session.user = 'jeane.chaource@cc-chaourcois.fr';
    await waitUntil(() => text(probe) === 'CHAOURCE', 'the probe shows Jeane CHAOURCE');
  });

  it('refreshes the elements after a write made through the same client, and on window focus', async () => {
    const session = await fixture<CpSession>(
      html`<cp-session user="sophie.martin@terneuil-sur-seine.fr"><cp-test-session-probe></cp-test-session-probe></cp-session>`,
    );
    const probe = session.querySelector<SessionProbe>('cp-test-session-probe')!;
    await waitUntil(() => text(probe) === 'MARTIN');
    const client = toCpClient(session.currentClient!);
    const me = await client.getMyAccount();
    await client.updateMyAccount({
      emailContact: me.emailContact!,
      nom: 'MARTIN-LEGRAND',
      prenom: me.prenom!,
      adresse: me.adresse!,
      version: me.version,
    });
    await waitUntil(() => text(probe) === 'MARTIN-LEGRAND', 'the probe shows the saved name without a reload');
    const loads = probe.loads;
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => probe.loads === loads + 1, 'focus reloads the data');
  });

  it('uses a client supplied by an integrator, and reaches elements inside shadow roots', async () => {
    const own: CpClient = {
      ...createHttpClient({ user: 'pauline.dufour@terneuil-sur-seine.fr' }),
      getMyAccount: async () => ({ nom: 'INTEGRATOR' }) as never,
    };
    const session = await fixture<CpSession>(html`<cp-session .client=${own}><div id="host"></div></cp-session>`);
    const root = session.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<cp-test-session-probe></cp-test-session-probe>';
    const probe = root.querySelector('cp-test-session-probe')!;
    await waitUntil(() => text(probe) === 'INTEGRATOR');
  });

  it('issue 16: gives each element only the client sections it declared, one instance per page', async () => {
    const session = await fixture<CpSession>(
      html`<cp-session user="pauline.dufour@terneuil-sur-seine.fr"
        ><cp-test-session-probe></cp-test-session-probe><cp-test-session-probe></cp-test-session-probe
      ></cp-session>`,
    );
    const [first, second] = [...session.querySelectorAll<SessionProbe>('cp-test-session-probe')];
    await waitUntil(() => text(first!) === 'DUFOUR' && text(second!) === 'DUFOUR');
    const client = first!.session.client!;
    expect(client).to.have.property('getMyAccount');
    expect(client, 'a section the probe did not declare').not.to.have.property('listMyRattachements');
    expect(second!.session.client!.getMyAccount).to.equal(client.getMyAccount);
    session.append(first!); // Moved: it asks the session again, and gets the same client (tasks key on it).
    await first!.updateComplete;
    expect(first!.session.client, 'the same client while the session keeps its user').to.equal(client);
  });

  it('drives an element through a whole CpClient the host built with its own fetch', async () => {
    const paths: string[] = [];
    const hostFetch: typeof fetch = (input, init) => {
      paths.push(new URL(new Request(input, init).url).pathname);
      return fetch(input, init);
    };
    const own = createHttpClient({ user: 'pauline.dufour@terneuil-sur-seine.fr', fetch: hostFetch });
    const session = await fixture<CpSession>(
      html`<cp-session .client=${own}><cp-account-form></cp-account-form></cp-session>`,
    );
    const form = session.querySelector('cp-account-form')!;
    await waitUntil(() => field(form, 'nom')?.value === 'DUFOUR', "the form shows Pauline's account");
    expect(paths).to.include('/api/me');
  });

  it('leaves an element outside any session saying so instead of failing', async () => {
    const probe = await fixture(html`<cp-test-session-probe></cp-test-session-probe>`);
    await aTimeout(0);
    expect(text(probe)).to.equal('no session');
  });

  // ACC-6 tests come last: the page language is page-wide, and the host's explicit choice is final.
  describe("ACC-6: the user's saved language", () => {
    const heading = (form: Element) => form.shadowRoot?.querySelector('#form-title')?.textContent?.trim() ?? '';

    it("switches every element of the page to the logged-in user's saved language and tells the host", async () => {
      const events: string[] = [];
      const session = await fixture<CpSession>(
        html`<cp-session user="sophie.martin@terneuil-sur-seine.fr" @cp-user-language-applied=${(e: CustomEvent<{ locale: string }>) => events.push(e.detail.locale)}
          ><cp-account-form></cp-account-form
        ></cp-session>`,
      );
      const form = session.querySelector('cp-account-form')!;
      await waitUntil(() => heading(form) === 'My personal information', 'Sophie (EN) gets the form in English');
      expect(events).to.deep.equal(['en']);
      session.user = 'pauline.dufour@terneuil-sur-seine.fr';
      await waitUntil(() => heading(form) === 'Mes informations personnelles', 'Pauline (FR) gets it back in French');
      expect(events).to.deep.equal(['en', 'fr']);
    });

    it('keeps the page language when the host sets ignore-user-language', async () => {
      const session = await fixture<CpSession>(
        html`<cp-session ignore-user-language user="sophie.martin@terneuil-sur-seine.fr"><cp-account-form></cp-account-form></cp-session>`,
      );
      const form = session.querySelector('cp-account-form')!;
      await waitUntil(() => heading(form) !== '', 'the form renders');
      await aTimeout(50);
      expect(heading(form)).to.equal('Mes informations personnelles');
      expect(getPageLocale()).to.equal('fr');
    });

    it("lets the host's explicit choice (setPageLocale) win over the saved language", async () => {
      setPageLocale('fr');
      const events: string[] = [];
      const session = await fixture<CpSession>(
        html`<cp-session user="sophie.martin@terneuil-sur-seine.fr" @cp-user-language-applied=${(e: CustomEvent<{ locale: string }>) => events.push(e.detail.locale)}
          ><cp-account-form></cp-account-form
        ></cp-session>`,
      );
      const form = session.querySelector('cp-account-form')!;
      await waitUntil(() => heading(form) !== '', 'the form renders');
      await toCpClient(session.currentClient!).getMyAccount();
      await aTimeout(50);
      expect(heading(form)).to.equal('Mes informations personnelles');
      expect(events).to.deep.equal([]);
    });
  });
});
