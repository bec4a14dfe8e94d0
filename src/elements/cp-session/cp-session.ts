import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { cpClientContext } from '../../client/client-context.js';
import type { CpClient } from '../../client/cp-client.js';
import { createHttpClient } from '../../client/http-client.js';

/**
 * `<cp-session>` hands the cp-kit elements inside it the client of the logged-in user (ID-1): the host
 * authenticates, then says who is logged in and how to reach the API; the kit never shows a login form.
 *
 * ```html
 * <cp-session api-base="https://api.example" user="pauline.dufour@terneuil-sur-seine.fr">
 *   <cp-account-form></cp-account-form>
 * </cp-session>
 * ```
 *
 * A host with a bearer token sets the `getToken` property instead of `user`; an integrator with its
 * own transport sets `client` to any `CpClient`, which then wins over the attributes. Elements find the
 * client through `@lit/context` (`cpClientContext`), so they may sit anywhere below, in light or shadow DOM.
 *
 * @attr api-base - Base URL of the API ('' = the page's origin, where the mock answers).
 * @attr user - Login id of the logged-in user, sent as `X-CP-User` by hosts that authenticate upstream.
 * @slot - The cp-kit elements that use this session.
 */
export class CpSession extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the API; '' for the page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';

  /** Login id of the logged-in user (sent as `X-CP-User`). */
  @property() user = '';

  /** Returns the bearer token of the logged-in user, called before every request. */
  @property({ attribute: false }) getToken: (() => string | undefined | Promise<string | undefined>) | undefined;

  /** A client supplied by the integrator (own transport or a test double); wins over the attributes. */
  @property({ attribute: false }) client: CpClient | undefined;

  readonly #provider = new ContextProvider(this, { context: cpClientContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('apiBase') || changed.has('user') || changed.has('getToken')) {
      this.#provider.setValue(this.client ?? this.#createClient());
    }
  }

  #createClient(): CpClient {
    return createHttpClient({
      baseUrl: this.apiBase,
      ...(this.user ? { user: this.user } : {}),
      ...(this.getToken ? { getToken: this.getToken } : {}),
    });
  }

  /** The client the elements below use now. */
  get currentClient(): CpClient | undefined {
    return this.#provider.value;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('cp-session')) customElements.define('cp-session', CpSession);

declare global {
  interface HTMLElementTagNameMap {
    'cp-session': CpSession;
  }
}
