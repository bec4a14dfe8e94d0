import type { Structure } from '../../src/domain/schemas/index.js';
import type { Collection } from '../collection.js';
import { fold } from '../http/paging.js';

/**
 * In-memory indexes of the structures for the search of RAT-2, so that it stays fast on the 100,000
 * structures of the large set: structures ranked by folded raison sociale (the default order, so a
 * page is a slice), every word-start suffix of the raison sociale sorted (prefix of any word by binary
 * search), identifiers sorted (prefix: a SIREN finds its SIRETs), structures by code postal and by
 * ville. Built on first use and rebuilt when the collection's revision moves.
 */
export interface StructureIndex {
  /** Structures in raison sociale order (the records as they were when the index was built). */
  readonly records: readonly Structure[];
  /** Folded raison sociale by rank. */
  readonly designations: readonly string[];
  /** Word-start suffixes of folded raisons sociales with their rank, sorted by suffix. */
  readonly words: readonly (readonly [string, number])[];
  /** Identifiers with their rank, sorted by identifier. */
  readonly identifiers: readonly (readonly [string, number])[];
  /** Ranks by code postal, ascending. */
  readonly byPostcode: ReadonlyMap<string, readonly number[]>;
  /** Ranks by folded ville, ascending. */
  readonly byTown: ReadonlyMap<string, readonly number[]>;
}

const byKey = (a: readonly [string, number], b: readonly [string, number]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];

/** Positions where a word starts in a folded text (after any non-letter, non-digit). */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let previous = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alnum && !previous) starts.push(i);
    previous = alnum;
  }
  return starts;
}

function build(structures: readonly Structure[]): StructureIndex {
  const folded = structures.map((s) => [fold(s.designationStructure), s] as const);
  folded.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1].idStructureCPP - b[1].idStructureCPP));
  const records = folded.map(([, s]) => s);
  const designations = folded.map(([d]) => d);
  const words: [string, number][] = [];
  const identifiers: [string, number][] = [];
  const byPostcode = new Map<string, number[]>();
  const byTown = new Map<string, number[]>();
  folded.forEach(([designation, s], rank) => {
    for (const start of wordStarts(designation)) words.push([designation.slice(start), rank]);
    identifiers.push([s.identifiantStructure, rank]);
    const postcode = s.adresse.codePostal.trim();
    pushTo(byPostcode, postcode, rank);
    pushTo(byTown, fold(s.adresse.ville), rank);
  });
  words.sort(byKey);
  identifiers.sort(byKey);
  return { records, designations, words, identifiers, byPostcode, byTown };
}

/** Appends a rank to the list of a key. */
function pushTo(map: Map<string, number[]>, key: string, rank: number): void {
  const list = map.get(key);
  if (list) list.push(rank);
  else map.set(key, [rank]);
}

/** The first position in a sorted `[key, rank]` list whose key is not below `prefix`. */
function lowerBound(sorted: readonly (readonly [string, number])[], prefix: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]![0] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ranks (ascending, distinct) of the entries of a sorted list whose key starts with `prefix`,
 * among `size` ranks: a few are sorted, many are collected by marking (no sort of thousands).
 */
export function ranksWithPrefix(
  sorted: readonly (readonly [string, number])[],
  prefix: string,
  size: number,
): number[] {
  const start = lowerBound(sorted, prefix);
  let end = start;
  while (end < sorted.length && sorted[end]![0].startsWith(prefix)) end += 1;
  if (end - start < 1_000) return [...new Set(sorted.slice(start, end).map(([, rank]) => rank))].sort((a, b) => a - b);
  const marks = new Uint8Array(size);
  for (let i = start; i < end; i += 1) marks[sorted[i]![1]] = 1;
  const ranks: number[] = [];
  for (let rank = 0; rank < size; rank += 1) if (marks[rank] === 1) ranks.push(rank);
  return ranks;
}

const cache = new WeakMap<Collection<Structure, 'idStructureCPP'>, { revision: number; index: StructureIndex }>();

/** The index of a structures collection, rebuilt when the collection changed since it was built. */
export function structureIndex(structures: Collection<Structure, 'idStructureCPP'>): StructureIndex {
  const cached = cache.get(structures);
  if (cached && cached.revision === structures.revision) return cached.index;
  const index = build(structures.all());
  cache.set(structures, { revision: structures.revision, index });
  return index;
}
