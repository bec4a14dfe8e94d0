import * as z from 'zod/mini';
import { ERROR_CODES } from '../errors.js';
import { Bilingual } from './common.js';

/** One field-level message of a refusal: the field's path (`adresse.codePostal`), a code, FR and EN text. */
export const FieldProblem = z.object({
  field: z.string(),
  code: z.string(),
  message: Bilingual,
});
export type FieldProblem = z.infer<typeof FieldProblem>;

/**
 * Every refusal, as RFC 9457 problem+json: `type`/`title`/`status`/`detail` of the RFC, plus the
 * machine `code`, the rule id that refused (`ACC-4`) when one did, the message in FR and EN and the
 * field-level messages, and for a server failure the id it was logged under.
 */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.enum(ERROR_CODES),
  rule: z.optional(z.string().check(z.regex(/^[A-Z]+-\d+$/))),
  message: Bilingual,
  fields: z.array(FieldProblem),
  /** Of a server failure (500): the id under which the server logged it, to quote to the support. */
  correlationId: z.optional(z.string()),
});
export type Problem = z.infer<typeof Problem>;

/** Media type of problem documents. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
