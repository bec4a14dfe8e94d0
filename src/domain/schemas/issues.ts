import type * as z from 'zod/mini';
import type { Bilingual } from './common.js';
import type { FieldProblem } from './problem.js';

/**
 * Field-level messages in FR and EN for the reasons a schema refuses a value. Refinements of the
 * schemas carry a machine code as their message (`end_before_start`); the built-in checks map to
 * `required`, `too_short`, `too_long`, `format`, `not_allowed`, `invalid`.
 */
const MESSAGES: Record<string, Bilingual> = {
  required: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  too_short: { fr: 'Au moins {n} caractères ou éléments.', en: 'At least {n} characters or items.' },
  too_long: { fr: 'Au plus {n} caractères ou éléments.', en: 'At most {n} characters or items.' },
  too_small: { fr: 'La valeur doit être au moins {n}.', en: 'The value must be at least {n}.' },
  too_big: { fr: 'La valeur doit être au plus {n}.', en: 'The value must be at most {n}.' },
  format: { fr: "Le format n'est pas valide.", en: 'The format is not valid.' },
  not_allowed: { fr: "Cette valeur n'est pas autorisée.", en: 'This value is not allowed.' },
  unknown_field: { fr: "Ce champ n'est pas attendu.", en: 'This field is not expected.' },
  invalid: { fr: "La valeur n'est pas valide.", en: 'The value is not valid.' },
  end_before_start: {
    fr: 'La date de fin ne peut pas précéder la date de début.',
    en: 'The end date cannot be before the start date.',
  },
  services_required: { fr: 'Choisissez au moins un service.', en: 'Choose at least one service.' },
  comment_required_to_refuse: {
    fr: 'Un commentaire est obligatoire pour refuser.',
    en: 'A comment is required to refuse.',
  },
  moa_exclusive_requires_moa: {
    fr: '« Exclusivement MOA » implique « avec MOA ».',
    en: '"MOA only" implies "with MOA".',
  },
  iban_invalid: { fr: "L'IBAN n'est pas valide.", en: 'The IBAN is not valid.' },
  bic_invalid: { fr: "Le BIC n'est pas valide.", en: 'The BIC is not valid.' },
  rib_key_invalid: { fr: 'La clé RIB ne correspond pas.', en: 'The RIB key does not match.' },
  iban_required: { fr: "L'IBAN est obligatoire.", en: 'The IBAN is required.' },
  rib_required: { fr: 'Le RIB est obligatoire.', en: 'The RIB is required.' },
  factor_required: { fr: "L'affactureur doit être renseigné.", en: 'The factor must be given.' },
  bic_country_mismatch: {
    fr: "Le pays du BIC diffère de celui de l'IBAN.",
    en: "The BIC's country differs from the IBAN's.",
  },
};

const fill = (m: Bilingual, n: unknown): Bilingual =>
  n === undefined ? m : { fr: m.fr.replace('{n}', String(n)), en: m.en.replace('{n}', String(n)) };

/** The field code of one zod issue. */
function codeOf(issue: z.core.$ZodIssue): { code: string; n?: unknown } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined || issue.input === null || issue.input === '' ? 'required' : 'invalid' };
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return { code: 'required' };
      return {
        code: issue.origin === 'string' || issue.origin === 'array' ? 'too_short' : 'too_small',
        n: issue.minimum,
      };
    case 'too_big':
      return { code: issue.origin === 'string' || issue.origin === 'array' ? 'too_long' : 'too_big', n: issue.maximum };
    case 'invalid_format':
      return { code: 'format' };
    case 'invalid_value':
      return { code: 'not_allowed' };
    case 'unrecognized_keys':
      return { code: 'unknown_field' };
    case 'custom':
      return { code: issue.message in MESSAGES ? issue.message : 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/** Turns the issues of a failed parse into field-level problems with FR and EN messages. */
export function fieldProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    const { code, n } = codeOf(issue);
    return { field: issue.path.map(String).join('.'), code, message: fill(MESSAGES[code] ?? MESSAGES['invalid']!, n) };
  });
}

/** The FR/EN text of a field code (for engine-made field problems that reuse a schema code). */
export const fieldMessage = (code: string, n?: number): Bilingual => fill(MESSAGES[code] ?? MESSAGES['invalid']!, n);
