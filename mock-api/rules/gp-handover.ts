import type { Rattachement } from '../../src/domain/schemas/index.js';
import { principalOf } from './access.js';
import type { MockEnv } from './context.js';
import { defaultProfiles } from './default-profiles.js';
import { mailHandOver, type HandedOver } from './gp-handover-mail.js';
import { grantDefaults, heldProfile, setProfile } from './habilitations-grant.js';
import { handOverPrincipal } from './principal.js';

/**
 * A GP change with its consequences on profiles, for every flow where the GP role changes hands:
 * "Me détacher" of a GP (RAT-7) and the GP transfer of §8 (`gp-transfer.ts`) call this. The role swap
 * itself is `handOverPrincipal` (`principal.ts`: candidate checks GP-2, GP-3; exactly one GP, GP-4;
 * transfer recorded); this adds what the role means in profiles (one permission model, §4):
 * - the new GP gets the manager's default profiles (HAB-3, HAB-4), "Organisation modification" included;
 * - the former GP becomes a simple user (GP-4, RAT-7): his profiles among the managers' defaults go
 *   to a simple user's defaults (HAB-3, HAB-4): "Activités du gestionnaire" is removed, the public
 *   structure's applications ("Organisation" included) are lowered to consultation, "Organisation"
 *   is removed on a private one, so that he is not left a GS; his other profiles are kept.
 * It does not check who asks (RAT-7: the GP himself; GP-1: only the GP): callers do.
 */
function swapPrincipal(
  env: Pick<MockEnv, 'store' | 'clock'>,
  idStructureCPP: number,
  idNouveauGestionnaire: number,
  field?: string,
): { ancien: Rattachement; nouveau: Rattachement } {
  const { store } = env;
  const former = principalOf(store, idStructureCPP)!;
  handOverPrincipal(env, idStructureCPP, idNouveauGestionnaire, field);
  const nouveau = principalOf(store, idStructureCPP)!;
  grantDefaults(env, nouveau, 'GESTIONNAIRE_PRINCIPAL');
  const type = store.structures.get(idStructureCPP)!.typeStructure;
  const simple = new Map(defaultProfiles('UTILISATEUR', type).map((p) => [p.application, p.mode]));
  for (const { application } of defaultProfiles('GESTIONNAIRE_PRINCIPAL', type)) {
    const k = { idUtilisateur: former.idUtilisateur, idStructureCPP, idService: undefined, espace: application };
    const held = heldProfile(store, k);
    const mode = simple.get(application);
    if (held && mode === undefined) store.abonnements.delete(held.idAbonnement);
    else if (held?.mode === 'MODIFICATION' && mode === 'CONSULTATION_UNIQUEMENT') setProfile(env, k, mode);
  }
  return { ancien: store.rattachements.get(former.idRattachement)!, nouveau };
}

/**
 * GP-5: the one hand-over behind every path that changes a GP (the transfer of §8, leaving under
 * RAT-7, deactivation under DEA-2): each structure swaps its GP with the same checks and profile
 * effects (`swapPrincipal`), then the former GP and each new GP are e-mailed once (`mailHandOver`).
 * `field` names the request field a refused successor is reported on. Answers each structure's former
 * and new GP rattachements, in the order given.
 */
export function handOverStructures(
  env: Pick<MockEnv, 'store' | 'clock'>,
  handed: readonly (HandedOver & { field?: string })[],
): { ancien: Rattachement; nouveau: Rattachement }[] {
  const former = handed[0] && env.store.users.get(principalOf(env.store, handed[0].idStructureCPP)!.idUtilisateur)!;
  const swaps = handed.map((h) => swapPrincipal(env, h.idStructureCPP, h.idNouveauGestionnaire, h.field));
  if (former) mailHandOver(env, former, [...handed]);
  return swaps;
}
