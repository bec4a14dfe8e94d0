import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { createAccountApi } from '../../client/account-api.js';
import { isCpError, newIdempotencyKey } from '../../client/index.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import { createServiceApi } from '../../client/service-api.js';
import type {
  Bilingual,
  RattachementRequest,
  RattachementRequestResult,
  RattachementView,
  StructureSearchItem,
} from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import '../shared/cp-date-input.js';
import type { CpDateInput } from '../shared/cp-date-input.js';
import '../shared/cp-error-summary.js';
import type { FieldError } from '../shared/cp-error-summary.js';
import { panelStyles } from '../shared/cp-structure-picker-styles.js';
import { fire } from '../shared/events.js';
import { fieldStyles, renderField, renderRequiredNote } from '../shared/field.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { checkDraft, COMMENT_MAX, requestOf, type RequestDraft, type RequestField } from './request-draft.js';
import { t } from './request-messages.js';
import { existingStatus, renderRequestSummary, requestSummaryStyles } from './request-summary.js';

export type { RattachementView, StructureSearchItem } from '../../domain/schemas/index.js';

/** Detail of `cp-before-rattachement-request`: the request about to be sent (cancel the event to veto it). */
export interface BeforeRequestDetail {
  request: RattachementRequest;
}

/** Detail of `cp-rattachement-requested`: the pending rattachement, the RAT-3 warnings, and whether the user asked to attach to another structure next. */
export interface RattachementRequestedDetail {
  result: RattachementRequestResult;
  next: boolean;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * The rattachement request for one structure (RAT-4), under a summary of the structure and of the
 * user asking (guide 002 §5 3/4): level (whole structure, or chosen active
 * services), start date (required) and end date (optional, not before the start) with
 * `cp-date-input`, a comment of 1..255 characters with a live counter, "Valider" and "Valider et
 * rattacher à une autre structure". A supplier asking for a public structure is warned (RAT-3).
 * Refusals (a duplicate, RAT-5) are shown with their reason; the input is kept for a retry with the
 * same idempotency key (X-5). Used by `<cp-rattachements>`.
 *
 * @fires {CustomEvent<BeforeRequestDetail>} cp-before-rattachement-request - Cancelable, before sending; `detail.request`. Bubbles, composed.
 * @fires {CustomEvent<RattachementRequestedDetail>} cp-rattachement-requested - The request is pending (RAT-5); `detail`: `{ result, next }`. Bubbles, composed.
 * @fires {CustomEvent<null>} cp-rattachement-request-cancelled - The user cancelled the request. Bubbles, not composed (for cp-rattachements around it).
 */
export class CpRattachementRequest extends LitElement {
  static override styles = [tokens, fieldStyles, panelStyles, requestSummaryStyles];

  private readonly i18n = new LocaleController(this);
  private readonly session = new ClientController(this, [createAccountApi, createRattachementApi, createServiceApi]);

  /** The structure asked for. */
  @property({ attribute: false }) structure?: StructureSearchItem;
  /** The user is attached to a private structure (a supplier): asking for a public one is warned (RAT-3). */
  @property({ type: Boolean }) supplier = false;
  /** The user's rattachements to this structure: each scope offered says the status of the one covering it. */
  @property({ attribute: false }) existing: readonly RattachementView[] = [];

  @state() private draft: RequestDraft = {
    niveau: 'STRUCTURE',
    idServices: [],
    dateDebut: today(),
    dateFin: '',
    commentaire: '',
  };
  @state() private problems: Partial<Record<RequestField, string>> = {};
  @state() private refusal: { message: Bilingual; rule?: string } | undefined;
  @state() private sending = false;
  /** Idempotency key of the draft as last sent; a retry of the same draft reuses it (X-5). */
  private sentKey: string | undefined;

  private readonly services = new Task(this, {
    task: async ([client, id], { signal }) =>
      client && id
        ? await loadAllPages((page) => client.listServices(id, { statut: 'ACTIF', ...page }, { signal }))
        : [],
    args: () => [this.session.client, this.structure?.idStructureCPP] as const,
  });

  /** The user asking, for the summary (guide 002 §5 3/4). */
  private readonly account = new Task(this, {
    task: async ([client], { signal }) => (client ? client.getMyAccount({ signal }) : undefined),
    args: () => [this.session.client] as const,
  });

  protected override render(): TemplateResult | typeof nothing {
    const structure = this.structure;
    if (!structure) return nothing;
    const locale = this.i18n.locale;
    const counterId = 'rq-commentaire-counter';
    return html`<form novalidate @submit=${(event: Event) => this.submit(event, false)}>
      <fieldset>
        <legend>${t(locale, 'legend', { name: structure.designationStructure, identifiant: structure.identifiantStructure })}</legend>
        ${renderRequestSummary(structure, this.account.value, locale)}
        ${renderRequiredNote(locale)}
        ${
          this.supplier && structure.typeStructure === 'PUBLIQUE'
            ? html`<p class="notice notice--warning" role="note">${t(locale, 'supplierWarning')}</p>`
            : nothing
        }
        <cp-error-summary .errors=${this.summary(locale)} .focusField=${(field: string) => this.focusField(field as RequestField)}></cp-error-summary>
        ${
          this.refusal
            ? html`<p class="notice notice--error" role="alert" tabindex="-1">
              ${t(locale, 'refused', { message: this.refusal.message[locale] })}${renderRuleRef(this.refusal.rule, locale)}
              ${t(locale, 'retryHint')}
            </p>`
            : nothing
        }
        <fieldset>
          <legend>${t(locale, 'level')}</legend>
          ${(['STRUCTURE', 'SERVICES'] as const).map(
            (niveau) => html`<label class="check">
              <input type="radio" name="niveau" value=${niveau} .checked=${live(this.draft.niveau === niveau)} @change=${() => this.change({ niveau })} />
              ${t(locale, niveau === 'STRUCTURE' ? 'levelStructure' : 'levelServices')}${niveau === 'STRUCTURE' ? existingStatus(this.existing, undefined, locale) : nothing}
            </label>`,
          )}
          ${this.draft.niveau === 'SERVICES' ? this.renderServices(locale) : nothing}
        </fieldset>
        <div class="grid">
          <cp-date-input
            id="rq-dateDebut"
            label=${t(locale, 'dateDebut')}
            required
            .value=${this.draft.dateDebut}
            error=${this.problems.dateDebut ?? ''}
            @input=${(event: Event) => this.change({ dateDebut: (event.currentTarget as CpDateInput).value })}
          ></cp-date-input>
          <cp-date-input
            id="rq-dateFin"
            label=${t(locale, 'dateFin')}
            min=${this.draft.dateDebut}
            .value=${this.draft.dateFin}
            error=${this.problems.dateFin ?? ''}
            @input=${(event: Event) => this.change({ dateFin: (event.currentTarget as CpDateInput).value })}
          ></cp-date-input>
        </div>
        ${renderField({
          id: 'rq-commentaire',
          label: t(locale, 'commentaire'),
          hint: t(locale, 'commentaireHint'),
          required: true,
          error: this.problems.commentaire ?? '',
          locale,
          control: (describedBy, invalid) => html`<textarea
              id="rq-commentaire"
              class="cp-field__input"
              required
              maxlength=${COMMENT_MAX}
              aria-describedby="${describedBy} ${counterId}"
              aria-invalid=${invalid ? 'true' : 'false'}
              .value=${live(this.draft.commentaire)}
              @input=${(event: Event) => this.change({ commentaire: (event.target as HTMLTextAreaElement).value })}
            ></textarea>
            <p class="counter" id=${counterId} aria-live="polite">${t(locale, 'counter', { count: this.draft.commentaire.length })}</p>`,
        })}
        <div class="buttons">
          <button type="submit" ?disabled=${this.sending}>${t(locale, 'validate')}</button>
          <button type="button" class="secondary" ?disabled=${this.sending} @click=${(event: Event) => this.submit(event, true)}>${t(locale, 'validateAndNext')}</button>
          <button type="button" class="secondary" @click=${this.cancel}>${t(locale, 'cancel')}</button>
        </div>
        ${this.sending ? html`<p role="status">${t(locale, 'sending')}</p>` : nothing}
      </fieldset>
    </form>`;
  }

  private renderServices(locale: Locale): TemplateResult {
    return this.services.render({
      pending: () => html`<p role="status">${t(locale, 'servicesLoading')}</p>`,
      error: (error) =>
        html`<p class="notice notice--error" role="alert">${isCpError(error) ? error.text[locale] : String(error)}</p>`,
      complete: (services) =>
        services.length === 0
          ? html`<p class="notice notice--warning">${t(locale, 'noServices')}</p>`
          : html`<fieldset id="rq-idServices" tabindex="-1" aria-describedby="rq-idServices-error">
              <legend>${t(locale, 'services')}</legend>
              ${services.map(
                (service) => html`<label class="check">
                  <input
                    type="checkbox"
                    .checked=${live(this.draft.idServices.includes(service.idService))}
                    @change=${(event: Event) => this.toggleService(service.idService, (event.target as HTMLInputElement).checked)}
                  />
                  ${service.codeService} – ${service.libelleService}${existingStatus(this.existing, service.idService, locale)}
                </label>`,
              )}
              <p id="rq-idServices-error" class="cp-field__error" aria-live="polite">${this.problems.idServices ?? ''}</p>
            </fieldset>`,
    }) as TemplateResult;
  }

  private summary(locale: Locale): FieldError[] {
    const labels: Record<RequestField, string> = {
      idServices: t(locale, 'services'),
      dateDebut: t(locale, 'dateDebut'),
      dateFin: t(locale, 'dateFin'),
      commentaire: t(locale, 'commentaire'),
    };
    return (Object.entries(this.problems) as [RequestField, string][]).map(([field, message]) => ({
      field,
      label: labels[field],
      message,
    }));
  }

  private change(patch: Partial<RequestDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.sentKey = undefined;
  }

  private toggleService(idService: number, checked: boolean): void {
    const rest = this.draft.idServices.filter((id) => id !== idService);
    this.change({ idServices: checked ? [...rest, idService] : rest });
  }

  private focusField(field: RequestField): void {
    this.renderRoot.querySelector<HTMLElement>(`#rq-${field}`)?.focus();
  }

  private async showProblems(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector('cp-error-summary')?.focus();
  }

  private async submit(event: Event, next: boolean): Promise<void> {
    event.preventDefault();
    const structure = this.structure;
    const client = this.session.client;
    if (!structure || !client || this.sending) return;
    const locale = this.i18n.locale;
    this.refusal = undefined;
    const local = checkDraft(this.draft);
    this.problems = Object.fromEntries(Object.entries(local).map(([field, key]) => [field, t(locale, key)]));
    if (Object.keys(local).length > 0) {
      await this.showProblems();
      return;
    }
    const request = requestOf(structure.idStructureCPP, this.draft);
    if (!fire(this, 'cp-before-rattachement-request', { request }, { cancelable: true })) return;
    this.sentKey ??= newIdempotencyKey();
    this.sending = true;
    try {
      const result = await client.requestRattachement(request, { idempotencyKey: this.sentKey });
      this.sentKey = undefined;
      fire(this, 'cp-rattachement-requested', { result, next });
    } catch (error) {
      if (!isCpError(error)) throw error;
      const fields = error.fields.filter((f) =>
        ['idServices', 'dateDebut', 'dateFin', 'commentaire'].includes(f.field),
      );
      this.problems = Object.fromEntries(fields.map((f) => [f.field, f.message[locale]]));
      this.refusal = { message: error.text, ...(error.rule ? { rule: error.rule } : {}) };
      if (fields.length > 0) await this.showProblems();
      else {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[role="alert"]')?.focus();
      }
    } finally {
      this.sending = false;
    }
  }

  private cancel(): void {
    fire(this, 'cp-rattachement-request-cancelled', null, { composed: false });
  }
}

if (!customElements.get('cp-rattachement-request'))
  customElements.define('cp-rattachement-request', CpRattachementRequest);

declare global {
  interface HTMLElementTagNameMap {
    'cp-rattachement-request': CpRattachementRequest;
  }
  interface HTMLElementEventMap {
    'cp-before-rattachement-request': CustomEvent<BeforeRequestDetail>;
    'cp-rattachement-requested': CustomEvent<RattachementRequestedDetail>;
    'cp-rattachement-request-cancelled': CustomEvent<null>;
  }
}
