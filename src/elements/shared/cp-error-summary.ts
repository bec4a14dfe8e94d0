import { css, html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { defineMessages } from '../../i18n/catalog.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { fire } from './events.js';
import { tokens } from './tokens.js';

/** One invalid field listed by the summary. */
export interface FieldError {
  /** Name of the field, sent back in `cp-field-focus-requested` so the form can focus it. */
  field: string;
  /** Label of the field as the user sees it. */
  label: string;
  /** What is wrong, already translated. */
  message: string;
}

/** Detail of `cp-field-focus-requested`. */
export interface FocusFieldDetail {
  field: string;
}

const t = defineMessages(
  {
    titleOne: 'Le formulaire contient 1 erreur',
    titleMany: 'Le formulaire contient {count} erreurs',
    item: '{label} : {message}',
  },
  {
    titleOne: 'The form contains 1 error',
    titleMany: 'The form contains {count} errors',
    item: '{label}: {message}',
  },
);

/**
 * Error summary shown on top of a form after a failed submission: a DSFR error alert
 * (`role="alert"`, read out by every screen reader) titled "Le formulaire contient N erreur(s)", with
 * one link-styled button per invalid field. It never moves focus by itself: after a failed
 * submission the form calls `focus()` (or focuses the first invalid field), and a user fixing a field,
 * which changes the list, keeps typing where he is. `href="#id"` cannot reach a field inside another shadow root, so a
 * button either calls `focusField(name)` when the form set it, or the form listens for
 * `cp-field-focus-requested`. Renders nothing when there is no error.
 *
 * @fires {CustomEvent<FocusFieldDetail>} cp-field-focus-requested - The user chose a field in the list; `detail.field` is its name. Bubbles, not composed (it stays inside the form around the summary).
 * @csspart alert - The alert box.
 * @csspart title - The title.
 * @csspart link - Each button leading to a field.
 * @cssprop --cp-color-error - Border and icon colour (see tokens).
 */
export class CpErrorSummary extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      .alert {
        position: relative;
        border: 1px solid var(--_cp-error);
        border-left-width: 2.5rem;
        padding: calc(var(--_cp-space) * 0.75) var(--_cp-space) calc(var(--_cp-space) * 0.75) calc(var(--_cp-space) * 1.25);
        background: var(--_cp-background);
        margin-block-end: var(--_cp-space);
      }
      .alert:focus-visible {
        outline: 2px solid var(--_cp-focus);
        outline-offset: 2px;
      }
      .icon {
        position: absolute;
        left: -2rem;
        top: calc(var(--_cp-space) * 0.85);
        width: 1.5rem;
        height: 1.5rem;
        fill: var(--_cp-background);
      }
      .title {
        font-size: 1.25rem;
        font-weight: 700;
        margin: 0 0 0.5rem;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      button {
        font: inherit;
        color: var(--_cp-primary);
        background: none;
        border: 0;
        padding: 0;
        text-align: start;
        text-decoration: underline;
        text-underline-offset: 0.2em;
        cursor: pointer;
      }
      button:hover {
        color: var(--_cp-primary-hover);
        text-decoration-thickness: 2px;
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);

  /**
   * The invalid fields, in the order of the form. An empty list hides the summary. A new array with
   * the same fields and messages is no change (no re-render).
   */
  @property({
    attribute: false,
    hasChanged: (next: FieldError[], previous: FieldError[] | undefined) =>
      JSON.stringify(next) !== JSON.stringify(previous ?? []),
  })
  errors: FieldError[] = [];

  /** Level of the title heading (2 by default), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Called with the field name when the user chooses a field; `cp-field-focus-requested` is sent either way. */
  @property({ attribute: false }) focusField?: (field: string) => void;

  @query('.alert') private alertBox?: HTMLElement;

  /** Moves focus to the summary, as a form does after a failed submission. */
  override focus(options?: FocusOptions): void {
    this.alertBox?.focus(options);
  }

  override render() {
    if (this.errors.length === 0) return nothing;
    const locale = this.i18n.locale;
    const count = this.errors.length;
    const title = count === 1 ? t(locale, 'titleOne') : t(locale, 'titleMany', { count });
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<div class="alert" part="alert" role="alert" tabindex="-1" aria-labelledby="title">
      <svg class="icon" aria-hidden="true" viewBox="0 0 24 24" focusable="false">
        <path d="M12 22a10 10 0 1 1 0-20 10 10 0 0 1 0 20Zm-1-7v2h2v-2h-2Zm0-8v6h2V7h-2Z" />
      </svg>
      <p class="title" part="title" id="title" role="heading" aria-level=${level}>${title}</p>
      <ul>
        ${this.errors.map(
          (error) =>
            html`<li>
              <button type="button" part="link" @click=${() => this.choose(error.field)}>
                ${t(locale, 'item', { label: error.label, message: error.message })}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private choose(field: string): void {
    this.focusField?.(field);
    fire(this, 'cp-field-focus-requested', { field }, { composed: false });
  }
}

if (!customElements.get('cp-error-summary')) customElements.define('cp-error-summary', CpErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'cp-error-summary': CpErrorSummary;
  }
  interface HTMLElementEventMap {
    'cp-field-focus-requested': CustomEvent<FocusFieldDetail>;
  }
}
