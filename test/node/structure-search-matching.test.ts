import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchText, startsAWord } from '../../mock-api/rules/structure-search-index.js';
import { criteriaMatcher, searchStructures } from '../../mock-api/rules/structure-search.js';
import { CAST, guidesCast, withLargeSet } from '../../mock-api/seed/index.js';
import { createStore } from '../../mock-api/store.js';
import type { StructureSearchCriteria } from '../../src/domain/schemas/index.js';
import { T0, useMock } from './support/mock.js';

const mock = useMock();
const names = async (criteria: StructureSearchCriteria) =>
  (await mock.clientAs('sophie').searchStructures(criteria)).items.map((s) => s.designationStructure);

describe('RAT-2 as the portal searches (issue 15 point 5)', () => {
  it('RAT-2: a ville matches from the start of any of its words, ignoring case, accents and hyphens ("Terneuil" finds "Terneuil sur Seine")', async () => {
    const terneuil = ["CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE", 'COMMUNE DE TERNEUIL SUR SEINE'];
    for (const ville of ['Terneuil', 'terneuil sur seine', 'TERNEUIL-SUR-SEINE', 'sur Seine', 'Ternéuil'])
      expect(await names({ ville }), ville).toEqual(terneuil);
    expect(await names({ ville: 'erneuil' }), 'inside a word: no match').toEqual([]);
    for (const ville of ['Ervy le Chatel', 'ervy-le-châtel', 'châtel'])
      expect(await names({ ville }), ville).toEqual(["SIVOM DE LA VALLÉE DE L'ARMANCE"]);
    expect(await names({ ville: 'munchen' })).toEqual(['HOHE BAU GMBH']);
  });

  it('RAT-2: libellé, raison sociale: start of a word, accents and apostrophes ignored', async () => {
    expect(await names({ libelle: 'intercommunal' })).toEqual(["SIVOM DE LA VALLÉE DE L'ARMANCE"]);
    expect(await names({ libelle: 'ommunal' })).toEqual([]);
    expect(await names({ raisonSociale: 'vallee de l armance' })).toEqual(["SIVOM DE LA VALLÉE DE L'ARMANCE"]);
    expect(await names({ raisonSociale: 'val d’armance' })).toEqual(["CC DU CHAOURCOIS ET DU VAL D'ARMANCE"]);
  });

  it('RAT-2: pays and "structure avec / sans SIRET" filter; each result says its pays', async () => {
    const client = mock.clientAs('sophie');
    const germany = await client.searchStructures({ pays: 'DE' });
    expect(germany.items.map((s) => [s.designationStructure, s.typeIdentifiantStructure, s.pays])).toEqual([
      ['HOHE BAU GMBH', 'UE_HORS_FRANCE', 'DE'],
    ]);
    expect(await names({ presenceSiret: 'SANS' })).toEqual(['HOHE BAU GMBH']);
    const withSiret = await client.searchStructures({ presenceSiret: 'AVEC', pageSize: 50 });
    expect(withSiret.items.every((s) => s.typeIdentifiantStructure === 'SIRET')).toBe(true);
    expect(withSiret.total).toBe(mock.store.structures.size - 1);
    expect(await names({ pays: 'FR', presenceSiret: 'SANS' })).toEqual([]);
    expect(await names({ typeStructure: 'PRIVEE', presenceSiret: 'AVEC' })).toEqual(['DURAND BTP']);
    expect((await client.searchStructures({ identifiant: CAST.sirets.mairie })).items[0]!.pays).toBe('FR');
  });

  it('RAT-2: a pays that is not an ISO code and an unknown "avec / sans" are refused (400)', async () => {
    const client = mock.clientAs('sophie');
    for (const criteria of [{ pays: 'France' }, { presenceSiret: 'PEUT-ETRE' }]) {
      const error = await client.searchStructures(criteria as StructureSearchCriteria).catch((e: unknown) => e);
      expect(error, JSON.stringify(criteria)).toMatchObject({ code: 'INVALID', status: 400 });
    }
  });
});

describe('RAT-2 matching properties (fast-check)', () => {
  const accents: Record<string, string[]> = { a: ['à', 'â', 'A'], e: ['é', 'è', 'ê', 'E', 'É'], c: ['ç', 'C'] };
  /** The same word as a user may type it: other case, accents added or removed. */
  const typedLike = (word: string) =>
    fc
      .array(fc.nat(), { minLength: word.length, maxLength: word.length })
      .map((picks) =>
        [...word].map((c, i) => (accents[c] ? [c, ...accents[c]][picks[i]! % (accents[c].length + 1)] : c)).join(''),
      );
  const word = fc.stringMatching(/^[a-z][a-z0-9]{1,9}$/);
  const separator = fc.constantFrom(' ', '-', "'", '’', ' - ', '  ');

  it('RAT-2: any start of any word of a text, typed with other case or accents, is found by searchText', () => {
    const typedPrefix = fc
      .tuple(
        fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 1, max: 10 }),
      )
      .chain(([parts, which, length]) => {
        const target = parts[which % parts.length]![0];
        const text = parts.map(([w, sep]) => w + sep).join('');
        return typedLike(target.slice(0, length)).map((typed) => ({ text, typed }));
      });
    fc.assert(
      fc.property(typedPrefix, ({ text, typed }) => {
        expect(startsAWord(searchText(text), searchText(typed)), `"${typed}" in "${text}"`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('RAT-2: a text never matches from inside a word', () => {
    fc.assert(
      fc.property(word, fc.integer({ min: 1, max: 9 }), (w, cut) => {
        fc.pre(cut < w.length && !w.startsWith(w.slice(cut)));
        expect(startsAWord(searchText(w), searchText(w.slice(cut)))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('RAT-2: on a large set, the indexed search (ville, raison sociale, identifiant, pays, avec / sans SIRET, type) finds exactly what a full scan of the rule finds', () => {
    const now = new Date(T0);
    const seed = withLargeSet(guidesCast(now), now, { structures: 2_000, users: 50, habilitationsOnOneStructure: 10 });
    const store = createStore();
    store.restore(seed.snapshot);
    const all = store.structures.all();
    const towns = [...new Set(all.map((s) => s.adresse.ville))];
    /** The start of one word of one of `texts`, as a user may type it: 1 to 8 letters. */
    const wordStart = (texts: readonly string[]) =>
      fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 8 })).map(([text, w, n]) => {
        const words = searchText(text).split(' ');
        return words[w % words.length]!.slice(0, n);
      });
    const query = { page: 1, pageSize: 5_000, order: 'asc' as const };
    const ids = (criteria: StructureSearchCriteria) =>
      searchStructures(store, criteria, query)
        .items.map((s) => s.idStructureCPP)
        .sort((a, b) => a - b);
    const scan = (criteria: StructureSearchCriteria) =>
      all
        .filter(criteriaMatcher(criteria))
        .map((s) => s.idStructureCPP)
        .sort((a, b) => a - b);
    const criteria = fc.record(
      {
        ville: wordStart(towns),
        raisonSociale: fc.oneof(
          fc.constantFrom('sarl', 'commune', 'mar', 'sa', 'ccas d', 'zzz'),
          wordStart(all.map((s) => s.designationStructure)),
        ),
        identifiant: fc
          .tuple(fc.constantFrom(...all.map((s) => s.identifiantStructure)), fc.integer({ min: 1, max: 14 }))
          .map(([id, n]) => id.slice(0, n)),
        pays: fc.constantFrom('FR', 'DE'),
        presenceSiret: fc.constantFrom('AVEC' as const, 'SANS' as const),
        typeStructure: fc.constantFrom('PUBLIQUE' as const, 'PRIVEE' as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(criteria, (c) => {
        if (Object.keys(c).length === 0) return;
        expect(ids(c)).toEqual(scan(c));
      }),
      { numRuns: 150 },
    );
  });
});
