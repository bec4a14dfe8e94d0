import {
  Application as ApplicationSchema,
  type Application,
  type EspaceConfiguration,
  type EspaceConfigurationResult,
  type EspaceConfigurationUpdate,
} from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { isPrincipal } from './access.js';
import { openApprobation } from './approbations-open.js';
import { nowIso, todayIso, type MockEnv, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, notFound, refuse } from './errors.js';
import { heldProfile, pendingProfile, setProfile } from './habilitations-grant.js';
import { assertManagerInForce, givesAccess } from './rattachements-scope.js';

/** Espaces open on a structure or its services (HAB-8, HAB-9). */

/** Espaces open on a structure whose configuration was never set: every application of HAB-3 and HAB-4 (all but "Processus de validation"). */
const DEFAULT_OPEN = (ApplicationSchema.options as readonly Application[]).filter((a) => a !== 'PROCESSUS_VALIDATION');

/**
 * The espace configuration of a structure; one never set is managed at STRUCTURE level with the
 * espaces of HAB-3 and HAB-4 open and GS acting like the GP (version 1, dated at the structure's creation).
 */
export function espaceConfigurationOf(store: Store, idStructureCPP: number): EspaceConfiguration {
  const stored = store.espaceConfigurations.get(idStructureCPP);
  if (stored) return stored;
  const structure = store.structures.get(idStructureCPP);
  if (!structure) throw notFound({ fr: 'Structure', en: 'Structure' });
  return {
    idStructureCPP,
    niveau: 'STRUCTURE',
    espacesStructure: [...DEFAULT_OPEN],
    services: [],
    gsCommeGestionnaire: true,
    dateModification: structure.dateCreation,
    version: 1,
  };
}

/** The espaces a user may subscribe to on a scope (HAB-8): the structure's at STRUCTURE level, the service's at SERVICE level. */
export function openEspaces(
  store: Store,
  idStructureCPP: number,
  idService: number | undefined,
): readonly Application[] {
  const configuration = espaceConfigurationOf(store, idStructureCPP);
  if (configuration.niveau === 'STRUCTURE' || idService === undefined) return configuration.espacesStructure;
  return configuration.services.find((s) => s.idService === idService)?.espaces ?? [];
}

/**
 * Whether the caller may manage espaces of the structure and decide subscription requests (HAB-9):
 * the GP, or a GS when the GP chose that GS act like him on espaces.
 */
export function mayManageEspaces(ctx: RuleContext, idStructureCPP: number): boolean {
  if (isPrincipal(ctx.store, ctx.caller.idUtilisateur, idStructureCPP)) return true;
  return espaceConfigurationOf(ctx.store, idStructureCPP).gsCommeGestionnaire;
}

/** HAB-9: reads a structure's espace configuration (its managers only, X-2). */
export function getEspaceConfiguration(ctx: RuleContext, idStructureCPP: number): EspaceConfiguration {
  const configuration = espaceConfigurationOf(ctx.store, idStructureCPP);
  assertManagerInForce(ctx, idStructureCPP, 'HAB-9');
  return configuration;
}

/**
 * The automatic subscription requests of HAB-9: every active user validly attached to the structure
 * (VALIDEE at structure level, in force) who neither holds nor asked for a newly opened espace gets a request in
 * consultation, decided by the GP; the GP himself gets the espace at once in modification.
 */
function generateRequests(
  env: Pick<MockEnv, 'store' | 'clock'>,
  idStructureCPP: number,
  opened: readonly Application[],
  idGp: number,
): number {
  const { store } = env;
  const today = todayIso(env);
  const users = new Set(
    store.rattachements
      .filter(
        (r) =>
          r.idStructureCPP === idStructureCPP &&
          r.niveau === 'STRUCTURE' &&
          r.statutRattachement === 'VALIDEE' &&
          givesAccess(r, today) &&
          store.users.get(r.idUtilisateur)?.etat === 'ACTIF',
      )
      .map((r) => r.idUtilisateur),
  );
  let count = 0;
  for (const idUtilisateur of users) {
    for (const espace of opened) {
      const k = { idUtilisateur, idStructureCPP, idService: undefined, espace };
      if (heldProfile(store, k) || pendingProfile(store, k)) continue;
      if (idUtilisateur === idGp) {
        setProfile(env, k, 'MODIFICATION');
        continue;
      }
      const a = store.abonnements.insert({
        idUtilisateur,
        idStructureCPP,
        espace,
        mode: 'CONSULTATION_UNIQUEMENT',
        statut: 'EN_COURS_DE_VALIDATION',
        dateEffet: today,
        dateCreation: nowIso(env),
        version: 1,
      });
      openApprobation(env, {
        type: 'ABONNEMENT',
        idObjet: a.idAbonnement,
        idDemandeur: idUtilisateur,
        idStructureCPP,
        espace,
        mode: a.mode,
        commentaireDemande: 'Demande automatique : espace ouvert sur la structure',
      });
      count += 1;
    }
  }
  return count;
}

/**
 * HAB-9: sets where espaces are managed and which are open on the structure and its services. Only
 * the GP, or a GS when the GP lets GS act like him; only the GP changes that choice. Espaces newly
 * opened at structure level generate subscription requests for each user.
 */
export function setEspaceConfiguration(
  ctx: RuleContext,
  idStructureCPP: number,
  input: EspaceConfigurationUpdate,
): EspaceConfigurationResult {
  const { store } = ctx;
  const current = espaceConfigurationOf(store, idStructureCPP);
  assertManagerInForce(ctx, idStructureCPP, 'HAB-9');
  const principal = isPrincipal(store, ctx.caller.idUtilisateur, idStructureCPP);
  if (!principal && !current.gsCommeGestionnaire) {
    throw refuse('FORBIDDEN', 'HAB-9', {
      fr: 'Le gestionnaire principal a choisi que les gestionnaires secondaires agissent comme des utilisateurs sur les espaces.',
      en: 'The main manager chose that secondary managers act as users on spaces.',
    });
  }
  if (
    !principal &&
    input.gsCommeGestionnaire !== undefined &&
    input.gsCommeGestionnaire !== current.gsCommeGestionnaire
  ) {
    throw refuse('FORBIDDEN', 'HAB-9', {
      fr: 'Seul le gestionnaire principal choisit le rôle des gestionnaires secondaires sur les espaces.',
      en: 'Only the main manager chooses the role of secondary managers on spaces.',
    });
  }
  assertVersion(current, input.version);
  const foreign = input.services
    .filter((s) => store.services.get(s.idService)?.idStructureCPP !== idStructureCPP)
    .map((s) => s.idService);
  if (foreign.length > 0) {
    throw refuse(
      'RULE_BROKEN',
      'HAB-9',
      { fr: 'Ces services ne sont pas ceux de la structure.', en: 'These services are not the structure’s.' },
      [
        fieldProblem('services', 'foreign_service', {
          fr: `Services inconnus ici : ${foreign.join(', ')}.`,
          en: `Services unknown here: ${foreign.join(', ')}.`,
        }),
      ],
    );
  }
  const configuration: EspaceConfiguration = {
    idStructureCPP,
    niveau: input.niveau,
    espacesStructure: [...new Set(input.espacesStructure)],
    services: input.services.map((s) => ({ idService: s.idService, espaces: [...new Set(s.espaces)] })),
    gsCommeGestionnaire: input.gsCommeGestionnaire ?? current.gsCommeGestionnaire,
    dateModification: nowIso(ctx),
    version: current.version + 1,
  };
  if (store.espaceConfigurations.get(idStructureCPP)) store.espaceConfigurations.update(idStructureCPP, configuration);
  else store.espaceConfigurations.insert(configuration);
  const opened =
    configuration.niveau === 'STRUCTURE'
      ? configuration.espacesStructure.filter(
          (e) => current.niveau !== 'STRUCTURE' || !current.espacesStructure.includes(e),
        )
      : [];
  const idGp = store.rattachements.find(
    (r) =>
      r.idStructureCPP === idStructureCPP && r.role === 'GESTIONNAIRE_PRINCIPAL' && r.statutRattachement === 'VALIDEE',
  )!.idUtilisateur;
  return { configuration, demandesGenerees: generateRequests(ctx, idStructureCPP, opened, idGp) };
}
