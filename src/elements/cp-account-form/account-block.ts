import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isCpError, newIdempotencyKey } from '../../client/index.js';
import type { Bilingual } from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import '../shared/cp-error-summary.js';
import { fieldStyles, renderField } from '../shared/field.js';
import { formPageStyles } from '../shared/form-page-styles.js';
import { renderNotice } from '../shared/notice.js';
import { tokens } from '../shared/tokens.js';

/** A text in the language asked for when rendered (so a language switch re-translates what is shown). */
export type Translated = (locale: Locale) => string;

/** A server or client text in both languages, as a {@link Translated}. */
export const bilingual =
  (text: Bilingual): Translated =>
  (locale) =>
    text[locale];

/** A message above a block's form. */
export interface BlockNotice {
  kind: 'success' | 'error' | 'info' | 'warning';
  text: Translated;
}

/** How {@link AccountBlock.renderInput} draws one input. */
export interface InputOptions {
  label: string;
  value: string;
  type?: 'text' | 'password' | 'search';
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  onInput: (value: string) => void;
}

/**
 * Base of the blocks of cp-account-form that save through their own call (password, secret question,
 * deactivation, reactivation): the session's client, the language, field errors shown next to the
 * fields and in an error summary with focus on the first (X-1), a notice, and writes that reuse
 * their idempotency key when the same write is tried again (X-5). Ids of fields are `f-<field>`.
 */
export abstract class AccountBlock extends LitElement {
  static override styles = [tokens, fieldStyles, formPageStyles];

  protected readonly i18n = new LocaleController(this);
  protected readonly session = new ClientController(this);

  /** The login id, given to password managers in a hidden username field of password forms. */
  @property() username = '';

  /** Level of the block's title in the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() protected errors: Record<string, Translated> = {};
  @state() protected notice: BlockNotice | undefined;
  @state() protected working = false;

  private lastAttempt: { body: string; key: string } | undefined;

  /** The block's fields, in the order of the form (order of the summary and of the focus). */
  protected abstract readonly fields: readonly string[];

  /** The label of a field as the user sees it. */
  protected abstract labelOf(field: string): string;

  protected get locale(): Locale {
    return this.i18n.locale;
  }

  /** A heading at the block's level. */
  protected heading(text: string, id: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 3));
    return html`<p class="title title--block" part="title" role="heading" aria-level=${level} id=${id}>${text}</p>`;
  }

  /** The hidden username field that tells password managers whose password a form changes. */
  protected renderUsername(): TemplateResult | typeof nothing {
    return this.username
      ? html`<input type="text" name="username" autocomplete="username" .value=${this.username} hidden readonly />`
      : nothing;
  }

  protected renderNotice(): TemplateResult | typeof nothing {
    return renderNotice(this.notice, this.locale);
  }

  protected renderSummary(): TemplateResult {
    const errors = this.fields
      .filter((field) => this.errors[field])
      .map((field) => ({ field, label: this.labelOf(field), message: this.errors[field]!(this.locale) }));
    return html`<cp-error-summary .errors=${errors} heading-level=${this.headingLevel + 1} .focusField=${(field: string) => this.focusField(field)}></cp-error-summary>`;
  }

  /** An input of the block in a DSFR field group, with its error. */
  protected renderInput(field: string, options: InputOptions): TemplateResult {
    const locale = this.locale;
    const error = this.errors[field]?.(locale) ?? '';
    return renderField({
      id: `f-${field}`,
      label: options.label,
      ...(options.hint ? { hint: options.hint } : {}),
      error,
      required: options.required ?? true,
      locale,
      control: (describedBy, invalid) => html`<input
        class="cp-field__input"
        part="input"
        id=${`f-${field}`}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        ?required=${options.required ?? true}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(options.value)}
        @input=${(event: Event) => {
          this.clearError(field);
          options.onInput((event.target as HTMLInputElement).value);
        }}
      />`,
    });
  }

  protected clearError(field: string): void {
    if (!this.errors[field]) return;
    const { [field]: _fixed, ...rest } = this.errors;
    this.errors = rest;
  }

  protected focusField(field: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#f-${field}`)?.focus();
  }

  /** Shows errors next to the fields and in the summary, and moves focus to the first invalid field. */
  protected async showErrors(errors: Record<string, Translated>): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    await this.renderRoot.querySelector('cp-error-summary')?.updateComplete;
    const first = this.fields.find((field) => errors[field]);
    if (first) this.focusField(first);
  }

  /**
   * Runs a write: the same idempotency key when the same `body` is tried again (X-5); field problems
   * of the answer go next to the fields, any other refusal into the notice with its rule. Resolves
   * with the answer, or undefined when it failed (the form stays filled).
   */
  protected async write<T>(
    body: unknown,
    call: (idempotencyKey: string) => Promise<T>,
    failure: (message: Translated) => Translated,
  ): Promise<T | undefined> {
    const text = JSON.stringify(body);
    const key = this.lastAttempt?.body === text ? this.lastAttempt.key : newIdempotencyKey();
    this.lastAttempt = { body: text, key };
    this.working = true;
    this.notice = undefined;
    try {
      const result = await call(key);
      this.lastAttempt = undefined;
      return result;
    } catch (error) {
      if (!isCpError(error)) {
        this.notice = { kind: 'error', text: failure(() => String(error)) };
        return undefined;
      }
      if (!error.retryable) this.lastAttempt = undefined;
      const fieldErrors = Object.fromEntries(
        error.fields.filter((f) => this.fields.includes(f.field)).map((f) => [f.field, bilingual(f.message)]),
      );
      this.notice = { kind: 'error', text: failure(bilingual(error.text)) };
      if (Object.keys(fieldErrors).length > 0) await this.showErrors(fieldErrors);
      return undefined;
    } finally {
      this.working = false;
    }
  }
}
