import type {
  Approbation,
  ApprobationBulkDecision,
  ApprobationBulkResult,
  ApprobationCount,
  ApprobationDecision,
  ApprobationState,
  ApprobationType,
  ApprobationView,
} from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { mayManageEspaces } from './abonnements-espaces.js';
import { isInForce, isManager } from './access.js';
import { approbationNumber } from './approbation-number.js';
import { mailDecision } from './approbations-mail.js';
import { nowIso, todayIso, type RuleContext } from './context.js';
import { assertVersion, notFound, refuse, RuleError } from './errors.js';
import { grantDefaults, heldProfile } from './habilitations-grant.js';
import { fullName } from './user-names.js';

/** The approvals inbox of managers (APR-1, APR-2) and what a decision does (RAT-5, RAT-10, HAB-8). */

/** An approbation with the number and the names an inbox shows (APR-1). */
export function approbationView(store: Store, a: Approbation): ApprobationView {
  const structure = store.structures.get(a.idStructureCPP)!;
  const rattachement = a.type === 'RATTACHEMENT' ? store.rattachements.get(a.idObjet) : undefined;
  const services = rattachement ? rattachement.idServices : a.idService === undefined ? [] : [a.idService];
  return {
    ...a,
    numero: approbationNumber(a.idApprobation),
    demandeur: fullName(store, a.idDemandeur),
    loginDemandeur: store.users.get(a.idDemandeur)?.login ?? '',
    identifiantStructure: structure.identifiantStructure,
    designationStructure: structure.designationStructure,
    codesServices: services.map((id) => store.services.get(id)?.codeService ?? String(id)),
    ...(a.idDecideur === undefined ? {} : { decideur: fullName(store, a.idDecideur) }),
  };
}

/**
 * Whether the caller decides this approbation (APR-2, HAB-6, HAB-9): a manager of its structure
 * through a rattachement in force; for an abonnement, the GP or a GS the GP lets act like him.
 */
function decides(ctx: RuleContext, a: Approbation, managed: ReadonlySet<number>): boolean {
  if (!managed.has(a.idStructureCPP)) return false;
  return a.type !== 'ABONNEMENT' || mayManageEspaces(ctx, a.idStructureCPP);
}

/** The structures the caller manages today (GP or "Organisation modification", VALIDEE and in force). */
function managedStructures(ctx: RuleContext): Set<number> {
  const today = todayIso(ctx);
  const ids = ctx.store.rattachements
    .filter(
      (r) => r.idUtilisateur === ctx.caller.idUtilisateur && r.statutRattachement === 'VALIDEE' && isInForce(r, today),
    )
    .map((r) => r.idStructureCPP);
  return new Set(ids.filter((id) => isManager(ctx.store, ctx.caller.idUtilisateur, id, today)));
}

/** Filters of the inbox (APR-1). */
export interface InboxFilter {
  etat?: ApprobationState | undefined;
  type?: ApprobationType | undefined;
  idStructureCPP?: number | undefined;
}

/** APR-1: the requests addressed to the caller as a manager, with the names to show; filter by state, type, structure. */
export function listInbox(ctx: RuleContext, filter: InboxFilter): ApprobationView[] {
  const managed = managedStructures(ctx);
  return ctx.store.approbations
    .filter(
      (a) =>
        (!filter.etat || a.etat === filter.etat) &&
        (!filter.type || a.type === filter.type) &&
        (filter.idStructureCPP === undefined || a.idStructureCPP === filter.idStructureCPP) &&
        decides(ctx, a, managed),
    )
    .map((a) => approbationView(ctx.store, a));
}

/** APR-1: how many requests wait for the caller's decision (the host's "APPROBATIONS n" badge). */
export function countPending(ctx: RuleContext): ApprobationCount {
  const managed = managedStructures(ctx);
  return {
    enAttente: ctx.store.approbations.filter(
      (a) => a.etat === 'DEMANDE' && a.idDemandeur !== ctx.caller.idUtilisateur && decides(ctx, a, managed),
    ).length,
  };
}

/** APR-2: one approbation, for those who decide it and for its demandeur (404 for anyone else, X-2). */
export function getApprobation(ctx: RuleContext, idApprobation: number): ApprobationView {
  const a = ctx.store.approbations.get(idApprobation);
  if (!a || (a.idDemandeur !== ctx.caller.idUtilisateur && !decides(ctx, a, managedStructures(ctx))))
    throw notFound({ fr: 'Demande', en: 'Request' });
  return approbationView(ctx.store, a);
}

/** Applies an approval or refusal to the requested object (RAT-5, RAT-10, HAB-3, HAB-4, HAB-8). */
function applyDecision(ctx: RuleContext, a: Approbation, approve: boolean, commentaire: string | undefined): void {
  const { store } = ctx;
  const now = nowIso(ctx);
  if (a.type === 'RATTACHEMENT') {
    const r = store.rattachements.get(a.idObjet)!;
    const updated = store.rattachements.update(r.idRattachement, {
      statutRattachement: approve ? 'VALIDEE' : 'REFUSEE',
      ...(commentaire ? { commentaireDecision: commentaire } : {}),
      dateModification: now,
      version: r.version + 1,
    });
    if (approve) grantDefaults(ctx, updated, 'UTILISATEUR');
    return;
  }
  const requested = store.abonnements.get(a.idObjet)!;
  if (!approve) {
    store.abonnements.delete(requested.idAbonnement);
    return;
  }
  const held = heldProfile(store, {
    idUtilisateur: requested.idUtilisateur,
    idStructureCPP: requested.idStructureCPP,
    idService: requested.idService,
    espace: requested.espace,
  });
  if (held) store.abonnements.delete(held.idAbonnement);
  store.abonnements.update(requested.idAbonnement, { statut: 'VALIDE', version: requested.version + 1 });
}

/**
 * One decision, checked: the caller decides it, not his own request, still pending (409), version.
 * Every check comes before any write, so a refused decision writes nothing (bulk decisions rely on it).
 */
function decideOne(
  ctx: RuleContext,
  idApprobation: number,
  decision: ApprobationDecision['decision'],
  commentaire: string | undefined,
  version: number | undefined,
  managed: ReadonlySet<number>,
): ApprobationView {
  const a = ctx.store.approbations.get(idApprobation);
  if (!a) throw notFound({ fr: 'Demande', en: 'Request' });
  if (!decides(ctx, a, managed)) {
    throw refuse('FORBIDDEN', 'APR-2', {
      fr: 'Seuls le gestionnaire principal et les titulaires d’« Organisation modification » de cette structure décident de cette demande.',
      en: 'Only the main manager and the holders of "Organisation modification" of this structure decide this request.',
    });
  }
  if (a.idDemandeur === ctx.caller.idUtilisateur) {
    throw refuse('FORBIDDEN', 'APR-2', {
      fr: 'Vous ne pouvez pas décider de votre propre demande.',
      en: 'You cannot decide your own request.',
    });
  }
  if (a.etat !== 'DEMANDE') {
    throw refuse('STATE_CONFLICT', 'APR-2', {
      fr: 'Cette demande a déjà été décidée.',
      en: 'This request has already been decided.',
    });
  }
  if (version !== undefined) assertVersion(a, version);
  applyDecision(ctx, a, decision === 'APPROUVE', commentaire);
  const decided = ctx.store.approbations.update(a.idApprobation, {
    etat: decision,
    idDecideur: ctx.caller.idUtilisateur,
    ...(commentaire ? { commentaireDecision: commentaire } : {}),
    dateDecision: nowIso(ctx),
    version: a.version + 1,
  });
  mailDecision(ctx, decided);
  return approbationView(ctx.store, decided);
}

/** APR-2: approves or refuses (a comment is required to refuse, checked by the schema); deciding twice is refused (409). */
export function decide(ctx: RuleContext, idApprobation: number, input: ApprobationDecision): ApprobationView {
  return decideOne(ctx, idApprobation, input.decision, input.commentaire, input.version, managedStructures(ctx));
}

/**
 * APR-2 in bulk: the same decision on several approbations; each is decided or refused on its own
 * (one refusal does not undo the others) and reported in the order given.
 */
export function decideMany(ctx: RuleContext, input: ApprobationBulkDecision): ApprobationBulkResult {
  const managed = managedStructures(ctx);
  const resultats = input.ids.map((idApprobation) => {
    try {
      return {
        idApprobation,
        ok: true,
        approbation: decideOne(ctx, idApprobation, input.decision, input.commentaire, undefined, managed),
      };
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      return {
        idApprobation,
        ok: false,
        code: error.code,
        ...(error.rule ? { rule: error.rule } : {}),
        message: error.text,
      };
    }
  });
  return { resultats };
}
