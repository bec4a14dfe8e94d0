import * as z from 'zod/mini';
import { ActiveState, Id, Instant, IsoDate, Version } from './common.js';
import { Notice, StructureType } from './structure.js';

/** Status of a rattachement (RAT-1), the API's `statutRattachement`. SUPPRIMEE rows are history. */
export const RattachementStatus = z.enum(['EN_COURS_DE_VALIDATION', 'VALIDEE', 'DESACTIVEE', 'REFUSEE', 'SUPPRIMEE']);
export type RattachementStatus = z.infer<typeof RattachementStatus>;

/** Level of a rattachement: the whole structure, or chosen services (RAT-4). */
export const RattachementLevel = z.enum(['STRUCTURE', 'SERVICES']);
export type RattachementLevel = z.infer<typeof RattachementLevel>;

/**
 * Role of a user on a structure. Stored rattachements hold GESTIONNAIRE_PRINCIPAL or UTILISATEUR;
 * GESTIONNAIRE_SECONDAIRE is derived by the engine when reading: a user holding "Organisation
 * modification" on the structure (vocabulary, HAB-6).
 */
export const Role = z.enum(['GESTIONNAIRE_PRINCIPAL', 'GESTIONNAIRE_SECONDAIRE', 'UTILISATEUR']);
export type Role = z.infer<typeof Role>;

/**
 * The link of a user to a structure, whole or chosen services (RAT-1..9): validity dates, comment
 * of the request, comment of the manager's decision, status, role.
 */
export const Rattachement = z.object({
  idRattachement: Id,
  idUtilisateur: Id,
  idStructureCPP: Id,
  niveau: RattachementLevel,
  idServices: z.array(Id),
  dateDebut: IsoDate,
  dateFin: z.optional(IsoDate),
  commentaire: z.optional(z.string().check(z.maxLength(255))),
  commentaireDecision: z.optional(z.string().check(z.maxLength(255))),
  statutRattachement: RattachementStatus,
  role: Role,
  dateCreation: Instant,
  dateModification: Instant,
  version: Version,
});
export type Rattachement = z.infer<typeof Rattachement>;

/**
 * A rattachement request (RAT-4): structure, level (a non-empty service list at SERVICES level),
 * start date required, end date not before it, comment required 1..255 once trimmed (guide 004: spaces
 * alone are no comment).
 */
export const RattachementRequest = z
  .object({
    idStructureCPP: Id,
    niveau: RattachementLevel,
    idServices: z._default(z.array(Id), []),
    dateDebut: IsoDate,
    dateFin: z.optional(IsoDate),
    commentaire: z.string().check(z.trim(), z.minLength(1), z.maxLength(255)),
  })
  .check(
    z.refine((r) => r.niveau === 'STRUCTURE' || r.idServices.length > 0, {
      message: 'services_required',
      path: ['idServices'],
    }),
    z.refine((r) => !r.dateFin || r.dateFin >= r.dateDebut, { message: 'end_before_start', path: ['dateFin'] }),
  );
export type RattachementRequest = z.infer<typeof RattachementRequest>;

/**
 * A rattachement as its lists show it (RAT-1, RAT-8): the stored rattachement with the role derived
 * for today (GESTIONNAIRE_SECONDAIRE for a holder of "Organisation modification"), the structure's
 * names, the services' codes and libellés (same order as `idServices`), the user's names and account
 * state (`etatCompte`: an INACTIF account has no access whatever its rattachements, ID-4), whether it
 * gives access today (RAT-9: VALIDEE or DESACTIVEE and today within its validity dates), and, once a
 * manager decided the request, when and who (RAT-1 "Visualiser la demande").
 */
export const RattachementView = z.extend(Rattachement, {
  identifiantStructure: z.string(),
  designationStructure: z.string(),
  typeStructure: StructureType,
  codesServices: z.array(z.string()),
  libellesServices: z.array(z.string()),
  login: z.string(),
  nom: z.optional(z.string()),
  prenom: z.optional(z.string()),
  etatCompte: ActiveState,
  enVigueur: z.boolean(),
  /** When a manager approved or refused the request (absent for a rattachement made by a manager). */
  dateDecision: z.optional(Instant),
  /** Who decided the request (prénom and nom). */
  decideur: z.optional(z.string()),
});
export type RattachementView = z.infer<typeof RattachementView>;

/** The answer to a rattachement request (RAT-4, RAT-5): the pending rattachement and warnings that do not refuse it (RAT-3). */
export const RattachementRequestResult = z.object({
  rattachement: RattachementView,
  avertissements: z.array(Notice),
});
export type RattachementRequestResult = z.infer<typeof RattachementRequestResult>;

/** A manager attaching a user by login e-mail, valid at once (RAT-8). */
export const RattachementByManager = z
  .object({
    login: z.email(),
    niveau: RattachementLevel,
    idServices: z._default(z.array(Id), []),
    dateDebut: IsoDate,
    dateFin: z.optional(IsoDate),
  })
  .check(
    z.refine((r) => r.niveau === 'STRUCTURE' || r.idServices.length > 0, {
      message: 'services_required',
      path: ['idServices'],
    }),
    z.refine((r) => !r.dateFin || r.dateFin >= r.dateDebut, { message: 'end_before_start', path: ['dateFin'] }),
  );
export type RattachementByManager = z.infer<typeof RattachementByManager>;

/** A state change of a rattachement (deactivate, reactivate, delete, leave), based on its version (ACC-7). */
export const RattachementAction = z.object({ version: Version });
export type RattachementAction = z.infer<typeof RattachementAction>;

/** A GP leaving a structure names the new GP among its validly attached users (RAT-7). */
export const PrincipalHandover = z.object({ idNouveauGestionnaire: Id, version: Version });
export type PrincipalHandover = z.infer<typeof PrincipalHandover>;

/** The answer to a GP handover (RAT-7, GP-4): the former GP's and the new GP's rattachements. */
export const PrincipalHandoverResult = z.object({ ancien: RattachementView, nouveau: RattachementView });
export type PrincipalHandoverResult = z.infer<typeof PrincipalHandoverResult>;
