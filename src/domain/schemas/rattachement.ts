import * as z from 'zod/mini';
import { Id, Instant, IsoDate, Version } from './common.js';

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
 * start date required, end date not before it, comment required 1..255 (guide 004).
 */
export const RattachementRequest = z
  .object({
    idStructureCPP: Id,
    niveau: RattachementLevel,
    idServices: z._default(z.array(Id), []),
    dateDebut: IsoDate,
    dateFin: z.optional(IsoDate),
    commentaire: z.string().check(z.minLength(1), z.maxLength(255)),
  })
  .check(
    z.refine((r) => r.niveau === 'STRUCTURE' || r.idServices.length > 0, { message: 'services_required', path: ['idServices'] }),
    z.refine((r) => !r.dateFin || r.dateFin >= r.dateDebut, { message: 'end_before_start', path: ['dateFin'] }),
  );
export type RattachementRequest = z.infer<typeof RattachementRequest>;
