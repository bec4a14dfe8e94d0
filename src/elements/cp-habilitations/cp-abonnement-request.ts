import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { createHabilitationApi } from '../../client/habilitation-api.js';
import { isCpError, newIdempotencyKey } from '../../client/index.js';
import { createServiceApi } from '../../client/service-api.js';
import type {
  AbonnementRequest,
  AbonnementView,
  AccessMode,
  Application,
  ApplicationInfo,
  Bilingual,
  RattachementView,
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
import { requestRuleRefs, t } from './request-messages.js';

export type { ApplicationInfo, RattachementView } from '../../domain/schemas/index.js';

/** Detail of `cp-before-abonnements-request`: the request about to be sent (cancel the event to veto it). */
export interface BeforeAbonnementDetail {
  request: AbonnementRequest;
}

/** Detail of `cp-abonnements-requested`: the pending abonnements, one per line (HAB-8). */
export interface AbonnementsRequestedDetail {
  abonnements: AbonnementView[];
}

/** A scope of a request: the whole structure (`undefined`) or one service. */
interface Scope {
  idService: number | undefined;
  label: string;
}

type Field = 'structure' | 'espace' | 'scopes' | 'dateEffet';
const MODES: readonly AccessMode[] = ['MODIFICATION', 'CONSULTATION_UNIQUEMENT'];
const scopeKey = (idService: number | undefined): string => (idService === undefined ? 'structure' : String(idService));
const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * Requesting an abonnement (HAB-8): structure and espace required; per service (the default service
 * is the whole structure) modification and/or consultation; effective date; optional comment. Only
 * the scopes the user is attached to are offered, and the structure-level vs service-level rule is
 * explained; a refusal (espace not open, duplicate) is shown with its rule and reason. Used by
 * `<cp-habilitations>`.
 *
 * @fires {CustomEvent<BeforeAbonnementDetail>} cp-before-abonnements-request - Cancelable, before sending; `detail.request`. Bubbles, composed.
 * @fires {CustomEvent<AbonnementsRequestedDetail>} cp-abonnements-requested - The lines are pending; `detail.abonnements`. Bubbles, composed.
 * @fires {CustomEvent<null>} cp-abonnement-request-cancelled - The user cancelled. Bubbles, not composed (for cp-habilitations around it).
 */
export class CpAbonnementRequest extends LitElement {
  static override styles = [tokens, fieldStyles, panelStyles];

  private readonly i18n = new LocaleController(this);
  private readonly session = new ClientController(this, [createHabilitationApi, createServiceApi]);

  /** The user's rattachements; only the VALIDEE ones in force are offered. */
  @property({ attribute: false }) rattachements: RattachementView[] = [];
  /** The applications with their labels (HAB-1). */
  @property({ attribute: false }) applications: ApplicationInfo[] = [];

  @state() private idRattachement = '';
  @state() private espace = '';
  @state() private ticked = new Set<string>();
  @state() private dateEffet = today();
  @state() private commentaire = '';
  @state() private problems: Partial<Record<Field, string>> = {};
  @state() private refusal: { message: Bilingual; rule: string } | undefined;
  @state() private sending = false;
  private sentKey: string | undefined;

  private get eligible(): RattachementView[] {
    return this.rattachements.filter((row) => row.statutRattachement === 'VALIDEE' && row.enVigueur);
  }

  private get chosen(): RattachementView | undefined {
    return this.eligible.find((row) => String(row.idRattachement) === this.idRattachement);
  }

  private readonly scopes = new Task(this, {
    task: async ([client, row], { signal }): Promise<Scope[]> => {
      if (!client || !row) return [];
      if (row.niveau === 'SERVICES')
        return row.idServices.map((idService, index) => ({
          idService,
          label: row.codesServices[index] ?? String(idService),
        }));
      const services = await loadAllPages((page) =>
        client.listServices(row.idStructureCPP, { statut: 'ACTIF', ...page }, { signal }),
      );
      return [
        { idService: undefined, label: '' },
        ...services.map((s) => ({ idService: s.idService, label: `${s.codeService} – ${s.libelleService}` })),
      ];
    },
    args: () => [this.session.client, this.chosen] as const,
  });

  protected override render(): TemplateResult {
    const locale = this.i18n.locale;
    const eligible = this.eligible;
    return html`<form novalidate @submit=${this.submit}>
      <fieldset>
        <legend>${t(locale, 'legend')}</legend>
        <p class="hint" id="ab-rules">${t(locale, 'rules')}</p>
        ${renderRequiredNote(locale)}
        <cp-error-summary .errors=${this.summary(locale)} .focusField=${(field: string) => this.focusField(field as Field)}></cp-error-summary>
        ${
          this.refusal
            ? html`<p class="notice notice--error" role="alert" tabindex="-1">${t(locale, 'refused', { message: this.refusal.message[locale] })}${renderRuleRef(this.refusal.rule, locale)} ${t(locale, 'retryHint')}</p>`
            : nothing
        }
        ${eligible.length === 0 ? html`<p class="notice notice--warning">${t(locale, 'noStructure')}${renderRuleRef(requestRuleRefs.noStructure, locale)}</p>` : nothing}
        <div class="grid">
          ${renderField({
            id: 'ab-structure',
            label: t(locale, 'structure'),
            required: true,
            error: this.problems.structure ?? '',
            locale,
            control: (
              describedBy,
              invalid,
            ) => html`<select id="ab-structure" class="cp-field__input" required aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} @change=${this.onStructure}>
              <option value="" ?selected=${this.idRattachement === ''}>${t(locale, 'chooseStructure')}</option>
              ${eligible.map((row) => html`<option value=${String(row.idRattachement)} ?selected=${this.idRattachement === String(row.idRattachement)}>${row.designationStructure} (${row.identifiantStructure})</option>`)}
            </select>`,
          })}
          ${renderField({
            id: 'ab-espace',
            label: t(locale, 'espace'),
            required: true,
            error: this.problems.espace ?? '',
            locale,
            control: (describedBy, invalid) => html`<select
              id="ab-espace"
              class="cp-field__input"
              required
              aria-describedby=${describedBy}
              aria-invalid=${invalid ? 'true' : 'false'}
              @change=${(event: Event) => this.edit(() => (this.espace = (event.target as HTMLSelectElement).value))}
            >
              <option value="" ?selected=${this.espace === ''}>${t(locale, 'chooseEspace')}</option>
              ${this.applications.map((app) => html`<option value=${app.application} ?selected=${this.espace === app.application}>${app.libelle[locale]}</option>`)}
            </select>`,
          })}
        </div>
        ${this.chosen ? this.renderScopes(locale) : nothing}
        <div class="grid">
          <cp-date-input
            id="ab-dateEffet"
            label=${t(locale, 'dateEffet')}
            required
            .value=${this.dateEffet}
            error=${this.problems.dateEffet ?? ''}
            @input=${(event: Event) => this.edit(() => (this.dateEffet = (event.currentTarget as CpDateInput).value))}
          ></cp-date-input>
        </div>
        ${renderField({
          id: 'ab-commentaire',
          label: t(locale, 'commentaire'),
          locale,
          control: (describedBy) => html`<textarea
              id="ab-commentaire"
              class="cp-field__input"
              maxlength="255"
              aria-describedby="${describedBy} ab-counter"
              .value=${live(this.commentaire)}
              @input=${(event: Event) => this.edit(() => (this.commentaire = (event.target as HTMLTextAreaElement).value))}
            ></textarea>
            <p class="counter" id="ab-counter" aria-live="polite">${t(locale, 'counter', { count: this.commentaire.length })}</p>`,
        })}
        <div class="buttons">
          <button type="submit" ?disabled=${this.sending}>${t(locale, 'submit')}</button>
          <button type="button" class="secondary" @click=${() => fire(this, 'cp-abonnement-request-cancelled', null, { composed: false })}>${t(locale, 'cancel')}</button>
        </div>
        ${this.sending ? html`<p role="status">${t(locale, 'sending')}</p>` : nothing}
      </fieldset>
    </form>`;
  }

  private renderScopes(locale: Locale): TemplateResult {
    return this.scopes.render({
      pending: () => html`<p role="status">${t(locale, 'servicesLoading')}</p>`,
      error: (error) =>
        html`<p class="notice notice--error" role="alert">${isCpError(error) ? error.text[locale] : String(error)}</p>`,
      complete: (scopes) => html`<fieldset id="ab-scopes" tabindex="-1" aria-describedby="ab-scopes-error">
        <legend>${t(locale, 'scopes')}</legend>
        ${scopes.map((scope) => {
          const label = scope.idService === undefined ? t(locale, 'defaultService') : scope.label;
          return html`<div role="group" aria-label=${label}>
            <p><strong>${label}</strong></p>
            ${MODES.map((mode) => {
              const key = `${scopeKey(scope.idService)}:${mode}`;
              return html`<label class="check">
                <input type="checkbox" aria-label=${t(locale, 'modeOf', { mode: t(locale, mode === 'MODIFICATION' ? 'modification' : 'consultation'), scope: label })} .checked=${live(this.ticked.has(key))} @change=${(event: Event) => this.tick(key, (event.target as HTMLInputElement).checked)} />
                ${t(locale, mode === 'MODIFICATION' ? 'modification' : 'consultation')}
              </label>`;
            })}
          </div>`;
        })}
        <p id="ab-scopes-error" class="cp-field__error" aria-live="polite">${this.problems.scopes ?? ''}</p>
      </fieldset>`,
    }) as TemplateResult;
  }

  /** Moves focus to the structure field, the first of the form (when the user opens it). */
  async focusFirstField(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ab-structure')?.focus();
  }

  private summary(locale: Locale): FieldError[] {
    const labels: Record<Field, string> = {
      structure: t(locale, 'structure'),
      espace: t(locale, 'espace'),
      scopes: t(locale, 'scopes'),
      dateEffet: t(locale, 'dateEffet'),
    };
    return (Object.entries(this.problems) as [Field, string][]).map(([field, message]) => ({
      field,
      label: labels[field],
      message,
    }));
  }

  private edit(apply: () => void): void {
    apply();
    this.sentKey = undefined;
  }

  private onStructure(event: Event): void {
    this.edit(() => {
      this.idRattachement = (event.target as HTMLSelectElement).value;
      this.ticked = new Set();
    });
  }

  private tick(key: string, checked: boolean): void {
    const next = new Set(this.ticked);
    if (checked) next.add(key);
    else next.delete(key);
    this.edit(() => (this.ticked = next));
  }

  private focusField(field: Field): void {
    this.renderRoot.querySelector<HTMLElement>(`#ab-${field}`)?.focus();
  }

  private lines(): AbonnementRequest['lignes'] {
    return [...this.ticked].map((key) => {
      const [scope, mode] = key.split(':') as [string, AccessMode];
      return scope === 'structure' ? { mode } : { idService: Number(scope), mode };
    });
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.session.client;
    if (!client || this.sending) return;
    const locale = this.i18n.locale;
    const row = this.chosen;
    const lignes = this.lines();
    const problems: Partial<Record<Field, string>> = {};
    if (!row) problems.structure = t(locale, 'structureRequired');
    if (!this.espace) problems.espace = t(locale, 'espaceRequired');
    if (row && lignes.length === 0) problems.scopes = t(locale, 'scopesRequired');
    if (!this.dateEffet) problems.dateEffet = t(locale, 'dateRequired');
    this.problems = problems;
    this.refusal = undefined;
    if (!row || Object.keys(problems).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector('cp-error-summary')?.focus();
      return;
    }
    const request: AbonnementRequest = {
      idStructureCPP: row.idStructureCPP,
      espace: this.espace as Application,
      lignes,
      dateEffet: this.dateEffet,
      ...(this.commentaire.trim() ? { commentaire: this.commentaire.trim() } : {}),
    };
    if (!fire(this, 'cp-before-abonnements-request', { request }, { cancelable: true })) return;
    this.sentKey ??= newIdempotencyKey();
    this.sending = true;
    try {
      const abonnements = await client.requestAbonnements(request, { idempotencyKey: this.sentKey });
      this.sentKey = undefined;
      this.ticked = new Set();
      fire(this, 'cp-abonnements-requested', { abonnements });
    } catch (error) {
      if (!isCpError(error)) throw error;
      this.refusal = { message: error.text, rule: error.rule ?? error.code };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[role="alert"]')?.focus();
    } finally {
      this.sending = false;
    }
  }
}

if (!customElements.get('cp-abonnement-request')) customElements.define('cp-abonnement-request', CpAbonnementRequest);

declare global {
  interface HTMLElementTagNameMap {
    'cp-abonnement-request': CpAbonnementRequest;
  }
  interface HTMLElementEventMap {
    'cp-before-abonnements-request': CustomEvent<BeforeAbonnementDetail>;
    'cp-abonnements-requested': CustomEvent<AbonnementsRequestedDetail>;
    'cp-abonnement-request-cancelled': CustomEvent<null>;
  }
}
