import { expect, oneEvent, waitUntil as waitFor } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { fromFetchRequest } from '../../mock-api/http/types.js';
import { CAST } from '../../mock-api/seed/index.js';
import { MAX_ATTACHMENT_BYTES } from '../../src/domain/schemas/index.js';
import type { AttachmentDetail } from '../../src/elements/cp-attachment-manager/events.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import {
  button,
  clientOf,
  control,
  deepActive,
  dialogOf,
  fileOf,
  fill,
  mountAs,
  pick,
  pngBytesNamed,
  rowBoxes,
  seedAttachment,
  tabTo,
  textOf,
} from './cp-attachment-manager-support.js';
import { parisDay } from './shared-dates.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';

/** Waits for what a user would see after a round trip to the mock (a generous limit for loaded machines, not a timing assertion). */
const waitUntil = (predicate: () => unknown, message?: string, options: { timeout?: number } = {}) =>
  waitFor(predicate, message, { timeout: 8000, ...options });

describe('cp-attachment-manager: pièces jointes (PJ-1..3, STR-7, X-5)', () => {
  /** Attachment uploads that reached the network, to prove a refused file was never sent. */
  let uploads: { url: string; key: string | null }[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && /\/attachments$/.test(new URL(request.url).pathname))
      uploads.push({ url: request.url, key: request.headers.get('idempotency-key') });
  };

  const mock = useMockWorker({ locale: 'fr', onRequest });
  beforeEach(() => {
    uploads = [];
  });

  describe('PJ-1 / PJ-2 adding a file', () => {
    it('PJ-1: Pauline adds a presentation of the town hall as a PDF with the keyboard', async () => {
      const { manager } = await mountAs('pauline');
      expect(textOf(manager)).to.contain('Aucune pièce jointe pour le moment.');
      await expect(manager).to.be.accessible();

      control(manager, 'f-file').focus();
      expect(deepActive()?.id, 'the picker is reached by keyboard').to.equal('f-file');
      pick(manager, fileOf('presentation-mairie.pdf', 150_000));
      await waitUntil(() => textOf(manager).includes('Fichier choisi : presentation-mairie.pdf (146,5 ko)'));
      await tabTo((el) => el.id === 'f-designation', 'the désignation');
      await sendKeys({ type: 'Présentation de la mairie' });
      await tabTo((el) => el.id === 'f-type', 'the type');
      await sendKeys({ type: 'Autre justificatif' });
      await tabTo((el) => el.textContent?.trim() === 'Ajouter', 'Ajouter');
      const added = oneEvent(manager, 'cp-attachment-uploaded') as Promise<CustomEvent<AttachmentDetail>>;
      await sendKeys({ press: 'Enter' });
      const { detail } = await added;
      expect(detail.attachment).to.include({
        pieceJointeNom: 'presentation-mairie.pdf',
        pieceJointeDesignation: 'Présentation de la mairie',
        pieceJointeTypeCode: 'JUSTIFICATIF',
      });
      await waitUntil(
        () => textOf(manager).includes('presentation-mairie.pdf a été ajouté.') && textOf(manager).includes('146,5 ko'),
        'the row shows',
      );
      expect(textOf(manager)).to.contain(parisDay(detail.attachment.dateAjout));
      expect(textOf(manager)).to.contain('Autre justificatif');
      const page = await clientOf('pauline').listAttachments();
      expect(page.total).to.equal(1);
      expect(control(manager, 'f-designation').value, 'the form is ready for the next file').to.equal('');
      await expect(manager).to.be.accessible();
    });

    it('PJ-1: 4 × 1024 × 1024 + 1 bytes are refused before upload, with the reason next to the field and in the summary', async () => {
      const { manager } = await mountAs('pauline');
      pick(manager, fileOf('plan.pdf', MAX_ATTACHMENT_BYTES + 1));
      fill(manager, 'f-designation', 'Plan de la mairie');
      fill(manager, 'f-type', 'AUTRE');
      await waitUntil(() =>
        textOf(manager).includes(
          'Erreur : Le fichier fait 4 194 305 octets : il dépasse la taille maximale de 4 Mo (4 194 304 octets).',
        ),
      );
      button(manager, 'Ajouter').click();
      await waitUntil(() => textOf(manager).includes('Le formulaire contient 1 erreur'));
      expect(deepActive()?.id).to.equal('f-file');
      expect(control(manager, 'f-file').getAttribute('aria-invalid')).to.equal('true');
      expect(uploads, 'nothing was sent').to.deep.equal([]);
      expect((await clientOf('pauline').listAttachments()).total).to.equal(0);
      await expect(manager).to.be.accessible();
    });

    it('PJ-2: an extension outside Chorus Pro’s list is refused before upload; the mock refuses content that does not match its extension, with its reason', async () => {
      const { manager } = await mountAs('pauline');
      pick(manager, fileOf('installeur.exe'));
      await waitUntil(() => textOf(manager).includes('Ce type de fichier (.exe) n’est pas accepté.'));
      expect(control(manager, 'f-file').accept).to.contain('.pdf');

      pick(manager, pngBytesNamed('presentation.pdf'));
      fill(manager, 'f-designation', 'Présentation');
      fill(manager, 'f-type', 'AUTRE');
      button(manager, 'Ajouter').click();
      await waitUntil(
        () => textOf(manager).includes('Erreur : Le contenu du fichier ne correspond pas à un fichier .pdf.'),
        'the mock’s reason next to the file',
      );
      expect(uploads).to.have.length(1);
      expect(textOf(manager)).to.contain('L’envoi de presentation.pdf a échoué');
      expect(deepActive()?.id).to.equal('f-file');
      expect(control(manager, 'f-designation').value, 'the input is kept').to.equal('Présentation');
      expect((await clientOf('pauline').listAttachments()).total).to.equal(0);
      await expect(manager).to.be.accessible();
    });

    it('PJ-1: a file dropped on the zone is taken like a picked one, and a host may veto the upload (cp-before-attachment-upload)', async () => {
      const { manager } = await mountAs('pauline');
      const zone = manager.shadowRoot!.querySelector('[part="drop-zone"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(fileOf('deliberation.pdf'));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      await waitUntil(() => textOf(manager).includes('Fichier choisi : deliberation.pdf'));
      fill(manager, 'f-designation', 'Délibération');
      fill(manager, 'f-type', 'AUTRE');
      manager.addEventListener('cp-before-attachment-upload', (event) => event.preventDefault(), { once: true });
      button(manager, 'Ajouter').click();
      await waitUntil(() => textOf(manager).includes('La page a interrompu cette opération.'));
      expect(uploads).to.deep.equal([]);
      button(manager, 'Ajouter').click();
      await waitUntil(() => textOf(manager).includes('deliberation.pdf a été ajouté.'));
    });
  });

  describe('PJ-3 / X-5 upload progress, cancel, retry', () => {
    it('PJ-3: an upload in progress shows its progress and can be cancelled; nothing is added, and it can be sent again', async () => {
      // The server holds the upload, so it is in progress for as long as the test needs.
      mock.worker.use(http.post('*/api/me/attachments', () => delay('infinite')));
      const { manager } = await mountAs('pauline');
      pick(manager, fileOf('dossier.pdf', MAX_ATTACHMENT_BYTES));
      fill(manager, 'f-designation', 'Dossier complet');
      fill(manager, 'f-type', 'AUTRE');
      button(manager, 'Ajouter').click();
      await waitUntil(() => manager.shadowRoot!.querySelector('progress'), 'a progress bar with its text');
      expect(textOf(manager)).to.match(/Envoi de dossier\.pdf : \d+ %/);
      await expect(manager).to.be.accessible();
      button(manager, 'Annuler l’envoi').click();
      await waitUntil(() => textOf(manager).includes('L’envoi de dossier.pdf a été annulé. Rien n’a été ajouté.'));
      expect((await clientOf('pauline').listAttachments()).total).to.equal(0);

      mock.worker.resetHandlers();
      button(manager, 'Réessayer l’envoi').click();
      await waitUntil(() => textOf(manager).includes('dossier.pdf a été ajouté.'), 'the retry adds it', {
        timeout: 8000,
      });
      expect((await clientOf('pauline').listAttachments()).total).to.equal(1);
    });

    it('X-5: the answer of an accepted upload is lost; the retry reuses its Idempotency-Key and adds nothing twice', async () => {
      // The server accepts the upload, then the connection drops before its answer arrives.
      mock.worker.use(
        http.post(
          '*/api/me/attachments',
          async ({ request }) => {
            mock.app.handle(await fromFetchRequest(request));
            return HttpResponse.error();
          },
          { once: true },
        ),
      );
      const { manager } = await mountAs('pauline');
      pick(manager, fileOf('devis.pdf'));
      fill(manager, 'f-designation', 'Devis');
      fill(manager, 'f-type', 'AUTRE');
      button(manager, 'Ajouter').click();
      await waitUntil(() => textOf(manager).includes('L’envoi de devis.pdf a échoué. Le service est injoignable.'));
      expect((await clientOf('pauline').listAttachments()).total, 'the server did add it').to.equal(1);
      await expect(manager).to.be.accessible();

      button(manager, 'Réessayer l’envoi').click();
      await waitUntil(() => textOf(manager).includes('devis.pdf a été ajouté.'));
      expect((await clientOf('pauline').listAttachments()).total, 'still one').to.equal(1);
      expect(uploads, 'two attempts were sent').to.have.length(2);
      expect(uploads[0]!.key).to.be.a('string');
      expect(uploads[1]!.key, 'with the same Idempotency-Key').to.equal(uploads[0]!.key);
    });
  });

  describe('PJ-3 list, edit, download, delete', () => {
    it('PJ-3: the list shows name as text, désignation, type, size and date; a désignation and type are edited', async () => {
      await seedAttachment('pauline', 'rib.pdf', {
        pieceJointeDesignation: '<b>RIB</b> mairie',
        pieceJointeTypeCode: 'RIB',
      });
      const { manager } = await mountAs('pauline');
      await waitUntil(() => textOf(manager).includes('<b>RIB</b> mairie'), 'the désignation shows as text (X-4)');
      expect(textOf(manager)).to.contain('Relevé d’identité bancaire');
      expect(textOf(manager)).to.contain('2 ko');
      button(manager, /^Gérer/).click();
      await waitUntil(() => deepActive()?.id === 'detail-title', 'the panel takes focus');
      fill(manager, 'e-designation', 'RIB de la mairie 2026');
      fill(manager, 'e-type', 'JUSTIFICATIF');
      const updated = oneEvent(manager, 'cp-attachment-updated') as Promise<CustomEvent<AttachmentDetail>>;
      button(manager, 'Enregistrer').click();
      expect((await updated).detail.attachment).to.include({
        pieceJointeDesignation: 'RIB de la mairie 2026',
        pieceJointeTypeCode: 'JUSTIFICATIF',
        version: 2,
      });
      await waitUntil(() => textOf(manager).includes('Les modifications de rib.pdf ont été enregistrées.'));
      await waitUntil(() => textOf(manager).includes('RIB de la mairie 2026'));
      await expect(manager).to.be.accessible();
    });

    it('PJ-3 / ACC-7: an attachment changed elsewhere is refused (409); the input is kept, the server’s values shown, overwrite knowingly', async () => {
      const rib = await seedAttachment('pauline', 'rib.pdf', {
        pieceJointeDesignation: 'RIB',
        pieceJointeTypeCode: 'RIB',
      });
      const { manager } = await mountAs('pauline');
      button(manager, /^Gérer/).click();
      await waitUntil(() => control(manager, 'e-designation'));
      await clientOf('pauline').updateAttachment({
        pieceJointeId: rib.pieceJointeId,
        pieceJointeDesignation: 'RIB changé ailleurs',
        pieceJointeTypeCode: 'AUTRE',
        version: 1,
      });
      fill(manager, 'e-designation', 'Mon RIB');
      button(manager, 'Enregistrer').click();
      await waitUntil(() => textOf(manager).includes('Cette pièce jointe a été modifiée entre-temps.'));
      expect(textOf(manager)).to.contain(
        'Sur le serveur : « RIB changé ailleurs », Autre. Votre saisie est conservée : « Mon RIB »',
      );
      expect(deepActive()?.id).to.equal('conflict');
      expect(control(manager, 'e-designation').value).to.equal('Mon RIB');
      await expect(manager).to.be.accessible();
      button(manager, 'Enregistrer ma saisie quand même').click();
      await waitUntil(() => textOf(manager).includes('Les modifications de rib.pdf ont été enregistrées.'));
      const [saved] = (await clientOf('pauline').listAttachments()).items;
      expect(saved).to.include({ pieceJointeDesignation: 'Mon RIB', version: 3 });
    });

    it('PJ-3: one file downloads as itself, the selection as one ZIP', async () => {
      await seedAttachment('pauline', 'a.pdf');
      await seedAttachment('pauline', 'b.pdf');
      const { manager } = await mountAs('pauline');
      const blobs: Blob[] = [];
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return original.call(URL, blob);
      };
      try {
        button(manager, /^Gérer/).click();
        await waitUntil(() => control(manager, 'detail-title'));
        button(manager, 'Télécharger').click();
        await waitUntil(() => blobs.length === 1);
        expect(new TextDecoder().decode(await blobs[0]!.slice(0, 5).arrayBuffer())).to.equal('%PDF-');
        for (const box of rowBoxes(manager)) box.click();
        await manager.updateComplete;
        button(manager, 'Télécharger la sélection (ZIP)').click();
        await waitUntil(() => blobs.length === 2);
        expect(new TextDecoder().decode(await blobs[1]!.slice(0, 2).arrayBuffer()), 'a ZIP archive').to.equal('PK');
      } finally {
        URL.createObjectURL = original;
      }
    });

    it('PJ-3: one attachment is deleted after the confirmation; Cancel keeps it', async () => {
      await seedAttachment('pauline', 'vieux.pdf');
      const { manager } = await mountAs('pauline');
      button(manager, /^Gérer/).click();
      await waitUntil(() => control(manager, 'detail-title'));
      button(manager, 'Supprimer').click();
      await waitUntil(() => dialogOf(manager).querySelector('dialog')!.open);
      expect(dialogOf(manager).textContent).to.contain('« vieux.pdf » sera supprimée définitivement.');
      (dialogOf(manager).querySelector('.cancel') as HTMLButtonElement).click();
      await waitUntil(() => !dialogOf(manager).querySelector('dialog')!.open);
      expect((await clientOf('pauline').listAttachments()).total).to.equal(1);

      button(manager, 'Supprimer').click();
      await waitUntil(() => dialogOf(manager).querySelector('dialog')!.open);
      await expect(manager).to.be.accessible();
      (dialogOf(manager).querySelector('.confirm') as HTMLButtonElement).click();
      await waitUntil(() => textOf(manager).includes('vieux.pdf a été supprimée.'));
      expect((await clientOf('pauline').listAttachments()).total).to.equal(0);
      await waitUntil(() => textOf(manager).includes('Aucune pièce jointe pour le moment.'), 'back to the empty state');
    });

    it('PJ-3: several selected attachments are deleted together after one confirmation', async () => {
      await seedAttachment('pauline', 'un.pdf');
      await seedAttachment('pauline', 'deux.pdf');
      await seedAttachment('pauline', 'trois.pdf');
      const { manager } = await mountAs('pauline');
      await waitUntil(() => rowBoxes(manager).length === 3);
      const [first, second] = rowBoxes(manager);
      first!.click();
      second!.click();
      await manager.updateComplete;
      button(manager, 'Supprimer la sélection').click();
      await waitUntil(() => dialogOf(manager).querySelector('dialog')!.open);
      expect(dialogOf(manager).textContent).to.contain('Supprimer 2 pièces jointes ?');
      (dialogOf(manager).querySelector('.confirm') as HTMLButtonElement).click();
      await waitUntil(() => textOf(manager).includes('2 pièces jointes ont été supprimées.'));
      const left = await clientOf('pauline').listAttachments();
      expect(left.items.map((a) => a.pieceJointeNom)).to.deep.equal(['un.pdf']);
    });
  });

  describe('STR-7 structure attachments', () => {
    const { chaourcois } = CAST.structures;

    it('STR-7: Marc, manager of the CC du Chaourcois, adds a file to the structure with the same limits', async () => {
      const { manager } = await mountAs('marc', chaourcois);
      expect(textOf(manager)).to.contain('Pièces jointes de la structure');
      pick(manager, fileOf('statuts.pdf', MAX_ATTACHMENT_BYTES + 1));
      await waitUntil(() => textOf(manager).includes('dépasse la taille maximale de 4 Mo'));
      pick(manager, fileOf('statuts.pdf'));
      fill(manager, 'f-designation', 'Statuts de la communauté');
      fill(manager, 'f-type', 'AUTRE');
      button(manager, 'Ajouter').click();
      await waitUntil(() => textOf(manager).includes('statuts.pdf a été ajouté.'));
      const page = await clientOf('jeane').listAttachments({ idStructureCPP: chaourcois });
      expect(page.items.map((a) => a.proprietaire)).to.deep.equal([{ type: 'STRUCTURE', id: chaourcois }]);
      expect((await clientOf('marc').listAttachments()).total, 'not among Marc’s own').to.equal(0);
      await expect(manager).to.be.accessible();
    });

    it('X-7: a refresh on window focus keeps the list, the form’s input and the focus; another structure shows loading first', async () => {
      await seedAttachment('jeane', 'statuts.pdf', { idStructureCPP: chaourcois });
      const { manager } = await mountAs('marc', chaourcois);
      await waitUntil(() => textOf(manager).includes('statuts.pdf'), 'the structure’s file is listed');
      fill(manager, 'f-designation', 'Délibération');
      const designation = control(manager, 'f-designation');
      designation.focus();
      await expectQuietRefresh(manager, mock.worker, designation);
      expect(designation.value, 'the input is kept').to.equal('Délibération');
      await expectLoadingFirst(
        manager,
        () => (manager.structureId = CAST.structures.syndicatEaux),
        () => !textOf(manager).includes('statuts.pdf') && textOf(manager).includes('Aucune pièce jointe'),
        'the Syndicat’s attachments (not the Chaourcois’s meanwhile)',
      );
    });

    it('STR-7 / X-8: Lucas, a simple user of the structure, reads and downloads only, and is told why and who can act', async () => {
      await seedAttachment('jeane', 'statuts.pdf', { idStructureCPP: chaourcois });
      const { manager } = await mountAs('lucas', chaourcois);
      await waitUntil(() => textOf(manager).includes('statuts.pdf'));
      expect(textOf(manager)).to.contain('Seuls le gestionnaire principal et les gestionnaires');
      expect(textOf(manager)).to.contain('Réf. STR-7');
      expect(control(manager, 'f-file'), 'no add form').to.equal(null);
      button(manager, /^Gérer/).click();
      await waitUntil(() => control(manager, 'detail-title'));
      expect(() => button(manager, 'Supprimer')).to.throw();
      expect(button(manager, 'Télécharger')).to.exist;
      await expect(manager).to.be.accessible();
    });
  });

  describe('EN', () => {
    it('PJ-1 in English: texts, sizes and the 4 MB refusal', async () => {
      setPageLocale('en');
      await seedAttachment('sophie', 'scan.pdf');
      const { manager } = await mountAs('sophie');
      await waitUntil(() => textOf(manager).includes('My attachments'));
      expect(textOf(manager)).to.contain('Other supporting document');
      expect(textOf(manager)).to.contain('2 kB');
      pick(manager, fileOf('plan.pdf', MAX_ATTACHMENT_BYTES + 1));
      await waitUntil(() =>
        textOf(manager).includes(
          'Error: The file is 4,194,305 bytes: it is larger than the 4 MB maximum (4,194,304 bytes).',
        ),
      );
      await expect(manager).to.be.accessible();
    });
  });
});
