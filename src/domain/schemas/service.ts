import * as z from 'zod/mini';
import { ActiveState, Id, Instant, IsoDate, Version, text } from './common.js';
import { PendingChange } from './structure.js';

/** A service code: 1..100 characters, letters, digits, `_`, `-` (`FACTURES_PUBLIQUES`). */
export const ServiceCode = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,100}$/));

/**
 * A service of a structure (SRV-1): code unique within its structure and never edited, libellé,
 * description, validity dates, "numéro d'engagement obligatoire", status. API names `codeService`,
 * `libelleService` (the API's `nomService` normalised to it).
 */
export const Service = z.object({
  idService: Id,
  idStructureCPP: Id,
  codeService: ServiceCode,
  libelleService: text(255),
  description: z.optional(z.string().check(z.maxLength(1000))),
  dateDebut: IsoDate,
  dateFin: z.optional(IsoDate),
  numeroEJDoitEtreRenseigne: z.boolean(),
  statut: ActiveState,
  changementsEnAttente: z.array(PendingChange),
  dateCreation: Instant,
  dateModification: Instant,
  version: Version,
});
export type Service = z.infer<typeof Service>;

const endNotBeforeStart = z.refine<{ dateDebut?: string | undefined; dateFin?: string | undefined }>(
  (s) => !s.dateDebut || !s.dateFin || s.dateFin >= s.dateDebut,
  {
    message: 'end_before_start',
    path: ['dateFin'],
  },
);

/** Creating a service (SRV-1). */
export const ServiceCreate = z
  .object({
    codeService: ServiceCode,
    libelleService: text(255),
    description: z.optional(z.string().check(z.maxLength(1000))),
    dateDebut: IsoDate,
    dateFin: z.optional(IsoDate),
    numeroEJDoitEtreRenseigne: z.boolean(),
  })
  .check(endNotBeforeStart);
export type ServiceCreate = z.infer<typeof ServiceCreate>;

/** Modifying a service (SRV-2): the code is not editable (echoing it unchanged is fine). */
export const ServiceUpdate = z
  .object({
    codeService: z.optional(ServiceCode),
    libelleService: z.optional(text(255)),
    description: z.optional(z.string().check(z.maxLength(1000))),
    dateDebut: z.optional(IsoDate),
    dateFin: z.optional(IsoDate),
    numeroEJDoitEtreRenseigne: z.optional(z.boolean()),
    version: Version,
  })
  .check(endNotBeforeStart);
export type ServiceUpdate = z.infer<typeof ServiceUpdate>;

/**
 * What a supplier learns about a service code of a structure (SRV-3): whether it exists there and
 * whether it can be used now (status ACTIF and today within its validity dates).
 */
export const ServiceCodeLookup = z.object({
  idStructureCPP: Id,
  codeService: z.string(),
  existe: z.boolean(),
  actif: z.boolean(),
  libelleService: z.optional(z.string()),
});
export type ServiceCodeLookup = z.infer<typeof ServiceCodeLookup>;
