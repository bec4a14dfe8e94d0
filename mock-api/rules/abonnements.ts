import type {
  Abonnement,
  AbonnementRequest,
  AbonnementStatus,
  AbonnementView,
  AccessMode,
  Application,
} from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { openEspaces } from './abonnements-espaces.js';
import { openApprobation } from './approbations-open.js';
import { nowIso, todayIso, type RuleContext } from './context.js';
import { fieldProblem, notFound, refuse } from './errors.js';
import { deleteAbonnement, heldProfile, pendingProfile } from './habilitations-grant.js';
import { isManagerRight } from './manager-rights.js';
import { rattachementFor, storeRattachements } from './rattachements-scope.js';

/** "Mes abonnements aux espaces": list, request, delete (HAB-7, HAB-8). */

/**
 * An abonnement with its structure's and service's names (HAB-7), and whether it goes with the GP
 * role (`lieAuRole`: the GP's "Organisation" and "Activités du gestionnaire", HAB-4).
 */
export function abonnementView(store: Store, a: Abonnement): AbonnementView {
  const service = a.idService === undefined ? undefined : store.services.get(a.idService);
  return {
    ...a,
    lieAuRole: isManagerRight(store, a),
    designationStructure: store.structures.get(a.idStructureCPP)!.designationStructure,
    ...(service ? { codeService: service.codeService, libelleService: service.libelleService } : {}),
  };
}

/** Filters of "Mes abonnements aux espaces". */
export interface AbonnementFilter {
  idStructureCPP?: number | undefined;
  statut?: AbonnementStatus | undefined;
  espace?: Application | undefined;
}

/** HAB-7: the caller's abonnements, one row per (structure, service, espace), VALIDE or EN_COURS_DE_VALIDATION. */
export function listMyAbonnements(ctx: RuleContext, filter: AbonnementFilter): AbonnementView[] {
  return ctx.store.abonnements
    .filter(
      (a) =>
        a.idUtilisateur === ctx.caller.idUtilisateur &&
        (filter.idStructureCPP === undefined || a.idStructureCPP === filter.idStructureCPP) &&
        (!filter.statut || a.statut === filter.statut) &&
        (!filter.espace || a.espace === filter.espace),
    )
    .map((a) => abonnementView(ctx.store, a));
}

/** The lines of a request, one per service; a service ticked in both modes asks for MODIFICATION (HAB-1). */
function linesOf(input: AbonnementRequest): { idService: number | undefined; mode: AccessMode }[] {
  const modes = new Map<number | undefined, AccessMode>();
  for (const line of input.lignes)
    if (modes.get(line.idService) !== 'MODIFICATION') modes.set(line.idService, line.mode);
  return [...modes].map(([idService, mode]) => ({ idService, mode }));
}

/**
 * HAB-8: requests an espace on the structure (line without service) and/or on services. Only scopes
 * the caller is attached to (VALIDEE, in force) are possible; the espace must be open there (structure
 * or service level, HAB-9); a request already pending, or a profile already held in that mode or
 * better, is a duplicate (409). Each line creates a pending abonnement and an approbation.
 */
export function requestAbonnements(ctx: RuleContext, input: AbonnementRequest): AbonnementView[] {
  const { store } = ctx;
  if (!store.structures.get(input.idStructureCPP)) throw notFound({ fr: 'Structure', en: 'Structure' });
  const today = todayIso(ctx);
  const created: AbonnementView[] = [];
  for (const [index, line] of linesOf(input).entries()) {
    const field = `lignes.${index}.idService`;
    const r = rattachementFor(
      storeRattachements(store),
      today,
      ctx.caller.idUtilisateur,
      input.idStructureCPP,
      line.idService,
    );
    const service = line.idService === undefined ? undefined : store.services.get(line.idService);
    // A service of another structure, or none, is outside the caller's scope whatever his rattachement.
    const foreign = line.idService !== undefined && service?.idStructureCPP !== input.idStructureCPP;
    if (!r || r.statutRattachement !== 'VALIDEE' || foreign || (service && service.statut !== 'ACTIF')) {
      throw refuse(
        'RULE_BROKEN',
        'HAB-8',
        {
          fr: 'Vous ne pouvez demander un espace que sur la structure ou les services actifs auxquels vous êtes rattaché.',
          en: 'You may only request a space on the structure or the active services you are attached to.',
        },
        [
          fieldProblem(field, 'not_attached', {
            fr: 'Périmètre auquel vous n’êtes pas rattaché.',
            en: 'Scope you are not attached to.',
          }),
        ],
      );
    }
    if (!openEspaces(store, input.idStructureCPP, line.idService).includes(input.espace)) {
      throw refuse(
        'RULE_BROKEN',
        'HAB-8',
        { fr: 'Cet espace n’est pas ouvert sur ce périmètre.', en: 'This space is not open on this scope.' },
        [fieldProblem('espace', 'espace_not_open', { fr: 'Espace non ouvert.', en: 'Space not open.' })],
      );
    }
    const k = {
      idUtilisateur: ctx.caller.idUtilisateur,
      idStructureCPP: input.idStructureCPP,
      idService: line.idService,
      espace: input.espace,
    };
    const held = heldProfile(store, k);
    if (pendingProfile(store, k) || held?.mode === 'MODIFICATION' || held?.mode === line.mode) {
      throw refuse(
        'DUPLICATE',
        'HAB-8',
        { fr: 'Cet abonnement est déjà détenu ou demandé.', en: 'This abonnement is already held or requested.' },
        [fieldProblem(field, 'duplicate', { fr: 'Déjà détenu ou demandé.', en: 'Already held or requested.' })],
      );
    }
    const a = store.abonnements.insert({
      ...k,
      ...(line.idService === undefined ? {} : { idService: line.idService }),
      mode: line.mode,
      statut: 'EN_COURS_DE_VALIDATION',
      dateEffet: input.dateEffet,
      ...(input.commentaire ? { commentaire: input.commentaire } : {}),
      dateCreation: nowIso(ctx),
      version: 1,
    });
    openApprobation(ctx, {
      type: 'ABONNEMENT',
      idObjet: a.idAbonnement,
      idDemandeur: ctx.caller.idUtilisateur,
      idStructureCPP: input.idStructureCPP,
      idService: line.idService,
      commentaireDemande: input.commentaire,
      espace: input.espace,
      mode: line.mode,
    });
    created.push(abonnementView(store, a));
  }
  return created;
}

/**
 * HAB-7: deletes one or several of the caller's abonnements (a pending one is withdrawn); all or
 * nothing. A GP's "Organisation" and "Activités du gestionnaire" on his structure go with the role
 * (HAB-4, guides 001 and 002 §6: default espaces of the GP): refused, they leave with a hand-over.
 */
export function deleteMyAbonnements(ctx: RuleContext, ids: readonly number[]): void {
  const chosen = [...new Set(ids)].map((id) => {
    const a = ctx.store.abonnements.get(id);
    if (!a || a.idUtilisateur !== ctx.caller.idUtilisateur)
      throw notFound({ fr: `Abonnement ${id}`, en: `Abonnement ${id}` });
    return a;
  });
  const roleBound = chosen.filter((a) => isManagerRight(ctx.store, a));
  if (roleBound.length > 0) {
    const names = [...new Set(roleBound.map((a) => ctx.store.structures.get(a.idStructureCPP)!.designationStructure))];
    throw refuse('RULE_BROKEN', 'HAB-4', {
      fr: `« Organisation » et « Activités du gestionnaire » vont avec votre rôle de gestionnaire principal de ${names.join(', ')} : ils ne se suppriment pas. Ils passeront à votre successeur si vous transférez ce rôle.`,
      en: `"Organisation" and "Manager activities" come with your role of main manager of ${names.join(', ')}: they cannot be deleted. They will go to your successor if you hand the role over.`,
    });
  }
  for (const a of chosen) deleteAbonnement(ctx.store, a);
}
