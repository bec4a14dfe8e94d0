import * as z from 'zod/mini';
import { Id, Instant, Version } from './common.js';
import { Application } from './habilitation.js';

/** Where a structure manages its espaces (HAB-8): on the whole structure, or service by service. */
export const EspaceManagementLevel = z.enum(['STRUCTURE', 'SERVICE']);
export type EspaceManagementLevel = z.infer<typeof EspaceManagementLevel>;

/**
 * The espaces open on a structure (HAB-8, HAB-9): the level they are managed at, the espaces open on
 * the structure, those open on each service (used at SERVICE level), and whether a GS acts like the
 * GP on espaces (`gsCommeGestionnaire`, the GP's choice). A structure without a stored configuration
 * is managed at STRUCTURE level with every application but "Processus de validation" open and GS
 * acting like the GP.
 */
export const EspaceConfiguration = z.object({
  idStructureCPP: Id,
  niveau: EspaceManagementLevel,
  espacesStructure: z.array(Application),
  services: z.array(z.object({ idService: Id, espaces: z.array(Application) })),
  gsCommeGestionnaire: z.boolean(),
  dateModification: Instant,
  version: Version,
});
export type EspaceConfiguration = z.infer<typeof EspaceConfiguration>;

/** Setting a structure's espaces (HAB-9), based on the configuration's version. */
export const EspaceConfigurationUpdate = z.object({
  niveau: EspaceManagementLevel,
  espacesStructure: z.array(Application),
  services: z._default(z.array(z.object({ idService: Id, espaces: z.array(Application) })), []),
  gsCommeGestionnaire: z.optional(z.boolean()),
  version: Version,
});
export type EspaceConfigurationUpdate = z.infer<typeof EspaceConfigurationUpdate>;

/** The answer to setting espaces: the configuration and the subscription requests it generated (HAB-9). */
export const EspaceConfigurationResult = z.object({
  configuration: EspaceConfiguration,
  demandesGenerees: z.int().check(z.nonnegative()),
});
export type EspaceConfigurationResult = z.infer<typeof EspaceConfigurationResult>;
