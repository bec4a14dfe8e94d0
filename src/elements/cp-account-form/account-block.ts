import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { createAccountApi } from '../../client/account-api.js';
import { createDeactivationApi } from '../../client/deactivation-api.js';
import type { CpError } from '../../client/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import '../shared/cp-error-summary.js';
import { FieldIssues, type Issue } from '../shared/field-issues.js';
import { fieldStyles, renderField } from '../shared/field.js';
import { formPageStyles } from '../shared/form-page-styles.js';
import { renderNotice, type Notice } from '../shared/notice.js';
import { tokens } from '../shared/tokens.js';
import { WriteController, type Announce, type BeforeWriteEvent, type Write } from '../shared/write-controller.js';
import { renderNewPasswordFields, type NewPasswordValues } from './password-fields.js';

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

/** How a block words the outcomes of one write. */
export interface BlockWords {
  /** The refusal, around the server's message ("La modification a échoué. {message}"). */
  failed: (message: string, locale: Locale) => string;
  /** The host vetoed the write (`cp-before-…`). */
  vetoed?: (locale: Locale) => string;
  /** A refusal the block shows its own way (true), instead of the notice (false or absent). */
  refused?: (error: CpError) => boolean;
}

/**
 * Base of the blocks of cp-account-form that save through their own call (password, secret question,
 * deactivation, reactivation): the session's client, the language, the shared field issues (next to
 * the fields and in an error summary, focus on the first, X-1) and the shared save flow
 * (`WriteController`: host veto, busy, the Idempotency-Key kept for a retry, X-5, focus on the
 * outcome). Ids of fields are `f-<field>`.
 */
export abstract class AccountBlock extends LitElement {
  static override styles = [tokens, fieldStyles, formPageStyles];

  protected readonly i18n = new LocaleController(this);
  protected readonly session = new ClientController(this, [createAccountApi, createDeactivationApi]);

  /** The login id, given to password managers in a hidden username field of password forms. */
  @property() username = '';

  /** Level of the block's title in the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The message above the block's form: the outcome of its last write. */
  @state() protected notice: Notice | undefined;

  /** What the user typed in the block's form, by field. */
  protected values: Readonly<Record<string, string>> = {};

  /** The problems of the block's fields, shown next to them and in the summary. */
  protected readonly issues: FieldIssues<string>;
  /** The block's writes. */
  protected readonly writes: WriteController<string>;

  #words: BlockWords | undefined;

  /** The block's fields, in the order of the form (order of the summary and of the focus). */
  protected abstract readonly fields: readonly string[];

  /** The label of a field as the user sees it. */
  protected abstract labelOf(field: string): string;

  constructor() {
    super();
    const fields = () => this.fields;
    this.issues = new FieldIssues<string>(this, {
      get order() {
        return fields();
      },
      label: (field) => this.labelOf(field),
      fieldOf: (field) => (fields().includes(field) ? field : undefined),
    });
    this.writes = new WriteController<string>(this, {
      issues: this.issues,
      start: () => (this.notice = undefined),
      vetoed: () => {
        const vetoed = this.#words?.vetoed;
        if (vetoed) this.notice = { kind: 'info', text: vetoed };
      },
      refused: (error) => {
        const words = this.#words!;
        if (words.refused?.(error)) return;
        this.notice = { kind: 'error', text: (locale) => words.failed(error.messageIn(locale), locale) };
      },
      title: '[part~="title"]',
    });
  }

  protected get locale(): Locale {
    return this.i18n.locale;
  }

  /** Runs one write of the block through the shared save flow, its outcomes worded by `words`. */
  protected save<K extends BeforeWriteEvent>(
    write: Write<K>,
    words: BlockWords,
    call: (idempotencyKey: string) => Promise<void | Announce>,
  ): Promise<boolean> {
    if (this.writes.busy) return Promise.resolve(false);
    this.#words = words;
    return this.writes.run(write, call);
  }

  /** A heading at the block's level. */
  protected heading(text: string, id: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 3));
    return html`<p class="title title--block" part="title" role="heading" aria-level=${level} id=${id} tabindex="-1">${text}</p>`;
  }

  /**
   * Moves focus to the block's outcome (its message), else to its title when focus was lost: what
   * cp-account-form does when the block takes the place of the form.
   * @internal
   */
  focusOutcome(): Promise<void> {
    return this.writes.focusOutcome();
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
    return html`<cp-error-summary .errors=${this.issues.summaryErrors(this.locale)} heading-level=${this.headingLevel + 1} .focusField=${(field: string) => this.issues.focus(field)}></cp-error-summary>`;
  }

  /** The user typed in a field: the value is kept, the last outcome cleared. */
  protected set(field: string, value: string): void {
    this.values = { ...this.values, [field]: value };
    this.notice = undefined;
    this.requestUpdate();
  }

  /** The new password twice with the ACC-4 policy (`renderNewPasswordFields`), its problems shown. */
  protected renderNewPassword(values: NewPasswordValues): TemplateResult {
    return renderNewPasswordFields({
      values,
      locale: this.locale,
      errors: { nouveauMotDePasse: this.issueText('nouveauMotDePasse'), confirmation: this.issueText('confirmation') },
      onInput: (field, value) => {
        this.issues.clear(field);
        this.set(field, value);
      },
    });
  }

  /** The problem of a field in the reader's language, or ''. */
  protected issueText(field: string): string {
    return this.issues.text(field, this.locale);
  }

  /** An input of the block in a DSFR field group, with its error. */
  protected renderInput(field: string, options: InputOptions): TemplateResult {
    const locale = this.locale;
    return renderField({
      id: `f-${field}`,
      label: options.label,
      ...(options.hint ? { hint: options.hint } : {}),
      error: this.issueText(field),
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
          this.issues.clear(field);
          options.onInput((event.target as HTMLInputElement).value);
        }}
      />`,
    });
  }
}

/** The `required` issue of each field of `values` left empty. */
export const missingFields = (values: Readonly<Record<string, string>>, required: Issue): Record<string, Issue> =>
  Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value === '')
      .map(([field]) => [field, required]),
  );
