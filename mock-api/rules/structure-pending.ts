import type { PendingChange } from '../../src/domain/schemas/index.js';
import type { Collection } from '../collection.js';
import { nowIso, type MockEnv, type RuleContext } from './context.js';

/**
 * The delayed effect of structure and service changes (STR-4, SRV-2): an accepted change is kept
 * on the resource with the instant it takes effect; reads apply the changes whose instant has
 * passed. Everything follows the injected clock, so the outcome is the same whenever it is read.
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
  return { ...applied, changementsEnAttente: record.changementsEnAttente.filter((c) => c.dateEffet > now), dateModification: due[due.length - 1]!.dateEffet };
}

/** The instant a change accepted now takes effect (config `effectDelayMs`, 30 minutes by default). */
export const effectiveAt = (env: Pick<MockEnv, 'clock' | 'config'>): string => new Date(env.clock.now().getTime() + env.config.effectDelayMs).toISOString();

/**
 * The fields to write to accept a change (STR-4): the change appended with its effect instant and
 * the caller, a new version, the modification instant.
 */
export function scheduleChange<T extends WithPendingChanges>(ctx: RuleContext, record: T, champs: Record<string, unknown>): Pick<T, 'changementsEnAttente' | 'dateModification' | 'version'> {
  const change: PendingChange = { champs, dateEffet: effectiveAt(ctx), demandePar: ctx.caller.idUtilisateur };
  return { changementsEnAttente: [...record.changementsEnAttente, change], dateModification: nowIso(ctx), version: record.version + 1 } as Pick<T, 'changementsEnAttente' | 'dateModification' | 'version'>;
}

/**
 * The record with this id after applying its due changes, written back to the store (in its own
 * transaction when called from a read); undefined when there is no such record.
 */
export function settle<T extends WithPendingChanges, K extends keyof T & string>(env: MockEnv, collection: Collection<T, K>, id: number): T | undefined {
  const record = collection.get(id);
  if (!record) return undefined;
  const next = withDueChangesApplied(record, nowIso(env));
  return next ? env.store.transaction(() => collection.update(id, next)) : record;
}
