import type { StructureFiche } from '../../src/domain/schemas/index.js';
import { assertMember, principalOf } from './access.js';
import { todayIso, type RuleContext } from './context.js';
import { listServices } from './services.js';
import { loadStructure } from './structures.js';

/**
 * STR-8: the fiche of a structure, read-only, for any user holding a VALIDEE rattachement to it in
 * force today (structure or services level; its managers too); refused (403) to anyone else, 404
 * for an unknown structure. It names the gestionnaire principal and lists the active services.
 */
export function getStructureFiche(ctx: RuleContext, idStructureCPP: number): StructureFiche {
  const s = loadStructure(ctx, idStructureCPP);
  assertMember(ctx.store, ctx.caller.idUtilisateur, idStructureCPP, 'STR-8', todayIso(ctx));
  const principal = principalOf(ctx.store, idStructureCPP);
  const gp = principal ? ctx.store.users.get(principal.idUtilisateur) : undefined;
  return {
    idStructureCPP: s.idStructureCPP,
    identifiantStructure: s.identifiantStructure,
    typeIdentifiantStructure: s.typeIdentifiantStructure,
    typeStructure: s.typeStructure,
    designationStructure: s.designationStructure,
    ...(s.libelleStructure ? { libelleStructure: s.libelleStructure } : {}),
    ...(s.nomStructure ? { nomStructure: s.nomStructure } : {}),
    ...(s.prenomStructure ? { prenomStructure: s.prenomStructure } : {}),
    adresse: s.adresse,
    ...(s.emailStructure ? { emailStructure: s.emailStructure } : {}),
    ...(s.telephone ? { telephone: s.telephone } : {}),
    ...(s.numeroRcs ? { numeroRcs: s.numeroRcs } : {}),
    ...(s.tvaIntracommunautaire ? { tvaIntracommunautaire: s.tvaIntracommunautaire } : {}),
    nonDiffusibleInsee: s.nonDiffusibleInsee,
    statut: s.statut,
    ...(gp
      ? { gestionnairePrincipal: { ...(gp.prenom ? { prenom: gp.prenom } : {}), ...(gp.nom ? { nom: gp.nom } : {}) } }
      : {}),
    services: listServices(ctx, idStructureCPP, 'ACTIF').map(({ idService, codeService, libelleService }) => ({
      idService,
      codeService,
      libelleService,
    })),
    parametres: s.parametres,
  };
}
