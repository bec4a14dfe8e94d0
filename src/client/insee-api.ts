import { InseeInfo } from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

/** The INSEE register as forms consult it before creating or duplicating a structure (STR-1, STR-2, STR-6). */
export interface InseeApi {
  /**
   * What INSEE says about a SIRET (spaces ignored): raison sociale, address, state. A bad key rejects
   * with STR-1 (accepted in sandbox), an unknown or closed establishment with STR-2 and the reason.
   */
  lookupInsee(siret: string, options?: CallOptions): Promise<InseeInfo>;
}

/** The HTTP implementation of `InseeApi`. */
export const createInseeApi = (http: HttpTransport): InseeApi => ({
  lookupInsee: (siret, options) =>
    http.request(
      {
        operationId: 'lookupInsee',
        method: 'GET',
        path: `/api/insee/${encodeURIComponent(siret)}`,
        response: InseeInfo,
      },
      options,
    ),
});
