import type { InseeInfo } from '../src/domain/schemas/index.js';

/**
 * The mock's stand-in for the INSEE register (STR-2, STR-3, STR-6): which SIRETs exist, whether they
 * are active or closed, and their official name and address. Seedable and changeable by tests.
 */
export class InseeRegister {
  readonly #entries = new Map<string, InseeInfo>();

  constructor(entries: readonly InseeInfo[] = []) {
    this.reset(entries);
  }

  /** Replaces every entry. */
  reset(entries: readonly InseeInfo[]): void {
    this.#entries.clear();
    for (const entry of entries) this.register(entry);
  }

  /** What the register says about a SIRET, or undefined when it does not know it. */
  lookup(siret: string): InseeInfo | undefined {
    return this.#entries.get(siret);
  }

  /** Adds or replaces an establishment. */
  register(entry: InseeInfo): void {
    this.#entries.set(entry.siret, entry);
  }

  /** Marks an establishment closed (FERME) as of `date`. */
  close(siret: string, date: string): void {
    const entry = this.#entries.get(siret);
    if (entry) this.#entries.set(siret, { ...entry, etatAdministratif: 'FERME', dateMiseAJour: date });
  }

  /** Every known establishment. */
  all(): InseeInfo[] {
    return [...this.#entries.values()];
  }
}
