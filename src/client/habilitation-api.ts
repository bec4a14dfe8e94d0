import * as z from 'zod/mini';
import {
  AbonnementView,
  AccessCheck,
  ApplicationInfo,
  EspaceConfiguration,
  EspaceConfigurationResult,
  EspaceConfigurationUpdate,
  HabilitationRemoval,
  HabilitationView,
  pageOf,
  type AbonnementRequest,
  type AbonnementStatus,
  type AccessMode,
  type Application,
  type HabilitationGrant,
  type Page,
  type PageQueryInput,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

const HabilitationPage = pageOf(HabilitationView);
const AbonnementPage = pageOf(AbonnementView);
const Applications = z.array(ApplicationInfo);
const Abonnements = z.array(AbonnementView);

/** Filters of habilitation lists (HAB-2, HAB-5). */
export interface HabilitationQuery extends PageQueryInput {
  idStructureCPP?: number;
  idService?: number;
  application?: Application;
  mode?: AccessMode;
}

/** Filters of "Mes abonnements aux espaces" (HAB-7). */
export interface AbonnementQuery extends PageQueryInput {
  idStructureCPP?: number;
  statut?: AbonnementStatus;
  espace?: Application;
}

/** Habilitations, espaces and abonnements: one permission model, several views (SPEC §4). */
export interface HabilitationApi {
  /** The applications with FR/EN labels and modes (HAB-1). */
  listApplications(options?: CallOptions): Promise<ApplicationInfo[]>;
  /** "Mes habilitations" (HAB-2): held profiles, with `modeEffectif` today (consultation only when deactivated, none outside validity dates). */
  listMyHabilitations(query?: HabilitationQuery, options?: CallOptions): Promise<Page<HabilitationView>>;
  /** What the caller may do today in an application on a structure or service (HAB-1: modification implies consultation). */
  checkMyAccess(
    query: { idStructureCPP: number; idService?: number; application: Application },
    options?: CallOptions,
  ): Promise<AccessCheck>;
  /** A manager lists every user's profiles on his structure (HAB-5); others get `FORBIDDEN`. */
  listStructureHabilitations(
    query: HabilitationQuery & { idStructureCPP: number; idUtilisateur?: number },
    options?: CallOptions,
  ): Promise<Page<HabilitationView>>;
  /** A manager adds a profile or changes its mode (HAB-5, HAB-6); lowering the GP's manager rights rejects with rule HAB-5. */
  grantHabilitation(input: HabilitationGrant, options?: CallOptions): Promise<HabilitationView>;
  /** A manager removes one profile (HAB-5); not the GP's manager rights. */
  removeHabilitation(input: { idAbonnement: number }, options?: CallOptions): Promise<void>;
  /** A manager removes every profile of a user on the structure or one service (HAB-5); the GP's manager rights are kept. */
  removeAllHabilitations(
    input: { idStructureCPP: number; idUtilisateur: number; idService?: number },
    options?: CallOptions,
  ): Promise<HabilitationRemoval>;
  /** "Mes abonnements aux espaces" (HAB-7): held and pending rows. */
  listMyAbonnements(query?: AbonnementQuery, options?: CallOptions): Promise<Page<AbonnementView>>;
  /**
   * Requests an espace (HAB-8) on the structure (line without `idService`) or services the caller is
   * attached to, where it is open; each line waits for a manager. Duplicates reject with `DUPLICATE`.
   */
  requestAbonnements(input: AbonnementRequest, options?: CallOptions): Promise<AbonnementView[]>;
  /** Deletes one or several of the caller's abonnements, all or nothing (HAB-7). */
  deleteMyAbonnements(input: { ids: number[] }, options?: CallOptions): Promise<void>;
  /** A structure's espace configuration: level, open espaces, GS role (HAB-8, HAB-9); managers only. */
  getEspaceConfiguration(input: { idStructureCPP: number }, options?: CallOptions): Promise<EspaceConfiguration>;
  /** The GP (or a GS he lets act like him) sets the espaces; new structure espaces generate requests (HAB-9). */
  setEspaceConfiguration(
    input: z.input<typeof EspaceConfigurationUpdate> & { idStructureCPP: number },
    options?: CallOptions,
  ): Promise<EspaceConfigurationResult>;
}

/** The HTTP implementation of `HabilitationApi`. */
export const createHabilitationApi = (http: HttpTransport): HabilitationApi => ({
  listApplications: (options) =>
    http.request(
      { operationId: 'listApplications', method: 'GET', path: '/api/applications', response: Applications },
      options,
    ),
  listMyHabilitations: (query = {}, options) =>
    http.request(
      {
        operationId: 'listMyHabilitations',
        method: 'GET',
        path: '/api/me/habilitations',
        query: { ...query },
        response: HabilitationPage,
      },
      options,
    ),
  checkMyAccess: (query, options) =>
    http.request(
      {
        operationId: 'checkMyAccess',
        method: 'GET',
        path: '/api/me/access',
        query: { ...query },
        response: AccessCheck,
      },
      options,
    ),
  listStructureHabilitations: ({ idStructureCPP, ...query }, options) =>
    http.request(
      {
        operationId: 'listStructureHabilitations',
        method: 'GET',
        path: `/api/structures/${idStructureCPP}/habilitations`,
        query,
        response: HabilitationPage,
      },
      options,
    ),
  grantHabilitation: (input, options) =>
    http.request(
      {
        operationId: 'grantHabilitation',
        method: 'POST',
        path: '/api/habilitations',
        body: input,
        response: HabilitationView,
      },
      options,
    ),
  removeHabilitation: ({ idAbonnement }, options) =>
    http.request(
      {
        operationId: 'removeHabilitation',
        method: 'DELETE',
        path: `/api/habilitations/${idAbonnement}`,
        response: undefined,
      },
      options,
    ),
  removeAllHabilitations: ({ idStructureCPP, idUtilisateur, idService }, options) =>
    http.request(
      {
        operationId: 'removeAllHabilitations',
        method: 'DELETE',
        path: `/api/structures/${idStructureCPP}/users/${idUtilisateur}/habilitations`,
        query: { idService },
        response: HabilitationRemoval,
      },
      options,
    ),
  listMyAbonnements: (query = {}, options) =>
    http.request(
      {
        operationId: 'listMyAbonnements',
        method: 'GET',
        path: '/api/me/abonnements',
        query: { ...query },
        response: AbonnementPage,
      },
      options,
    ),
  requestAbonnements: (input, options) =>
    http.request(
      {
        operationId: 'requestAbonnements',
        method: 'POST',
        path: '/api/me/abonnements',
        body: input,
        response: Abonnements,
      },
      options,
    ),
  deleteMyAbonnements: (input, options) =>
    http.request(
      {
        operationId: 'deleteMyAbonnements',
        method: 'POST',
        path: '/api/me/abonnements/deletion',
        body: input,
        response: undefined,
      },
      options,
    ),
  getEspaceConfiguration: ({ idStructureCPP }, options) =>
    http.request(
      {
        operationId: 'getEspaceConfiguration',
        method: 'GET',
        path: `/api/structures/${idStructureCPP}/espaces`,
        response: EspaceConfiguration,
      },
      options,
    ),
  setEspaceConfiguration: ({ idStructureCPP, ...input }, options) =>
    http.request(
      {
        operationId: 'setEspaceConfiguration',
        method: 'PUT',
        path: `/api/structures/${idStructureCPP}/espaces`,
        body: input,
        version: input.version,
        response: EspaceConfigurationResult,
      },
      options,
    ),
});
