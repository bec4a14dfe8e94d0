import type { PendingChange } from '../../src/domain/schemas/index.js';
import type { DueChangeRecord } from '../records.js';
import { nowIso, type MockEnv, type RuleContext } from './context.js';

/**
 * The delayed effect of structure and service changes (STR-4, SRV-2): an accepted change is kept
 * on the resource with the instant it takes effect; each request first applies the changes whose
 * instant has passed. Everything follows the injected clock, so the outcome is the same whenever
 * it is read.
 */

/** A resource that carries pending changes (structures, services). */
export interface WithPendingChanges {
  changementsEnAttente: PendingChange[];
  dateModification: string;
  version: number;
}

/** Applies changed fields to a record; a `null` field removes the value. */
function applyFields<T extends object>(record: T, champs: Record<string, unknown>): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [field, value] of Object.entries(champs)) {
    if (value === null) delete next[field];
    else next[field] = value;
  }
  return next as T;
}

/** The resource as it will be once every accepted change has taken effect (the state rules check against). */
export function projected<T extends WithPendingChanges>(record: T): T {
  return record.changementsEnAttente.reduce((current, change) => applyFields(current, change.champs), record);
}

/**
 * The resource with the changes due at `now` applied (in order), or undefined when none is due.
 * `dateModification` becomes the instant of the last applied change; the version does not move:
 * the change was counted when it was accepted.
 */
export function withDueChangesApplied<T extends WithPendingChanges>(record: T, now: string): T | undefined {
  const due = record.changementsEnAttente.filter((c) => c.dateEffet <= now);
  if (due.length === 0) return undefined;
  const applied = due.reduce((current, change) => applyFields(current, change.champs), record);
  return {
    ...applied,
    changementsEnAttente: record.changementsEnAttente.filter((c) => c.dateEffet > now),
    dateModification: due[due.length - 1]!.dateEffet,
  };
}

/** The instant a change accepted now takes effect (config `effectDelayMs`, 30 minutes by default). */
export const effectiveAt = (env: Pick<MockEnv, 'clock' | 'config'>): string =>
  new Date(env.clock.now().getTime() + env.config.effectDelayMs).toISOString();

/**
 * The fields to write to accept a change of a structure or service (STR-4): the change appended
 * with its effect instant and the caller, a new version, the modification instant. Records when it
 * takes effect, for `settleDueChanges`.
 */
export function scheduleChange<T extends WithPendingChanges>(
  ctx: RuleContext,
  target: { collection: DueChangeRecord['collection']; id: number },
  record: T,
  champs: Record<string, unknown>,
): Pick<WithPendingChanges, 'changementsEnAttente' | 'dateModification' | 'version'> {
  const change: PendingChange = { champs, dateEffet: effectiveAt(ctx), demandePar: ctx.caller.idUtilisateur };
  ctx.store.dueChanges.insert({ collection: target.collection, idObjet: target.id, dateEffet: change.dateEffet });
  return {
    changementsEnAttente: [...record.changementsEnAttente, change],
    dateModification: nowIso(ctx),
    version: record.version + 1,
  };
}

/**
 * Applies every structure and service change whose instant has passed (STR-4, SRV-2), in one
 * transaction when there is any. The HTTP layer calls it before each request, so that every section
 * reads structures and services as they are at the clock's current instant.
 */
export function settleDueChanges(env: MockEnv): void {
  const now = nowIso(env);
  const due = env.store.dueChanges.filter((e) => e.dateEffet <= now);
  if (due.length === 0) return;
  const { store } = env;
  store.transaction(() => {
    for (const e of due) {
      store.dueChanges.delete(e.idEcheance);
      if (e.collection === 'structures') {
        const current = store.structures.get(e.idObjet);
        const next = current && withDueChangesApplied(current, now);
        if (next) store.structures.update(e.idObjet, next);
      } else {
        const current = store.services.get(e.idObjet);
        const next = current && withDueChangesApplied(current, now);
        if (next) store.services.update(e.idObjet, next);
      }
    }
  });
}
