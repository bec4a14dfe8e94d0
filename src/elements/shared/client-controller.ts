import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cpClientContext } from '../../client/client-context.js';
import type { CpClient } from '../../client/cp-client.js';
import { sectionsOf, type SectionFactory, type SectionsOf, type SessionClient } from '../../client/session-client.js';
import { SubjectChange } from './subject-change.js';

// An element upgraded before its <cp-session> (its module imported first) asks for the client before
// any provider listens; the root keeps that request and hands it to the session once it is defined.
if (typeof document !== 'undefined') new ContextRoot().attach(document.documentElement);

/**
 * Gives an element the client of the nearest `<cp-session>` (or any provider of `cpClientContext`),
 * and a `revision` number that goes up whenever the element's data may have changed: a write
 * made through the same client by any element of the page, the window regaining focus, or an explicit
 * `refresh()`. Pair it with `@lit/task`: `args: () => [this.session.client, this.session.revision]`
 * reloads the data each time either changes.
 *
 * The element names the client sections it calls, `new ClientController(this, [createAccountApi])`:
 * `client` then has exactly those (and the change feed), built over the session's transport once per
 * page (issue 16: an element loads only the schemas and validators of its sections), or a whole
 * `CpClient` an integrator gave, as is. `client` keeps its identity while the provider's value does.
 */
export class ClientController<F extends readonly SectionFactory[]> implements ReactiveController {
  /** The client, once a provider has answered; undefined outside any session. */
  client: SectionsOf<F> | undefined;

  /** Bumped each time the data shown may be stale. */
  revision = 0;

  #stopListening: (() => void) | undefined;

  #provided: CpClient | SessionClient | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    sections: F,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: cpClientContext,
      subscribe: true,
      // A provider may answer before it has a client (a session whose attributes are not read yet).
      callback: (provided: CpClient | SessionClient | undefined) => {
        this.#stopListening?.();
        if (provided !== this.#provided) this.client = provided && sectionsOf(provided, sections);
        this.#provided = provided;
        this.#stopListening = provided?.onChange(() => this.refresh());
        host.requestUpdate();
      },
    });
  }

  readonly #onFocus = (): void => this.refresh();

  hostConnected(): void {
    window.addEventListener('focus', this.#onFocus);
  }

  hostDisconnected(): void {
    window.removeEventListener('focus', this.#onFocus);
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  /**
   * Calls `forget` when the element turns to another subject: another client (the session
   * switched user), or another value of `more()` (the structure shown…), never on a refresh of the
   * same (see `SubjectChange`). Returns the controller, to declare it in one line:
   * `session = new ClientController(this, [createGpTransferApi]).forgetOnChange(() => this.forget())`.
   */
  forgetOnChange(forget: () => void, more: () => readonly unknown[] = () => []): this {
    new SubjectChange(this.host, () => [this.client, ...more()], forget);
    return this;
  }

  /** Marks the data as stale, so tasks keyed on `revision` run again. */
  refresh(): void {
    this.revision += 1;
    this.host.requestUpdate();
  }
}
