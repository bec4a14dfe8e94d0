import * as z from 'zod/mini';
import { PostalAddress } from './address.js';
import { ActiveState, Bilingual, Email, Id, Instant, Phone, Version, optionalText, text } from './common.js';

/** Identifier types of a structure (STR-1), the API's `typeIdentifiantStructure`. */
export const IdentifierType = z.enum(['SIRET', 'UE_HORS_FRANCE', 'HORS_UE', 'RIDET', 'TAHITI', 'PARTICULIER', 'AUTRE']);
export type IdentifierType = z.infer<typeof IdentifierType>;

/** Public or private structure (the API's `typeStructure` / `structurePriveePublique`). */
export const StructureType = z.enum(['PUBLIQUE', 'PRIVEE']);
export type StructureType = z.infer<typeof StructureType>;

const parameterFields = z.object({
  recevoirDonneesViaEDI: z.boolean(),
  codeServiceDoitEtreRenseigne: z.boolean(),
  numeroEJDoitEtreRenseigne: z.boolean(),
  gestionNumeroEJOuCodeService: z.boolean(),
  statutMiseEnPaiementNestPasRemonte: z.boolean(),
  getaMoa: z.boolean(),
  estMoaUniquement: z.boolean(),
});
const moaConsistent = z.refine<{ getaMoa: boolean; estMoaUniquement: boolean }>(
  (p) => !p.estMoaUniquement || p.getaMoa,
  {
    message: 'moa_exclusive_requires_moa',
    path: ['getaMoa'],
  },
);
/**
 * Public structure parameters (STR-5), with the API's names. `recevoirDonneesViaEDI` comes from DGFiP
 * reference data and is read-only in the kit; `estMoaUniquement` (exclusivement MOA) implies `getaMoa`.
 */
export const StructureParameters = parameterFields.check(moaConsistent);
export type StructureParameters = z.infer<typeof StructureParameters>;

/** What the INSEE register says about a SIRET (read-only fields of STR-3). */
export const InseeInfo = z.object({
  siret: z.string().check(z.regex(/^\d{14}$/)),
  raisonSociale: z.string(),
  etatAdministratif: z.enum(['ACTIF', 'FERME']),
  adresse: PostalAddress,
  dateMiseAJour: Instant,
  /** The establishment that succeeded this one (a transfer of the head office): the identifier changes (STR-3). */
  siretSuccesseur: z.optional(z.string().check(z.regex(/^\d{14}$/))),
});
export type InseeInfo = z.infer<typeof InseeInfo>;

/**
 * A change accepted but not yet effective (STR-4, SRV-2): the changed fields and when they take
 * effect. The resource keeps its current values until then.
 */
export const PendingChange = z.object({
  champs: z.record(z.string(), z.unknown()),
  dateEffet: Instant,
  demandePar: Id,
});
export type PendingChange = z.infer<typeof PendingChange>;

/**
 * A warning the engine attaches to what it answers, without refusing (STR-1 sandbox SIRET key,
 * STR-5 code service required without an active service): a code, the rule, FR/EN text.
 */
export const Notice = z.object({
  code: z.string(),
  rule: z.string().check(z.regex(/^[A-Z]+-\d+$/)),
  message: Bilingual,
});
export type Notice = z.infer<typeof Notice>;

/**
 * A structure (STR-1..5), with the API's names: `idStructureCPP` technical id, `identifiantStructure`
 * (SIRET…), `designationStructure` (raison sociale). `nomStructure`/`prenomStructure` for PARTICULIER.
 */
export const Structure = z.object({
  idStructureCPP: Id,
  identifiantStructure: text(80),
  typeIdentifiantStructure: IdentifierType,
  typeStructure: StructureType,
  designationStructure: text(255),
  libelleStructure: optionalText(255),
  nomStructure: optionalText(100),
  prenomStructure: optionalText(100),
  adresse: PostalAddress,
  emailStructure: z.optional(Email),
  telephone: z.optional(Phone),
  /** Numéro RCS (registre du commerce et des sociétés) of a company, shown on the fiche (STR-8). */
  numeroRcs: optionalText(80),
  /** Numéro de TVA intracommunautaire, shown on the fiche (STR-8). */
  tvaIntracommunautaire: optionalText(20),
  nonDiffusibleInsee: z.boolean(),
  parametres: StructureParameters,
  insee: z.optional(InseeInfo),
  statut: ActiveState,
  changementsEnAttente: z.array(PendingChange),
  idStructureOrigine: z.optional(Id),
  avertissements: z.optional(z.array(Notice)),
  dateCreation: Instant,
  dateModification: Instant,
  version: Version,
});
export type Structure = z.infer<typeof Structure>;

/** Creating a structure (STR-2). The engine checks the identifier (STR-1) and INSEE. */
export const StructureCreate = z.object({
  typeIdentifiantStructure: IdentifierType,
  identifiantStructure: text(80),
  typeStructure: StructureType,
  designationStructure: text(255),
  libelleStructure: optionalText(255),
  nomStructure: optionalText(100),
  prenomStructure: optionalText(100),
  adresse: PostalAddress,
  emailStructure: z.optional(Email),
  telephone: z.optional(Phone),
  nonDiffusibleInsee: z.boolean(),
});
export type StructureCreate = z.infer<typeof StructureCreate>;

/**
 * Modifying a structure (STR-3): only the editable fields. The identifier, its type, the raison
 * sociale, the type of structure and "non diffusible INSEE" are read-only: echoing them unchanged is
 * fine, a different value is refused.
 */
export const StructureUpdate = z.object({
  typeIdentifiantStructure: z.optional(IdentifierType),
  identifiantStructure: z.optional(text(80)),
  designationStructure: z.optional(text(255)),
  typeStructure: z.optional(StructureType),
  nonDiffusibleInsee: z.optional(z.boolean()),
  libelleStructure: optionalText(255),
  adresse: z.optional(PostalAddress),
  emailStructure: z.optional(Email),
  telephone: z.optional(Phone),
  parametres: z.optional(z.omit(parameterFields, { recevoirDonneesViaEDI: true }).check(moaConsistent)),
  version: Version,
});
export type StructureUpdate = z.infer<typeof StructureUpdate>;

/** An activation or deactivation request (STR-3, SRV-2): only the version it is based on. */
export const StateChange = z.object({ version: Version });
export type StateChange = z.infer<typeof StateChange>;

/**
 * Duplicating a structure under a new identifier (STR-6): same identifier type as the old one;
 * libellé, e-mail and phone editable (the old ones when absent); the rest comes from INSEE or is copied.
 */
export const StructureDuplicate = z.object({
  typeIdentifiantStructure: IdentifierType,
  identifiantStructure: text(80),
  libelleStructure: optionalText(255),
  emailStructure: z.optional(Email),
  telephone: z.optional(Phone),
  version: Version,
});
export type StructureDuplicate = z.infer<typeof StructureDuplicate>;

/** The INSEE-owned fields of a structure, as shown before and after an update from INSEE (STR-3). */
export const InseeFields = z.object({
  identifiantStructure: text(80),
  designationStructure: text(255),
  adresse: PostalAddress,
});
export type InseeFields = z.infer<typeof InseeFields>;

/**
 * The answer to an update from INSEE (STR-3, STR-4): the INSEE fields now and as they will be once
 * the change takes effect (the identifier may change), and the structure carrying the pending change.
 */
export const InseeRefresh = z.object({
  avant: InseeFields,
  apres: InseeFields,
  structure: Structure,
});
export type InseeRefresh = z.infer<typeof InseeRefresh>;

/** An identifier type with the expected format of its identifier, shown as a hint (STR-1). */
export const IdentifierTypeHint = z.object({
  typeIdentifiantStructure: IdentifierType,
  libelle: Bilingual,
  format: Bilingual,
  exemple: z.optional(z.string()),
});
export type IdentifierTypeHint = z.infer<typeof IdentifierTypeHint>;

/** The gestionnaire principal of a structure as its fiche names him (STR-8). */
export const FichePrincipal = z.object({ prenom: z.optional(z.string()), nom: z.optional(z.string()) });
export type FichePrincipal = z.infer<typeof FichePrincipal>;

/** An active service of a structure as its fiche lists it (STR-8): code and libellé. */
export const FicheService = z.object({ idService: Id, codeService: z.string(), libelleService: z.string() });
export type FicheService = z.infer<typeof FicheService>;

/**
 * The fiche structure (STR-8): what any user attached to the structure (a VALIDEE rattachement in
 * force) may consult, read-only: identity, address, contact, RCS and VAT numbers, its gestionnaire
 * principal, its active services and its parameters. Nothing a manager alone may see (pending
 * changes, INSEE record, versions).
 */
export const StructureFiche = z.extend(
  z.pick(Structure, {
    idStructureCPP: true,
    identifiantStructure: true,
    typeIdentifiantStructure: true,
    typeStructure: true,
    designationStructure: true,
    libelleStructure: true,
    nomStructure: true,
    prenomStructure: true,
    adresse: true,
    emailStructure: true,
    telephone: true,
    numeroRcs: true,
    tvaIntracommunautaire: true,
    nonDiffusibleInsee: true,
    statut: true,
    parametres: true,
  }),
  { gestionnairePrincipal: z.optional(FichePrincipal), services: z.array(FicheService) },
);
export type StructureFiche = z.infer<typeof StructureFiche>;
