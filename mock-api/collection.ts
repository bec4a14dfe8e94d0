/**
 * An in-memory collection of records keyed by a numeric id, with an undo journal so that a rule that
 * fails half-way leaves nothing written (ACC-3 "nothing is saved partially", X-5). Records are
 * replaced, never mutated in place: a record read from a collection can be kept as a snapshot.
 */
export class Collection<T extends object, K extends keyof T & string = keyof T & string> {
  readonly #rows = new Map<number, T>();
  #nextId = 1;
  #journal: Map<number, T | undefined> | null = null;
  #revision = 0;

  /** @param key the record field holding the id (`idStructureCPP`, `idUtilisateur`…). */
  constructor(readonly key: K) {}

  /** Number of records. */
  get size(): number {
    return this.#rows.size;
  }

  /** The record with this id, if any. */
  get(id: number): T | undefined {
    return this.#rows.get(id);
  }

  /** A number that changes on every write, rollback or load: indexes built on the collection compare it to know they are stale. */
  get revision(): number {
    return this.#revision;
  }

  /** Every record, in id order of insertion. */
  all(): T[] {
    return [...this.#rows.values()];
  }

  /** The first record matching the predicate. */
  find(predicate: (row: T) => boolean): T | undefined {
    for (const row of this.#rows.values()) if (predicate(row)) return row;
    return undefined;
  }

  /** Every record matching the predicate. */
  filter(predicate: (row: T) => boolean): T[] {
    const out: T[] = [];
    for (const row of this.#rows.values()) if (predicate(row)) out.push(row);
    return out;
  }

  /** Inserts a new record, giving it the next id; returns it. */
  insert(row: Omit<T, K> & Partial<Pick<T, K>>): T {
    const id = (row as Record<string, unknown>)[this.key] as number | undefined;
    const record = { ...row, [this.key]: id ?? this.#nextId } as T;
    const recordId = this.#idOf(record);
    this.#nextId = Math.max(this.#nextId, recordId + 1);
    this.#remember(recordId);
    this.#rows.set(recordId, record);
    return record;
  }

  /** Replaces the record with this id by `patch` applied to it; returns the new record. */
  update(id: number, patch: Partial<T>): T {
    const current = this.#rows.get(id);
    if (!current) throw new Error(`No ${this.key} ${id}`);
    const record = { ...current, ...patch, [this.key]: id } as T;
    this.#remember(id);
    this.#rows.set(id, record);
    return record;
  }

  /** Removes the record with this id (a hard delete; most rules keep history with a status instead). */
  delete(id: number): void {
    this.#remember(id);
    this.#rows.delete(id);
  }

  /** Starts recording previous values so that `rollback` can undo the writes. */
  begin(): void {
    this.#journal = new Map();
  }

  /** Keeps the writes made since `begin`. */
  commit(): void {
    this.#journal = null;
  }

  /** Undoes the writes made since `begin`. */
  rollback(): void {
    if (!this.#journal) return;
    this.#revision += 1;
    for (const [id, previous] of this.#journal) {
      if (previous === undefined) this.#rows.delete(id);
      else this.#rows.set(id, previous);
    }
    this.#journal = null;
  }

  /** Replaces every record (restore from a snapshot). */
  load(rows: readonly T[]): void {
    this.#rows.clear();
    this.#revision += 1;
    this.#nextId = 1;
    for (const row of rows) {
      const id = this.#idOf(row);
      this.#rows.set(id, row);
      this.#nextId = Math.max(this.#nextId, id + 1);
    }
  }

  #idOf(row: T): number {
    return (row as Record<string, unknown>)[this.key] as number;
  }

  #remember(id: number): void {
    this.#revision += 1;
    if (this.#journal && !this.#journal.has(id)) this.#journal.set(id, this.#rows.get(id));
  }
}
