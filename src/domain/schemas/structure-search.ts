import * as z from 'zod/mini';
import { ActiveState, CountryCode } from './common.js';
import { IdentifierType, StructureType } from './structure.js';

/** Whether a structure is identified by a SIRET (RAT-2 "structure avec / sans SIRET"). */
export const SiretPresence = z.enum(['AVEC', 'SANS']);
export type SiretPresence = z.infer<typeof SiretPresence>;

/**
 * Criteria of the structure search used to attach to a structure (RAT-2); at least one is required.
 * Text criteria (`raisonSociale`, `libelle`, `ville`, `nom`, `prenom`) match ignoring case, accents and
 * punctuation, from the start of any word ("Terneuil" and "sur seine" find "Terneuil-sur-Seine");
 * `identifiant` the start of the identifier (a SIREN finds its establishments); `codePostal` exactly;
 * `pays` the country of the address (ISO code); `presenceSiret` a SIRET or any other identifier type.
 */
export const StructureSearchCriteria = z.object({
  raisonSociale: z.optional(z.string().check(z.maxLength(255))),
  identifiant: z.optional(z.string().check(z.maxLength(80))),
  libelle: z.optional(z.string().check(z.maxLength(255))),
  codePostal: z.optional(z.string().check(z.maxLength(10))),
  ville: z.optional(z.string().check(z.maxLength(100))),
  pays: z.optional(CountryCode),
  typeIdentifiantStructure: z.optional(IdentifierType),
  presenceSiret: z.optional(SiretPresence),
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
  pays: CountryCode,
  statut: ActiveState,
});
export type StructureSearchItem = z.infer<typeof StructureSearchItem>;
