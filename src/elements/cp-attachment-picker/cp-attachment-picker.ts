import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createAttachmentApi } from '../../client/attachment-api.js';
import { MAX_PAGE_SIZE, type Attachment, type AttachmentType } from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import type { AttachmentDetail } from '../cp-attachment-manager/cp-attachment-manager.js';
import { ClientController } from '../shared/client-controller.js';
import { controlStyles } from '../shared/control-styles.js';
import { formatInstantDate } from '../shared/date-text.js';
import { fire } from '../shared/events.js';
import { fieldStyles, renderFieldMessages } from '../shared/field.js';
import { formatFileSize } from '../shared/file-size.js';
import { CpFormControl, type ControlFormValue, type ControlValidity, type ValidateOn } from '../shared/form-control.js';
import { renderLoadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { tokens } from '../shared/tokens.js';
import { t } from './messages.js';
import { styles } from './styles.js';

export type { Attachment } from '../../domain/schemas/index.js';
export type { ValidateOn } from '../shared/form-control.js';
export type { AttachmentPickDetail, CpAttachmentPickerEventMap } from './events.js';

/** Where the attachments are offered (PJ-4): an invoice, a "mémoire de frais de justice" or a TIC refund request. */
export type AttachmentContext = 'facture' | 'memoire' | 'tic';

/** From this many attachments on, a filter helps find one. */
const FILTER_FROM = 8;

/** What the element shows once loaded. */
interface Loaded {
  rows: Attachment[];
  types: AttachmentType[];
}

/**
 * The user's pièces jointes offered in a host's form (PJ-4): when entering an invoice, a "mémoire de
 * frais de justice" or a TIC refund request, the user ticks the attachments of his account to join.
 * A checkbox per attachment (name as text, X-4; désignation, type, size, date dd/mm/yyyy), a filter
 * once the list is long, the count chosen announced politely, and "Ajouter une pièce jointe" opening
 * `<cp-attachment-manager>` below (its checks, progress, cancel and retry, PJ-1..3): a file added
 * there is ticked at once.
 *
 * Form-associated: inside a `<form>` it submits one `name` entry per chosen attachment (its
 * `pieceJointeId`), supports `required` ("Choisissez au moins une pièce jointe.", shown next to the
 * group on submit by default, or on leaving the group with `validate-on="blur"`), `disabled` (also
 * from a `<fieldset>`), reset to the `value` attribute and state restoration. The list comes from the
 * client of the surrounding `<cp-session>`.
 *
 * @tag cp-attachment-picker
 * @attr name - Name of the form entries.
 * @attr value - Chosen `pieceJointeId`s, comma-separated (the attribute is the initial choice, restored by a reset).
 * @attr context - `facture` (default), `memoire` or `tic`: names the group after the document being entered.
 * @attr required - At least one attachment must be chosen.
 * @attr validate-on - When the error appears: `submit` (default), `blur` (leaving the group after a change) or `input` (at each tick).
 * @attr disabled - Neither editable nor submitted.
 * @attr heading-level - Level of the embedded attachment manager's title (3 by default).
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 * @fires {Event} change - The user ticked or unticked an attachment (like a native input).
 * @fires {CustomEvent<AttachmentPickDetail>} cp-attachment-picker-changed - Same moment, with `detail.attachments`: the attachments chosen now. Bubbles, composed.
 * @csspart group - The fieldset of checkboxes.
 * @csspart list - The list of attachments.
 * @csspart count - The "n pièces jointes choisies" status.
 * @csspart add - The button that opens the attachment manager.
 * @csspart error - The error message.
 * @cssstate user-invalid - The group shows an error.
 * @cssprop --cp-color-primary - Buttons and checkboxes (see tokens).
 * @cssprop --cp-color-error - Error bar and text (see tokens).
 */
export class CpAttachmentPicker extends CpFormControl {
  static override styles = [tokens, fieldStyles, controlStyles, styles];

  private readonly i18n = new LocaleController(this);
  // Another user's attachments: the last one's ticks go, and the panel to add one closes (X-7).
  private readonly session = new ClientController(this, [createAttachmentApi]).forgetOnChange(() => {
    this.restoreInitialValue();
    this.panelOpen = false;
  });

  /** Chosen `pieceJointeId`s, comma-separated; the `value` attribute is the initial choice. */
  @property() value = '';
  /** The document being entered, which names the group. */
  @property() context: AttachmentContext = 'facture';
  /** Level of the embedded attachment manager's title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** When the error appears: on submit by default (a group of boxes is left many times while choosing). */
  override validateOn: ValidateOn = 'submit';

  @state() private filter = '';
  @state() private panelOpen = false;
  @state() private added: string | undefined;

  private readonly loader = new Task(this, {
    task: async ([client], { signal }): Promise<Loaded | undefined> => {
      if (!client) return undefined;
      const [page, types] = await Promise.all([
        client.listAttachments({ pageSize: MAX_PAGE_SIZE }, { signal }),
        client.listAttachmentTypes({ signal }),
      ]);
      return loadedFor({ rows: page.items, types }, client);
    },
    args: () => [this.session.client, this.session.revision] as const,
  });

  /** The chosen attachments, as the server lists them (ids of attachments deleted elsewhere are dropped). */
  get chosenAttachments(): Attachment[] {
    const ids = this.chosenIds;
    return (this.loader.value?.rows ?? []).filter((a) => ids.has(a.pieceJointeId));
  }

  private get chosenIds(): Set<number> {
    return new Set(
      this.value
        .split(',')
        .map((part) => Number(part.trim()))
        .filter((id) => Number.isInteger(id) && id > 0),
    );
  }

  /** The ids submitted: the chosen ones the list still holds (all of them until it is loaded). */
  private get submittedIds(): number[] {
    const rows = this.loader.value?.rows;
    return rows ? this.chosenAttachments.map((a) => a.pieceJointeId) : [...this.chosenIds];
  }

  protected restoreInitialValue(): void {
    this.value = this.getAttribute('value') ?? '';
    this.added = undefined;
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.value = saved;
  }

  protected computeFormValue(): ControlFormValue {
    const ids = this.submittedIds;
    if (!this.name || ids.length === 0) return { value: null, state: this.value };
    const entries = new FormData();
    for (const id of ids) entries.append(this.name, String(id));
    return { value: entries, state: this.value };
  }

  protected computeValidity(): ControlValidity {
    if (!this.required || this.submittedIds.length > 0) return { flags: {}, message: '' };
    const anchor = this.renderRoot.querySelector<HTMLElement>('li input, button.add') ?? undefined;
    return { flags: { valueMissing: true }, message: t(this.i18n.locale, 'valueMissing'), anchor };
  }

  private get visibleError(): string {
    return this.showsError ? this.computeValidity().message : '';
  }

  override render() {
    const locale = this.i18n.locale;
    if (!this.session.client) return html`<p class="notice notice--error" role="alert">${t(locale, 'noSession')}</p>`;
    return renderRefreshing(
      this.loader,
      {
        pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
        complete: (loaded) => (loaded ? this.renderGroup(loaded, locale) : nothing),
        error: (error) =>
          renderLoadFailure({
            error,
            locale,
            actions: html`<button type="button" class="secondary" @click=${() => this.session.refresh()}>${t(locale, 'retry')}</button>`,
          }),
      },
      // The same user's attachments: another user's are not his to choose.
      (last) => isLoadedFor(last, this.session.client),
    );
  }

  private renderGroup({ rows, types }: Loaded, locale: Locale): TemplateResult {
    const error = this.visibleError;
    const chosen = this.chosenIds;
    const needle = this.filter.trim().toLocaleLowerCase(locale);
    const typeLabel = (code: string) =>
      types.find((type) => type.codeTypePieceJointe === code)?.libelleTypePieceJointe[locale] ?? code;
    const shown = needle
      ? rows.filter((a) =>
          [a.pieceJointeNom, a.pieceJointeDesignation, typeLabel(a.pieceJointeTypeCode)].some((text) =>
            text.toLocaleLowerCase(locale).includes(needle),
          ),
        )
      : rows;
    const count = this.submittedIds.length;
    const countText = count === 0 ? t(locale, 'chosenNone') : t(locale, 'chosen', { count });
    return html`<fieldset part="group" class="cp-field ${error ? 'cp-field--error' : ''}" aria-describedby="hint messages" ?disabled=${this.isDisabled} @focusout=${this.onFocusOut}>
        <legend class="cp-field__label">
          ${t(locale, `legend_${this.context}`)}${this.required ? html`<span class="cp-field__required" aria-hidden="true">&nbsp;*</span>` : nothing}
        </legend>
        <p class="cp-field__hint" id="hint">${t(locale, 'hint')}</p>
        ${
          rows.length >= FILTER_FROM
            ? html`<div class="filter">
              <label class="cp-field__label" for="filter">${t(locale, 'filter')}</label>
              <input class="cp-field__input" id="filter" type="search" .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
            </div>`
            : nothing
        }
        ${rows.length === 0 ? html`<p>${t(locale, 'empty')}</p>` : nothing}
        ${rows.length > 0 && shown.length === 0 ? html`<p>${t(locale, 'noMatch', { filter: this.filter.trim() })}</p>` : nothing}
        <ul part="list">
          ${shown.map(
            (a) => html`<li>
              <input
                type="checkbox"
                id=${`pj-${a.pieceJointeId}`}
                .checked=${chosen.has(a.pieceJointeId)}
                aria-invalid=${error ? 'true' : 'false'}
                @change=${(e: Event) => this.toggle(a.pieceJointeId, (e.target as HTMLInputElement).checked)}
              />
              <label for=${`pj-${a.pieceJointeId}`}>
                ${t(locale, 'option', {
                  name: a.pieceJointeNom,
                  designation: a.pieceJointeDesignation,
                  type: typeLabel(a.pieceJointeTypeCode),
                  size: formatFileSize(a.taille, locale),
                  date: formatInstantDate(a.dateAjout),
                })}
              </label>
            </li>`,
          )}
        </ul>
        ${renderFieldMessages('messages', error, locale)}
        <p class="count" part="count" role="status">${this.added ? `${t(locale, 'added', { name: this.added })} ` : nothing}${countText}</p>
        <button type="button" class="secondary add" part="add" aria-expanded=${this.panelOpen ? 'true' : 'false'} aria-controls="add-panel" @click=${this.togglePanel}>
          ${t(locale, this.panelOpen ? 'addClose' : 'addOpen')}
        </button>
      </fieldset>
      ${
        this.panelOpen
          ? html`<div class="panel" id="add-panel">
            <cp-attachment-manager heading-level=${Math.min(6, this.headingLevel)} @cp-attachment-uploaded=${(e: CustomEvent<AttachmentDetail>) => this.onUploaded(e.detail.attachment)}></cp-attachment-manager>
          </div>`
          : nothing
      }`;
  }

  /** Opens or closes the attachment manager, loaded on first use so the picker alone stays small. */
  private togglePanel(): void {
    this.panelOpen = !this.panelOpen;
    if (this.panelOpen) void import('../cp-attachment-manager/cp-attachment-manager.js');
  }

  private toggle(id: number, on: boolean): void {
    const ids = this.chosenIds;
    if (on) ids.add(id);
    else ids.delete(id);
    this.choose(ids);
  }

  private onUploaded(attachment: Attachment): void {
    this.added = attachment.pieceJointeNom;
    this.choose(new Set([...this.chosenIds, attachment.pieceJointeId]));
  }

  /** Leaving the group (not moving between its boxes) counts as leaving the control. */
  private onFocusOut(event: FocusEvent): void {
    const group = event.currentTarget as HTMLElement;
    if (!group.contains(event.relatedTarget as Node | null)) this.userLeft();
  }

  /** Records the choice in list order and tells the host page. */
  private choose(ids: Set<number>): void {
    this.value = [...ids].join(',');
    this.userEdited();
    this.dispatchEvent(new Event('change', { bubbles: true }));
    fire(this, 'cp-attachment-picker-changed', { attachments: this.chosenAttachments });
  }
}

if (!customElements.get('cp-attachment-picker')) customElements.define('cp-attachment-picker', CpAttachmentPicker);

declare global {
  interface HTMLElementTagNameMap {
    'cp-attachment-picker': CpAttachmentPicker;
  }
}
