import * as z from 'zod/mini';
import { statusOf, type ErrorCode } from '../../src/domain/errors.js';
import { randomUuid } from '../../src/domain/random-uuid.js';
import { fieldProblems, PROBLEM_MEDIA_TYPE, type Problem } from '../../src/domain/schemas/index.js';
import { refuse, RuleError } from '../rules/errors.js';
import type { HttpResponse } from './types.js';

/** Short English titles of each code (RFC 9457 `title`). */
const TITLES: Record<ErrorCode, string> = {
  INVALID: 'Invalid request',
  UNAUTHENTICATED: 'Authentication required',
  FORBIDDEN: 'Forbidden',
  ACCOUNT_DEACTIVATED: 'Account deactivated',
  FIRST_CONNECTION_REQUIRED: 'First connection to complete',
  NOT_FOUND: 'Not found',
  METHOD_NOT_ALLOWED: 'Method not allowed',
  REQUEST_TIMEOUT: 'Request timeout',
  VERSION_CONFLICT: 'Stale version',
  DUPLICATE: 'Already exists',
  STATE_CONFLICT: 'Not possible in this state',
  TOO_LARGE: 'Too large',
  UNSUPPORTED_TYPE: 'Unsupported type',
  RULE_BROKEN: 'Rule broken',
  IDEMPOTENCY_KEY_REUSED: 'Idempotency key reused',
  TOO_MANY_REQUESTS: 'Too many requests',
  HEADERS_TOO_LARGE: 'Request headers too large',
  INTERNAL: 'Internal error',
};

/** The problem+json document of a refusal. */
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
    ...(error.extras.correlationId ? { correlationId: error.extras.correlationId } : {}),
  };
}

/** The headers a refusal's extras add: `Retry-After` (429), `Allow` (405), `X-Correlation-Id` (500). */
const extraHeaders = ({ extras }: RuleError): Record<string, string> => ({
  ...(extras.retryAfterSeconds !== undefined ? { 'retry-after': String(extras.retryAfterSeconds) } : {}),
  ...(extras.allow ? { allow: extras.allow.join(', ') } : {}),
  ...(extras.correlationId ? { 'x-correlation-id': extras.correlationId } : {}),
});

/** The HTTP answer of a refusal. */
export const problemResponse = (error: RuleError, instance?: string): HttpResponse => ({
  status: statusOf(error.code),
  headers: { 'content-type': PROBLEM_MEDIA_TYPE, ...extraHeaders(error) },
  body: problemOf(error, instance),
});

/** The refusal of a request that does not match the contract (400), with the field messages. */
export const invalidRequest = (issues: readonly z.core.$ZodIssue[], where: 'params' | 'query' | 'body'): RuleError =>
  refuse(
    'INVALID',
    undefined,
    { fr: 'La demande contient des champs manquants ou invalides.', en: 'The request has missing or invalid fields.' },
    fieldProblems(issues).map((f) =>
      where === 'body' ? f : { ...f, field: `${where}.${f.field}`.replace(/\.$/, '') },
    ),
  );

/** Told of every server failure with the id its answer carries (the server's log). */
export type InternalErrorListener = (error: unknown, correlationId: string) => void;

/** Logs a server failure on the console under its correlation id. */
export const logInternalError: InternalErrorListener = (error, correlationId) =>
  console.error(`cp-kit mock: internal error ${correlationId}`, error);

/**
 * Turns anything thrown by a handler into a RuleError. An unknown error becomes 500 INTERNAL with a
 * fresh correlation id, reported to `onInternal` (the log); its text never reaches the caller.
 */
export function asRuleError(error: unknown, onInternal: InternalErrorListener = logInternalError): RuleError {
  if (error instanceof RuleError) return error;
  const correlationId = randomUuid();
  onInternal(error, correlationId);
  return refuse(
    'INTERNAL',
    undefined,
    {
      fr: `Erreur interne du service. Réessayez ; si elle persiste, citez la référence ${correlationId}.`,
      en: `Internal error of the service. Try again; if it persists, quote the reference ${correlationId}.`,
    },
    [],
    { correlationId },
  );
}
