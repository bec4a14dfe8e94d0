import type { DraftField } from './account-draft.js';
import type { MessageKey } from './messages.js';

/** How a text field of the draft is rendered and what its format error says. */
export interface TextFieldSpec {
  readonly field: Exclude<DraftField, 'pays' | 'langue' | 'notificationsPeriodiques'>;
  readonly type: 'text' | 'email' | 'tel';
  readonly autocomplete: string;
  readonly required: boolean;
  readonly hint?: MessageKey;
  /** Message of a `format` problem (the contract's generic one is too vague to act on). */
  readonly format?: MessageKey;
}

/** General information (ACC-2): contact e-mail, nom, prénom required; the notification e-mail (guide 004) optional. */
export const GENERAL_FIELDS: readonly TextFieldSpec[] = [
  {
    field: 'emailContact',
    type: 'email',
    autocomplete: 'email',
    required: true,
    hint: 'emailContactHint',
    format: 'formatEmail',
  },
  {
    field: 'adresseNotification',
    type: 'email',
    autocomplete: 'email',
    required: false,
    hint: 'adresseNotificationHint',
    format: 'formatEmail',
  },
  { field: 'nom', type: 'text', autocomplete: 'family-name', required: true },
  { field: 'prenom', type: 'text', autocomplete: 'given-name', required: true },
];

/** Postal address (ACC-2): adresse, code postal, ville required; the country is a picker. */
export const ADDRESS_FIELDS: readonly TextFieldSpec[] = [
  { field: 'adresse', type: 'text', autocomplete: 'address-line1', required: true },
  { field: 'complementAdresse1', type: 'text', autocomplete: 'address-line2', required: false },
  { field: 'complementAdresse2', type: 'text', autocomplete: 'address-line3', required: false },
  { field: 'codePostal', type: 'text', autocomplete: 'postal-code', required: true, format: 'formatPostalCode' },
  { field: 'ville', type: 'text', autocomplete: 'address-level2', required: true },
  { field: 'etatProvince', type: 'text', autocomplete: 'address-level1', required: false },
];

/** Phones and fax (ACC-2): optional, E.164-ish. */
export const PHONE_FIELDS: readonly TextFieldSpec[] = [
  {
    field: 'telephone',
    type: 'tel',
    autocomplete: 'work tel',
    required: false,
    hint: 'phoneHint',
    format: 'formatPhone',
  },
  {
    field: 'mobile',
    type: 'tel',
    autocomplete: 'mobile tel',
    required: false,
    hint: 'phoneHint',
    format: 'formatPhone',
  },
  { field: 'fax', type: 'tel', autocomplete: 'fax tel', required: false, hint: 'phoneHint', format: 'formatPhone' },
];

/** Format messages by field, for problems reported by the contract or the server. */
export const FORMAT_MESSAGES: Partial<Record<DraftField, MessageKey>> = Object.fromEntries(
  [...GENERAL_FIELDS, ...ADDRESS_FIELDS, ...PHONE_FIELDS]
    .filter((spec) => spec.format)
    .map((spec) => [spec.field, spec.format!]),
);
