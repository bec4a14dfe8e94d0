import {
  AccessMode as AccessModeSchema,
  Application as ApplicationSchema,
  type Abonnement,
  type AccessCheck,
  type AccessMode,
  type Application,
  type ApplicationInfo,
  type HabilitationGrant,
  type HabilitationRemoval,
  type HabilitationView,
  type Rattachement,
} from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { todayIso, type RuleContext } from './context.js';
import { fieldProblem, notFound, refuse } from './errors.js';
import { setProfile } from './habilitations-grant.js';
import { isManagerRight } from './manager-rights.js';
import {
  assertManagerInForce,
  effectiveMode,
  rattachementFor,
  rattachementsWhere,
  storeRattachements,
  type RattachementSource,
} from './rattachements-scope.js';

/** Held profiles (habilitations): applications, "Mes habilitations", managers' changes (HAB-1, HAB-2, HAB-5, HAB-6). */

const LABELS: Record<Application, { fr: string; en: string }> = {
  ACCUEIL_CONNECTE: { fr: 'Accueil connecté', en: 'Home' },
  ACTIVITES_GESTIONNAIRE: { fr: 'Activités du gestionnaire', en: 'Manager activities' },
  FACTURES_EMISES: { fr: 'Factures émises', en: 'Invoices issued' },
  FACTURES_RECUES: { fr: 'Factures reçues', en: 'Invoices received' },
  FACTURES_A_VALIDER: { fr: 'Factures à valider', en: 'Invoices to validate' },
  FACTURES_TRAVAUX: { fr: 'Factures de travaux', en: 'Works invoices' },
  SOLLICITATIONS_EMISES: { fr: 'Sollicitations émises', en: 'Requests sent' },
  ENGAGEMENTS: { fr: 'Engagements', en: 'Commitments' },
  REMBOURSEMENTS_TAXES: { fr: 'Remboursements de taxes', en: 'Tax refunds' },
  SUIVI_FLUX: { fr: 'Suivi des flux', en: 'Flow tracking' },
  FRAIS_JUSTICE: { fr: 'Frais de justice', en: 'Legal costs' },
  MES_MESSAGES: { fr: 'Mes messages', en: 'My messages' },
  ORGANISATION: { fr: 'Organisation', en: 'Organisation' },
  RACCORDEMENTS: { fr: 'Raccordements', en: 'Connections' },
  PROCESSUS_VALIDATION: { fr: 'Processus de validation', en: 'Validation process' },
  MON_COMPTE: { fr: 'Mon compte', en: 'My account' },
};

/** HAB-1: the applications with their labels and modes. */
export const listApplications = (): ApplicationInfo[] =>
  (ApplicationSchema.options as readonly Application[]).map((application) => ({
    application,
    libelle: LABELS[application],
    modes: [...AccessModeSchema.options],
  }));

/** HAB-1: whether a held mode allows a wanted one (MODIFICATION implies consultation). */
export const allows = (held: AccessMode | undefined, wanted: AccessMode): boolean =>
  held === 'MODIFICATION' || (held === 'CONSULTATION_UNIQUEMENT' && wanted === 'CONSULTATION_UNIQUEMENT');

/** A held profile with its names and the mode it gives today (HAB-2), its user's rattachements read from `source`. */
export function habilitationView(
  store: Store,
  source: RattachementSource,
  today: string,
  a: Abonnement,
): HabilitationView {
  const user = store.users.get(a.idUtilisateur)!;
  const service = a.idService === undefined ? undefined : store.services.get(a.idService);
  const mode = effectiveMode(source, today, a);
  return {
    idAbonnement: a.idAbonnement,
    idUtilisateur: a.idUtilisateur,
    idStructureCPP: a.idStructureCPP,
    ...(a.idService === undefined ? {} : { idService: a.idService }),
    application: a.espace,
    mode: a.mode,
    designationStructure: store.structures.get(a.idStructureCPP)!.designationStructure,
    ...(service ? { codeService: service.codeService, libelleService: service.libelleService } : {}),
    login: user.login,
    ...(user.nom === undefined ? {} : { nom: user.nom }),
    ...(user.prenom === undefined ? {} : { prenom: user.prenom }),
    ...(mode ? { modeEffectif: mode } : {}),
  };
}

/** Filters of habilitation lists (HAB-2, HAB-5). */
export interface HabilitationFilter {
  idStructureCPP?: number | undefined;
  idService?: number | undefined;
  idUtilisateur?: number | undefined;
  application?: Application | undefined;
  mode?: AccessMode | undefined;
}

const matches = (a: Abonnement, f: HabilitationFilter): boolean =>
  a.statut === 'VALIDE' &&
  (f.idStructureCPP === undefined || a.idStructureCPP === f.idStructureCPP) &&
  (f.idService === undefined || a.idService === f.idService) &&
  (f.idUtilisateur === undefined || a.idUtilisateur === f.idUtilisateur) &&
  (f.application === undefined || a.espace === f.application) &&
  (f.mode === undefined || a.mode === f.mode);

/**
 * HAB-2 "Mes habilitations": the caller's held profiles by structure and service. Each profile reads
 * only the caller's rattachements to its own structure (grouped once), so that 10,000 profiles on
 * 625 structures do not scan the 625 rattachements each.
 */
export function listMyHabilitations(ctx: RuleContext, filter: HabilitationFilter): HabilitationView[] {
  const today = todayIso(ctx);
  const byStructure = new Map<number, Rattachement[]>();
  for (const r of ctx.store.rattachements.filter((r) => r.idUtilisateur === ctx.caller.idUtilisateur)) {
    const list = byStructure.get(r.idStructureCPP);
    if (list) list.push(r);
    else byStructure.set(r.idStructureCPP, [r]);
  }
  return ctx.store.abonnements
    .filter((a) => a.idUtilisateur === ctx.caller.idUtilisateur && matches(a, filter))
    .map((a) => habilitationView(ctx.store, { of: () => byStructure.get(a.idStructureCPP) ?? [] }, today, a));
}

/** HAB-5: every user's held profiles on a structure, for its managers only. */
export function listStructureHabilitations(
  ctx: RuleContext,
  idStructureCPP: number,
  filter: HabilitationFilter,
): HabilitationView[] {
  if (!ctx.store.structures.get(idStructureCPP)) throw notFound({ fr: 'Structure', en: 'Structure' });
  assertManagerInForce(ctx, idStructureCPP, 'HAB-5');
  const today = todayIso(ctx);
  const source = rattachementsWhere(ctx.store, (r) => r.idStructureCPP === idStructureCPP);
  return ctx.store.abonnements
    .filter((a) => a.idStructureCPP === idStructureCPP && matches(a, filter))
    .map((a) => habilitationView(ctx.store, source, today, a));
}

/**
 * HAB-1, RAT-8, RAT-9: what the caller may do today in an application on a structure or one of its
 * services: the best of the profiles held on the structure and on that service, through a
 * rattachement in force (consultation only when DESACTIVEE).
 */
export function checkAccess(
  ctx: RuleContext,
  query: { idStructureCPP: number; idService?: number | undefined; application: Application },
): AccessCheck {
  const today = todayIso(ctx);
  const source = storeRattachements(ctx.store);
  const modes = ctx.store.abonnements
    .filter(
      (a) =>
        a.idUtilisateur === ctx.caller.idUtilisateur &&
        a.idStructureCPP === query.idStructureCPP &&
        a.espace === query.application &&
        (a.idService === undefined || a.idService === query.idService),
    )
    .map((a) => effectiveMode(source, today, a));
  const best: AccessMode | undefined = modes.includes('MODIFICATION')
    ? 'MODIFICATION'
    : modes.includes('CONSULTATION_UNIQUEMENT')
      ? 'CONSULTATION_UNIQUEMENT'
      : undefined;
  return {
    idStructureCPP: query.idStructureCPP,
    ...(query.idService === undefined ? {} : { idService: query.idService }),
    application: query.application,
    ...(best ? { modeEffectif: best } : {}),
    consultation: allows(best, 'CONSULTATION_UNIQUEMENT'),
    modification: allows(best, 'MODIFICATION'),
  };
}

const protectedRefusal = () =>
  refuse('RULE_BROKEN', 'HAB-5', {
    fr: 'Les droits de gestionnaire du gestionnaire principal ne peuvent pas lui être retirés.',
    en: 'The main manager’s manager rights cannot be taken from him.',
  });

/**
 * HAB-5, HAB-6: a manager adds a profile to a user of the structure (attached to that scope) or
 * changes its mode; the GP's manager rights cannot be lowered.
 */
export function grantHabilitation(ctx: RuleContext, input: HabilitationGrant): HabilitationView {
  const { store } = ctx;
  if (!store.structures.get(input.idStructureCPP)) throw notFound({ fr: 'Structure', en: 'Structure' });
  assertManagerInForce(ctx, input.idStructureCPP, 'HAB-5');
  if (input.idService !== undefined && store.services.get(input.idService)?.idStructureCPP !== input.idStructureCPP) {
    throw refuse(
      'RULE_BROKEN',
      'HAB-5',
      { fr: 'Ce service n’est pas un service de la structure.', en: 'This service is not a service of the structure.' },
      [
        fieldProblem('idService', 'foreign_service', {
          fr: 'Service d’une autre structure.',
          en: 'Service of another structure.',
        }),
      ],
    );
  }
  const today = todayIso(ctx);
  const source = storeRattachements(store);
  if (!rattachementFor(source, today, input.idUtilisateur, input.idStructureCPP, input.idService)) {
    throw refuse(
      'RULE_BROKEN',
      'HAB-5',
      { fr: 'Cet utilisateur n’est pas rattaché à ce périmètre.', en: 'This user is not attached to this scope.' },
      [fieldProblem('idUtilisateur', 'not_attached', { fr: 'Utilisateur non rattaché.', en: 'User not attached.' })],
    );
  }
  const k = {
    idUtilisateur: input.idUtilisateur,
    idStructureCPP: input.idStructureCPP,
    idService: input.idService,
    espace: input.application,
  };
  if (input.mode !== 'MODIFICATION' && isManagerRight(store, k)) throw protectedRefusal();
  return habilitationView(store, source, today, setProfile(ctx, k, input.mode));
}

/** HAB-5: a manager removes one profile of a user of his structure (not the GP's manager rights). */
export function removeHabilitation(ctx: RuleContext, idAbonnement: number): void {
  const a = ctx.store.abonnements.get(idAbonnement);
  if (!a || a.statut !== 'VALIDE') throw notFound({ fr: 'Habilitation', en: 'Habilitation' });
  assertManagerInForce(ctx, a.idStructureCPP, 'HAB-5');
  if (isManagerRight(ctx.store, a)) throw protectedRefusal();
  ctx.store.abonnements.delete(idAbonnement);
}

/**
 * HAB-5: a manager removes every profile of a user on the structure (or on one service); the GP's
 * manager rights are kept and counted.
 */
export function removeAllHabilitations(
  ctx: RuleContext,
  idStructureCPP: number,
  idUtilisateur: number,
  idService?: number,
): HabilitationRemoval {
  if (!ctx.store.structures.get(idStructureCPP)) throw notFound({ fr: 'Structure', en: 'Structure' });
  assertManagerInForce(ctx, idStructureCPP, 'HAB-5');
  const held = ctx.store.abonnements.filter((a) => matches(a, { idStructureCPP, idUtilisateur, idService }));
  const kept = held.filter((a) => isManagerRight(ctx.store, a));
  for (const a of held) if (!kept.includes(a)) ctx.store.abonnements.delete(a.idAbonnement);
  return { supprimees: held.length - kept.length, conservees: kept.length };
}
