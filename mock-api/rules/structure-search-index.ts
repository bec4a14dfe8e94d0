import type { Structure } from '../../src/domain/schemas/index.js';
import type { Collection } from '../collection.js';
import { fold } from '../http/paging.js';

/**
 * In-memory indexes of the structures for the search of RAT-2, so that it stays fast on the 100,000
 * structures of the large set: structures ranked by searchable raison sociale (the default order, so a
 * page is a slice), every word-start suffix of the raison sociale sorted (prefix of any word by binary
 * search), identifiers sorted (prefix: a SIREN finds its SIRETs), structures by code postal, by ville
 * (the word-start suffixes of the distinct villes, sorted) and by pays. Built on first use and rebuilt
 * when the collection's revision moves.
 */
export interface StructureIndex {
  /** Structures in raison sociale order (the records as they were when the index was built). */
  readonly records: readonly Structure[];
  /** Searchable raison sociale (`searchText`) by rank. */
  readonly designations: readonly string[];
  /** Word-start suffixes of searchable raisons sociales with their rank, sorted by suffix. */
  readonly words: SortedKeys<Int32Array>;
  /** Identifiers with their rank, sorted by identifier. */
  readonly identifiers: SortedKeys<Int32Array>;
  /** Ranks by code postal, ascending. */
  readonly byPostcode: ReadonlyMap<string, readonly number[]>;
  /** Ranks by searchable ville, ascending. */
  readonly byTown: ReadonlyMap<string, readonly number[]>;
  /** Word-start suffixes of the distinct searchable villes with the ville, sorted by suffix. */
  readonly townWords: SortedKeys<readonly string[]>;
  /** Ranks by pays (ISO code), ascending. */
  readonly byCountry: ReadonlyMap<string, readonly number[]>;
}

/**
 * Keys in ascending order with a value each, in two parallel lists: a prefix lookup is two binary
 * searches over `keys`, then reads the values of that range from contiguous memory (ranks in an
 * `Int32Array`), never a pass over thousands of keys.
 */
export interface SortedKeys<Values> {
  readonly keys: readonly string[];
  readonly values: Values;
}

/**
 * Text as the search compares it (RAT-2): folded (no case, no accents) and every run of punctuation
 * or spaces made one space, so "Terneuil-sur-Seine", "terneuil sur  seine" and "TERNEUIL SUR SEINE"
 * read the same and "val d'armance" finds "VAL D’ARMANCE".
 */
export const searchText = (text: string): string =>
  fold(text)
    .replace(/[œæß]/g, (c) => LIGATURES[c]!)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Letters that folding leaves whole, written out ("Cœur" finds "coeur"). */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Whether `query` (already `searchText`) starts at the start of a word of `text` (already `searchText`). */
export const startsAWord = (text: string, query: string): boolean =>
  query === '' || wordStarts(text).some((i) => text.startsWith(query, i));

const byKey = <V extends number | string>(a: readonly [string, V], b: readonly [string, V]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/** `[key, value]` entries sorted by key (then value), split into parallel lists. */
function sortedKeys<V extends number | string>(entries: [string, V][]): { keys: string[]; values: V[] } {
  entries.sort(byKey);
  return { keys: entries.map(([key]) => key), values: entries.map(([, value]) => value) };
}

/** Sorted keys with a rank each, the ranks packed in an `Int32Array`. */
function sortedRanks(entries: [string, number][]): SortedKeys<Int32Array> {
  const { keys, values } = sortedKeys(entries);
  return { keys, values: Int32Array.from(values) };
}

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
  const folded = structures.map((s) => [searchText(s.designationStructure), s] as const);
  folded.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1].idStructureCPP - b[1].idStructureCPP));
  const records = folded.map(([, s]) => s);
  const designations = folded.map(([d]) => d);
  const words: [string, number][] = [];
  const identifiers: [string, number][] = [];
  const byPostcode = new Map<string, number[]>();
  const byTown = new Map<string, number[]>();
  const byCountry = new Map<string, number[]>();
  folded.forEach(([designation, s], rank) => {
    for (const start of wordStarts(designation)) words.push([designation.slice(start), rank]);
    identifiers.push([s.identifiantStructure, rank]);
    const postcode = s.adresse.codePostal.trim();
    pushTo(byPostcode, postcode, rank);
    pushTo(byTown, searchText(s.adresse.ville), rank);
    pushTo(byCountry, s.adresse.pays, rank);
  });
  const townWords: [string, string][] = [];
  for (const town of byTown.keys()) for (const start of wordStarts(town)) townWords.push([town.slice(start), town]);
  return {
    records,
    designations,
    words: sortedRanks(words),
    identifiers: sortedRanks(identifiers),
    byPostcode,
    byTown,
    townWords: sortedKeys(townWords),
    byCountry,
  };
}

/**
 * The ranks (ascending, distinct) of the structures whose ville has a word starting with `query`
 * (already `searchText`): the matching villes by binary search, then the union of their ranks.
 */
export function ranksOfTown(index: StructureIndex, query: string): readonly number[] {
  const [start, end] = prefixRange(index.townWords.keys, query);
  const towns = new Set(index.townWords.values.slice(start, end));
  const lists = [...towns].map((town) => index.byTown.get(town)!);
  if (lists.length <= 1) return lists[0] ?? [];
  const marks = new Uint8Array(index.records.length);
  for (const list of lists) for (const rank of list) marks[rank] = 1;
  const ranks: number[] = [];
  for (let rank = 0; rank < marks.length; rank += 1) if (marks[rank] === 1) ranks.push(rank);
  return ranks;
}

/** Appends a rank to the list of a key. */
function pushTo(map: Map<string, number[]>, key: string, rank: number): void {
  const list = map.get(key);
  if (list) list.push(rank);
  else map.set(key, [rank]);
}

/** The first position in `[0, length)` where `before` turns false (`before` is true then false along the list). */
function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The range `[start, end)` of the sorted `keys` that start with `prefix`: two binary searches. */
function prefixRange(keys: readonly string[], prefix: string): [number, number] {
  const start = firstNotBefore(keys.length, (i) => keys[i]! < prefix);
  // Past `start`, the keys starting with `prefix` come first (sorted), then the keys after them.
  const end = firstNotBefore(keys.length, (i) => keys[i]! < prefix || keys[i]!.startsWith(prefix));
  return [start, end];
}

/**
 * The ranks (ascending, distinct) of the entries of sorted keys that start with `prefix`, among
 * `size` ranks: a few are sorted, many are collected by marking (no sort of thousands).
 */
export function ranksWithPrefix(sorted: SortedKeys<Int32Array>, prefix: string, size: number): number[] {
  const [start, end] = prefixRange(sorted.keys, prefix);
  const found = sorted.values.subarray(start, end);
  if (found.length < 1_000) return [...new Set(found)].sort((a, b) => a - b);
  const marks = new Uint8Array(size);
  for (let i = 0; i < found.length; i += 1) marks[found[i]!] = 1;
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
