import type { InseeRefresh, Structure, StructureCreate, StructureDuplicate, StructureUpdate } from '../../domain/schemas/index.js';

/** What a cp-structure-manager write is about to send (`cp-before-<action>`, cancelable). */
export type StructureWrite =
  | { action: 'create'; input: StructureCreate }
  | { action: 'update'; idStructureCPP: number; input: StructureUpdate }
  | { action: 'activate' | 'deactivate' | 'insee-update'; idStructureCPP: number }
  | { action: 'duplicate'; idStructureCPP: number; input: StructureDuplicate };

/** Detail of the events sent after an accepted write: the structure as the server answered it. */
export interface StructureDetail {
  readonly structure: Structure;
  /** The INSEE fields before and after, for `cp-structure-insee-update`. */
  readonly insee?: InseeRefresh;
}

/** The events of cp-structure-manager, for typed listeners. */
export interface CpStructureManagerEventMap {
  'cp-before-structure-write': CustomEvent<StructureWrite>;
  'cp-structure-open': CustomEvent<StructureDetail>;
  'cp-structure-create': CustomEvent<StructureDetail>;
  'cp-structure-update': CustomEvent<StructureDetail>;
  'cp-structure-state-change': CustomEvent<StructureDetail>;
  'cp-structure-insee-update': CustomEvent<StructureDetail>;
  'cp-structure-duplicate': CustomEvent<StructureDetail>;
}

/** Sends a bubbling, composed event of cp-structure-manager; false when a listener cancelled it. */
export function fire<K extends keyof CpStructureManagerEventMap>(
  target: EventTarget,
  type: K,
  detail: CpStructureManagerEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'cp-before-structure-write': CustomEvent<StructureWrite>;
    'cp-structure-open': CustomEvent<StructureDetail>;
    'cp-structure-create': CustomEvent<StructureDetail>;
    'cp-structure-update': CustomEvent<StructureDetail>;
    'cp-structure-state-change': CustomEvent<StructureDetail>;
    'cp-structure-insee-update': CustomEvent<StructureDetail>;
    'cp-structure-duplicate': CustomEvent<StructureDetail>;
  }
}
