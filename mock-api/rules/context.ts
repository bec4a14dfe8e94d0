import type { UserAccount } from '../../src/domain/schemas/index.js';
import type { Clock } from '../clock.js';
import type { InseeRegister } from '../insee.js';
import type { Store } from '../store.js';

/** Tunable behaviour of the mock. */
export interface MockConfig {
  /** Delay before a structure or service change takes effect (STR-4, SRV-2); 30 minutes in the portal. */
  effectDelayMs: number;
  /** Sandbox: a SIRET with a bad key is accepted with a warning (STR-1). */
  sandbox: boolean;
  /** Days after deactivation during which self-reactivation is possible, inclusive (DEA-3, DEA-4). */
  reactivationWindowDays: number;
  /** Lifetime of an e-mailed single-use link (DEA-3). */
  emailLinkTtlMs: number;
  /** Largest attachment accepted (PJ-1). */
  maxAttachmentBytes: number;
  /** Check the store's invariants after every write and fail the write if one breaks (tests). */
  checkInvariants: boolean;
  /**
   * Demo mode (the demo page, Storybook): the outbox lists every user's e-mails, not only the
   * caller's, single-use links of others left out (NOT-4). Off unless asked for explicitly.
   */
  demoMode: boolean;
  /** DEA-3: reactivation requests one account may make per window (3 per hour); more answer 429 with Retry-After. */
  reactivationRequestLimit: { count: number; windowMs: number };
}

/** The defaults of the rules book. */
export const defaultConfig: MockConfig = {
  effectDelayMs: 30 * 60 * 1000,
  sandbox: false,
  reactivationWindowDays: 60,
  emailLinkTtlMs: 24 * 60 * 60 * 1000,
  maxAttachmentBytes: 4 * 1024 * 1024,
  checkInvariants: false,
  demoMode: false,
  reactivationRequestLimit: { count: 3, windowMs: 60 * 60 * 1000 },
};

/** What every rule may use: the data, the time, the INSEE register, the configuration. */
export interface MockEnv {
  readonly store: Store;
  readonly clock: Clock;
  readonly insee: InseeRegister;
  readonly config: MockConfig;
}

/** A rule call on behalf of an identified user (ID-1). */
export interface RuleContext extends MockEnv {
  readonly caller: UserAccount;
}

/** The current instant as stored (ISO 8601, X-6). */
export const nowIso = (env: Pick<MockEnv, 'clock'>): string => env.clock.now().toISOString();

/** Today's date as stored (`YYYY-MM-DD`, UTC). */
export const todayIso = (env: Pick<MockEnv, 'clock'>): string => nowIso(env).slice(0, 10);
