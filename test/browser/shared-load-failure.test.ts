import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import '../../src/elements/cp-approbations/cp-approbations.js';
import '../../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import '../../src/elements/cp-gp-transfer/cp-gp-transfer.js';
import '../../src/elements/cp-habilitations/cp-habilitations.js';
import '../../src/elements/cp-rattachements/cp-rattachements.js';
import '../../src/elements/cp-structure-manager/cp-structure-manager.js';
import '../../src/elements/cp-structure-users/cp-structure-users.js';
import { textOf } from './cp-account-form-support.js';
import { deepActive, startKeyboardAt, tabTo } from './shared-focus.js';
import { useMockWorker } from './support/mock-worker.js';
import { mountAs, type SeedUser } from './support/mount.js';

// A read that fails (the server down, X-1) is told the same way by every element: its own sentence
// with the server's message in an alert, and "Réessayer", reached by keyboard, which reads again.

interface Case {
  tag: string;
  user: SeedUser;
  content: TemplateResult;
  /** The read that fails, as MSW matches it. */
  path: string;
  sentence: string;
  /** Text the element shows once the read succeeds. */
  loaded: string;
}

const CASES: Case[] = [
  {
    tag: 'cp-account-form',
    user: 'pauline',
    content: html`<cp-account-form></cp-account-form>`,
    path: '*/api/me',
    sentence: 'Votre compte n’a pas pu être chargé',
    loaded: 'Informations générales',
  },
  {
    tag: 'cp-rattachements',
    user: 'pauline',
    content: html`<cp-rattachements></cp-rattachements>`,
    path: '*/api/me/rattachements',
    sentence: 'Vos rattachements n’ont pas pu être chargés',
    loaded: 'résultats',
  },
  {
    tag: 'cp-habilitations',
    user: 'pauline',
    content: html`<cp-habilitations></cp-habilitations>`,
    path: '*/api/me/habilitations',
    sentence: 'Le chargement a échoué',
    loaded: 'résultats',
  },
  {
    tag: 'cp-approbations',
    user: 'pauline',
    content: html`<cp-approbations></cp-approbations>`,
    path: '*/api/approbations',
    sentence: 'Les demandes n’ont pas pu être chargées',
    loaded: 'RITM0012345',
  },
  {
    tag: 'cp-gp-transfer',
    user: 'jeane',
    content: html`<cp-gp-transfer></cp-gp-transfer>`,
    path: '*/api/me/principal-structures',
    sentence: 'Vos structures n’ont pas pu être chargées',
    loaded: 'gestionnaire principal de 2 structures.',
  },
  {
    tag: 'cp-structure-users',
    user: 'pauline',
    content: html`<cp-structure-users></cp-structure-users>`,
    path: '*/api/structures/:id/rattachements',
    sentence: 'Les utilisateurs n’ont pas pu être chargés',
    loaded: 'résultats',
  },
  {
    tag: 'cp-attachment-manager',
    user: 'pauline',
    content: html`<cp-attachment-manager></cp-attachment-manager>`,
    path: '*/api/me/attachments',
    sentence: 'Les pièces jointes n’ont pas pu être chargées',
    loaded: 'Aucun résultat',
  },
];

describe('a failed read, told the same way by every element (X-1), with a keyboard retry', () => {
  const mock = useMockWorker({ locale: 'fr' });

  for (const c of CASES) {
    it(`X-1: ${c.tag} says why in an alert, and Réessayer reads again`, async function () {
      this.timeout(40_000);
      let down = true;
      mock.worker.use(
        http.get(c.path, () =>
          down ? HttpResponse.json({ title: 'Service indisponible' }, { status: 503 }) : undefined,
        ),
      );
      // The keyboard starts on a button before the element, the page focused before the element
      // listens to the window's focus (a refresh then, X-7, would replace the error while Tab is on its way).
      await startKeyboardAt(await fixture<HTMLButtonElement>(html`<button type="button">Avant</button>`));
      const { el } = await mountAs(
        c.user,
        c.content,
        (el) => textOf(el).includes(c.sentence),
        `${c.tag} says the read failed`,
        { timeout: 15_000 },
      );
      const alert = [...el.shadowRoot!.querySelectorAll('[role="alert"]')].find((a) =>
        a.textContent!.includes(c.sentence),
      );
      expect(alert, 'the sentence is in an alert').to.not.equal(undefined);
      await expect(el).to.be.accessible();

      await tabTo((active) => active.textContent?.trim() === 'Réessayer', 'Réessayer');
      expect(deepActive()!.closest('[role="alert"]'), 'the button is outside the alert').to.equal(null);
      // The server is back only now: what reads again is the button, not a refresh on its own.
      down = false;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(el).includes(c.loaded) && !textOf(el).includes(c.sentence), 'read again', {
        timeout: 15_000,
      });
    });
  }
});

// A refusal about the user's own account is no failed read: the element says the account's state
// as the server words it, not "… n'ont pas pu être chargés", and offers no Réessayer, which cannot help.

const ACCOUNT_STATES: { user: SeedUser; rule: string; state: string; sentence: string }[] = [
  {
    user: 'nicolas',
    rule: 'ACC-1',
    state: 'first connection not completed',
    sentence: 'Complétez d’abord vos informations de première connexion.',
  },
  {
    user: 'henri',
    rule: 'ID-4',
    state: 'account deactivated',
    sentence: 'Votre compte est désactivé : seule sa réactivation est possible.',
  },
];

const ACCOUNT_STATE_ELEMENTS: { tag: string; content: TemplateResult }[] = [
  ...CASES.filter((c) => c.tag !== 'cp-account-form'),
  { tag: 'cp-structure-manager', content: html`<cp-structure-manager></cp-structure-manager>` },
];

describe('a refusal about the user’s account, told plainly by every element (ACC-1, ID-4)', () => {
  useMockWorker({ locale: 'fr' });

  for (const a of ACCOUNT_STATES) {
    for (const c of ACCOUNT_STATE_ELEMENTS) {
      it(`${a.rule}: ${c.tag} says "${a.state}" as such, no failed load and no Réessayer`, async function () {
        this.timeout(40_000);
        const { el } = await mountAs(
          a.user,
          c.content,
          (el) => textOf(el).includes(a.sentence),
          `${c.tag} says the state`,
          {
            timeout: 15_000,
          },
        );
        expect(textOf(el)).to.include(`${a.sentence} Réf. ${a.rule}`);
        expect(textOf(el)).to.not.match(/pu être chargé|a échoué|Refusé/);
        const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
        expect(buttons).to.not.include('Réessayer');
        await expect(el).to.be.accessible();
      });
    }
  }
});
