import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import type { AttachmentUploadInput } from '../../src/client/index.js';
import { MAX_ATTACHMENT_BYTES } from '../../src/domain/schemas/index.js';
import { BASE_URL, refusal, useMock } from './support/mock.js';

const mock = useMock();
const { chaourcois, mairie } = CAST.structures;

const bytesOf = (text: string, size = text.length): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(size);
  bytes.set(strToU8(text, true).subarray(0, size));
  return bytes;
};
/** A PDF-looking file of `size` bytes. */
const pdf = (size = 2048) => bytesOf('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', size);
const png = () => bytesOf('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 64);
const upload = (
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
  extra: Partial<AttachmentUploadInput> = {},
): AttachmentUploadInput => ({
  file: new File([bytes], name),
  pieceJointeDesignation: `Pièce ${name}`,
  pieceJointeTypeCode: 'JUSTIFICATIF',
  ...extra,
});
const bytesFrom = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
/** A raw request with the headers a browser would see. */
const rawGet = (path: string, who = 'pauline') =>
  fetch(`${BASE_URL}${path}`, { headers: { authorization: `Bearer token-${who}` } });

describe('PJ-1 adding a pièce jointe', () => {
  it('PJ-1: a file with its désignation and type from the list is added and listed with nom, désignation, type, size, date', async () => {
    const client = mock.clientAs('pauline');
    const types = await client.listAttachmentTypes();
    expect(types.map((t) => t.codeTypePieceJointe)).toContain('RIB');
    expect(types.every((t) => t.libelleTypePieceJointe.fr !== '' && t.libelleTypePieceJointe.en !== '')).toBe(true);
    const added = await client.uploadAttachment(
      upload('rib-mairie.pdf', pdf(), { pieceJointeTypeCode: 'RIB', pieceJointeDesignation: 'RIB de la mairie' }),
    );
    expect(added).toMatchObject({
      pieceJointeNom: 'rib-mairie.pdf',
      pieceJointeDesignation: 'RIB de la mairie',
      pieceJointeTypeCode: 'RIB',
      pieceJointeExtension: 'PDF',
      pieceJointeTypeMime: 'application/pdf',
      taille: 2048,
      dateAjout: mock.clock.now().toISOString(),
      proprietaire: { type: 'UTILISATEUR', id: CAST.users.pauline },
      version: 1,
    });
    const page = await client.listAttachments();
    expect(page.items.map((a) => a.pieceJointeId)).toEqual([added.pieceJointeId]);
    mock.expectInvariants();
  });

  it('PJ-1: désignation and type are required, the type must be one of the list', async () => {
    const client = mock.clientAs('pauline');
    const error = await refusal(
      client.uploadAttachment(
        upload('a.pdf', pdf(), { pieceJointeDesignation: '', pieceJointeTypeCode: 'FACTURE' as never }),
      ),
      'INVALID',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`).sort()).toEqual([
      'pieceJointeDesignation:required',
      'pieceJointeTypeCode:not_allowed',
    ]);
    const missingFile = await refusal(
      client.uploadAttachment({ pieceJointeDesignation: 'x', pieceJointeTypeCode: 'AUTRE' } as AttachmentUploadInput),
      'INVALID',
    );
    expect(missingFile.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['contenu']));
    expect((await client.listAttachments()).total).toBe(0);
  });

  it('PJ-1: 4 × 1024 × 1024 bytes are accepted, one byte more is refused with 413', async () => {
    const client = mock.clientAs('pauline');
    const largest = await client.uploadAttachment(upload('plan.pdf', pdf(MAX_ATTACHMENT_BYTES)));
    expect(largest.taille).toBe(MAX_ATTACHMENT_BYTES);
    const error = await refusal(
      client.uploadAttachment(upload('plan2.pdf', pdf(MAX_ATTACHMENT_BYTES + 1))),
      'TOO_LARGE',
      'PJ-1',
    );
    expect(error.status).toBe(413);
    expect(error.fields[0]).toMatchObject({ field: 'fichier', code: 'too_large' });
    expect(error.text.fr).toContain('4 Mo');
    expect(error.text.en).toContain('4 MB');
    expect((await client.listAttachments()).total).toBe(1);
  }, 30_000); // two 4 MB uploads through MSW: a generous limit for loaded machines, not a timing assertion

  it('PJ-3 / X-5: upload reports progress, a retry with the same Idempotency-Key adds nothing twice', async () => {
    const client = mock.clientAs('pauline');
    const progress: number[] = [];
    const input = upload('devis.pdf', pdf());
    const first = await client.uploadAttachment(input, {
      idempotencyKey: 'upload-devis-1',
      onProgress: (p) => progress.push(p.loaded),
    });
    expect(progress.at(-1)).toBeGreaterThan(2048);
    const retried = await client.uploadAttachment(input, { idempotencyKey: 'upload-devis-1' });
    expect(retried).toEqual(first);
    expect((await client.listAttachments()).total).toBe(1);
  });

  it('PJ-3: a cancelled upload rejects with ABORTED and stores nothing', async () => {
    const client = mock.clientAs('pauline');
    const controller = new AbortController();
    controller.abort();
    await refusal(client.uploadAttachment(upload('devis.pdf', pdf()), { signal: controller.signal }), 'ABORTED');
    expect((await client.listAttachments()).total).toBe(0);
  });
});

describe('PJ-2 allowed types, content and safe names', () => {
  it('PJ-2: an extension outside Chorus Pro’s list is refused with 415', async () => {
    const client = mock.clientAs('sophie');
    for (const name of ['setup.exe', 'macro.docm', 'sans-extension']) {
      const error = await refusal(client.uploadAttachment(upload(name, pdf())), 'UNSUPPORTED_TYPE', 'PJ-2');
      expect(error.status).toBe(415);
      expect(error.fields[0]!.code).toBe('extension_not_allowed');
    }
  });

  it('PJ-2: content that does not match a known signature is refused; matching ZIP-based and image files pass', async () => {
    const client = mock.clientAs('sophie');
    const error = await refusal(client.uploadAttachment(upload('facture.pdf', png())), 'UNSUPPORTED_TYPE', 'PJ-2');
    expect(error.fields[0]!.code).toBe('content_mismatch');
    await refusal(client.uploadAttachment(upload('tableau.xlsx', pdf())), 'UNSUPPORTED_TYPE', 'PJ-2');
    await refusal(client.uploadAttachment(upload('photo.jpg', pdf())), 'UNSUPPORTED_TYPE', 'PJ-2');
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>') }) as Uint8Array<ArrayBuffer>;
    expect((await client.uploadAttachment(upload('rapport.docx', docx))).pieceJointeExtension).toBe('DOCX');
    expect((await client.uploadAttachment(upload('scan.png', png()))).pieceJointeTypeMime).toBe('image/png');
    expect((await client.uploadAttachment(upload('notes.txt', bytesOf('=SUM(A1)')))).pieceJointeExtension).toBe('TXT');
  });

  it('PJ-2: names are stored without path or control characters, at most 50 characters, extension kept', async () => {
    const client = mock.clientAs('sophie');
    const pathName = await client.uploadAttachment(upload('C:\\Users\\sophie\\..\\fac\u0007ture\u202Edp.PDF', pdf()));
    expect(pathName.pieceJointeNom).toBe('facturedp.pdf');
    const unixPath = await client.uploadAttachment(upload('../../etc/rib.pdf', pdf()));
    expect(unixPath.pieceJointeNom).toBe('rib.pdf');
    const long = await client.uploadAttachment(upload(`${'Relevé-identité-bancaire-'.repeat(4)}.pdf`, pdf()));
    expect([...long.pieceJointeNom].length).toBeLessThanOrEqual(50);
    expect(long.pieceJointeNom.endsWith('.pdf')).toBe(true);
    expect(long.pieceJointeNom.startsWith('Relevé-identité-bancaire-')).toBe(true);
  });

  it('PJ-2: active content is only ever served as a download (attachment, nosniff, octet-stream)', async () => {
    const client = mock.clientAs('sophie');
    const html = await client.uploadAttachment(upload('page.html', bytesOf('<script>alert(1)</script>')));
    const response = await rawGet(`/api/me/attachments/${html.pieceJointeId}/content`, 'sophie');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="page.html"/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const scan = await client.uploadAttachment(upload('scan.pdf', pdf()));
    const pdfResponse = await rawGet(`/api/me/attachments/${scan.pieceJointeId}/content`, 'sophie');
    expect(pdfResponse.headers.get('content-type')).toBe('application/pdf');
    expect(pdfResponse.headers.get('content-disposition')).toMatch(/^attachment;/);
  });
});

describe('PJ-3 list, edit, download, delete', () => {
  const addThree = async () => {
    const client = mock.clientAs('pauline');
    const a = await client.uploadAttachment(
      upload('b-contrat.pdf', pdf(3000), {
        pieceJointeDesignation: 'Contrat de maintenance',
        pieceJointeTypeCode: 'CONTRAT',
      }),
    );
    mock.clock.advance(60_000);
    const b = await client.uploadAttachment(
      upload('a-kbis.pdf', pdf(1000), { pieceJointeDesignation: 'Kbis', pieceJointeTypeCode: 'KBIS' }),
    );
    mock.clock.advance(60_000);
    const c = await client.uploadAttachment(
      upload('c-rib.pdf', pdf(2000), { pieceJointeDesignation: 'RIB Société Générale', pieceJointeTypeCode: 'RIB' }),
    );
    return { client, a, b, c };
  };

  it('PJ-3: the list is newest first by default, sorts, filters by désignation and type, pages', async () => {
    const { client, a, b, c } = await addThree();
    expect((await client.listAttachments()).items.map((x) => x.pieceJointeId)).toEqual([
      c.pieceJointeId,
      b.pieceJointeId,
      a.pieceJointeId,
    ]);
    expect((await client.listAttachments({ sort: 'taille' })).items.map((x) => x.taille)).toEqual([1000, 2000, 3000]);
    expect(
      (await client.listAttachments({ sort: 'pieceJointeNom', order: 'desc' })).items.map((x) => x.pieceJointeNom),
    ).toEqual(['c-rib.pdf', 'b-contrat.pdf', 'a-kbis.pdf']);
    expect(
      (await client.listAttachments({ designation: 'societe generale' })).items.map((x) => x.pieceJointeId),
    ).toEqual([c.pieceJointeId]);
    expect((await client.listAttachments({ type: 'KBIS' })).items.map((x) => x.pieceJointeId)).toEqual([
      b.pieceJointeId,
    ]);
    const second = await client.listAttachments({ pageSize: 2, page: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(1);
    await refusal(client.listAttachments({ sort: 'proprietaire' }), 'INVALID');
  });

  it('PJ-3: désignation and type are edited on the current version; a stale version is refused (409)', async () => {
    const { client, a } = await addThree();
    const edited = await client.updateAttachment({
      pieceJointeId: a.pieceJointeId,
      pieceJointeDesignation: 'Contrat 2026',
      pieceJointeTypeCode: 'MANDAT',
      version: a.version,
    });
    expect(edited).toMatchObject({
      pieceJointeDesignation: 'Contrat 2026',
      pieceJointeTypeCode: 'MANDAT',
      pieceJointeNom: 'b-contrat.pdf',
      version: 2,
    });
    const error = await refusal(
      client.updateAttachment({
        pieceJointeId: a.pieceJointeId,
        pieceJointeDesignation: 'Autre',
        pieceJointeTypeCode: 'AUTRE',
        version: a.version,
      }),
      'VERSION_CONFLICT',
      'PJ-3',
    );
    expect(error.status).toBe(409);
    mock.expectInvariants();
  });

  it('PJ-3: a file downloads with its bytes; the selected ones download as one ZIP', async () => {
    const { client, a, b } = await addThree();
    expect(await bytesFrom(await client.downloadAttachment({ pieceJointeId: a.pieceJointeId }))).toEqual(pdf(3000));
    const same = await client.uploadAttachment(upload('a-kbis.pdf', pdf(10)));
    const zip = unzipSync(
      await bytesFrom(
        await client.downloadAttachments({ ids: [a.pieceJointeId, b.pieceJointeId, same.pieceJointeId] }),
      ),
    );
    expect(Object.keys(zip).sort()).toEqual(['a-kbis (2).pdf', 'a-kbis.pdf', 'b-contrat.pdf']);
    expect(zip['b-contrat.pdf']).toEqual(pdf(3000));
  });

  it('PJ-3: delete one, delete the selected ones (all or none)', async () => {
    const { client, a, b, c } = await addThree();
    await client.deleteAttachment({ pieceJointeId: a.pieceJointeId });
    await refusal(client.downloadAttachment({ pieceJointeId: a.pieceJointeId }), 'NOT_FOUND');
    await refusal(client.deleteAttachments({ ids: [b.pieceJointeId, a.pieceJointeId] }), 'NOT_FOUND');
    expect((await client.listAttachments()).total).toBe(2);
    await client.deleteAttachments({ ids: [b.pieceJointeId, c.pieceJointeId] });
    expect((await client.listAttachments()).total).toBe(0);
    expect(mock.store.attachmentContents.size).toBe(0);
    mock.expectInvariants();
  });

  it('X-2: a user never sees, edits, downloads or deletes another user’s attachment', async () => {
    const { a } = await addThree();
    const sophie = mock.clientAs('sophie');
    expect((await sophie.listAttachments()).total).toBe(0);
    await refusal(sophie.downloadAttachment({ pieceJointeId: a.pieceJointeId }), 'NOT_FOUND');
    await refusal(
      sophie.updateAttachment({
        pieceJointeId: a.pieceJointeId,
        pieceJointeDesignation: 'x',
        pieceJointeTypeCode: 'AUTRE',
        version: 1,
      }),
      'NOT_FOUND',
    );
    await refusal(sophie.deleteAttachment({ pieceJointeId: a.pieceJointeId }), 'NOT_FOUND');
    expect((await mock.clientAs('pauline').listAttachments()).total).toBe(3);
  });
});

describe('STR-7 structure attachments (same limits as 9.x)', () => {
  it('STR-7: the GP and a holder of "Organisation modification" add and delete; the file limits apply', async () => {
    const marc = mock.clientAs('marc');
    const added = await marc.uploadAttachment({ ...upload('statuts.pdf', pdf()), idStructureCPP: chaourcois });
    expect(added.proprietaire).toEqual({ type: 'STRUCTURE', id: chaourcois });
    await refusal(
      marc.uploadAttachment({ ...upload('statuts.exe', pdf()), idStructureCPP: chaourcois }),
      'UNSUPPORTED_TYPE',
      'PJ-2',
    );
    const jeane = mock.clientAs('jeane');
    expect((await jeane.listAttachments({ idStructureCPP: chaourcois })).items.map((a) => a.pieceJointeId)).toEqual([
      added.pieceJointeId,
    ]);
    await jeane.deleteAttachment({ idStructureCPP: chaourcois, pieceJointeId: added.pieceJointeId });
    mock.expectInvariants();
  });

  it('STR-7 / X-2: a simple user of the structure reads and downloads but cannot write; other structures’ users cannot read', async () => {
    const added = await mock
      .clientAs('jeane')
      .uploadAttachment({ ...upload('statuts.pdf', pdf()), idStructureCPP: chaourcois });
    const lucas = mock.clientAs('lucas');
    expect((await lucas.listAttachments({ idStructureCPP: chaourcois })).total).toBe(1);
    expect(
      await bytesFrom(
        await lucas.downloadAttachment({ idStructureCPP: chaourcois, pieceJointeId: added.pieceJointeId }),
      ),
    ).toEqual(pdf());
    const forbidden = await refusal(
      lucas.uploadAttachment({ ...upload('x.pdf', pdf()), idStructureCPP: chaourcois }),
      'FORBIDDEN',
      'STR-7',
    );
    expect(forbidden.status).toBe(403);
    await refusal(
      lucas.deleteAttachment({ idStructureCPP: chaourcois, pieceJointeId: added.pieceJointeId }),
      'FORBIDDEN',
      'STR-7',
    );
    await refusal(mock.clientAs('pauline').listAttachments({ idStructureCPP: chaourcois }), 'FORBIDDEN', 'STR-7');
    await refusal(
      mock.clientAs('pauline').downloadAttachment({ idStructureCPP: mairie, pieceJointeId: added.pieceJointeId }),
      'NOT_FOUND',
    );
    await refusal(
      mock.clientAs('henri').listAttachments({ idStructureCPP: chaourcois }),
      'ACCOUNT_DEACTIVATED',
      'ID-4',
    );
  });
});
