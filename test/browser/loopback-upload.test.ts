import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createHttpClient } from '../../src/client/index.js';
import { MAX_ATTACHMENT_BYTES } from '../../src/domain/schemas/index.js';
import '../../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import '../../src/elements/cp-session/cp-session.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { button, fileOf, fill, pick, textOf } from './cp-attachment-manager-support.js';

/**
 * PJ-3 / issue 12 against the real loopback server (`mock-api/serve.ts`, no MSW; started by the
 * runner's `loopback-mock` command behind a proxy that reads uploads slowly): the user cancels an
 * upload while its body is still on the way. The server sees the connection go mid-body: it adds
 * nothing, keeps every earlier write and goes on answering; sending again adds the file once.
 */
describe('cp-attachment-manager against the loopback HTTP server: an aborted upload', () => {
  it('PJ-3 / X-5: Pauline cancels a 4 MB upload mid-body; nothing is added, the earlier file stays, the server answers and the retry adds it once', async function () {
    // Starting the server and two 5.6 MB uploads through a slow proxy take a while on a loaded machine (not a timing assertion).
    this.timeout(60_000);
    setPageLocale('fr');
    const { url } = (await executeServerCommand('loopback-mock')) as { url: string };
    const client = createHttpClient({ baseUrl: url, user: SEED_USERS.pauline });
    const before = (await client.listAttachments()).total;
    await client.uploadAttachment({
      file: fileOf('avant.pdf'),
      pieceJointeDesignation: 'Écrit avant',
      pieceJointeTypeCode: 'JUSTIFICATIF',
    });

    const session = await fixture(
      html`<cp-session api-base=${url} user=${SEED_USERS.pauline}><cp-attachment-manager></cp-attachment-manager></cp-session>`,
    );
    const manager = session.querySelector('cp-attachment-manager')!;
    await waitUntil(() => textOf(manager).includes('avant.pdf'), 'the earlier file is listed', { timeout: 8000 });
    pick(manager, fileOf('gros-dossier.pdf', MAX_ATTACHMENT_BYTES));
    fill(manager, 'f-designation', 'Dossier complet');
    fill(manager, 'f-type', 'AUTRE');
    button(manager, 'Ajouter').click();
    await waitUntil(() => manager.shadowRoot!.querySelector('progress'), 'the upload is on its way', { timeout: 8000 });
    button(manager, 'Annuler l’envoi').click();
    await waitUntil(
      () => textOf(manager).includes('L’envoi de gros-dossier.pdf a été annulé. Rien n’a été ajouté.'),
      'the cancel is told',
      { timeout: 8000 },
    );

    const after = await client.listAttachments();
    expect(after.total, 'nothing added, the earlier write kept').to.equal(before + 1);
    expect(after.items.map((a) => a.pieceJointeNom)).to.include('avant.pdf');

    button(manager, 'Réessayer l’envoi').click();
    await waitUntil(() => textOf(manager).includes('gros-dossier.pdf a été ajouté.'), 'the retry adds it', {
      timeout: 15000,
    });
    const final = await client.listAttachments();
    expect(final.items.filter((a) => a.pieceJointeNom === 'gros-dossier.pdf')).to.have.length(1);
    expect(final.total).to.equal(before + 2);
  });
});
