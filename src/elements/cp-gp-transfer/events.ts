import type { GpTransferRequest, GpTransferResult } from '../../domain/schemas/index.js';

/** The events of cp-gp-transfer, for typed listeners. */
export interface CpGpTransferEventMap {
  'cp-before-transfer': CustomEvent<GpTransferRequest>;
  'cp-transfer': CustomEvent<GpTransferResult>;
}

/** Sends a bubbling, composed cp-gp-transfer event; returns false when a listener cancelled it. */
export function fire<K extends keyof CpGpTransferEventMap>(
  target: EventTarget,
  type: K,
  detail: CpGpTransferEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'cp-before-transfer': CustomEvent<GpTransferRequest>;
    'cp-transfer': CustomEvent<GpTransferResult>;
  }
}
