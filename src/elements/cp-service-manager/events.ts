import type { Service, ServiceCreate, ServiceUpdate } from '../../domain/schemas/index.js';

/** What a cp-service-manager write is about to send (`cp-before-service-write`, cancelable). */
export type ServiceWrite =
  | { action: 'create'; idStructureCPP: number; input: ServiceCreate }
  | { action: 'update'; idStructureCPP: number; idService: number; input: ServiceUpdate }
  | { action: 'activate' | 'deactivate'; idStructureCPP: number; idService: number };

/** Detail of the events sent after an accepted write: the service as the server answered it. */
export interface ServiceDetail {
  readonly service: Service;
}

/** The events of cp-service-manager, for typed listeners. */
export interface CpServiceManagerEventMap {
  'cp-before-service-write': CustomEvent<ServiceWrite>;
  'cp-service-create': CustomEvent<ServiceDetail>;
  'cp-service-update': CustomEvent<ServiceDetail>;
  'cp-service-state-change': CustomEvent<ServiceDetail>;
}

/** Sends a bubbling, composed event of cp-service-manager; false when a listener cancelled it. */
export function fire<K extends keyof CpServiceManagerEventMap>(
  target: EventTarget,
  type: K,
  detail: CpServiceManagerEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'cp-before-service-write': CustomEvent<ServiceWrite>;
    'cp-service-create': CustomEvent<ServiceDetail>;
    'cp-service-update': CustomEvent<ServiceDetail>;
    'cp-service-state-change': CustomEvent<ServiceDetail>;
  }
}
