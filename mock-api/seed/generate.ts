import type {
  Abonnement,
  Application,
  InseeInfo,
  Rattachement,
  Structure,
  UserAccount,
} from '../../src/domain/schemas/index.js';
import { Application as ApplicationSchema } from '../../src/domain/schemas/index.js';
import type { CredentialRecord } from '../records.js';
import { abonnementRecord, frenchAddress, rattachementRecord, structureRecord, userRecord } from './builders.js';
import type { SeedData } from './cast.js';
import { pick, prng } from './prng.js';
import { makeSiret } from './siret.js';

/** Sizes of a generated data set. */
export interface LargeSetOptions {
  /** Structures to add, each with a GP among the generated users (default 100,000). */
  structures?: number;
  /** Users to add (default 10,000). */
  users?: number;
  /** Habilitations held on one structure, the "big" one, by as many distinct users (default 10,000, at most `users`). */
  habilitationsOnOneStructure?: number;
  /**
   * Profiles held by the first generated user (`utilisateur.1@exemple.fr`), every application on as
   * many generated structures as needed, for "Mes habilitations" with many rows (default 0).
   */
  profilesOfFirstUser?: number;
  /** Seed of the pseudo-random generator: the same seed gives the same set. */
  seed?: number;
}

const TOWNS = [
  ['75019', 'Paris'],
  ['69003', 'Lyon'],
  ['13001', 'Marseille'],
  ['31000', 'Toulouse'],
  ['33000', 'Bordeaux'],
  ['59000', 'Lille'],
  ['44000', 'Nantes'],
  ['67000', 'Strasbourg'],
  ['10000', 'Troyes'],
  ['78520', 'Terneuil sur Seine'],
] as const;
const NOMS = [
  'MARTIN',
  'BERNARD',
  'THOMAS',
  'PETIT',
  'ROBERT',
  'RICHARD',
  'DURAND',
  'DUBOIS',
  'MOREAU',
  'LAURENT',
  'SIMON',
  'MICHEL',
];
const PRENOMS = [
  'Camille',
  'Louis',
  'Léa',
  'Hugo',
  'Chloé',
  'Jules',
  'Inès',
  'Arthur',
  'Manon',
  'Gabriel',
  'Zoé',
  'Raphaël',
];
const KINDS = ['COMMUNE DE', 'SARL', 'SAS', 'SYNDICAT MIXTE DE', 'EURL', 'CCAS DE'];

const maxId = (rows: unknown[] | undefined, key: string): number =>
  (rows ?? []).reduce<number>((max, row) => Math.max(max, (row as Record<string, number>)[key] ?? 0), 0);

/**
 * Adds a large deterministic data set to `base` (for lists, pickers and benchmarks): structures with
 * valid SIRETs (registered active in INSEE), each with one GP; users; on the first generated
 * structure, many users each holding one habilitation. Ids continue after `base`'s; the invariants
 * (one GP per structure, no dangling reference) hold.
 */
export function withLargeSet(base: SeedData, now: Date, options: LargeSetOptions = {}): SeedData {
  const structureCount = options.structures ?? 100_000;
  const userCount = Math.max(1, options.users ?? 10_000);
  const habilitationCount = Math.min(options.habilitationsOnOneStructure ?? 10_000, userCount);
  const random = prng(options.seed ?? 20_260_101);
  const at = now.toISOString();
  const snap = base.snapshot;
  const firstUser = maxId(snap.users, 'idUtilisateur') + 1;
  const firstStructure = maxId(snap.structures, 'idStructureCPP') + 1;
  let nextRattachement = maxId(snap.rattachements, 'idRattachement') + 1;
  let nextAbonnement = maxId(snap.abonnements, 'idAbonnement') + 1;

  const users: UserAccount[] = [];
  for (let i = 0; i < userCount; i += 1) {
    const [codePostal, ville] = TOWNS[pick(random, TOWNS.length)]!;
    users.push(
      userRecord(at, {
        idUtilisateur: firstUser + i,
        login: `utilisateur.${i + 1}@exemple.fr`,
        nom: NOMS[pick(random, NOMS.length)]!,
        prenom: PRENOMS[pick(random, PRENOMS.length)]!,
        adresse: frenchAddress(`${1 + pick(random, 200)} rue de la République`, codePostal, ville),
      }),
    );
  }
  const credentials = (snap.credentials as CredentialRecord[] | undefined)?.[0];
  const generatedCredentials: CredentialRecord[] = credentials
    ? users.map((u) => ({ ...credentials, idUtilisateur: u.idUtilisateur }))
    : [];

  const structures: Structure[] = [];
  const rattachements: Rattachement[] = [];
  const insee: InseeInfo[] = [];
  for (let i = 0; i < structureCount; i += 1) {
    const [codePostal, ville] = TOWNS[pick(random, TOWNS.length)]!;
    const kind = KINDS[pick(random, KINDS.length)]!;
    const siret = makeSiret(String(30_000_000 + i).padStart(8, '0'), String(1 + pick(random, 9999)).padStart(4, '0'));
    const publique = kind.startsWith('COMMUNE') || kind.startsWith('SYNDICAT') || kind.startsWith('CCAS');
    const adresse = frenchAddress(`${1 + pick(random, 200)} avenue Jean Jaurès`, codePostal, ville);
    const structure = structureRecord(at, {
      idStructureCPP: firstStructure + i,
      identifiantStructure: siret,
      typeStructure: publique ? 'PUBLIQUE' : 'PRIVEE',
      designationStructure: `${kind} ${NOMS[pick(random, NOMS.length)]} ${i + 1}`,
      adresse,
      statut: random() < 0.05 ? 'INACTIF' : 'ACTIF',
    });
    structures.push(structure);
    insee.push({
      siret,
      raisonSociale: structure.designationStructure,
      etatAdministratif: 'ACTIF',
      adresse,
      dateMiseAJour: at,
    });
    rattachements.push(
      rattachementRecord(at, {
        idRattachement: nextRattachement++,
        idUtilisateur: firstUser + (i % userCount),
        idStructureCPP: structure.idStructureCPP,
        role: 'GESTIONNAIRE_PRINCIPAL',
      }),
    );
  }

  const abonnements: Abonnement[] = [];
  const applications = ApplicationSchema.options as readonly Application[];
  const big = firstStructure;
  const bigPrincipal = firstUser;
  if (structureCount > 0) {
    for (let i = 0; i < habilitationCount; i += 1) {
      const idUtilisateur = firstUser + i;
      if (idUtilisateur !== bigPrincipal) {
        rattachements.push(
          rattachementRecord(at, { idRattachement: nextRattachement++, idUtilisateur, idStructureCPP: big }),
        );
      }
      abonnements.push(
        abonnementRecord(at, {
          idAbonnement: nextAbonnement++,
          idUtilisateur,
          idStructureCPP: big,
          espace: applications[pick(random, applications.length)]!,
          mode: random() < 0.3 ? 'MODIFICATION' : 'CONSULTATION_UNIQUEMENT',
        }),
      );
    }
  }

  const profileCount =
    structureCount > 1 ? Math.min(options.profilesOfFirstUser ?? 0, (structureCount - 1) * applications.length) : 0;
  for (let k = 0; k < profileCount; k += 1) {
    const index = 1 + Math.floor(k / applications.length);
    const idStructureCPP = firstStructure + index;
    if (k % applications.length === 0 && index % userCount !== 0) {
      rattachements.push(
        rattachementRecord(at, { idRattachement: nextRattachement++, idUtilisateur: firstUser, idStructureCPP }),
      );
    }
    abonnements.push(
      abonnementRecord(at, {
        idAbonnement: nextAbonnement++,
        idUtilisateur: firstUser,
        idStructureCPP,
        espace: applications[k % applications.length]!,
        mode: k % 3 === 0 ? 'MODIFICATION' : 'CONSULTATION_UNIQUEMENT',
      }),
    );
  }

  const concat = <T>(existing: unknown[] | undefined, added: T[]): T[] => [
    ...((existing as T[] | undefined) ?? []),
    ...added,
  ];
  return {
    snapshot: {
      ...snap,
      users: concat(snap.users, users),
      credentials: concat(snap.credentials, generatedCredentials),
      structures: concat(snap.structures, structures),
      rattachements: concat(snap.rattachements, rattachements),
      abonnements: concat(snap.abonnements, abonnements),
    },
    insee: [...base.insee, ...insee],
  };
}
