import type { Page, PageQuery, Structure, StructureSearchCriteria, StructureSearchItem } from '../../src/domain/schemas/index.js';
import { fold, matchesText, paginate } from '../http/paging.js';
import type { Store } from '../store.js';
import { refuse } from './errors.js';
import { ranksWithPrefix, structureIndex, wordStarts, type StructureIndex } from './structure-search-index.js';

/**
 * RAT-2: searching a structure to attach to. Criteria: raison sociale (start of any word), identifiant
 * (start), libellé, nom, prénom (anywhere), code postal, ville (exact), type d'identifiant, type of
 * structure, statut; at least one. Indexed criteria choose the candidates (the fewest), the others
 * filter them; results come in raison sociale order unless another sort is asked.
 */

/** Columns the search sorts on. */
export const STRUCTURE_SEARCH_SORTS = ['designationStructure', 'identifiantStructure', 'typeIdentifiantStructure', 'typeStructure', 'codePostal', 'ville', 'statut'] as const;

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
  statut: s.statut,
});

/** Candidate ranks (ascending) from the indexed criteria, the smallest list; undefined when none is given. */
function candidates(index: StructureIndex, c: StructureSearchCriteria): readonly number[] | undefined {
  const lists: (readonly number[])[] = [];
  if (present(c.raisonSociale)) lists.push(ranksWithPrefix(index.words, fold(c.raisonSociale)));
  if (present(c.identifiant)) lists.push(ranksWithPrefix(index.identifiers, c.identifiant.trim().toUpperCase()));
  if (present(c.codePostal)) lists.push(index.byPostcode.get(c.codePostal.trim()) ?? []);
  if (present(c.ville)) lists.push(index.byTown.get(fold(c.ville)) ?? []);
  return lists.length === 0 ? undefined : lists.reduce((a, b) => (b.length < a.length ? b : a));
}

/** Whether a structure meets every criterion. */
function meets(s: Structure, designation: string, c: StructureSearchCriteria): boolean {
  if (present(c.raisonSociale)) {
    const q = fold(c.raisonSociale);
    if (!wordStarts(designation).some((i) => designation.startsWith(q, i))) return false;
  }
  return (
    (!present(c.identifiant) || s.identifiantStructure.startsWith(c.identifiant.trim().toUpperCase())) &&
    (!present(c.codePostal) || s.adresse.codePostal.trim() === c.codePostal.trim()) &&
    (!present(c.ville) || fold(s.adresse.ville) === fold(c.ville)) &&
    (c.typeIdentifiantStructure === undefined || s.typeIdentifiantStructure === c.typeIdentifiantStructure) &&
    (c.typeStructure === undefined || s.typeStructure === c.typeStructure) &&
    (c.statut === undefined || s.statut === c.statut) &&
    matchesText(s.libelleStructure, c.libelle) &&
    matchesText(s.nomStructure, c.nom) &&
    matchesText(s.prenomStructure, c.prenom)
  );
}

/** RAT-2: one page of the structures meeting the criteria (at least one criterion, else 400). */
export function searchStructures(store: Store, criteria: StructureSearchCriteria, query: PageQuery): Page<StructureSearchItem> {
  const given = Object.values(criteria).some((v) => typeof v === 'string' && v.trim() !== '');
  if (!given) {
    throw refuse('INVALID', 'RAT-2', {
      fr: 'Renseignez au moins un critère (de préférence l’identifiant ou la raison sociale).',
      en: 'Give at least one criterion (preferably the identifier or the raison sociale).',
    });
  }
  const index = structureIndex(store.structures);
  const ranks = candidates(index, criteria) ?? index.ids.map((_, rank) => rank);
  const found: number[] = [];
  for (const rank of ranks) {
    if (meets(store.structures.get(index.ids[rank]!)!, index.designations[rank]!, criteria)) found.push(rank);
  }
  const sort = query.sort ?? 'designationStructure';
  if (sort !== 'designationStructure') {
    return paginate(found.map((rank) => itemOf(store.structures.get(index.ids[rank]!)!)), query, [...STRUCTURE_SEARCH_SORTS]);
  }
  const ordered = query.order === 'desc' ? [...found].reverse() : found;
  const start = (query.page - 1) * query.pageSize;
  const items = ordered.slice(start, start + query.pageSize).map((rank) => itemOf(store.structures.get(index.ids[rank]!)!));
  return { items, total: found.length, page: query.page, pageSize: query.pageSize };
}
