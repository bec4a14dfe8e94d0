import { parse } from 'csv-parse/sync';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BASE_URL, refusal, useMock } from './support/mock.js';

const mock = useMock();

const pdf = () => {
  const bytes = new Uint8Array(100);
  bytes.set(strToU8('%PDF-1.7\n', true));
  return bytes;
};

/** Two attachments of Pauline, one with a désignation a spreadsheet would run as a formula. */
async function arrange() {
  const client = mock.clientAs('pauline');
  await client.uploadAttachment({
    file: new File([pdf()], 'rib.pdf'),
    pieceJointeDesignation: 'RIB; mairie "principale"',
    pieceJointeTypeCode: 'RIB',
  });
  mock.clock.advance(60_000);
  await client.uploadAttachment({
    file: new File([pdf()], 'piege.pdf'),
    pieceJointeDesignation: '=HYPERLINK("http://evil.example")',
    pieceJointeTypeCode: 'AUTRE',
  });
  return client;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const textOf = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await bytesOf(blob));

describe('X-3 CSV export of list routes', () => {
  it('X-3: the whole filtered list, UTF-8 with BOM, `;` and French headers and dates by default', async () => {
    const client = await arrange();
    const blob = await client.exportAttachmentsCsv({ pageSize: 1 });
    const bytes = await bytesOf(blob);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(await textOf(blob), { delimiter: ';', bom: true }) as string[][];
    expect(rows[0]).toEqual(['Nom du fichier', 'Désignation', 'Type', 'Taille (octets)', 'Date d’ajout']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['piege.pdf', 'rib.pdf']);
    expect(rows[2]).toEqual(['rib.pdf', 'RIB; mairie "principale"', 'Relevé d’identité bancaire', '100', '02/03/2026']);
  });

  it('X-3: cells a spreadsheet would run as a formula are neutralised', async () => {
    const client = await arrange();
    const rows = parse(await textOf(await client.exportAttachmentsCsv({ type: 'AUTRE' })), {
      delimiter: ';',
      bom: true,
    }) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe('\'=HYPERLINK("http://evil.example")');
  });

  it('X-3: `lang=en` gives English headers, `,` and ISO dates; `Accept: text/csv` works as well as `format=csv`', async () => {
    const client = await arrange();
    const rows = parse(await textOf(await client.exportAttachmentsCsv({ lang: 'en', sort: 'pieceJointeNom' })), {
      delimiter: ',',
      bom: true,
    }) as string[][];
    expect(rows[0]).toEqual(['File name', 'Description', 'Type', 'Size (bytes)', 'Added on']);
    expect(rows[2]).toEqual(['rib.pdf', 'RIB; mairie "principale"', 'Bank details (RIB)', '100', '2026-03-02']);
    const response = await fetch(`${BASE_URL}/api/me/attachments`, {
      headers: { authorization: 'Bearer token-pauline', accept: 'text/csv' },
    });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="pieces-jointes.csv"');
  });

  it('X-3 / X-2: the export obeys the same access rules as the list', async () => {
    await arrange();
    await refusal(mock.clientAs('lucas').exportAttachmentsCsv({ idStructureCPP: 1 }), 'FORBIDDEN', 'STR-7');
    const rows = parse(await textOf(await mock.clientAs('sophie').exportAttachmentsCsv()), {
      delimiter: ';',
      bom: true,
    }) as string[][];
    expect(rows).toHaveLength(1);
  });

  it('X-3: asking CSV of a route that has no export is refused (415)', async () => {
    const response = await fetch(`${BASE_URL}/api/me?format=csv`, {
      headers: { authorization: 'Bearer token-pauline' },
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as { rule: string }).rule).toBe('X-3');
  });
});
