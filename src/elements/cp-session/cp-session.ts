import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createAccountApi } from '../../client/account-api.js';
import { cpClientContext } from '../../client/client-context.js';
import type { CpClient } from '../../client/cp-client.js';
import { createSessionClient, sectionsOf, type SessionClient } from '../../client/session-client.js';
import { applyUserLocale, toLocale, type Locale } from '../../i18n/locale.js';
import { fire } from '../shared/events.js';

export type { CpClient } from '../../client/cp-client.js';
export type { SessionClient } from '../../client/session-client.js';

/** Detail of `cp-user-language-applied`: the language the page now shows. */
export interface UserLanguageDetail {
  readonly locale: Locale;
}

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
 * When the user is known, the session reads the user's saved language (ACC-6) and switches every
 * cp-kit element of the page to it, then fires `cp-user-language-applied` so the host can align its own
 * language switch. The host's explicit choice wins: once it has called `setPageLocale`, or when it
 * sets `ignore-user-language`, the page keeps its language.
 *
 * Where a refusal or an unavailable action is explained, the sentence is followed by a discreet
 * reference for support, "Réf. RAT-5" (EN "Ref. RAT-5"), the id of the rule in the rules book (X-8).
 * A host that does not want them sets `hide-rule-refs`: no element inside shows any reference (the
 * session sets `--cp-rule-ref-display: none`, which every element's shadow tree inherits; a host
 * without `<cp-session>` may set that property itself).
 *
 * @attr api-base - Base URL of the API ('' = the page's origin, where the mock answers).
 * @attr user - Login id of the logged-in user, sent as `X-CP-User` by hosts that authenticate upstream.
 * @attr ignore-user-language - Keep the page's language instead of the user's saved one (ACC-6).
 * @attr hide-rule-refs - Hide the rule references ("Réf. RAT-5") shown after refusals, for every element inside (X-8).
 * @cssprop --cp-rule-ref-display - Set to `none` by `hide-rule-refs`; what the elements' rule references use as `display`.
 * @fires {CustomEvent<UserLanguageDetail>} cp-user-language-applied - The user's saved language was applied to the page; `detail.locale` ('fr' | 'en'). Bubbles, composed.
 * @slot - The cp-kit elements that use this session.
 */
export class CpSession extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([hide-rule-refs]) {
      --cp-rule-ref-display: none;
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

  /** Keep the page's language instead of applying the user's saved one (ACC-6). */
  @property({ type: Boolean, attribute: 'ignore-user-language' }) ignoreUserLanguage = false;

  /** Hide the rule references ("Réf. RAT-5") after refusals in every element inside. */
  @property({ type: Boolean, reflect: true, attribute: 'hide-rule-refs' }) hideRuleRefs = false;

  readonly #provider = new ContextProvider(this, { context: cpClientContext });
  #languageRequest: AbortController | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('client') || changed.has('apiBase') || changed.has('user') || changed.has('getToken')) {
      const client = this.client ?? this.#createClient();
      this.#provider.setValue(client);
      void this.#applyUserLanguage(client);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageRequest?.abort();
  }

  /** Switches the page to the user's saved language (ACC-6); the latest user wins, failures change nothing. */
  async #applyUserLanguage(client: CpClient | SessionClient): Promise<void> {
    this.#languageRequest?.abort();
    if (this.ignoreUserLanguage || (!this.client && !this.user && !this.getToken)) return;
    const request = new AbortController();
    this.#languageRequest = request;
    let locale: Locale | undefined;
    try {
      const account = sectionsOf(client, [createAccountApi]);
      locale = toLocale((await account.getMyAccount({ signal: request.signal })).parametres.langue);
    } catch {
      return; // No readable account (deactivated, offline): the elements below explain it themselves.
    }
    if (!locale || request.signal.aborted || this.ignoreUserLanguage || !applyUserLocale(locale)) return;
    fire(this, 'cp-user-language-applied', { locale });
  }

  /** The transport alone: each element builds over it the client sections it calls (issue 16). */
  #createClient(): SessionClient {
    return createSessionClient({
      baseUrl: this.apiBase,
      ...(this.user ? { user: this.user } : {}),
      ...(this.getToken ? { getToken: this.getToken } : {}),
    });
  }

  /** The client the elements below use now: the integrator's `client`, or the session's transport (`toCpClient` gives its whole client). */
  get currentClient(): CpClient | SessionClient | undefined {
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
  interface HTMLElementEventMap {
    'cp-user-language-applied': CustomEvent<UserLanguageDetail>;
  }
}
