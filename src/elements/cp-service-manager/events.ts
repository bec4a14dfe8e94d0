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
  'cp-service-created': CustomEvent<ServiceDetail>;
  'cp-service-updated': CustomEvent<ServiceDetail>;
  'cp-service-state-changed': CustomEvent<ServiceDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpServiceManagerEventMap {}
}
