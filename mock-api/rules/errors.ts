import { statusOf, type ErrorCode } from '../../src/domain/errors.js';
import { fieldMessage, type Bilingual, type FieldProblem } from '../../src/domain/schemas/index.js';

/** What a refusal may say beyond its code, rule and messages. */
export interface RefusalExtras {
  /** When trying again makes sense (429): seconds to wait, sent as `Retry-After`. */
  retryAfterSeconds?: number;
  /** Of a server failure: the id under which it was logged (never its internal text). */
  correlationId?: string;
  /** Of a 405: the methods the path takes, sent as `Allow`. */
  allow?: readonly string[];
}

/**
 * A refusal by the rules engine (X-1): a machine code (which gives the HTTP status), the id of the
 * rule that refused, a message in FR and EN and field-level messages. The HTTP layer turns it into
 * problem+json; nothing else about it is HTTP.
 */
export class RuleError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly rule: string | undefined,
    readonly text: Bilingual,
    readonly fields: readonly FieldProblem[] = [],
    readonly extras: RefusalExtras = {},
  ) {
    super(`${rule ? `${rule}: ` : ''}${text.en}`);
    this.name = 'RuleError';
  }

  /** HTTP status of the refusal. */
  get status(): number {
    return statusOf(this.code);
  }
}

/** Builds a refusal. */
export const refuse = (
  code: ErrorCode,
  rule: string | undefined,
  text: Bilingual,
  fields: readonly FieldProblem[] = [],
  extras: RefusalExtras = {},
): RuleError => new RuleError(code, rule, text, fields, extras);

/** A field-level problem; the message defaults to the schema catalogue's text of `code`. */
export const fieldProblem = (field: string, code: string, message: Bilingual = fieldMessage(code)): FieldProblem => ({
  field,
  code,
  message,
});

/** The resource does not exist or the caller may not see it. */
export const notFound = (what: Bilingual): RuleError =>
  new RuleError('NOT_FOUND', undefined, { fr: `${what.fr} introuvable.`, en: `${what.en} not found.` });

/**
 * Refuses a write based on a stale version (ACC-7): the caller must reload; the element keeps what
 * the user typed.
 */
export function assertVersion(current: { version: number }, expected: number, rule = 'ACC-7'): void {
  if (current.version !== expected) {
    throw refuse(
      'VERSION_CONFLICT',
      rule,
      {
        fr: 'Ces informations ont été modifiées entre-temps. Rechargez-les : votre saisie est conservée.',
        en: 'This information was changed in the meantime. Reload it: what you typed is kept.',
      },
      [
        fieldProblem('version', 'stale', {
          fr: `Version ${expected} périmée, version actuelle ${current.version}.`,
          en: `Version ${expected} is stale, current version is ${current.version}.`,
        }),
      ],
    );
  }
}
