import type {
  Abonnement,
  Approbation,
  Attachment,
  BankDetails,
  EspaceConfiguration,
  GpTransfer,
  OutboxEmail,
  Rattachement,
  Service,
  Structure,
  UserAccount,
} from '../src/domain/schemas/index.js';
import { Collection } from './collection.js';
import type {
  AttachmentContentRecord,
  CredentialRecord,
  DueChangeRecord,
  EmailLinkRecord,
  IdempotencyRecord,
  ScheduledJobRecord,
  SessionRecord,
} from './records.js';

/**
 * The collections of the mock, one per resource. Adding a collection is one line here; every other
 * piece (snapshot, restore, transactions, persistence) follows.
 */
const collections = {
  users: () => new Collection<UserAccount, 'idUtilisateur'>('idUtilisateur'),
  credentials: () => new Collection<CredentialRecord, 'idUtilisateur'>('idUtilisateur'),
  sessions: () => new Collection<SessionRecord, 'idSession'>('idSession'),
  structures: () => new Collection<Structure, 'idStructureCPP'>('idStructureCPP'),
  services: () => new Collection<Service, 'idService'>('idService'),
  rattachements: () => new Collection<Rattachement, 'idRattachement'>('idRattachement'),
  abonnements: () => new Collection<Abonnement, 'idAbonnement'>('idAbonnement'),
  approbations: () => new Collection<Approbation, 'idApprobation'>('idApprobation'),
  gpTransfers: () => new Collection<GpTransfer, 'idTransfert'>('idTransfert'),
  bankDetails: () => new Collection<BankDetails, 'idCoordonneeBancaire'>('idCoordonneeBancaire'),
  attachments: () => new Collection<Attachment, 'pieceJointeId'>('pieceJointeId'),
  attachmentContents: () => new Collection<AttachmentContentRecord, 'pieceJointeId'>('pieceJointeId'),
  outbox: () => new Collection<OutboxEmail, 'idEmail'>('idEmail'),
  emailLinks: () => new Collection<EmailLinkRecord, 'idLien'>('idLien'),
  idempotency: () => new Collection<IdempotencyRecord, 'idEntree'>('idEntree'),
  espaceConfigurations: () => new Collection<EspaceConfiguration, 'idStructureCPP'>('idStructureCPP'),
  dueChanges: () => new Collection<DueChangeRecord, 'idEcheance'>('idEcheance'),
  scheduledJobs: () => new Collection<ScheduledJobRecord, 'idTache'>('idTache'),
};

type Collections = { [N in keyof typeof collections]: ReturnType<(typeof collections)[N]> };

/** Names of the store's collections. */
export type CollectionName = keyof Collections;

/** Every record of every collection, JSON-serialisable (for reset, persistence, fixtures). */
export type StoreSnapshot = { [N in CollectionName]?: unknown[] };

/** The in-memory database of the mock: typed collections plus transactions and snapshots. */
export type Store = Collections & {
  /**
   * Runs `work` atomically: if it throws, every write it made is undone and the error goes on.
   * Nested calls join the outer transaction. After a committed outermost transaction the
   * `onCommit` listener (persistence) is called.
   */
  transaction<R>(work: () => R): R;
  /** A JSON-serialisable copy of every collection. */
  snapshot(): StoreSnapshot;
  /** Replaces the content of every collection with the snapshot's (missing collections become empty). */
  restore(snapshot: StoreSnapshot): void;
  /** A number that changes on every write, rollback or restore of any collection: caches of computed lists compare it. */
  readonly revision: number;
};

/** Options of a store: `onCommit` is called after each committed write transaction. */
export interface StoreOptions {
  onCommit?: (store: Store) => void;
}

/** Creates an empty store. */
export function createStore(options: StoreOptions = {}): Store {
  const parts = Object.fromEntries(Object.entries(collections).map(([name, make]) => [name, make()])) as Collections;
  const all = Object.values(parts) as Collection<object>[];
  let depth = 0;
  const store: Store = {
    ...parts,
    transaction<R>(work: () => R): R {
      if (depth > 0) return work();
      depth = 1;
      all.forEach((c) => c.begin());
      try {
        const result = work();
        all.forEach((c) => c.commit());
        depth = 0;
        options.onCommit?.(store);
        return result;
      } catch (error) {
        all.forEach((c) => c.rollback());
        depth = 0;
        throw error;
      }
    },
    snapshot() {
      return Object.fromEntries(
        Object.entries(parts).map(([name, c]) => [name, structuredClone((c as Collection<object>).all())]),
      );
    },
    get revision() {
      return all.reduce((sum, c) => sum + c.revision, 0);
    },
    restore(snapshot) {
      for (const [name, c] of Object.entries(parts) as [CollectionName, Collection<object>][]) {
        c.load(structuredClone(snapshot[name] ?? []) as object[]);
      }
    },
  };
  return store;
}
