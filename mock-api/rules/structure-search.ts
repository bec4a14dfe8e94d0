import type {
  Page,
  PageQuery,
  Structure,
  StructureSearchCriteria,
  StructureSearchItem,
} from '../../src/domain/schemas/index.js';
import { paginate } from '../http/paging.js';
import type { Store } from '../store.js';
import { refuse } from './errors.js';
import {
  ranksOfTown,
  ranksWithPrefix,
  searchText,
  startsAWord,
  structureIndex,
  type StructureIndex,
} from './structure-search-index.js';

/**
 * RAT-2: searching a structure to attach to, as the portal does. Criteria: raison sociale, libellé,
 * ville, nom, prénom (from the start of any word, ignoring case, accents and punctuation: "Terneuil"
 * finds "Terneuil sur Seine"), identifiant (start), code postal (exact), pays, type d'identifiant,
 * "structure avec / sans SIRET", type of structure, statut; at least one. The most selective indexed
 * criterion gives the candidates, the others filter them; results come in raison sociale order (a page
 * is then a slice) unless another sort is asked.
 */

/** Columns the search sorts on. */
export const STRUCTURE_SEARCH_SORTS = [
  'designationStructure',
  'identifiantStructure',
  'typeIdentifiantStructure',
  'typeStructure',
  'codePostal',
  'ville',
  'statut',
] as const;

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

const itemOf = (s: Structure): StructureSearchItem => ({
  idStructureCPP: s.idStructureCPP,
  identifiantStructure: s.identifiantStructure,
  typeIdentifiantStructure: s.typeIdentifiantStructure,
  typeStructure: s.typeStructure,
  designationStructure: s.designationStructure,
  ...(s.libelleStructure === undefined ? {} : { libelleStructure: s.libelleStructure }),
  ...(s.nomStructure === undefined ? {} : { nomStructure: s.nomStructure }),
  ...(s.prenomStructure === undefined ? {} : { prenomStructure: s.prenomStructure }),
  codePostal: s.adresse.codePostal,
  ville: s.adresse.ville,
  pays: s.adresse.pays,
  statut: s.statut,
});

/** One criterion, normalised once: a test on a structure (and its folded raison sociale), and its index lookup when indexed. */
interface Criterion {
  test(s: Structure, designation: string): boolean;
  lookup?: (index: StructureIndex) => readonly number[];
}

/** A text criterion (RAT-2): the start of a word of the field, ignoring case, accents and punctuation. */
function wordPrefix(field: (s: Structure) => string | undefined, query: string): Criterion {
  const q = searchText(query);
  return {
    test: (s) => {
      const value = field(s);
      return value !== undefined && startsAWord(searchText(value), q);
    },
  };
}

/** The criteria given, normalised once (searchable text, trimmed codes). */
function criteriaOf(c: StructureSearchCriteria): Criterion[] {
  const list: Criterion[] = [];
  if (present(c.raisonSociale)) {
    const q = searchText(c.raisonSociale);
    list.push({
      test: (_, d) => startsAWord(d, q),
      lookup: (index) => ranksWithPrefix(index.words, q, index.records.length),
    });
  }
  if (present(c.identifiant)) {
    const id = c.identifiant.trim().toUpperCase();
    list.push({
      test: (s) => s.identifiantStructure.startsWith(id),
      lookup: (index) => ranksWithPrefix(index.identifiers, id, index.records.length),
    });
  }
  if (present(c.codePostal)) {
    const cp = c.codePostal.trim();
    list.push({ test: (s) => s.adresse.codePostal.trim() === cp, lookup: (index) => index.byPostcode.get(cp) ?? [] });
  }
  if (present(c.ville)) {
    const ville = searchText(c.ville);
    list.push({ ...wordPrefix((s) => s.adresse.ville, c.ville), lookup: (index) => ranksOfTown(index, ville) });
  }
  const { pays, presenceSiret, typeIdentifiantStructure, typeStructure, statut, libelle, nom, prenom } = c;
  if (pays) list.push({ test: (s) => s.adresse.pays === pays, lookup: (index) => index.byCountry.get(pays) ?? [] });
  if (presenceSiret)
    list.push({ test: (s) => (s.typeIdentifiantStructure === 'SIRET') === (presenceSiret === 'AVEC') });
  if (typeIdentifiantStructure) list.push({ test: (s) => s.typeIdentifiantStructure === typeIdentifiantStructure });
  if (typeStructure) list.push({ test: (s) => s.typeStructure === typeStructure });
  if (statut) list.push({ test: (s) => s.statut === statut });
  if (present(libelle)) list.push(wordPrefix((s) => s.libelleStructure, libelle));
  if (present(nom)) list.push(wordPrefix((s) => s.nomStructure, nom));
  if (present(prenom)) list.push(wordPrefix((s) => s.prenomStructure, prenom));
  return list;
}

/** RAT-2: one page of the structures meeting the criteria (at least one criterion, else 400). */
export function searchStructures(
  store: Store,
  criteria: StructureSearchCriteria,
  query: PageQuery,
): Page<StructureSearchItem> {
  const list = criteriaOf(criteria);
  if (list.length === 0) {
    throw refuse('INVALID', 'RAT-2', {
      fr: 'Renseignez au moins un critère (de préférence l’identifiant ou la raison sociale).',
      en: 'Give at least one criterion (preferably the identifier or the raison sociale).',
    });
  }
  const index = structureIndex(store.structures);
  const indexed = list.filter((c) => c.lookup).map((c) => ({ criterion: c, ranks: c.lookup!(index) }));
  const chosen = indexed.length === 0 ? undefined : indexed.reduce((a, b) => (b.ranks.length < a.ranks.length ? b : a));
  const others = list.filter((c) => c !== chosen?.criterion);
  const candidates = chosen ? chosen.ranks : index.records.map((_, rank) => rank);
  const found =
    others.length === 0
      ? candidates
      : candidates.filter((rank) => others.every((c) => c.test(index.records[rank]!, index.designations[rank]!)));
  const sort = query.sort ?? 'designationStructure';
  if (sort !== 'designationStructure')
    return paginate(
      found.map((rank) => itemOf(index.records[rank]!)),
      query,
      [...STRUCTURE_SEARCH_SORTS],
    );
  const start = (query.page - 1) * query.pageSize;
  const slice =
    query.order === 'desc'
      ? found.slice(Math.max(0, found.length - start - query.pageSize), found.length - start).reverse()
      : found.slice(start, start + query.pageSize);
  return {
    items: slice.map((rank) => itemOf(index.records[rank]!)),
    total: found.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A test of every given criterion of RAT-2 on a structure (also the filter of the managers' list, STR-3); no criterion accepts all. */
export function criteriaMatcher(criteria: StructureSearchCriteria): (s: Structure) => boolean {
  const list = criteriaOf(criteria);
  return (s) => {
    const designation = searchText(s.designationStructure);
    return list.every((c) => c.test(s, designation));
  };
}
