import { expect, fixture, html, oneEvent, waitUntil as waitFor } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { replayFirstConnection } from '../../mock-api/seed/index.js';
import '../../src/elements/cp-account-form/cp-account-form.js';
import '../../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import '../../src/elements/cp-session/cp-session.js';
import type { CpSession } from '../../src/elements/cp-session/cp-session.js';
import { field, loginOf, tabTo, textOf, typeOver } from './cp-account-form-support.js';
import { clientOf, fileOf, pick } from './cp-attachment-manager-support.js';
import { useMockWorker } from './support/mock-worker.js';

/** Waits for what a user would see after a round trip to the mock (a generous limit for loaded machines, not a timing assertion). */
const waitUntil = (predicate: () => unknown, message?: string) => waitFor(predicate, message, { timeout: 8000 });

describe('Issue 4 "done when": Pauline DUFOUR’s story from guide 002 with the keyboard alone (ACC-1, ACC-2, ACC-3, PJ-1)', () => {
  const mock = useMockWorker();

  it('first connection, personal information, then the town hall presentation as an attachment, as on the demo page', async function () {
    // A long keyboard walk: a generous limit for a loaded machine, as issues 6 and 7's walks have.
    this.timeout(120_000);
    expect(
      replayFirstConnection(mock.app.env.store, loginOf('pauline')),
      'Pauline’s account is back as MADRHAS left it',
    ).to.equal(true);
    const session = await fixture<CpSession>(html`<cp-session user=${loginOf('pauline')}>
      <main>
        <cp-account-form heading-level="2"></cp-account-form>
        <cp-attachment-manager heading-level="2"></cp-attachment-manager>
      </main>
    </cp-session>`);
    const form = session.querySelector('cp-account-form')!;
    const manager = session.querySelector('cp-attachment-manager')!;
    await waitUntil(
      () => textOf(form).includes('Compléter les informations de votre compte'),
      'the account opens in completion mode (ACC-1)',
    );
    await expect(form).to.be.accessible();

    // ACC-1: she checks what MADRHAS filled in, confirms her contact e-mail and validates.
    expect(field(form, 'nom')!.value).to.equal('DUFOUR');
    await tabTo((el) => el.id === 'f-emailContact', 'the contact e-mail');
    await typeOver('pauline.dufour@terneuil-sur-seine.fr');
    await tabTo((el) => el.textContent?.trim() === 'Valider', 'Valider');
    const completed = oneEvent(session, 'cp-first-connection-completed');
    await sendKeys({ press: 'Enter' });
    await completed;
    await waitUntil(() => field(form, 'langue') !== null, 'afterwards the full account opens');
    await expect(form).to.be.accessible();

    // ACC-2 / ACC-3: she adds her direct line and saves everything with one Valider.
    await tabTo((el) => el.id === 'f-telephone', 'the phone', true);
    await typeOver('+33 1 39 00 00 12');
    await tabTo((el) => el.textContent?.trim() === 'Valider', 'Valider');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(form).includes('Vos informations ont été enregistrées.'), 'the form says it saved');

    // PJ-1: the presentation of the town hall. Only the operating system's file dialog is simulated.
    await tabTo((el) => el.id === 'f-file', 'the file picker of the attachments');
    pick(manager, fileOf('presentation-mairie.pdf', 150_000));
    await waitUntil(() => textOf(manager).includes('Fichier choisi : presentation-mairie.pdf'));
    await tabTo((el) => el.id === 'f-designation', 'the désignation');
    await sendKeys({ type: 'Présentation de la mairie' });
    await tabTo((el) => el.id === 'f-type', 'the type');
    await sendKeys({ type: 'Autre justificatif' });
    await tabTo((el) => el.textContent?.trim() === 'Ajouter', 'Ajouter');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => textOf(manager).includes('presentation-mairie.pdf a été ajouté.'),
      'the attachment is listed',
    );
    await expect(manager).to.be.accessible();

    // What the server holds: the account completed with her phone, and the file.
    const me = await clientOf('pauline').getMyAccount();
    expect(me).to.include({
      premiereConnexionTerminee: true,
      emailContact: 'pauline.dufour@terneuil-sur-seine.fr',
      telephone: '+33 1 39 00 00 12',
    });
    const attachments = await clientOf('pauline').listAttachments();
    expect(attachments.items.map((a) => [a.pieceJointeNom, a.pieceJointeDesignation])).to.deep.equal([
      ['presentation-mairie.pdf', 'Présentation de la mairie'],
    ]);
  });
});
