import type {
  ActiveState,
  Service,
  ServiceCodeLookup,
  ServiceCreate,
  ServiceUpdate,
} from '../../src/domain/schemas/index.js';
import { isManager } from './access.js';
import { nowIso, todayIso, type MockEnv, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, notFound, refuse } from './errors.js';
import { projected, scheduleChange } from './structure-pending.js';
import { loadStructure, managedStructure } from './structures.js';

/** Rules of services (SRV-1..3): creation, consultation, delayed changes, the suppliers' code lookup. */

const SERVICE = { fr: 'Service', en: 'Service' };

/** Whether a service can be used on an invoice today: ACTIF and today within its validity dates (SRV-3). */
export const isServiceUsable = (service: Service, today: string): boolean =>
  service.statut === 'ACTIF' &&
  service.dateDebut <= today &&
  (service.dateFin === undefined || service.dateFin >= today);

/** Every service of the structure. */
const servicesOf = (env: MockEnv, idStructureCPP: number): Service[] =>
  env.store.services.filter((s) => s.idStructureCPP === idStructureCPP);

/**
 * SRV-2: the services of a structure. Its managers see every service; anyone else sees the active
 * ones only (the directory suppliers and rattachement requests pick from, SRV-3, RAT-4).
 */
export function listServices(ctx: RuleContext, idStructureCPP: number, statut?: ActiveState): Service[] {
  loadStructure(ctx, idStructureCPP);
  const manager = isManager(ctx.store, ctx.caller.idUtilisateur, idStructureCPP, todayIso(ctx));
  return servicesOf(ctx, idStructureCPP)
    .filter((s) => (manager || s.statut === 'ACTIF') && (statut === undefined || s.statut === statut))
    .map((s) => asSeenBy(s, manager));
}

/**
 * A service as the caller may see it: its pending changes (what a manager asked, who asked it,
 * STR-4, SRV-2) belong to the structure's managers; anyone else sees the service as it is now.
 */
const asSeenBy = (service: Service, manager: boolean): Service =>
  manager || service.changementsEnAttente.length === 0 ? service : { ...service, changementsEnAttente: [] };

/** SRV-2: one service; managers see any, with its pending changes; others only an active one (404 otherwise), without them. */
export function getService(ctx: RuleContext, idStructureCPP: number, idService: number): Service {
  loadStructure(ctx, idStructureCPP);
  const service = ctx.store.services.get(idService);
  if (!service || service.idStructureCPP !== idStructureCPP) throw notFound(SERVICE);
  const manager = isManager(ctx.store, ctx.caller.idUtilisateur, idStructureCPP, todayIso(ctx));
  if (service.statut !== 'ACTIF' && !manager) throw notFound(SERVICE);
  return asSeenBy(service, manager);
}

/** A service of a structure the caller manages (403 otherwise, SRV-2). */
function managedService(ctx: RuleContext, idStructureCPP: number, idService: number): Service {
  managedStructure(ctx, idStructureCPP, 'SRV-2');
  return getService(ctx, idStructureCPP, idService);
}

const sameCode = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/**
 * SRV-1: creates a service on a structure the caller manages: code unique within the structure
 * (ignoring case, whatever the other service's status; the same code may exist on other
 * structures), libellé, dates (end not before start), "numéro d'engagement obligatoire". Creation
 * takes effect at once, as ACTIF.
 */
export function createService(ctx: RuleContext, idStructureCPP: number, input: ServiceCreate): Service {
  managedStructure(ctx, idStructureCPP, 'SRV-1');
  const taken = ctx.store.services.find(
    (s) => s.idStructureCPP === idStructureCPP && sameCode(s.codeService, input.codeService),
  );
  if (taken) {
    throw refuse(
      'DUPLICATE',
      'SRV-1',
      {
        fr: 'Ce code service existe déjà sur cette structure.',
        en: 'This service code already exists on this structure.',
      },
      [
        fieldProblem('codeService', 'code_taken', {
          fr: `Code déjà utilisé par le service « ${taken.libelleService} ».`,
          en: `Code already used by service "${taken.libelleService}".`,
        }),
      ],
    );
  }
  const now = nowIso(ctx);
  return ctx.store.services.insert({
    ...input,
    idStructureCPP,
    statut: 'ACTIF',
    changementsEnAttente: [],
    dateCreation: now,
    dateModification: now,
    version: 1,
  });
}

/**
 * SRV-2, STR-4: modifies libellé, description, dates or the "numéro d'engagement" flag of a service
 * of a structure the caller manages; the code is not editable. The change is accepted with the
 * instant it takes effect. Answers whether a change was accepted.
 */
export function updateService(
  ctx: RuleContext,
  idStructureCPP: number,
  idService: number,
  input: ServiceUpdate,
): { service: Service; accepted: boolean } {
  const current = managedService(ctx, idStructureCPP, idService);
  assertVersion(current, input.version);
  if (input.codeService !== undefined && input.codeService !== current.codeService) {
    throw refuse(
      'RULE_BROKEN',
      'SRV-2',
      { fr: 'Le code d’un service n’est pas modifiable.', en: 'The code of a service cannot be changed.' },
      [fieldProblem('codeService', 'not_editable', { fr: 'Non modifiable.', en: 'Not editable.' })],
    );
  }
  const future = projected(current);
  const champs: Record<string, unknown> = {};
  for (const field of ['libelleService', 'description', 'dateDebut', 'dateFin', 'numeroEJDoitEtreRenseigne'] as const) {
    if (input[field] !== undefined && input[field] !== future[field]) champs[field] = input[field];
  }
  const dateDebut = (champs['dateDebut'] as string | undefined) ?? future.dateDebut;
  const dateFin = (champs['dateFin'] as string | undefined) ?? future.dateFin;
  if (dateFin !== undefined && dateFin < dateDebut) {
    throw refuse(
      'RULE_BROKEN',
      'SRV-1',
      {
        fr: 'La date de fin ne peut pas précéder la date de début.',
        en: 'The end date cannot be before the start date.',
      },
      [fieldProblem('dateFin', 'end_before_start')],
    );
  }
  if (Object.keys(champs).length === 0) return { service: current, accepted: false };
  return {
    service: ctx.store.services.update(
      idService,
      scheduleChange(ctx, { collection: 'services', id: idService }, current, champs),
    ),
    accepted: true,
  };
}

/** Activates or deactivates a service after the delay (SRV-2, STR-4). */
function changeStatus(
  ctx: RuleContext,
  idStructureCPP: number,
  idService: number,
  version: number,
  target: ActiveState,
): Service {
  const current = managedService(ctx, idStructureCPP, idService);
  assertVersion(current, version);
  if (projected(current).statut === target) {
    const pending = current.statut !== target;
    throw refuse(
      'STATE_CONFLICT',
      'SRV-2',
      target === 'ACTIF'
        ? pending
          ? {
              fr: 'Une activation de ce service est déjà en attente.',
              en: 'An activation of this service is already pending.',
            }
          : { fr: 'Seul un service inactif peut être activé.', en: 'Only an inactive service can be activated.' }
        : pending
          ? {
              fr: 'Une désactivation de ce service est déjà en attente.',
              en: 'A deactivation of this service is already pending.',
            }
          : { fr: 'Seul un service actif peut être désactivé.', en: 'Only an active service can be deactivated.' },
    );
  }
  return ctx.store.services.update(
    idService,
    scheduleChange(ctx, { collection: 'services', id: idService }, current, { statut: target }),
  );
}

/** SRV-2, STR-4: activates an inactive service (accepted now, effective after the delay). */
export const activateService = (
  ctx: RuleContext,
  idStructureCPP: number,
  idService: number,
  version: number,
): Service => changeStatus(ctx, idStructureCPP, idService, version, 'ACTIF');

/** SRV-2, STR-4: deactivates an active service (accepted now, effective after the delay). */
export const deactivateService = (
  ctx: RuleContext,
  idStructureCPP: number,
  idService: number,
  version: number,
): Service => changeStatus(ctx, idStructureCPP, idService, version, 'INACTIF');

/**
 * SRV-3: tells anyone (a supplier preparing an invoice) whether a service code exists on a
 * structure (ignoring case) and can be used today (service usable, structure active). Only a usable
 * service is named.
 */
export function lookupServiceCode(ctx: RuleContext, idStructureCPP: number, codeService: string): ServiceCodeLookup {
  const structure = loadStructure(ctx, idStructureCPP);
  const found = servicesOf(ctx, idStructureCPP).find((s) => sameCode(s.codeService, codeService));
  const actif = found !== undefined && structure.statut === 'ACTIF' && isServiceUsable(found, todayIso(ctx));
  return {
    idStructureCPP,
    codeService: found?.codeService ?? codeService,
    existe: found !== undefined,
    actif,
    ...(actif ? { libelleService: found.libelleService } : {}),
  };
}
