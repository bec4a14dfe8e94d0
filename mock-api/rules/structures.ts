import type {
  ActiveState,
  InseeFields,
  InseeRefresh,
  Role,
  Structure,
  StructureCreate,
  StructureSearchCriteria,
  StructureUpdate,
} from '../../src/domain/schemas/index.js';
import { isInForce, isManager } from './access.js';
import { nowIso, todayIso, type MockEnv, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, notFound, refuse } from './errors.js';
import { grantDefaults } from './habilitations-grant.js';
import { assertManagerInForce } from './rattachements-scope.js';
import { assertIdentifierFree, normaliseIdentifier } from './structure-identifier.js';
import { activeInseeEntry, currentInseeEntry } from './structure-insee.js';
import { withNotices } from './structure-notices.js';
import { projected, scheduleChange } from './structure-pending.js';
import { criteriaMatcher } from './structure-search.js';

/** Rules of structures (STR-1..5): creation, consultation and search by managers, delayed changes. */

const STRUCTURE = { fr: 'Structure', en: 'Structure' };

/** The structure (its due changes applied before the request, STR-4), or 404. */
export function loadStructure(env: MockEnv, idStructureCPP: number): Structure {
  const structure = env.store.structures.get(idStructureCPP);
  if (!structure) throw notFound(STRUCTURE);
  return structure;
}

/**
 * The structure, refused (403, `rule`) unless the caller is its GP or holds "Organisation
 * modification" (STR-3, HAB-6), through a rattachement in force today (RAT-9).
 */
export function managedStructure(ctx: RuleContext, idStructureCPP: number, rule = 'STR-3'): Structure {
  const structure = loadStructure(ctx, idStructureCPP);
  assertManagerInForce(ctx, idStructureCPP, rule);
  return structure;
}

/** STR-3: consults a structure the caller manages (read-only), with its pending changes and warnings. */
export const getStructure = (ctx: RuleContext, idStructureCPP: number): Structure =>
  withNotices(ctx, managedStructure(ctx, idStructureCPP));

/**
 * STR-3: the structures the caller manages (GP or "Organisation modification", through a rattachement
 * in force, RAT-9) that meet the given criteria of the RAT-2 search (none: all of them). Paging and sorting are the route's.
 */
export function listManagedStructures(ctx: RuleContext, criteria: StructureSearchCriteria): Structure[] {
  const today = todayIso(ctx);
  const inForce = ctx.store.rattachements.filter(
    (r) => r.idUtilisateur === ctx.caller.idUtilisateur && r.statutRattachement === 'VALIDEE' && isInForce(r, today),
  );
  const ids = new Set(inForce.map((r) => r.idStructureCPP));
  const matches = criteriaMatcher(criteria);
  return [...ids]
    .filter((id) => isManager(ctx.store, ctx.caller.idUtilisateur, id, today))
    .map((id) => loadStructure(ctx, id))
    .filter(matches);
}

/** Gives a user the rattachement of `role` to the whole structure, valid at once, with the default profiles of HAB-3/HAB-4. */
function attachWithDefaults(
  ctx: RuleContext,
  idUtilisateur: number,
  structure: Structure,
  role: Exclude<Role, 'GESTIONNAIRE_SECONDAIRE'>,
): void {
  const now = nowIso(ctx);
  const rattachement = ctx.store.rattachements.insert({
    idUtilisateur,
    idStructureCPP: structure.idStructureCPP,
    niveau: 'STRUCTURE',
    idServices: [],
    dateDebut: todayIso(ctx),
    statutRattachement: 'VALIDEE',
    role,
    dateCreation: now,
    dateModification: now,
    version: 1,
  });
  grantDefaults(ctx, rattachement, role);
}

/**
 * STR-1, STR-2: creates a structure. The identifier is checked (SIRET key, one structure per
 * identifier); a SIRET must exist at INSEE and be active, and its raison sociale and address are
 * taken from the register. A PARTICULIER needs nom and prénom. A public structure's GP must hold a
 * PIGP account (as for GP-3). The creator becomes its GP with the default profiles (HAB-3, HAB-4).
 * Creation takes effect at once.
 */
export function createStructure(ctx: RuleContext, input: StructureCreate): Structure {
  const identifiant = normaliseIdentifier(ctx, input.typeIdentifiantStructure, input.identifiantStructure);
  assertIdentifierFree(ctx.store, input.typeIdentifiantStructure, identifiant);
  if (input.typeIdentifiantStructure === 'PARTICULIER') {
    const missing = (['nomStructure', 'prenomStructure'] as const).filter((f) => !input[f]?.trim());
    if (missing.length > 0) {
      throw refuse(
        'RULE_BROKEN',
        'STR-2',
        {
          fr: 'Le nom et le prénom du particulier sont obligatoires.',
          en: 'The individual’s surname and first name are required.',
        },
        missing.map((f) => fieldProblem(f, 'required')),
      );
    }
  }
  if (input.typeStructure === 'PUBLIQUE' && !ctx.caller.comptePigp) {
    throw refuse('FORBIDDEN', 'STR-2', {
      fr: 'Le gestionnaire d’une structure publique doit disposer d’un compte PIGP : demandez la création de la structure à votre correspondant DGFiP.',
      en: 'The manager of a public structure must have a PIGP account: ask your DGFiP correspondent to create the structure.',
    });
  }
  const insee = input.typeIdentifiantStructure === 'SIRET' ? activeInseeEntry(ctx, identifiant, 'STR-2') : undefined;
  const now = nowIso(ctx);
  const structure = ctx.store.structures.insert({
    identifiantStructure: identifiant,
    typeIdentifiantStructure: input.typeIdentifiantStructure,
    typeStructure: input.typeStructure,
    designationStructure: insee?.raisonSociale ?? input.designationStructure,
    libelleStructure: input.libelleStructure,
    nomStructure: input.nomStructure,
    prenomStructure: input.prenomStructure,
    adresse: insee?.adresse ?? input.adresse,
    emailStructure: input.emailStructure,
    telephone: input.telephone,
    nonDiffusibleInsee: input.nonDiffusibleInsee,
    parametres: {
      recevoirDonneesViaEDI: false,
      codeServiceDoitEtreRenseigne: false,
      numeroEJDoitEtreRenseigne: false,
      gestionNumeroEJOuCodeService: false,
      statutMiseEnPaiementNestPasRemonte: false,
      getaMoa: false,
      estMoaUniquement: false,
    },
    insee,
    statut: 'ACTIF',
    changementsEnAttente: [],
    dateCreation: now,
    dateModification: now,
    version: 1,
  });
  attachWithDefaults(ctx, ctx.caller.idUtilisateur, structure, 'GESTIONNAIRE_PRINCIPAL');
  return withNotices(ctx, structure);
}

const READ_ONLY_FIELDS = [
  'typeIdentifiantStructure',
  'identifiantStructure',
  'designationStructure',
  'typeStructure',
  'nonDiffusibleInsee',
] as const;

/** STR-3: refuses a modification that changes a read-only (INSEE or identity) field; echoing it is fine. */
function assertReadOnlyUnchanged(current: Structure, input: StructureUpdate): void {
  const changed = READ_ONLY_FIELDS.filter((f) => input[f] !== undefined && input[f] !== current[f]);
  if (changed.length > 0) {
    throw refuse(
      'RULE_BROKEN',
      'STR-3',
      {
        fr: 'Ces informations viennent de l’INSEE ou de la création de la structure : elles ne sont pas modifiables.',
        en: 'This information comes from INSEE or from the creation of the structure: it cannot be changed.',
      },
      changed.map((f) => fieldProblem(f, 'not_editable', { fr: 'Non modifiable.', en: 'Not editable.' })),
    );
  }
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * STR-3, STR-4, STR-5: modifies the editable fields (libellé, e-mail, phone, address, public
 * parameters) of a structure the caller manages, based on `input.version`. The change is accepted
 * with the instant it takes effect and carried by the structure until then; `recevoirDonneesViaEDI`
 * is never changed (DGFiP reference data); parameters exist only on public structures. A request
 * that changes nothing answers the structure as it is.
 */
export function updateStructure(
  ctx: RuleContext,
  idStructureCPP: number,
  input: StructureUpdate,
): { structure: Structure; accepted: boolean } {
  const current = managedStructure(ctx, idStructureCPP);
  assertVersion(current, input.version);
  assertReadOnlyUnchanged(current, input);
  const future = projected(current);
  const champs: Record<string, unknown> = {};
  for (const field of ['libelleStructure', 'adresse', 'emailStructure', 'telephone'] as const) {
    if (input[field] !== undefined && !sameJson(input[field], future[field])) champs[field] = input[field];
  }
  if (input.parametres !== undefined) {
    const parametres = { ...future.parametres, ...input.parametres };
    if (!sameJson(parametres, future.parametres)) {
      if (future.typeStructure !== 'PUBLIQUE') {
        throw refuse(
          'RULE_BROKEN',
          'STR-5',
          {
            fr: 'Ces paramètres n’existent que pour les structures publiques.',
            en: 'These parameters exist only for public structures.',
          },
          [
            fieldProblem('parametres', 'public_only', {
              fr: 'Réservé aux structures publiques.',
              en: 'Public structures only.',
            }),
          ],
        );
      }
      champs['parametres'] = parametres;
    }
  }
  if (Object.keys(champs).length === 0) return { structure: withNotices(ctx, current), accepted: false };
  const updated = ctx.store.structures.update(
    idStructureCPP,
    scheduleChange(ctx, { collection: 'structures', id: idStructureCPP }, current, champs),
  );
  return { structure: withNotices(ctx, updated), accepted: true };
}

/** Activates (`ACTIF`) or deactivates (`INACTIF`) a structure after the delay (STR-3, STR-4). */
function changeStatus(ctx: RuleContext, idStructureCPP: number, version: number, target: ActiveState): Structure {
  const current = managedStructure(ctx, idStructureCPP);
  assertVersion(current, version);
  if (projected(current).statut === target) {
    const pending = current.statut !== target;
    throw refuse(
      'STATE_CONFLICT',
      'STR-3',
      target === 'ACTIF'
        ? pending
          ? {
              fr: 'Une activation de cette structure est déjà en attente.',
              en: 'An activation of this structure is already pending.',
            }
          : {
              fr: 'Seule une structure inactive peut être activée.',
              en: 'Only an inactive structure can be activated.',
            }
        : pending
          ? {
              fr: 'Une désactivation de cette structure est déjà en attente.',
              en: 'A deactivation of this structure is already pending.',
            }
          : {
              fr: 'Seule une structure active peut être désactivée.',
              en: 'Only an active structure can be deactivated.',
            },
    );
  }
  return withNotices(
    ctx,
    ctx.store.structures.update(
      idStructureCPP,
      scheduleChange(ctx, { collection: 'structures', id: idStructureCPP }, current, { statut: target }),
    ),
  );
}

/** STR-3, STR-4: activates an inactive structure (accepted now, effective after the delay). */
export const activateStructure = (ctx: RuleContext, idStructureCPP: number, version: number): Structure =>
  changeStatus(ctx, idStructureCPP, version, 'ACTIF');

/** STR-3, STR-4: deactivates an active structure (accepted now, effective after the delay). */
export const deactivateStructure = (ctx: RuleContext, idStructureCPP: number, version: number): Structure =>
  changeStatus(ctx, idStructureCPP, version, 'INACTIF');

const inseeFieldsOf = (
  s: Pick<Structure, 'identifiantStructure' | 'designationStructure' | 'adresse'>,
): InseeFields => ({
  identifiantStructure: s.identifiantStructure,
  designationStructure: s.designationStructure,
  adresse: s.adresse,
});

/**
 * STR-3, STR-4: updates a SIRET structure from the INSEE register: raison sociale and address, and
 * the identifier when the establishment was succeeded by another (which must not be another
 * structure's). Answers the INSEE fields before and after; the change takes effect after the delay.
 */
export function refreshStructureFromInsee(ctx: RuleContext, idStructureCPP: number, version: number): InseeRefresh {
  const current = managedStructure(ctx, idStructureCPP);
  assertVersion(current, version);
  const future = projected(current);
  if (future.typeIdentifiantStructure !== 'SIRET') {
    throw refuse('RULE_BROKEN', 'STR-3', {
      fr: 'Seule une structure identifiée par un SIRET se met à jour depuis l’INSEE.',
      en: 'Only a structure identified by a SIRET is updated from INSEE.',
    });
  }
  const entry = currentInseeEntry(ctx, future.identifiantStructure);
  if (entry.siret !== future.identifiantStructure)
    assertIdentifierFree(ctx.store, 'SIRET', entry.siret, idStructureCPP);
  const apres: InseeFields = {
    identifiantStructure: entry.siret,
    designationStructure: entry.raisonSociale,
    adresse: entry.adresse,
  };
  const avant = inseeFieldsOf(future);
  const champs: Record<string, unknown> = { ...apres, insee: entry };
  const structure =
    sameJson(avant, apres) && sameJson(future.insee, entry)
      ? current
      : ctx.store.structures.update(
          idStructureCPP,
          scheduleChange(ctx, { collection: 'structures', id: idStructureCPP }, current, champs),
        );
  return { avant, apres, structure: withNotices(ctx, structure) };
}
