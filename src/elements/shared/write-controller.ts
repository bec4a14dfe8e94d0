import type { ReactiveController, ReactiveElement } from 'lit';
import { isCpError, type CpError } from '../../client/index.js';
import type { FieldProblem } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { fire, type CpEventDetail, type CpEventName } from './events.js';
import type { FieldIssues, Issue } from './field-issues.js';
import type { Notice } from './notice.js';
import { refusalMessage, refusalRule } from './refusal.js';
import { RetryKey } from './retry-key.js';

/** A cancelable event a host may veto a write with. */
export type BeforeWriteEvent = Extract<CpEventName, `cp-before-${string}`>;

/** One write as the controller runs it. */
export interface Write<K extends BeforeWriteEvent> {
  /** The cancelable `cp-before-…` event sent first (none: the host cannot veto this write). */
  before?: K;
  /** Its detail. */
  detail?: CpEventDetail<K>;
  /** What identifies the request for its Idempotency-Key; the detail by default. */
  request?: unknown;
  /** The rule of the action, named by a refusal whose server names none. */
  rule?: string;
}

/**
 * What an accepted write tells the host (its `cp-…` event), run once the outcome is on screen and
 * has focus, so that a listener finds the element as the user does.
 */
export type Announce = () => void;

/** What an element does at each turn of its writes. */
export interface WriteControllerOptions<F extends string> {
  /** The form's field problems: cleared before a write, filled from a refusal's fields. */
  issues?: FieldIssues<F>;
  /** Before each write: clear the previous outcome. */
  start?: () => void;
  /** The host vetoed the write: say so (the message takes focus). */
  vetoed?: () => void;
  /** The server refused the write: say why, naming the rule (`rule`: the write's, for a server that names none). */
  refused: (error: CpError, rule: string | undefined) => void;
  /**
   * A refusal of a stale version (409, ACC-7): read the server's record and show the conflict notice
   * (`part="conflict"`, which then takes focus). Returns false when there is no conflict to show;
   * the refusal is then shown as any other.
   */
  conflict?: (error: CpError, rule: string | undefined) => Promise<boolean>;
  /** Selector of the title that takes focus when nothing else can (`#title` by default). */
  title?: string;
  /** The issues of a refusal's field problems (default: `issues.fromProblems`). */
  problems?: (problems: readonly FieldProblem[]) => Partial<Record<F, Issue>>;
}

/** A focusable element of the host's shadow root, found by a selector. */
type Focusable = HTMLElement & { disabled?: boolean };

/** The focused element, through shadow roots. */
function deepActiveElement(): Focusable | null {
  let active = document.activeElement as Focusable | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as Focusable;
  return active;
}

/**
 * The save flow of an element, written once (DESIGN "Hooks for hosts", X-5, X-8, ACC-7):
 * - the host may veto a write with a cancelable `cp-before-…` event;
 * - `busy` is true while it runs (the element disables its buttons and says "Enregistrement…");
 * - a retry of the same request after a failure that may not have reached the server reuses the
 *   Idempotency-Key of the failed attempt (`RetryKey`);
 * - a refusal is shown with its rule, next to the fields it names and in the error summary;
 * - afterwards focus is on the outcome: the conflict notice, the first field in error, or the message
 *   (`part="notice"`, focusable) scrolled into view; never left on a disabled button or on `body`.
 */
export class WriteController<F extends string = string> implements ReactiveController {
  /** Whether a write is running. */
  busy = false;
  readonly #retryKey = new RetryKey();

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: WriteControllerOptions<F>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#retryKey.forget();
  }

  /** The user left the form: the next write gets a new key. */
  forget(): void {
    this.#retryKey.forget();
  }

  /**
   * Runs `call` under the write's Idempotency-Key unless the host vetoes it or one is running.
   * `call` does what success means (the record, the success message) and may return what to tell the
   * host ({@link Announce}); focus goes to the outcome, then the host is told. Resolves to true when
   * the write was accepted.
   */
  async run<K extends BeforeWriteEvent>(
    write: Write<K>,
    call: (idempotencyKey: string) => Promise<void | Announce>,
  ): Promise<boolean> {
    if (this.busy) return false;
    const { issues } = this.options;
    this.options.start?.();
    issues?.clear();
    if (write.before && !fire(this.host, write.before, write.detail as CpEventDetail<K>, { cancelable: true })) {
      this.options.vetoed?.();
      this.host.requestUpdate();
      await this.focusOutcome();
      return false;
    }
    const key = this.#retryKey.keyFor(write.request ?? write.detail);
    this.setBusy(true);
    let announce: void | Announce;
    try {
      announce = await call(key);
      this.#retryKey.settle();
    } catch (error) {
      this.#retryKey.settle(error);
      this.setBusy(false);
      if (!isCpError(error)) throw error;
      await this.showRefusal(error, write.rule);
      return false;
    }
    this.setBusy(false);
    await this.focusOutcome();
    announce?.();
    return true;
  }

  /** Shows a refused write: the conflict notice (ACC-7), or the refusal and its fields. */
  private async showRefusal(error: CpError, rule: string | undefined): Promise<void> {
    const { conflict, refused, issues, problems } = this.options;
    if (isCpError(error, 'VERSION_CONFLICT') && conflict && (await conflict(error, rule))) {
      this.host.requestUpdate();
      await this.focusOutcome();
      return;
    }
    refused(error, rule);
    this.host.requestUpdate();
    const fieldIssues = issues ? (problems ?? ((list) => issues.fromProblems(list)))(error.fields) : {};
    if (issues && Object.keys(fieldIssues).length > 0) await issues.show(fieldIssues);
    else await this.focusOutcome();
  }

  /** Moves focus to what the last action produced ({@link focusOutcome}). */
  focusOutcome(): Promise<void> {
    return focusOutcome(this.host, this.options.title);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.host.requestUpdate();
  }
}

/**
 * Moves focus to what the last action of `host` produced, scrolled into view: the conflict notice
 * (`part="conflict"`), else the message (`part="notice"`); with neither, focus stays where it is
 * unless it was lost (on the page, or on the host's button now disabled), and then goes to the
 * title (`title`, a selector: `#title` by default).
 */
export async function focusOutcome(host: ReactiveElement, title = '#title'): Promise<void> {
  await host.updateComplete;
  const root = host.renderRoot as ShadowRoot;
  const outcome =
    root.querySelector<Focusable>('[part~="conflict"]') ?? root.querySelector<Focusable>('[part~="notice"]');
  if (outcome) {
    outcome.focus();
    outcome.scrollIntoView?.({ block: 'nearest' });
    return;
  }
  const active = deepActiveElement();
  const lost = !active || active === document.body || (active.disabled === true && root.contains(active));
  if (lost) root.querySelector<Focusable>(title)?.focus();
}

/**
 * The usual outcomes of a write shown in an element's notice: cleared before the write, `vetoed`
 * after a host's veto, the refusal ("Refusé. …") with its rule reference ("Réf. STR-6", X-8) after a refusal.
 */
export function noticeOutcomes(
  set: (notice: Notice | undefined) => void,
  vetoed: (locale: Locale) => string,
): Required<Pick<WriteControllerOptions<string>, 'start' | 'vetoed' | 'refused'>> {
  return {
    start: () => set(undefined),
    vetoed: () => set({ kind: 'info', text: vetoed }),
    refused: (error, rule) =>
      set({
        kind: 'error',
        text: (locale) => refusalMessage(error, locale, rule ? { fallbackRule: rule } : {}),
        rules: refusalRule(error, rule),
      }),
  };
}
