import type { Abonnement, Application } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { isPrincipal } from './access.js';

/** The GP's manager rights on his structure: they go with the role (HAB-4, guide 001's table of default espaces). */
const MANAGER_RIGHTS: readonly Application[] = ['ORGANISATION', 'ACTIVITES_GESTIONNAIRE'];

/**
 * Whether a profile is one of the GP's manager rights on his structure ("Organisation",
 * "Activités du gestionnaire" at structure level): no other manager may remove or lower it (HAB-5)
 * and the GP may not delete it from his own abonnements either (HAB-4, HAB-7); it moves with the
 * role when the role is handed over (GP-4).
 */
export const isManagerRight = (
  store: Store,
  a: Pick<Abonnement, 'idUtilisateur' | 'idStructureCPP' | 'idService' | 'espace'>,
): boolean =>
  a.idService === undefined &&
  MANAGER_RIGHTS.includes(a.espace) &&
  isPrincipal(store, a.idUtilisateur, a.idStructureCPP);
