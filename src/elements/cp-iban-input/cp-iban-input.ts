import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ReasonParams } from '../../domain/validation.js';
import type { BicParts } from '../../domain/validators/bic.js';
import { formatIban, normalizeIban, type IbanParts } from '../../domain/validators/iban.js';
import { validateRib, type RibParts } from '../../domain/validators/rib.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import {
  checkBankDetails,
  EMPTY_RIB,
  partOf,
  ribFromIban,
  ribFromText,
  type BankDetailsCheck,
  type BankDetailsMode,
  type BankField,
  type BankIssue,
  type BankPart,
  type BankReason,
} from '../shared/bank-details-check.js';
import { issueMessage } from '../shared/bank-issue-message.js';
import { countryOptions, type CountryOption } from '../shared/country-options.js';
import { fire } from '../shared/events.js';
import { CpFormControl, type ControlFormValue, type ControlValidity } from '../shared/form-control.js';
import { renderRequiredMarker, requiredMarkerStyles } from '../shared/required-marker.js';
import { tokens } from '../shared/tokens.js';
import { uiMessage } from './messages.js';
import { regroupIban } from './regroup.js';
import { styles } from './styles.js';

export type { BankDetailsMode, BankIssue, BankPart } from '../shared/bank-details-check.js';
export type { ValidateOn } from '../shared/form-control.js';

/** The detail of `cp-iban-input-changed`. */
export interface CpIbanChangeDetail {
  /** The electronic IBAN that the form submits ('' for an incomplete RIB). */
  readonly value: string;
  /** Whether the account and the BIC pass every check. */
  readonly valid: boolean;
  readonly mode: BankDetailsMode;
  /** The first problem: the account's, else the BIC's. */
  readonly reason?: BankReason;
  readonly params?: ReasonParams;
  /** The message of `reason` in the element's language. */
  readonly message?: string;
  /** The parts of a valid IBAN (for an FR IBAN: code banque, code guichet, compte, clé RIB). */
  readonly parts?: IbanParts;
  /** The BIC as entered, upper case without spaces. */
  readonly bicValue: string;
  /** The parts of a valid BIC. */
  readonly bic?: BicParts;
  /** In `cp-iban-input-changed`: the part the user changed, the account (IBAN or RIB, country, mode) or the BIC. */
  readonly part?: BankPart;
}

/** The events of cp-iban-input, with their details. */
export interface CpIbanInputEventMap {
  'cp-iban-input-changed': CustomEvent<CpIbanChangeDetail>;
}

const RIB_INPUTS: ReadonlyArray<{
  key: keyof RibParts;
  field: BankField;
  label: 'bankCode' | 'branchCode' | 'accountNumber' | 'ribKey';
  length: number;
  numeric: boolean;
}> = [
  { key: 'codeBanque', field: 'bank', label: 'bankCode', length: 5, numeric: true },
  { key: 'codeGuichet', field: 'branch', label: 'branchCode', length: 5, numeric: true },
  { key: 'numeroCompte', field: 'account', label: 'accountNumber', length: 11, numeric: false },
  { key: 'cleRib', field: 'key', label: 'ribKey', length: 2, numeric: true },
];

const countryList = {
  fromAttribute: (value: string | null): string[] | undefined => {
    const codes = value
      ?.split(/[\s,;]+/)
      .filter(Boolean)
      .map((code) => code.toUpperCase());
    return codes?.length ? codes : undefined;
  },
  toAttribute: (value: string[] | undefined): string | null => value?.join(' ') ?? null,
};

const toMode = (value: string | null): BankDetailsMode => (value === 'rib' ? 'rib' : 'iban');

const ERROR_ICON = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M12 22a10 10 0 1 1 0-20 10 10 0 0 1 0 20Zm-1-7v2h2v-2h-2Zm0-8v6h2V7h-2Z" />
</svg>`;

/**
 * Bank details input (SPEC §10, BNK-1..5): an IBAN of any country of the IBAN registry, or a
 * French RIB (code banque, code guichet, numéro de compte, clé RIB, with the key checked and the
 * IBAN built from it), and a BIC whose country must match the IBAN's.
 *
 * The IBAN is shown in groups of four while typing (the caret stays in place); pasted IBANs with
 * spaces, dashes, dots or lower case are normalised and select their country in the picker. A whole
 * RIB or FR IBAN pasted into any RIB field fills the four fields.
 *
 * Form-associated: inside a native `<form>` it submits two entries, `<name>` = the electronic IBAN
 * (no separators; in RIB mode the IBAN built from a valid RIB, '' otherwise) and `<name>-bic` = the
 * BIC (upper case, no spaces). It blocks submission while invalid (the browser focuses the faulty
 * inner field), follows `required`, `disabled` and a disabled `<fieldset>`, and a form reset brings
 * back the `value`, `bic`, `mode` and `country` attributes.
 *
 * Errors are the validators' sentences in FR or EN (the element's `lang`, an ancestor's, or the page
 * locale), shown under the field with an icon and an "Erreur :" prefix, referenced by
 * `aria-describedby`, announced by a polite live region, and flagged with `aria-invalid`.
 *
 * @tag cp-iban-input
 *
 * @attr name - Name of the form entry of the IBAN; the BIC is submitted as `<name>-bic`.
 * @attr value - Initial IBAN (any formatting); restored by a form reset. The `value` property is the current electronic IBAN.
 * @attr bic - Initial BIC; restored by a form reset. The `bic` property is the current BIC.
 * @attr mode - `iban` (default) or `rib`: initial entry mode; the user switches it with the mode control.
 * @attr country - Initial country of the picker (ISO code); default FR, or the first allowed country.
 * @attr allowed-countries - Countries whose IBANs are accepted, e.g. `"FR DE BE"` (spaces or commas); all by default.
 * @attr required - The account (IBAN or RIB) is required; its labels and the country's show the required marker (*).
 * @attr bic-required - The BIC is required too; its label shows the required marker (*).
 * @attr disabled - Disables every field; the element is then neither submitted nor validated.
 * @attr validate-on - When errors appear: `blur` (default, when leaving a changed field), `input` (while typing) or `submit` (on submit or `reportValidity()`).
 * @attr label - Label of the IBAN field (default "IBAN").
 * @attr payment-note - Shows the BNK-5 note: payment on these bank details is not guaranteed.
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<CpIbanChangeDetail>} cp-iban-input-changed - After every user edit (and mode or country change). `detail`: `{ value, valid, mode, reason?, params?, message?, parts?, bicValue, bic?, part }`, `part` being what the user changed (`account` or `bic`). Bubbles, composed.
 *
 * @csspart base - The wrapper of all fields.
 * @csspart mode - The mode fieldset (IBAN or RIB segmented control).
 * @csspart country - The country `<select>`.
 * @csspart label - The labels of the fields.
 * @csspart input - Every text input (also `iban`, `rib-input`, `bic`).
 * @csspart hint - The hints under the labels (expected format).
 * @csspart error - The error messages.
 * @csspart rib - The RIB fieldset.
 * @csspart rib-iban - The IBAN built from the RIB.
 * @csspart note - The BNK-5 note.
 *
 * @cssstate user-invalid - The element shows an error (`:state(user-invalid)`).
 *
 * @cssprop --cp-font-family - Font stack (DSFR: Marianne, then Arial).
 * @cssprop --cp-color-primary - Selected mode (blue France #000091).
 * @cssprop --cp-color-text - Labels and values (#161616).
 * @cssprop --cp-color-text-mention - Hints (#666666).
 * @cssprop --cp-color-error - Errors (#ce0500).
 * @cssprop --cp-color-info - Bar of the BNK-5 note (#0063cb).
 * @cssprop --cp-color-border-strong - Underline of inputs (#3a3a3a).
 * @cssprop --cp-color-background-input - Input background (#eeeeee).
 * @cssprop --cp-color-background-alt - Disabled fields, note background (#f6f6f6).
 * @cssprop --cp-color-focus - Focus ring (#0a76f6).
 * @cssprop --cp-spacing - Base spacing (1rem).
 * @cssprop --cp-radius - Corner radius (0.25rem).
 */
export class CpIbanInput extends CpFormControl {
  static override styles = [tokens, requiredMarkerStyles, styles];

  private readonly i18n = new LocaleController(this);

  /** Entry mode: an IBAN of any country, or a French RIB. */
  @property() mode: BankDetailsMode = 'iban';

  /** The country chosen in the picker (ISO code); '' for the default (FR, or the first allowed country). */
  @property() country = '';

  /** Countries whose IBANs are accepted; undefined for every country of the registry. */
  @property({ attribute: 'allowed-countries', converter: countryList }) allowedCountries: string[] | undefined;

  /** The BIC is required too. */
  @property({ type: Boolean, attribute: 'bic-required' }) bicRequired = false;

  /** Label of the IBAN field; default "IBAN". */
  @property() label = '';

  /** Shows the BNK-5 note under the fields. */
  @property({ type: Boolean, attribute: 'payment-note' }) paymentNote = false;

  @state() private ibanText = '';
  @state() private rib: RibParts = EMPTY_RIB;
  @state() private bicText = '';

  /**
   * The electronic IBAN (no separators, upper case): in IBAN mode what the user typed, valid or
   * not; in RIB mode the FR IBAN built from a valid RIB, '' otherwise. Setting it accepts any
   * formatting, selects the IBAN's country and fills the RIB fields for an FR IBAN.
   */
  @property()
  get value(): string {
    return this.check().value;
  }

  set value(raw: string) {
    const iban = normalizeIban(raw ?? '');
    const rib = ribFromIban(iban);
    this.ibanText = formatIban(iban);
    this.rib = rib ?? EMPTY_RIB;
    if (iban && !rib) this.mode = 'iban';
    this.followCountry(iban);
  }

  /** The BIC, upper case without spaces. */
  @property()
  get bic(): string {
    return this.bicText.replace(/\s/g, '').toUpperCase();
  }

  set bic(raw: string) {
    this.bicText = (raw ?? '').toUpperCase();
  }

  /** The language the element renders in. */
  get locale(): Locale {
    return this.i18n.locale;
  }

  /** The detail `cp-iban-input-changed` carries now: the value, whether it is valid, the first problem and the parsed parts. */
  get details(): CpIbanChangeDetail {
    const result = this.check();
    const first = result.issues[0];
    return {
      value: result.value,
      valid: !first,
      mode: this.mode,
      bicValue: this.bic,
      ...(first ? { reason: first.reason, message: issueMessage(this.locale, first) } : {}),
      ...(first?.params ? { params: first.params } : {}),
      ...(result.parts ? { parts: result.parts } : {}),
      ...(result.bic ? { bic: result.bic } : {}),
    };
  }

  /**
   * Every problem of the account and of the BIC, shown yet or not (at most one each, the account's
   * first): the inner field it is on, its reason (`issueMessage` says it) and its validity flag. A form
   * lists them in its error summary, one line per part, as the element shows them under its fields.
   */
  get issues(): readonly BankIssue[] {
    return this.check().issues;
  }

  /** Moves focus to the account field (the IBAN, or the code banque in RIB mode). */
  override focus(options?: FocusOptions): void {
    this.partInput('account')?.focus(options);
  }

  /**
   * The inner field a part starts with: the IBAN (the code banque in RIB mode) for `account`, the BIC
   * input for `bic`; what an error summary's link to the part focuses.
   */
  partInput(part: BankPart): HTMLInputElement | null {
    return this.field(part === 'bic' ? 'bic' : this.mode === 'iban' ? 'iban' : 'bank');
  }

  protected restoreInitialValue(): void {
    this.mode = toMode(this.getAttribute('mode'));
    this.country = this.getAttribute('country') ?? '';
    this.value = this.getAttribute('value') ?? '';
    this.bic = this.getAttribute('bic') ?? '';
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved !== 'string') return;
    try {
      const restored = JSON.parse(saved) as { mode?: string; iban?: string; rib?: Partial<RibParts>; bic?: string };
      this.value = restored.iban ?? '';
      this.mode = toMode(restored.mode ?? null);
      this.rib = { ...EMPTY_RIB, ...restored.rib };
      this.bic = restored.bic ?? '';
    } catch {
      // A state this element did not write: keep the current value.
    }
  }

  protected computeFormValue(): ControlFormValue {
    const state = JSON.stringify({ mode: this.mode, iban: this.ibanText, rib: this.rib, bic: this.bic });
    if (!this.name) return { value: null, state };
    const entries = new FormData();
    entries.append(this.name, this.value);
    entries.append(`${this.name}-bic`, this.bic);
    return { value: entries, state };
  }

  protected computeValidity(): ControlValidity {
    const first = this.check().issues[0];
    if (!first) return { flags: {}, message: '' };
    return {
      flags: { [first.flag]: true },
      message: issueMessage(this.locale, first),
      anchor: this.field(first.field) ?? undefined,
    };
  }

  protected override get showsError(): boolean {
    return this.visibleIssues(this.check()).length > 0;
  }

  override render(): TemplateResult {
    const result = this.check();
    const visible = this.visibleIssues(result);
    const accountIssue = visible.find((issue) => partOf(issue.field) === 'account');
    const bicIssue = visible.find((issue) => partOf(issue.field) === 'bic');
    return html`
      <div part="base" class="base">
        ${this.renderModes()}
        ${this.mode === 'iban' ? this.renderIban(accountIssue) : this.renderRib(accountIssue, result)}
        ${this.renderBic(bicIssue)}
        ${this.paymentNote ? html`<p part="note" class="note">${this.t('paymentNote')}</p>` : nothing}
      </div>
    `;
  }

  private renderModes(): TemplateResult {
    const choices = [
      { mode: 'iban', label: this.t('modeIban') },
      { mode: 'rib', label: this.t('modeRib') },
    ] as const;
    return html`
      <fieldset part="mode" class="mode" ?disabled=${this.isDisabled}>
        <legend part="label">${this.t('modeLegend')}</legend>
        <div class="modes">
          ${choices.map(
            ({ mode, label }) => html`
              <input
                class="cp-visually-hidden"
                type="radio"
                name="mode"
                id="mode-${mode}"
                value=${mode}
                .checked=${live(this.mode === mode)}
                @change=${() => this.switchMode(mode)}
              />
              <label for="mode-${mode}">${label}</label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderIban(issue: BankIssue | undefined): TemplateResult {
    const options = this.countries;
    const selected = this.selectedCountry;
    return html`
      <div class="group">
        <label part="label" for="country">${this.t('country')}${renderRequiredMarker(this.required)}</label>
        <select
          part="country"
          id="country"
          aria-required=${this.required ? 'true' : nothing}
          ?disabled=${this.isDisabled}
          @change=${this.onCountryChange}
        >
          ${options.map(
            (option) =>
              html`<option value=${option.code} ?selected=${option.code === selected?.code}>${option.name}</option>`,
          )}
        </select>
      </div>
      <div class="group ${issue ? 'invalid' : ''}">
        <label part="label" for="iban">${this.label || this.t('ibanLabel')}${renderRequiredMarker(this.required)}</label>
        ${
          selected
            ? html`<p part="hint" class="hint" id="iban-hint">
              ${this.t('ibanHint', { countryName: selected.name, length: selected.length, code: selected.code })}
            </p>`
            : nothing
        }
        <input
          part="input iban"
          class="input iban"
          id="iban"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby="iban-hint iban-messages"
          aria-invalid=${issue ? 'true' : nothing}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          .value=${live(this.ibanText)}
          @input=${this.onIbanInput}
          @focusout=${() => this.userLeft('account')}
        />
        ${this.renderMessages('iban-messages', issue)}
      </div>
    `;
  }

  private renderRib(issue: BankIssue | undefined, result: BankDetailsCheck): TemplateResult {
    return html`
      <fieldset
        part="rib"
        class="group ${issue ? 'invalid' : ''}"
        aria-describedby="rib-hint"
        @focusout=${(event: FocusEvent) => this.leftGroup(event, 'account')}
      >
        <legend part="label">${this.t('ribLegend')}</legend>
        <p part="hint" class="hint" id="rib-hint">${this.t('ribHint')}</p>
        <div class="rib-row">
          ${RIB_INPUTS.map(
            (input) => html`
              <div class="rib-cell ${input.field}">
                <label part="label" for="rib-${input.field}">
                  ${this.t(input.label)}${renderRequiredMarker(this.required)}
                </label>
                <input
                  part="input rib-input"
                  class="input"
                  id="rib-${input.field}"
                  type="text"
                  inputmode=${input.numeric ? 'numeric' : 'text'}
                  autocomplete="off"
                  spellcheck="false"
                  maxlength=${input.length}
                  aria-describedby="rib-messages"
                  aria-invalid=${issue?.field === input.field ? 'true' : nothing}
                  ?required=${this.required}
                  ?disabled=${this.isDisabled}
                  .value=${live(this.rib[input.key])}
                  @input=${(event: InputEvent) => this.onRibInput(event, input.key)}
                  @paste=${this.onRibPaste}
                />
              </div>
            `,
          )}
        </div>
        ${
          result.parts
            ? html`<p part="rib-iban" class="rib-iban">${this.t('ribIban', { iban: formatIban(result.parts.iban) })}</p>`
            : nothing
        }
        ${this.renderMessages('rib-messages', issue)}
      </fieldset>
    `;
  }

  private renderBic(issue: BankIssue | undefined): TemplateResult {
    return html`
      <div class="group ${issue ? 'invalid' : ''}">
        <label part="label" for="bic">
          ${this.t('bicLabel')}${
            this.bicRequired ? renderRequiredMarker(true) : html` <span class="optional">(${this.t('optional')})</span>`
          }
        </label>
        <p part="hint" class="hint" id="bic-hint">${this.t('bicHint')}</p>
        <input
          part="input bic"
          class="input"
          id="bic"
          type="text"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby="bic-hint bic-messages"
          aria-invalid=${issue ? 'true' : nothing}
          ?required=${this.bicRequired}
          ?disabled=${this.isDisabled}
          .value=${live(this.bicText)}
          @input=${this.onBicInput}
          @focusout=${() => this.userLeft('bic')}
        />
        ${this.renderMessages('bic-messages', issue)}
      </div>
    `;
  }

  /** A polite live region, always present so that screen readers announce the error when it appears. */
  private renderMessages(id: string, issue: BankIssue | undefined): TemplateResult {
    return html`<div id=${id} aria-live="polite">
      ${
        issue
          ? html`<p part="error" class="error">
            ${ERROR_ICON}<span><span class="error-prefix">${this.t('errorPrefix')}</span> ${issueMessage(this.locale, issue)}</span>
          </p>`
          : nothing
      }
    </div>`;
  }

  private t(key: Parameters<typeof uiMessage>[1], params?: Record<string, string | number>): string {
    return uiMessage(this.locale, key, params);
  }

  private check(): BankDetailsCheck {
    return checkBankDetails({
      mode: this.mode,
      iban: this.ibanText,
      rib: this.rib,
      bic: this.bicText,
      required: this.required,
      bicRequired: this.bicRequired,
      allowedCountries: this.allowedCountries,
    });
  }

  /** The problems whose group is shown, per `validate-on`. */
  private visibleIssues(result: BankDetailsCheck): BankIssue[] {
    return result.issues.filter((issue) => this.errorsShown(partOf(issue.field)));
  }

  private get countries(): readonly CountryOption[] {
    return countryOptions(this.locale, this.allowedCountries);
  }

  /** The picker's country: the chosen one if offered, else FR, else the first offered. */
  private get selectedCountry(): CountryOption | undefined {
    const options = this.countries;
    return options.find((option) => option.code === this.country.toUpperCase()) ?? options[0];
  }

  private field(field: BankField): HTMLInputElement | null {
    const id = field === 'iban' || field === 'bic' ? field : `rib-${field}`;
    return this.renderRoot?.querySelector<HTMLInputElement>(`#${id}`) ?? null;
  }

  /** Selects the country of a typed IBAN in the picker, when the picker offers it. */
  private followCountry(iban: string): void {
    const code = iban.slice(0, 2);
    if (this.countries.some((option) => option.code === code)) this.country = code;
  }

  private onIbanInput(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const edit = regroupIban(this.ibanText, input.value, input.selectionStart ?? input.value.length, event.inputType);
    input.value = edit.text;
    input.setSelectionRange(edit.caret, edit.caret);
    this.ibanText = edit.text;
    this.followCountry(normalizeIban(edit.text));
    this.groupEdited('account');
  }

  private onRibInput(event: InputEvent, key: keyof RibParts): void {
    const input = event.target as HTMLInputElement;
    this.rib = { ...this.rib, [key]: input.value.toUpperCase() };
    this.groupEdited('account');
  }

  /** A whole RIB or FR IBAN pasted into any RIB field fills the four fields. */
  private onRibPaste(event: ClipboardEvent): void {
    const rib = ribFromText(event.clipboardData?.getData('text') ?? '');
    if (!rib) return;
    event.preventDefault();
    this.rib = rib;
    this.groupEdited('account');
  }

  private onBicInput(event: InputEvent): void {
    this.bicText = (event.target as HTMLInputElement).value.toUpperCase();
    this.groupEdited('bic');
  }

  /** A country picked: an IBAN already typed gets the new country code. */
  private onCountryChange(event: Event): void {
    const code = (event.target as HTMLSelectElement).value;
    this.country = code;
    const iban = normalizeIban(this.ibanText);
    if (/^[A-Z]{2}/.test(iban) && iban.slice(0, 2) !== code) this.ibanText = formatIban(code + iban.slice(2));
    this.groupEdited('account');
  }

  /** Switches mode, carrying the account over: an FR IBAN fills the RIB, a valid RIB fills the IBAN. */
  private switchMode(mode: BankDetailsMode): void {
    if (mode === 'rib') {
      const rib = ribFromIban(normalizeIban(this.ibanText));
      if (rib) this.rib = rib;
    } else {
      const rib = validateRib(this.rib);
      if (rib.valid) this.value = rib.value.iban;
    }
    this.mode = mode;
    this.groupEdited('account');
  }

  /** The user changed a group: its errors may show (`validate-on`), and the host hears of it. */
  private groupEdited(group: BankPart): void {
    this.userEdited(group);
    fire(this, 'cp-iban-input-changed', { ...this.details, part: group });
  }

  /** Leaving the RIB fieldset (not moving between its fields) counts as leaving the account. */
  private leftGroup(event: FocusEvent, group: BankPart): void {
    const container = event.currentTarget as HTMLElement;
    if (!container.contains(event.relatedTarget as Node | null)) this.userLeft(group);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cp-iban-input': CpIbanInput;
  }
  interface HTMLElementEventMap extends CpIbanInputEventMap {}
}

if (!customElements.get('cp-iban-input')) customElements.define('cp-iban-input', CpIbanInput);
