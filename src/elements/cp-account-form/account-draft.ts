import * as z from 'zod/mini';
import {
  UserAccountUpdate,
  fieldProblems,
  type FieldProblem,
  type Language,
  type UserAccount,
} from '../../domain/schemas/index.js';

/** The fields of "Mes informations personnelles" a user edits (ACC-2, ACC-6), in the order of the form. */
export const DRAFT_FIELDS = [
  'emailContact',
  'adresseNotification',
  'nom',
  'prenom',
  'adresse',
  'complementAdresse1',
  'complementAdresse2',
  'codePostal',
  'ville',
  'etatProvince',
  'pays',
  'telephone',
  'mobile',
  'fax',
  'langue',
  'notificationsPeriodiques',
] as const;

/** One editable field of the draft. */
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** What the user is editing: text as typed (trimmed only when sent), the language and the notification switch. */
export interface AccountDraft {
  emailContact: string;
  adresseNotification: string;
  nom: string;
  prenom: string;
  adresse: string;
  complementAdresse1: string;
  complementAdresse2: string;
  codePostal: string;
  ville: string;
  etatProvince: string;
  pays: string;
  telephone: string;
  mobile: string;
  fax: string;
  langue: Language;
  notificationsPeriodiques: boolean;
}

/**
 * The draft of an account as the server has it. A MADRHAS account not yet completed may lack its
 * contact e-mail (the login id is proposed, ACC-1) and its address (France is proposed as the country).
 */
export function draftOf(account: UserAccount): AccountDraft {
  const address = account.adresse;
  return {
    emailContact: account.emailContact ?? (account.premiereConnexionTerminee ? '' : account.login),
    adresseNotification: account.adresseNotification ?? '',
    nom: account.nom ?? '',
    prenom: account.prenom ?? '',
    adresse: address?.adresse ?? '',
    complementAdresse1: address?.complementAdresse1 ?? '',
    complementAdresse2: address?.complementAdresse2 ?? '',
    codePostal: address?.codePostal ?? '',
    ville: address?.ville ?? '',
    etatProvince: address?.etatProvince ?? '',
    pays: address?.pays ?? 'FR',
    telephone: account.telephone ?? '',
    mobile: account.mobile ?? '',
    fax: account.fax ?? '',
    langue: account.parametres.langue,
    notificationsPeriodiques: account.parametres.notificationsPeriodiques,
  };
}

/** Whether two drafts hold the same values. */
export const sameDraft = (a: AccountDraft, b: AccountDraft): boolean =>
  DRAFT_FIELDS.every((field) => a[field] === b[field]);

/** The fields whose value differs between two drafts, in the order of the form. */
export const changedFields = (a: AccountDraft, b: AccountDraft): DraftField[] =>
  DRAFT_FIELDS.filter((field) => a[field] !== b[field]);

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** The update the draft asks for, every block at once (ACC-3), based on `version` (ACC-7). */
export function updateOf(draft: AccountDraft, version: number): UserAccountUpdate {
  return {
    emailContact: draft.emailContact.trim(),
    adresseNotification: optional(draft.adresseNotification),
    nom: draft.nom.trim(),
    prenom: draft.prenom.trim(),
    adresse: {
      adresse: draft.adresse.trim(),
      complementAdresse1: optional(draft.complementAdresse1),
      complementAdresse2: optional(draft.complementAdresse2),
      codePostal: draft.codePostal.trim(),
      ville: draft.ville.trim(),
      etatProvince: optional(draft.etatProvince),
      pays: draft.pays,
    },
    telephone: optional(draft.telephone),
    mobile: optional(draft.mobile),
    fax: optional(draft.fax),
    parametres: { langue: draft.langue, notificationsPeriodiques: draft.notificationsPeriodiques },
    version,
  };
}

/** The draft field a problem of the server or of the contract points at (`adresse.ville` → `ville`). */
export function draftFieldOf(path: string): DraftField | undefined {
  const name = path.startsWith('adresse.') ? path.slice('adresse.'.length) : path.replace(/^parametres\./, '');
  return (DRAFT_FIELDS as readonly string[]).includes(name) ? (name as DraftField) : undefined;
}

/**
 * Checks the update against the contract (the same zod schema the server applies, ACC-2): required
 * fields, e-mail, postal code and phone formats. Returns the field problems, empty when it may be sent.
 */
export function checkUpdate(update: UserAccountUpdate): FieldProblem[] {
  const result = z.safeParse(UserAccountUpdate, update);
  return result.success ? [] : fieldProblems(result.error.issues);
}
