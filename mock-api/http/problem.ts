import * as z from 'zod/mini';
import { statusOf, type ErrorCode } from '../../src/domain/errors.js';
import { fieldProblems, PROBLEM_MEDIA_TYPE, type Problem } from '../../src/domain/schemas/index.js';
import { RuleError, refuse } from '../rules/errors.js';
import type { HttpResponse } from './types.js';

/** Short English titles of each code (RFC 9457 `title`). */
const TITLES: Record<ErrorCode, string> = {
  INVALID: 'Invalid request',
  UNAUTHENTICATED: 'Authentication required',
  FORBIDDEN: 'Forbidden',
  ACCOUNT_DEACTIVATED: 'Account deactivated',
  FIRST_CONNECTION_REQUIRED: 'First connection to complete',
  NOT_FOUND: 'Not found',
  VERSION_CONFLICT: 'Stale version',
  DUPLICATE: 'Already exists',
  STATE_CONFLICT: 'Not possible in this state',
  TOO_LARGE: 'Too large',
  UNSUPPORTED_TYPE: 'Unsupported type',
  RULE_BROKEN: 'Rule broken',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused',
  INTERNAL: 'Internal error',
};

/** The problem+json document of a refusal (X-1). */
export function problemOf(error: RuleError, instance?: string): Problem {
  return {
    type: `urn:cp-kit:problem:${error.code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[error.code],
    status: statusOf(error.code),
    detail: error.text.en,
    ...(instance ? { instance } : {}),
    code: error.code,
    ...(error.rule ? { rule: error.rule } : {}),
    message: error.text,
    fields: [...error.fields],
  };
}

/** The HTTP answer of a refusal. */
export const problemResponse = (error: RuleError, instance?: string): HttpResponse => ({
  status: statusOf(error.code),
  headers: { 'content-type': PROBLEM_MEDIA_TYPE },
  body: problemOf(error, instance),
});

/** The refusal of a request that does not match the contract (400), with the field messages. */
export const invalidRequest = (issues: readonly z.core.$ZodIssue[], where: 'params' | 'query' | 'body'): RuleError =>
  refuse(
    'INVALID',
    undefined,
    { fr: 'La demande contient des champs manquants ou invalides.', en: 'The request has missing or invalid fields.' },
    fieldProblems(issues).map((f) => (where === 'body' ? f : { ...f, field: `${where}.${f.field}`.replace(/\.$/, '') })),
  );

/** Turns anything thrown by a handler into a RuleError (unknown errors become 500 INTERNAL). */
export const asRuleError = (error: unknown): RuleError =>
  error instanceof RuleError
    ? error
    : refuse('INTERNAL', undefined, {
        fr: 'Erreur interne du service. Réessayez.',
        en: `Internal error of the service. Try again.${error instanceof Error ? ` (${error.message})` : ''}`,
      });
