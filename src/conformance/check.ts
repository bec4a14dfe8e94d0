import type { CpError, CpErrorCode } from '../client/errors.js';
import type { CpClient } from '../client/index.js';
import type { Bilingual } from '../domain/schemas/index.js';
import type { FixtureUser } from './fixture.js';

/** One HTTP request and its answer as a check saw them (for the report of a failure). */
export interface Exchange {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response?: { status: number; headers: Record<string, string>; body: string };
}

/** A raw HTTP request of a check (for what the typed client hides: headers, CSV bytes). */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query, from `/api`. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

/** The answer to a raw request: status, headers (lower-case names) and body bytes. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** The body as UTF-8 text (a BOM kept). */
  text: string;
}

/** What a refusal must look like: status, machine code and (when a rule refused) the rule id. */
export interface ExpectedRefusal {
  status: number;
  code: CpErrorCode;
  rule?: string;
}

/** What a check works with: clients acting as fixture users, raw HTTP, the clock, and assertions. */
export interface CheckContext {
  /** The typed client of cp-kit acting as a fixture user (answers validated against the contract). */
  as(user: FixtureUser): CpClient;
  /** A raw HTTP request, as a fixture user or with no credential. */
  send(user: FixtureUser | undefined, request: RawRequest): Promise<RawAnswer>;
  /** The backend's "now" (ISO 8601) when the check started (from the provider state). */
  now(): string;
  /** The backend's date (YYYY-MM-DD) when the check started, for dates a request must carry. */
  today(): string;
  /** Moves the backend's clock forward (provider state); a check needing it is not applicable without a clock. */
  advanceClock(minutes: number): Promise<void>;
  /** Expects `call` to be refused as described; gives the client's error. */
  refused(call: Promise<unknown>, expected: ExpectedRefusal): Promise<CpError>;
  /** Fails the check when `condition` is false, saying what was expected and what came. */
  expect(condition: boolean, expected: string, received?: unknown): void;
}

/** A check of the contract, defined as data: which rule, which section, who acts, what it does. */
export interface Check {
  /** Unique id, `<rule>.<case>` (e.g. `RAT-7.gp-cannot-leave-without-successor`). */
  id: string;
  /** The SPEC rule id the check is about (X-2 for authorization checks). */
  rule: string;
  /** The SPEC section, e.g. `3. Rattachements`. */
  section: string;
  /** What is checked, in plain words. */
  title: string;
  /** The fixture users it acts as, e.g. `['jeane']` (the GP of the CC du Chaourcois). */
  as: readonly FixtureUser[];
  /** What the backend needs beyond the contract: `clock` (a provider state that moves its clock). */
  needs?: readonly 'clock'[];
  run(ctx: CheckContext): Promise<void>;
}

/** A check that failed: what was expected and what came instead (with the problem's FR/EN messages). */
export class CheckFailure extends Error {
  readonly expected: string;
  readonly received: string;
  readonly problemText: Bilingual | undefined;

  constructor(expected: string, received: string, problemText?: Bilingual) {
    super(`expected ${expected}; received ${received}`);
    this.name = 'CheckFailure';
    this.expected = expected;
    this.received = received;
    this.problemText = problemText;
  }
}

/** Thrown when the backend cannot take a check (no clock endpoint): reported as not applicable. */
export class NotApplicable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotApplicable';
  }
}
