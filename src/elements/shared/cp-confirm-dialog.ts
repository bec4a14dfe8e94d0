import { css, html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { defineMessages } from '../../i18n/catalog.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { fire } from './events.js';
import { tokens } from './tokens.js';

/** What {@link CpConfirmDialog.ask} shows; unset texts keep the element's properties. */
export interface ConfirmRequest {
  title?: string;
  message?: string;
  confirmLabel?: string;
  cancelLabel?: string;
  danger?: boolean;
  /** What the action concerns, listed under the message (e.g. every structure of a bulk deletion). */
  items?: readonly string[];
}

const t = defineMessages({ confirm: 'Confirmer', cancel: 'Annuler' }, { confirm: 'Confirm', cancel: 'Cancel' });

/** The focused element, looking through open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Confirmation modal (DSFR modal look) on the native `<dialog>` opened with `showModal()`: the
 * platform traps focus and makes the page inert, Escape cancels, and focus returns to the control
 * that opened it. Title, message and the listed items are text only. The `danger` variant (irreversible actions) paints
 * the confirm button in the error colour and puts the initial focus on Cancel, so a stray Enter does
 * no harm.
 *
 * ```js
 * if (await dialog.ask({ title: 'Supprimer le rattachement ?', message: '…', danger: true })) remove();
 * ```
 *
 * @fires {CustomEvent<null>} cp-dialog-confirmed - The user confirmed. Bubbles, not composed (it stays inside the element that asks).
 * @fires {CustomEvent<null>} cp-dialog-cancelled - The user cancelled (button or Escape). Bubbles, not composed.
 * @csspart dialog - The `<dialog>` box.
 * @csspart title - The title.
 * @csspart message - The message.
 * @csspart items - The list of what the action concerns (when `items` is not empty).
 * @csspart confirm - The confirm button.
 * @csspart cancel - The cancel button.
 * @cssprop --cp-color-primary - Confirm button (see tokens).
 * @cssprop --cp-color-error - Confirm button of the danger variant.
 */
export class CpConfirmDialog extends LitElement {
  static override styles = [
    tokens,
    css`
      dialog {
        box-sizing: border-box;
        width: min(36rem, calc(100vw - 2rem));
        padding: calc(var(--_cp-space) * 2);
        border: 0;
        background: var(--_cp-background);
        color: var(--_cp-text);
        box-shadow: 0 6px 18px rgb(0 0 18 / 16%);
        font: inherit;
      }
      dialog::backdrop {
        background: rgb(22 22 22 / 64%);
      }
      h2 {
        margin: 0 0 var(--_cp-space);
        font-size: 1.5rem;
        line-height: 2rem;
      }
      p {
        margin: 0 0 calc(var(--_cp-space) * 1.5);
        white-space: pre-line;
      }
      ul {
        margin: 0 0 calc(var(--_cp-space) * 1.5);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--_cp-space);
      }
      button {
        font: inherit;
        font-weight: 500;
        min-height: 2.5rem;
        padding: 0.5rem 1.5rem;
        cursor: pointer;
      }
      .confirm {
        background: var(--_cp-primary);
        color: var(--_cp-background);
        border: 1px solid var(--_cp-primary);
      }
      .confirm:hover {
        background: var(--_cp-primary-hover);
      }
      :host([danger]) .confirm {
        background: var(--_cp-error);
        border-color: var(--_cp-error);
      }
      .cancel {
        background: transparent;
        color: var(--_cp-primary);
        border: 1px solid var(--_cp-primary);
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);

  /** Title of the dialog (text, also its accessible name). Not `title`, which would show a tooltip. */
  @property() heading = '';
  /** Message under the title (text; line breaks are kept). */
  @property() message = '';
  /** Text of the confirm button; "Confirmer" / "Confirm" when empty. */
  @property({ attribute: 'confirm-label' }) confirmLabel = '';
  /** Text of the cancel button; "Annuler" / "Cancel" when empty. */
  @property({ attribute: 'cancel-label' }) cancelLabel = '';
  /** What the action concerns, listed under the message (text; none by default). */
  @property({ attribute: false }) items: readonly string[] = [];
  /** Irreversible action: error-coloured confirm button, initial focus on Cancel. */
  @property({ type: Boolean, reflect: true }) danger = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  private opener: HTMLElement | null = null;

  /** Whether the dialog is shown. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }
  private settle?: (confirmed: boolean) => void;
  /** Whether the current opening has been answered (a later `close` event then changes nothing). */
  private answered = true;

  /** Opens the dialog and resolves with true on confirm, false on cancel or Escape. */
  async ask(request: ConfirmRequest = {}): Promise<boolean> {
    const { title, message, confirmLabel, cancelLabel, danger, items } = request;
    if (title !== undefined) this.heading = title;
    if (message !== undefined) this.message = message;
    if (confirmLabel !== undefined) this.confirmLabel = confirmLabel;
    if (cancelLabel !== undefined) this.cancelLabel = cancelLabel;
    if (danger !== undefined) this.danger = danger;
    if (items !== undefined) this.items = items;
    this.settle?.(false);
    this.settle = undefined;
    await this.show();
    // Taken once the dialog is open, so a `close` event still queued from a previous answer cannot settle it.
    return new Promise<boolean>((resolve) => (this.settle = resolve));
  }

  /** Opens the dialog as a modal; focus goes to Confirm (Cancel in the danger variant). */
  async show(): Promise<void> {
    await this.updateComplete;
    if (this.open) return;
    this.opener = deepActiveElement();
    this.answered = false;
    this.dialog.showModal();
    this.shadowRoot!.querySelector<HTMLButtonElement>(this.danger ? '.cancel' : '.confirm')!.focus();
  }

  /** Closes the dialog as Cancel would, if it is open (its question no longer applies: another user, say). */
  dismiss(): void {
    if (this.open) this.finish(false);
  }

  override render() {
    const locale = this.i18n.locale;
    const listed = this.items.length > 0;
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby=${listed ? 'message items' : 'message'} @cancel=${this.onCancel} @close=${this.onClose}>
      <h2 id="title" part="title">${this.heading}</h2>
      <p id="message" part="message">${this.message}</p>
      ${listed ? html`<ul id="items" part="items">${this.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
      <div class="actions">
        <button type="button" class="cancel" part="cancel" @click=${() => this.finish(false)}>
          ${this.cancelLabel || t(locale, 'cancel')}
        </button>
        <button type="button" class="confirm" part="confirm" @click=${() => this.finish(true)}>
          ${this.confirmLabel || t(locale, 'confirm')}
        </button>
      </div>
    </dialog>`;
  }

  /** Escape: the platform closes the dialog; we only record the answer. */
  private onCancel(): void {
    this.dialog.returnValue = 'cancel';
  }

  /** A button: closes and answers at once (the `close` event comes later, after a possible reopening). */
  private finish(confirmed: boolean): void {
    this.dialog.close();
    this.answer(confirmed);
  }

  /** Escape (or any other way the platform closed it): answers unless already answered or open again. */
  private onClose(): void {
    if (this.dialog.open || this.answered) return;
    this.answer(this.dialog.returnValue === 'confirm');
  }

  private answer(confirmed: boolean): void {
    const settle = this.settle;
    this.settle = undefined;
    this.answered = true;
    this.dialog.returnValue = '';
    this.opener?.focus();
    this.opener = null;
    settle?.(confirmed);
    fire(this, confirmed ? 'cp-dialog-confirmed' : 'cp-dialog-cancelled', null, { composed: false });
  }
}

if (!customElements.get('cp-confirm-dialog')) customElements.define('cp-confirm-dialog', CpConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'cp-confirm-dialog': CpConfirmDialog;
  }
  interface HTMLElementEventMap {
    'cp-dialog-confirmed': CustomEvent<null>;
    'cp-dialog-cancelled': CustomEvent<null>;
  }
}
