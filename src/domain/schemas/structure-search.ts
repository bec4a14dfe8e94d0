import * as z from 'zod/mini';
import { ActiveState } from './common.js';
import { IdentifierType, StructureType } from './structure.js';

/**
 * Criteria of the structure search used to attach to a structure (RAT-2); at least one is required.
 * `raisonSociale` matches the start of any word of the raison sociale; `identifiant` the start of the
 * identifier (a SIREN finds its establishments); `libelle`, `nom`, `prenom` anywhere; `codePostal`,
 * `ville` exactly (case and accents ignored).
 */
export const StructureSearchCriteria = z.object({
  raisonSociale: z.optional(z.string().check(z.maxLength(255))),
  identifiant: z.optional(z.string().check(z.maxLength(80))),
  libelle: z.optional(z.string().check(z.maxLength(255))),
  codePostal: z.optional(z.string().check(z.maxLength(10))),
  ville: z.optional(z.string().check(z.maxLength(100))),
  typeIdentifiantStructure: z.optional(IdentifierType),
  typeStructure: z.optional(StructureType),
  statut: z.optional(ActiveState),
  nom: z.optional(z.string().check(z.maxLength(100))),
  prenom: z.optional(z.string().check(z.maxLength(100))),
});
export type StructureSearchCriteria = z.infer<typeof StructureSearchCriteria>;

/** A structure as the search lists it (RAT-2). */
export const StructureSearchItem = z.object({
  idStructureCPP: z.int(),
  identifiantStructure: z.string(),
  typeIdentifiantStructure: IdentifierType,
  typeStructure: StructureType,
  designationStructure: z.string(),
  libelleStructure: z.optional(z.string()),
  nomStructure: z.optional(z.string()),
  prenomStructure: z.optional(z.string()),
  codePostal: z.string(),
  ville: z.string(),
  statut: ActiveState,
});
export type StructureSearchItem = z.infer<typeof StructureSearchItem>;
