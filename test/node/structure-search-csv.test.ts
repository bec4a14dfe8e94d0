import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();

const rowsOf = async (blob: Blob, delimiter: string) =>
  parse(new TextDecoder().decode(await blob.arrayBuffer()), { delimiter, bom: true }) as string[][];

describe('RAT-2 / X-3 CSV export of a structure search', () => {
  it('RAT-2 / X-3: the whole result, whatever the page asked, in the order asked, with French headers and words', async () => {
    const client = mock.clientAs('sophie');
    const rows = await rowsOf(
      await client.exportStructureSearchCsv({
        typeIdentifiantStructure: 'SIRET',
        sort: 'codePostal',
        order: 'desc',
        page: 2,
        pageSize: 1,
      }),
      ';',
    );
    expect(rows[0]).toEqual([
      'Identifiant',
      'Type d’identifiant',
      'Raison sociale',
      'Libellé',
      'Nom',
      'Prénom',
      'Code postal',
      'Ville',
      'Pays',
      'Type de structure',
      'Statut',
    ]);
    expect(rows).toHaveLength(1 + (await client.searchStructures({ typeIdentifiantStructure: 'SIRET' })).total);
    expect(rows.slice(1).map((r) => r[6])).toEqual(['78520', '78520', '10210', '10210', '10130', '10000']);
    expect(rows.find((r) => r[2] === 'SYNDICAT DES EAUX DU CHAOURCOIS')!.slice(8)).toEqual([
      'France',
      'Publique',
      'Inactive',
    ]);
  });

  it('RAT-2 / X-3: identifier types by their names, never their codes; the pays by its name', async () => {
    const rows = await rowsOf(await mock.clientAs('sophie').exportStructureSearchCsv({ pays: 'DE' }), ';');
    expect(rows[1]!.slice(1, 3)).toEqual(['Structure européenne hors France', 'HOHE BAU GMBH']);
    expect(rows[1]![8]).toBe('Allemagne');
    const en = await rowsOf(await mock.clientAs('sophie').exportStructureSearchCsv({ pays: 'DE', lang: 'en' }), ',');
    expect([en[1]![1], en[1]![8]]).toEqual(['European structure outside France', 'Germany']);
  });

  it('RAT-2 / X-3: in English with `lang=en`; without any criterion the export is refused like the search', async () => {
    const client = mock.clientAs('sophie');
    const rows = await rowsOf(await client.exportStructureSearchCsv({ raisonSociale: 'durand', lang: 'en' }), ',');
    expect(rows).toEqual([
      [
        'Identifier',
        'Identifier type',
        'Company name',
        'Label',
        'Last name',
        'First name',
        'Postcode',
        'Town',
        'Country',
        'Structure type',
        'Status',
      ],
      [
        expect.any(String),
        'SIRET',
        'DURAND BTP',
        expect.any(String),
        '',
        '',
        '10000',
        expect.any(String),
        'France',
        'Private',
        'Active',
      ],
    ]);
    await refusal(client.exportStructureSearchCsv({}), 'INVALID', 'RAT-2');
  });
});
