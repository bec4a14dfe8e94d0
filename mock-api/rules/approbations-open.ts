import type { AccessMode, Application, Approbation, ApprobationType } from '../../src/domain/schemas/index.js';
import { mailManagers } from './approbations-mail.js';
import { nowIso, type MockEnv } from './context.js';

/** What a new request asks a manager to decide (RAT-5, HAB-8, HAB-9). */
export interface ApprobationRequest {
  type: ApprobationType;
  idObjet: number;
  idDemandeur: number;
  idStructureCPP: number;
  idService?: number | undefined;
  commentaireDemande?: string | undefined;
  espace?: Application | undefined;
  mode?: AccessMode | undefined;
}

/**
 * Opens an approbation in state DEMANDE for the managers of the structure (RAT-5, HAB-8): it shows
 * in their inbox (APR-1) until one of them decides (APR-2); they are told by e-mail (NOT-4).
 */
export function openApprobation(env: Pick<MockEnv, 'store' | 'clock'>, request: ApprobationRequest): Approbation {
  const optional = Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined));
  const approbation = env.store.approbations.insert({
    ...(optional as unknown as ApprobationRequest),
    etat: 'DEMANDE',
    dateCreation: nowIso(env),
    version: 1,
  });
  mailManagers(env, approbation);
  return approbation;
}
