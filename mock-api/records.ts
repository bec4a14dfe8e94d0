/**
 * Records the mock keeps that are not part of the public contract: secrets, sessions, idempotency
 * answers, single-use links, file contents. Never returned as such by any route.
 */

/** Secrets of an account (ACC-4, ACC-5): salted hashes only. */
export interface CredentialRecord {
  idUtilisateur: number;
  sel: string;
  motDePasseHash: string;
  selReponse?: string;
  reponseSecreteHash?: string;
}

/** A bearer token the host hands to the kit, mapped to a user (ID-1). */
export interface SessionRecord {
  idSession: number;
  token: string;
  idUtilisateur: number;
}

/** An answer kept for an Idempotency-Key, replayed when the same write is retried. */
export interface IdempotencyRecord {
  idEntree: number;
  cle: string;
  empreinte: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  date: string;
}

/** A single-use, time-limited link sent by e-mail (DEA-3); only its hash is kept. */
export interface EmailLinkRecord {
  idLien: number;
  idUtilisateur: number;
  objet: string;
  jetonHash: string;
  expireLe: string;
  utiliseLe?: string;
}

/** The bytes of a pièce jointe, base64 (PJ-1). */
export interface AttachmentContentRecord {
  pieceJointeId: number;
  base64: string;
}

/**
 * When an accepted change of a structure or service takes effect (STR-4, SRV-2): lets the engine
 * apply the due changes before a request without scanning every structure.
 */
export interface DueChangeRecord {
  idEcheance: number;
  collection: 'structures' | 'services';
  idObjet: number;
  dateEffet: string;
}

/**
 * The next run of a periodic notification job (NOT-1): the engine runs every run whose instant has
 * passed before a request, so that moving the clock a day or a week delivers the digests.
 */
export interface ScheduledJobRecord {
  idTache: number;
  tache: 'daily-digest' | 'weekly-summary';
  prochaineExecution: string;
}
