/**
 * The machine codes of every refusal and the HTTP status each one answers with. A code says
 * what kind of refusal it is; the rule id carried next to it (`ACC-4`) says which rule of the book
 * refused, so adding a section adds rule ids, not codes.
 */
export const ERROR_STATUS = {
  /** The request does not match the contract (missing or malformed field). */
  INVALID: 400,
  /** No or unknown credential (ID-1). */
  UNAUTHENTICATED: 401,
  /** The caller may not do this. */
  FORBIDDEN: 403,
  /** The caller's account is deactivated: only reactivation is possible (ID-4). */
  ACCOUNT_DEACTIVATED: 403,
  /** The account, initialised from MADRHAS, must be completed first (ACC-1). */
  FIRST_CONNECTION_REQUIRED: 403,
  /** No such resource, or not visible to the caller. */
  NOT_FOUND: 404,
  /** The path exists but not with this method (the answer's `Allow` header lists those it takes). */
  METHOD_NOT_ALLOWED: 405,
  /** The request was not received in time (a stalled upload, a client that stopped sending). */
  REQUEST_TIMEOUT: 408,
  /** The write was based on a stale version of the resource (ACC-7). */
  VERSION_CONFLICT: 409,
  /** The same thing already exists or is already pending (RAT-5, STR-1, SRV-1). */
  DUPLICATE: 409,
  /** The state of the resource forbids the transition (deciding twice, APR-2). */
  STATE_CONFLICT: 409,
  /** The file (PJ-1) or the request body is too large. */
  TOO_LARGE: 413,
  /** The file type is not allowed or its content does not match (PJ-2). */
  UNSUPPORTED_TYPE: 415,
  /** The request is well formed but breaks a rule of the book (422). */
  RULE_BROKEN: 422,
  /** The same Idempotency-Key was sent with a different request. */
  IDEMPOTENCY_KEY_REUSED: 422,
  /** Too many requests of this kind from this account: try again after the answer's `Retry-After` (DEA-3). */
  TOO_MANY_REQUESTS: 429,
  /** The request's address or headers are too long. */
  HEADERS_TOO_LARGE: 431,
  /** The server failed; the request may be retried. */
  INTERNAL: 500,
} as const satisfies Record<string, number>;

/** A machine error code. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Every error code, as a tuple usable by `z.enum`. */
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

/** HTTP status of an error code. */
export const statusOf = (code: ErrorCode): number => ERROR_STATUS[code];
