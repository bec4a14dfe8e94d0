import { describe, expect, it } from 'vitest';
import { fold } from '../../mock-api/http/paging.js';
import { searchStructures } from '../../mock-api/rules/structure-search.js';
import { CAST, guidesCast, withLargeSet } from '../../mock-api/seed/index.js';
import { createStore } from '../../mock-api/store.js';
import { refusal, T0, useMock } from './support/mock.js';

const mock = useMock();

describe('RAT-2 searching a structure to attach to', () => {
  it('RAT-2: by raison sociale (start of any word, case and accents ignored), identifiant, code postal, ville', async () => {
    const client = mock.clientAs('sophie');
    const byWord = await client.searchStructures({ raisonSociale: 'terneuil' });
    expect(byWord.items.map((s) => s.designationStructure)).toEqual([
      "CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE",
      'COMMUNE DE TERNEUIL SUR SEINE',
    ]);
    expect((await client.searchStructures({ raisonSociale: 'ERNEUIL' })).total).toBe(0);
    expect((await client.searchStructures({ raisonSociale: 'cc du chaour' })).items[0]!.identifiantStructure).toBe(
      '20007104100046',
    );
    expect((await client.searchStructures({ identifiant: '200071041' })).items.map((s) => s.idStructureCPP)).toEqual([
      CAST.structures.chaourcois,
    ]);
    expect((await client.searchStructures({ codePostal: '10000' })).items.map((s) => s.designationStructure)).toEqual([
      'DURAND BTP',
    ]);
    expect(
      (await client.searchStructures({ ville: 'CHAOURCE' })).items.map((s) => [s.designationStructure, s.statut]),
    ).toEqual([
      ["CC DU CHAOURCOIS ET DU VAL D'ARMANCE", 'ACTIF'],
      ['SYNDICAT DES EAUX DU CHAOURCOIS', 'INACTIF'],
    ]);
  });

  it('RAT-2: criteria combine; type, type of structure and statut filter; paged and sortable', async () => {
    const client = mock.clientAs('sophie');
    expect(
      (await client.searchStructures({ typeStructure: 'PRIVEE' })).items.map((s) => s.designationStructure),
    ).toEqual(['DURAND BTP', 'HOHE BAU GMBH']);
    expect((await client.searchStructures({ ville: 'Terneuil sur Seine', libelle: 'ccas' })).total).toBe(1);
    const page = await client.searchStructures({ typeIdentifiantStructure: 'SIRET', pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect((await client.searchStructures({ ville: 'chaource', statut: 'ACTIF' })).total).toBe(1);
    const last = await client.searchStructures({
      typeIdentifiantStructure: 'SIRET',
      order: 'desc',
      pageSize: 2,
      page: 1,
    });
    expect(last.items.map((s) => s.designationStructure)).toEqual([
      'SYNDICAT DES EAUX DU CHAOURCOIS',
      "SIVOM DE LA VALLÉE DE L'ARMANCE",
    ]);
    expect(page.items.map((s) => s.designationStructure)).toEqual(['COMMUNE DE TERNEUIL SUR SEINE', 'DURAND BTP']);
    const desc = await client.searchStructures({ statut: 'ACTIF', sort: 'codePostal', order: 'desc' });
    expect(desc.items.map((s) => s.codePostal)).toEqual(['80802', '78520', '78520', '10210', '10130', '10000']);
    await refusal(client.searchStructures({ statut: 'ACTIF', sort: 'motDePasse' }), 'INVALID');
  });

  it('RAT-2: at least one criterion is required', async () => {
    const error = await refusal(mock.clientAs('sophie').searchStructures({ raisonSociale: '  ' }), 'INVALID', 'RAT-2');
    expect(error.status).toBe(400);
  });

  it('RAT-2: on a large set the indexed search finds exactly what a full scan finds, in raison sociale order', () => {
    const now = new Date(T0);
    const seed = withLargeSet(guidesCast(now), now, { structures: 3_000, users: 50, habilitationsOnOneStructure: 10 });
    const store = createStore();
    store.restore(seed.snapshot);
    const all = store.structures.all();
    const query = { page: 1, pageSize: 500, order: 'asc' as const };
    const scan = (keep: (designation: string, s: (typeof all)[number]) => boolean) =>
      all
        .filter((s) => keep(fold(s.designationStructure), s))
        .sort((a, b) => {
          const [x, y] = [fold(a.designationStructure), fold(b.designationStructure)];
          return x < y ? -1 : x > y ? 1 : a.idStructureCPP - b.idStructureCPP;
        })
        .map((s) => s.idStructureCPP);
    const ids = (criteria: Parameters<typeof searchStructures>[1]) =>
      searchStructures(store, criteria, query).items.map((s) => s.idStructureCPP);
    expect(ids({ raisonSociale: 'sarl mar' })).toEqual(scan((d) => / sarl mar|^sarl mar/.test(d)));
    expect(ids({ raisonSociale: 'durand 1' })).toEqual(scan((d) => /(^|[^a-z0-9])durand 1/.test(d)));
    expect(ids({ codePostal: '31000', typeStructure: 'PUBLIQUE' }).slice(0, 500)).toEqual(
      scan((_, s) => s.adresse.codePostal === '31000' && s.typeStructure === 'PUBLIQUE').slice(0, 500),
    );
    const one = all[1234]!;
    expect(ids({ identifiant: one.identifiantStructure })).toEqual([one.idStructureCPP]);
    store.structures.update(one.idStructureCPP, { designationStructure: 'ZZ NOUVELLE RAISON' });
    expect(ids({ raisonSociale: 'zz nouvelle' })).toEqual([one.idStructureCPP]);
  });
});
