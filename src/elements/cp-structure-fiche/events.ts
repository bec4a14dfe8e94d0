import type { StructureFiche } from '../../domain/schemas/index.js';

/** Detail of `cp-structure-fiche-loaded`: the fiche as the server answered it (STR-8). */
export interface StructureFicheDetail {
  readonly fiche: StructureFiche;
}

/** The events of cp-structure-fiche, for typed listeners. */
export interface CpStructureFicheEventMap {
  'cp-structure-fiche-loaded': CustomEvent<StructureFicheDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpStructureFicheEventMap {}
}
