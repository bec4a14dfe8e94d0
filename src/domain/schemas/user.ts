import * as z from 'zod/mini';
import { PostalAddress } from './address.js';
import { ActiveState, Email, Id, Instant, Language, Phone, Version, text } from './common.js';

/** Parameters of an account (ACC-6): language of the elements and periodic notifications (NOT-1). */
export const UserParameters = z.object({
  langue: Language,
  notificationsPeriodiques: z.boolean(),
});
export type UserParameters = z.infer<typeof UserParameters>;

/** Where an account comes from: initialised from the DGFiP directory (ID-2) or created on the portal. */
export const AccountOrigin = z.enum(['MADRHAS', 'PORTAIL']);
export type AccountOrigin = z.infer<typeof AccountOrigin>;

/**
 * A user account as "Mon compte" shows it (ACC-2, ACC-6). `login` is the login id (ID-3, never
 * editable); `emailContact` is the contact address; notifications go to `adresseNotification` when the
 * user gave one (newer portal, guide 004), else to `emailContact`. Secrets (password, secret answer) are never
 * part of it (ACC-5). `premiereConnexionTerminee` is false for a MADRHAS account not yet completed
 * (ACC-1); `comptePigp` says the user holds a PIGP account (GP-3).
 */
export const UserAccount = z.object({
  idUtilisateur: Id,
  login: Email,
  emailContact: z.optional(Email),
  adresseNotification: z.optional(Email),
  nom: z.optional(z.string().check(z.maxLength(100))),
  prenom: z.optional(z.string().check(z.maxLength(100))),
  adresse: z.optional(PostalAddress),
  telephone: z.optional(Phone),
  mobile: z.optional(Phone),
  fax: z.optional(Phone),
  parametres: UserParameters,
  questionSecrete: z.optional(z.string().check(z.maxLength(255))),
  etat: ActiveState,
  origine: AccountOrigin,
  comptePigp: z.boolean(),
  premiereConnexionTerminee: z.boolean(),
  dateCreation: Instant,
  dateActivation: z.optional(Instant),
  dateDesactivation: z.optional(Instant),
  dateModification: Instant,
  version: Version,
});
export type UserAccount = z.infer<typeof UserAccount>;

/** A user as others see him in pickers and lists (no address, no parameters). */
export const UserSummary = z.object({
  idUtilisateur: Id,
  login: Email,
  nom: z.optional(z.string()),
  prenom: z.optional(z.string()),
  etat: ActiveState,
});
export type UserSummary = z.infer<typeof UserSummary>;

/**
 * The general information a user edits and saves at once (ACC-2, ACC-3): contact e-mail, nom, prénom
 * and postal address required; notification e-mail (guide 004), phones and fax optional. `login` may be echoed back but must equal the
 * current login id, which is never editable (ID-3). `version` is the version the edit is based on (ACC-7).
 */
export const UserAccountUpdate = z.object({
  login: z.optional(Email),
  emailContact: Email,
  adresseNotification: z.optional(Email),
  nom: text(100),
  prenom: text(100),
  adresse: PostalAddress,
  telephone: z.optional(Phone),
  mobile: z.optional(Phone),
  fax: z.optional(Phone),
  parametres: z.optional(UserParameters),
  version: Version,
});
export type UserAccountUpdate = z.infer<typeof UserAccountUpdate>;

/** Completing an account at first connection (ACC-1): the same required fields as an update. */
export const FirstConnectionInput = UserAccountUpdate;
export type FirstConnectionInput = UserAccountUpdate;

/** Password policy of ACC-4: minimum length. */
export const PASSWORD_MIN_LENGTH = 12;

/** A password change (ACC-4): current password, the new one twice. The policy is checked by the engine. */
export const PasswordChange = z.object({
  motDePasseActuel: z.string().check(z.minLength(1), z.maxLength(128)),
  nouveauMotDePasse: z.string().check(z.minLength(1), z.maxLength(128)),
  confirmation: z.string().check(z.minLength(1), z.maxLength(128)),
});
export type PasswordChange = z.infer<typeof PasswordChange>;

/** A new secret question and answer (ACC-5); the answer is stored hashed and never returned. */
export const SecretQuestionChange = z.object({
  motDePasseActuel: z.string().check(z.minLength(1), z.maxLength(128)),
  question: text(255),
  reponse: text(255),
});
export type SecretQuestionChange = z.infer<typeof SecretQuestionChange>;
