import type { GpTransferRequest, GpTransferResult } from '../../domain/schemas/index.js';

/** The events of cp-gp-transfer, for typed listeners. */
export interface CpGpTransferEventMap {
  'cp-before-gp-transfer': CustomEvent<GpTransferRequest>;
  'cp-gp-transferred': CustomEvent<GpTransferResult>;
}

declare global {
  interface HTMLElementEventMap extends CpGpTransferEventMap {}
}
