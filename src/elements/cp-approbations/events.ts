import type { ApprobationView } from '../../domain/schemas/index.js';

/** Detail of `cp-approbation-count-changed`: how many requests wait for the current manager (APR-1). */
export interface ApprobationCountDetail {
  readonly count: number;
}

/** Detail of `cp-before-approbations-decide`: the decision about to be sent (APR-2). */
export interface ApprobationBeforeDecideDetail {
  readonly ids: readonly number[];
  readonly decision: 'APPROUVE' | 'REFUSE';
  readonly commentaire: string;
}

/** Detail of `cp-approbations-decided`: the requests decided, as the server answered. */
export interface ApprobationDecideDetail {
  readonly approbations: readonly ApprobationView[];
}

/** The events of cp-approbations, for typed listeners. */
export interface CpApprobationsEventMap {
  'cp-approbation-count-changed': CustomEvent<ApprobationCountDetail>;
  'cp-before-approbations-decide': CustomEvent<ApprobationBeforeDecideDetail>;
  'cp-approbations-decided': CustomEvent<ApprobationDecideDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpApprobationsEventMap {}
}
