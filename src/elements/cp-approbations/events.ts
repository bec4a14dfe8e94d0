import type { ApprobationView } from '../../domain/schemas/index.js';

/** Detail of `cp-count-change`: how many requests wait for the current manager (APR-1). */
export interface ApprobationCountDetail {
  readonly count: number;
}

/** Detail of `cp-before-decide`: the decision about to be sent (APR-2). */
export interface ApprobationBeforeDecideDetail {
  readonly ids: readonly number[];
  readonly decision: 'APPROUVE' | 'REFUSE';
  readonly commentaire: string;
}

/** Detail of `cp-decide`: the requests decided, as the server answered. */
export interface ApprobationDecideDetail {
  readonly approbations: readonly ApprobationView[];
}

/** The events of cp-approbations, for typed listeners. */
export interface CpApprobationsEventMap {
  'cp-count-change': CustomEvent<ApprobationCountDetail>;
  'cp-before-decide': CustomEvent<ApprobationBeforeDecideDetail>;
  'cp-decide': CustomEvent<ApprobationDecideDetail>;
}

/** Sends a bubbling, composed cp-approbations event; returns false when a listener cancelled it. */
export function fire<K extends keyof CpApprobationsEventMap>(
  target: EventTarget,
  type: K,
  detail: CpApprobationsEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'cp-count-change': CustomEvent<ApprobationCountDetail>;
    'cp-before-decide': CustomEvent<ApprobationBeforeDecideDetail>;
    'cp-decide': CustomEvent<ApprobationDecideDetail>;
  }
}
