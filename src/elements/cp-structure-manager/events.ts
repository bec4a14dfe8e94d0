import type {
  InseeRefresh,
  Structure,
  StructureCreate,
  StructureDuplicate,
  StructureUpdate,
} from '../../domain/schemas/index.js';

/** What a cp-structure-manager write is about to send (`cp-before-structure-write`, cancelable). */
export type StructureWrite =
  | { action: 'create'; input: StructureCreate }
  | { action: 'update'; idStructureCPP: number; input: StructureUpdate }
  | { action: 'activate' | 'deactivate' | 'insee-update'; idStructureCPP: number }
  | { action: 'duplicate'; idStructureCPP: number; input: StructureDuplicate };

/** Detail of the events sent after an accepted write: the structure as the server answered it. */
export interface StructureDetail {
  readonly structure: Structure;
  /** The INSEE fields before and after, for `cp-structure-insee-updated`. */
  readonly insee?: InseeRefresh;
}

/** The events of cp-structure-manager, for typed listeners. */
export interface CpStructureManagerEventMap {
  'cp-before-structure-write': CustomEvent<StructureWrite>;
  'cp-structure-opened': CustomEvent<StructureDetail>;
  'cp-structure-created': CustomEvent<StructureDetail>;
  'cp-structure-updated': CustomEvent<StructureDetail>;
  'cp-structure-state-changed': CustomEvent<StructureDetail>;
  'cp-structure-insee-updated': CustomEvent<StructureDetail>;
  'cp-structure-duplicated': CustomEvent<StructureDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpStructureManagerEventMap {}
}
