import { isCpError, type RattachementApi } from '../../client/index.js';
import type { Bilingual, RattachementView } from '../../domain/schemas/index.js';
import { RetryKey } from '../shared/retry-key.js';

/** What "Supprimer les rattachements" did: the rattachements deleted, and those refused with the reason. */
export interface BulkRemovalOutcome {
  deleted: RattachementView[];
  refused: { rattachement: RattachementView; reason: Bilingual }[];
}

/**
 * "Supprimer les rattachements" (RAT-1, RAT-7): one deletion per rattachement through the client
 * ("Me détacher", which the mock refuses to the only GP until he hands over), one after the other.
 * Each rattachement keeps its own Idempotency-Key: deleting it again after a failure that may
 * not have reached the server sends the same key, so the server never deletes it twice.
 */
export class BulkRemoval {
  readonly #keys = new Map<number, RetryKey>();

  /**
   * Deletes `rows` (`allowed` may refuse one first: the host's veto, with its reason). A refusal
   * or a failure of one does not stop the others.
   */
  async run(
    client: RattachementApi,
    rows: readonly RattachementView[],
    allowed: (row: RattachementView) => Bilingual | undefined,
  ): Promise<BulkRemovalOutcome> {
    const outcome: BulkRemovalOutcome = { deleted: [], refused: [] };
    for (const row of rows) {
      const veto = allowed(row);
      if (veto) {
        outcome.refused.push({ rattachement: row, reason: veto });
        continue;
      }
      const request = { idRattachement: row.idRattachement, version: row.version };
      const key = this.#keys.get(row.idRattachement) ?? new RetryKey();
      this.#keys.set(row.idRattachement, key);
      try {
        await key.attempt({ leave: request }, (idempotencyKey) =>
          client.leaveRattachement(request, { idempotencyKey }),
        );
        this.#keys.delete(row.idRattachement);
        outcome.deleted.push(row);
      } catch (error) {
        const reason = isCpError(error) ? error.text : { fr: String(error), en: String(error) };
        outcome.refused.push({ rattachement: row, reason });
      }
    }
    return outcome;
  }

  /** Forgets every key (the element left the page). */
  forget(): void {
    this.#keys.clear();
  }
}
