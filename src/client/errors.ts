import type { ErrorCode } from '../domain/errors.js';
import type { Bilingual, FieldProblem, Problem } from '../domain/schemas/index.js';

/**
 * Codes of client errors: the server's refusal codes (X-1) plus what can go wrong on the way:
 * no answer (`NETWORK`), too slow (`TIMEOUT`), cancelled by the caller (`ABORTED`), or an answer that
 * does not match the contract (`OFF_CONTRACT`: a proxy page, a backend of another version).
 */
export type CpErrorCode = ErrorCode | 'NETWORK' | 'TIMEOUT' | 'ABORTED' | 'OFF_CONTRACT';

/** What a `CpError` is built from. */
export interface CpErrorInit {
  code: CpErrorCode;
  text: Bilingual;
  status?: number;
  rule?: string;
  fields?: readonly FieldProblem[];
  problem?: Problem;
  operationId?: string;
  cause?: unknown;
}

/**
 * The one error type of the client (X-1): every failed call rejects with it. `code` says what kind
 * of failure; `rule` which rule of the book refused; `fields` the field-level messages (FR and EN)
 * an element shows next to its fields; `text` the summary in both languages.
 */
export class CpError extends Error {
  readonly code: CpErrorCode;
  readonly text: Bilingual;
  readonly status: number | undefined;
  readonly rule: string | undefined;
  readonly fields: readonly FieldProblem[];
  readonly problem: Problem | undefined;
  readonly operationId: string | undefined;

  constructor(init: CpErrorInit) {
    super(
      `${init.operationId ? `${init.operationId}: ` : ''}${init.rule ? `${init.rule} ` : ''}${init.code}: ${init.text.en}`,
      { cause: init.cause },
    );
    this.name = 'CpError';
    this.code = init.code;
    this.text = init.text;
    this.status = init.status;
    this.rule = init.rule;
    this.fields = init.fields ?? [];
    this.problem = init.problem;
    this.operationId = init.operationId;
  }

  /** Whether trying again later may succeed (network, timeout, server error). */
  get retryable(): boolean {
    return this.code === 'NETWORK' || this.code === 'TIMEOUT' || this.code === 'INTERNAL';
  }

  /** The summary message in a language of the kit. */
  messageIn(locale: 'fr' | 'en'): string {
    return this.text[locale];
  }
}

/** Whether `error` is a `CpError`, optionally of one of the given codes. */
export const isCpError = (error: unknown, ...codes: CpErrorCode[]): error is CpError =>
  error instanceof CpError && (codes.length === 0 || codes.includes(error.code));
