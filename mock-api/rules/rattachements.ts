import type {
  Notice,
  PrincipalHandover,
  PrincipalHandoverResult,
  Rattachement,
  RattachementAction,
  RattachementLevel,
  RattachementRequest,
  RattachementRequestResult,
  RattachementStatus,
  RattachementView,
} from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { openApprobation } from './approbations-open.js';
import { nowIso, todayIso, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, notFound, refuse } from './errors.js';
import { handOverStructures } from './gp-handover.js';
import { removeProfiles } from './habilitations-grant.js';
import { rattachementView, rattachementViewIndex } from './rattachements-view.js';

/** "Mes rattachements": the caller's own rattachements, requests and leaving (RAT-1, RAT-3..7). */

/** Statuses that hold a place: a new request for the same scope is a duplicate (RAT-5). */
const HOLDING: readonly RattachementStatus[] = ['EN_COURS_DE_VALIDATION', 'VALIDEE', 'DESACTIVEE'];

/** Filters of "Mes rattachements" (RAT-1): SUPPRIMEE rows are history, shown only on demand. */
export interface MyRattachementsFilter {
  statut?: RattachementStatus | undefined;
  inclureSupprimees?: boolean | undefined;
}

/** RAT-1: the caller's rattachements (structure or services), every status but SUPPRIMEE unless asked. */
export function listMyRattachements(ctx: RuleContext, filter: MyRattachementsFilter): RattachementView[] {
  const today = todayIso(ctx);
  const index = rattachementViewIndex(ctx.store);
  return ctx.store.rattachements
    .filter(
      (r) =>
        r.idUtilisateur === ctx.caller.idUtilisateur &&
        (filter.statut
          ? r.statutRattachement === filter.statut
          : filter.inclureSupprimees || r.statutRattachement !== 'SUPPRIMEE'),
    )
    .map((r) => rattachementView(ctx.store, today, r, index));
}

/**
 * RAT-4 / RAT-5: the active structure and, at services level, active services of it; refuses
 * otherwise (422) with the field at fault.
 */
export function assertAttachable(
  store: Store,
  idStructureCPP: number,
  niveau: RattachementLevel,
  idServices: readonly number[],
): void {
  const structure = store.structures.get(idStructureCPP);
  if (!structure) throw notFound({ fr: 'Structure', en: 'Structure' });
  if (structure.statut !== 'ACTIF') {
    throw refuse(
      'RULE_BROKEN',
      'RAT-4',
      {
        fr: 'Cette structure est inactive : on ne peut pas s’y rattacher.',
        en: 'This structure is inactive: no rattachement to it is possible.',
      },
      [fieldProblem('idStructureCPP', 'inactive', { fr: 'Structure inactive.', en: 'Inactive structure.' })],
    );
  }
  if (niveau !== 'SERVICES') return;
  const wrong = idServices.filter((id) => {
    const service = store.services.get(id);
    return service?.idStructureCPP !== idStructureCPP || service.statut !== 'ACTIF';
  });
  if (wrong.length > 0) {
    throw refuse(
      'RULE_BROKEN',
      'RAT-4',
      { fr: 'Choisissez des services actifs de cette structure.', en: 'Choose active services of this structure.' },
      [
        fieldProblem('idServices', 'inactive_or_foreign_service', {
          fr: `Services non actifs ou d’une autre structure : ${wrong.join(', ')}.`,
          en: `Services not active or of another structure: ${wrong.join(', ')}.`,
        }),
      ],
    );
  }
}

/**
 * RAT-5: refuses (409) a request duplicating a pending or held rattachement of the user to the same
 * scope: the whole structure, or one of the same services (a rattachement to the whole structure
 * already covers every service). Asking for the whole structure while attached to some services is
 * an extension, not a duplicate.
 */
export function assertNoDuplicate(
  store: Store,
  idUtilisateur: number,
  idStructureCPP: number,
  niveau: RattachementLevel,
  idServices: readonly number[],
): void {
  const duplicate = store.rattachements.find(
    (r) =>
      r.idUtilisateur === idUtilisateur &&
      r.idStructureCPP === idStructureCPP &&
      HOLDING.includes(r.statutRattachement) &&
      (r.niveau === 'STRUCTURE' ? true : niveau === 'SERVICES' && r.idServices.some((id) => idServices.includes(id))),
  );
  if (duplicate) {
    throw refuse('DUPLICATE', 'RAT-5', {
      fr: `Un rattachement ${duplicate.statutRattachement === 'EN_COURS_DE_VALIDATION' ? 'en cours de validation' : 'existant'} couvre déjà ce périmètre.`,
      en: `A ${duplicate.statutRattachement === 'EN_COURS_DE_VALIDATION' ? 'pending' : 'current'} rattachement already covers this scope.`,
    });
  }
}

/** RAT-3 *[design]*: a user of a private structure asking for a public one is warned (the request is still made). */
function supplierWarnings(ctx: RuleContext, idStructureCPP: number): Notice[] {
  const { store } = ctx;
  if (store.structures.get(idStructureCPP)!.typeStructure !== 'PUBLIQUE') return [];
  const supplier = store.rattachements.find(
    (r) =>
      r.idUtilisateur === ctx.caller.idUtilisateur &&
      r.statutRattachement === 'VALIDEE' &&
      store.structures.get(r.idStructureCPP)?.typeStructure === 'PRIVEE',
  );
  if (!supplier) return [];
  return [
    {
      code: 'supplier_to_public_structure',
      rule: 'RAT-3',
      message: {
        fr: 'Vous êtes rattaché à une structure privée : ne vous rattachez pas à la structure publique que vous facturez. Vos factures lui sont adressées depuis votre propre structure.',
        en: 'You are attached to a private structure: do not attach to the public structure you invoice. Your invoices reach it from your own structure.',
      },
    },
  ];
}

/**
 * RAT-4, RAT-5, RAT-3: requests a rattachement; it is EN_COURS_DE_VALIDATION and an approbation is
 * opened for the structure's GP and "Organisation modification" holders.
 */
export function requestRattachement(ctx: RuleContext, input: RattachementRequest): RattachementRequestResult {
  const { store } = ctx;
  const idServices = input.niveau === 'STRUCTURE' ? [] : [...new Set(input.idServices)];
  assertAttachable(store, input.idStructureCPP, input.niveau, idServices);
  assertNoDuplicate(store, ctx.caller.idUtilisateur, input.idStructureCPP, input.niveau, idServices);
  const now = nowIso(ctx);
  const rattachement = store.rattachements.insert({
    idUtilisateur: ctx.caller.idUtilisateur,
    idStructureCPP: input.idStructureCPP,
    niveau: input.niveau,
    idServices,
    dateDebut: input.dateDebut,
    ...(input.dateFin === undefined ? {} : { dateFin: input.dateFin }),
    commentaire: input.commentaire,
    statutRattachement: 'EN_COURS_DE_VALIDATION',
    role: 'UTILISATEUR',
    dateCreation: now,
    dateModification: now,
    version: 1,
  });
  openApprobation(ctx, {
    type: 'RATTACHEMENT',
    idObjet: rattachement.idRattachement,
    idDemandeur: ctx.caller.idUtilisateur,
    idStructureCPP: input.idStructureCPP,
    idService: idServices.length === 1 ? idServices[0] : undefined,
    commentaireDemande: input.commentaire,
  });
  return {
    rattachement: rattachementView(store, todayIso(ctx), rattachement),
    avertissements: supplierWarnings(ctx, input.idStructureCPP),
  };
}

/** The caller's own rattachement with this id (404 for anyone else's: X-2). */
function ownRattachement(ctx: RuleContext, idRattachement: number): Rattachement {
  const r = ctx.store.rattachements.get(idRattachement);
  if (!r || r.idUtilisateur !== ctx.caller.idUtilisateur) throw notFound({ fr: 'Rattachement', en: 'Rattachement' });
  return r;
}

/** Ends a rattachement for good (SUPPRIMEE) and removes the profiles it carried (RAT-7, RAT-8). */
export function endRattachement(ctx: RuleContext, r: Rattachement): Rattachement {
  const { store } = ctx;
  if (r.statutRattachement === 'EN_COURS_DE_VALIDATION') {
    for (const p of store.approbations.filter(
      (a) => a.type === 'RATTACHEMENT' && a.idObjet === r.idRattachement && a.etat === 'DEMANDE',
    ))
      store.approbations.delete(p.idApprobation);
  } else {
    removeProfiles(store, r.idUtilisateur, r.idStructureCPP, r.niveau === 'STRUCTURE' ? 'all' : r.idServices);
  }
  return store.rattachements.update(r.idRattachement, {
    statutRattachement: 'SUPPRIMEE',
    dateModification: nowIso(ctx),
    version: r.version + 1,
  });
}

/**
 * RAT-7 "Me détacher": a simple or secondary user removes his rattachement entirely, or one service
 * of a services-level one (`idService`); a pending request is withdrawn the same way. The GP cannot
 * just leave: he hands the role over first (`handOverAndStay`).
 */
export function leaveRattachement(
  ctx: RuleContext,
  idRattachement: number,
  input: RattachementAction,
  idService?: number,
): RattachementView {
  const r = ownRattachement(ctx, idRattachement);
  if (r.statutRattachement === 'SUPPRIMEE' || r.statutRattachement === 'REFUSEE') {
    throw refuse('STATE_CONFLICT', 'RAT-7', {
      fr: 'Ce rattachement est déjà terminé.',
      en: 'This rattachement has already ended.',
    });
  }
  if (r.role === 'GESTIONNAIRE_PRINCIPAL') {
    throw refuse('RULE_BROKEN', 'RAT-7', {
      fr: 'Vous êtes le gestionnaire principal : désignez d’abord un nouveau gestionnaire principal parmi les utilisateurs rattachés à cette structure.',
      en: 'You are the main manager: first designate a new main manager among the users attached to this structure.',
    });
  }
  assertVersion(r, input.version);
  const today = todayIso(ctx);
  if (
    idService === undefined ||
    (r.niveau === 'SERVICES' && r.idServices.length === 1 && r.idServices[0] === idService)
  ) {
    return rattachementView(ctx.store, today, endRattachement(ctx, r));
  }
  if (r.niveau !== 'SERVICES' || !r.idServices.includes(idService)) {
    throw refuse(
      'RULE_BROKEN',
      'RAT-7',
      { fr: 'Ce service ne fait pas partie de ce rattachement.', en: 'This service is not part of this rattachement.' },
      [
        fieldProblem('idService', 'not_in_rattachement', {
          fr: 'Service absent du rattachement.',
          en: 'Service not in the rattachement.',
        }),
      ],
    );
  }
  removeProfiles(ctx.store, r.idUtilisateur, r.idStructureCPP, [idService]);
  const updated = ctx.store.rattachements.update(r.idRattachement, {
    idServices: r.idServices.filter((id) => id !== idService),
    dateModification: nowIso(ctx),
    version: r.version + 1,
  });
  return rattachementView(ctx.store, today, updated);
}

/**
 * RAT-7 for the GP: names the new GP among the users validly attached to the structure (GP-2, GP-3);
 * the caller stays attached as a simple user (GP-4). Uses the shared hand-over (`gp-handover.ts`, GP-5).
 */
export function handOverAndStay(
  ctx: RuleContext,
  idRattachement: number,
  input: PrincipalHandover,
): PrincipalHandoverResult {
  const r = ownRattachement(ctx, idRattachement);
  if (r.role !== 'GESTIONNAIRE_PRINCIPAL' || r.statutRattachement !== 'VALIDEE') {
    throw refuse('FORBIDDEN', 'RAT-7', {
      fr: 'Seul le gestionnaire principal désigne son successeur.',
      en: 'Only the main manager designates his successor.',
    });
  }
  assertVersion(r, input.version);
  const [swap] = handOverStructures(ctx, [
    { idStructureCPP: r.idStructureCPP, idNouveauGestionnaire: input.idNouveauGestionnaire },
  ]);
  const { ancien, nouveau } = swap!;
  const today = todayIso(ctx);
  return { ancien: rattachementView(ctx.store, today, ancien), nouveau: rattachementView(ctx.store, today, nouveau) };
}
