import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { isCpError } from '../../client/index.js';
import type { UserSummary } from '../../domain/schemas/index.js';
import '../shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../shared/cp-confirm-dialog.js';
import { fire } from '../shared/events.js';
import { issueOf } from '../shared/field-issues.js';
import { renderLoadFailure } from '../shared/refusal.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { AccountBlock, type BlockWords } from './account-block.js';
import { deactivationRuleRefs, dt } from './deactivation-messages.js';
import { searchCommonCandidates, successorsOf, userLabel, type StructureToHandOver } from './successors.js';

export type { AccountDetail } from './events.js';

/** Key of the search of "one person for all"; per-structure searches are keyed by the structure id. */
const ALL = 'all';

/** How the deactivation words a refusal and a host's veto. */
const words: BlockWords = {
  failed: (message, locale) => dt(locale, 'failed', { message }),
  vetoed: (locale) => dt(locale, 'vetoed'),
};

/**
 * Deactivation of one's own account (DEA-1, DEA-2), in cp-account-form. States that reactivation is
 * possible for 60 days and that unsaved changes are lost, and asks for a confirmation. A GP first
 * designates a new GP for each structure he manages, one person for all or one per structure, found
 * by nom/prénom, postal address or e-mail among the users attached to that structure; the button is
 * refused, with the reason and the structures concerned, while a structure would be left without GP
 * (pressing it then moves focus to the reason).
 *
 * @csspart successor - The designation of one structure's successor (or of one for all).
 * @csspart blocked-reason - Why the button is refused (DEA-2).
 * @fires {CustomEvent<null>} cp-before-account-deactivate - Cancelable, before the write. Bubbles, composed.
 * @fires {CustomEvent<AccountDetail>} cp-account-deactivated - The account is deactivated; `detail.account`. Bubbles, composed.
 */
export class CpAccountDeactivation extends AccountBlock {
  protected readonly fields: readonly string[] = [];

  @state() private mode: 'all' | 'each' = 'each';
  @state() private queries: Record<string, string> = {};
  @state() private results: Record<string, UserSummary[] | 'searching'> = {};
  @state() private chosen = new Map<number, UserSummary>();
  @state() private chosenForAll: UserSummary | undefined;

  @query('cp-confirm-dialog') private dialog!: CpConfirmDialog;

  private readonly preview = new Task(this, {
    task: async ([client]) => (client ? client.previewDeactivation() : undefined),
    args: () => [this.session.client] as const,
  });

  protected labelOf(field: string): string {
    return field;
  }

  override render() {
    const locale = this.locale;
    return html`<section aria-labelledby="deactivation-title">
      ${this.heading(dt(locale, 'title'), 'deactivation-title')}
      ${this.preview.render({
        pending: () => html`<p role="status">${dt(locale, 'loading')}</p>`,
        error: (error) =>
          renderLoadFailure({
            error,
            locale,
            sentence: (message) => dt(locale, 'loadFailed', { message }),
            actions: nothing,
          }),
        complete: (preview) =>
          preview ? this.renderPreview(preview.structuresAConfier, preview.delaiReactivationJours) : nothing,
      })}
      <cp-confirm-dialog danger></cp-confirm-dialog>
    </section>`;
  }

  private renderPreview(structures: readonly StructureToHandOver[], days: number): TemplateResult {
    const locale = this.locale;
    const missing = structures.filter((s) => !this.successorOf(s));
    const blocked = missing.length > 0;
    return html`<p>${dt(locale, 'intro', { days })}</p>
      ${this.renderNotice()}
      ${structures.length > 0 ? this.renderHandOver(structures) : nothing}
      <div class="actions">
        <button
          type="button"
          class="danger"
          aria-disabled=${blocked || this.writes.busy ? 'true' : 'false'}
          aria-describedby=${blocked ? 'blocked-reason' : nothing}
          @click=${() => this.onDeactivate(structures, days, blocked)}
        >
          ${dt(locale, this.writes.busy ? 'working' : 'deactivate')}
        </button>
      </div>
      ${
        blocked
          ? html`<p class="notice notice--warning" id="blocked-reason" part="blocked-reason" tabindex="-1">
            ${dt(locale, 'blocked', { structures: missing.map((s) => s.designationStructure).join(', ') })}${renderRuleRef(deactivationRuleRefs.blocked, locale)}
          </p>`
          : nothing
      }`;
  }

  private successorOf(structure: StructureToHandOver): UserSummary | undefined {
    return this.mode === 'all' ? this.chosenForAll : this.chosen.get(structure.idStructureCPP);
  }

  private renderHandOver(structures: readonly StructureToHandOver[]): TemplateResult {
    const locale = this.locale;
    return html`<p>${dt(locale, 'gpIntro', { count: structures.length })}${renderRuleRef(deactivationRuleRefs.gpIntro, locale)}</p>
      <fieldset>
        <legend>${dt(locale, 'modeLegend')}</legend>
        ${(['each', 'all'] as const).map(
          (mode) => html`<div class="check">
            <input type="radio" name="mode" id=${`mode-${mode}`} .checked=${this.mode === mode} @change=${() => (this.mode = mode)} />
            <label for=${`mode-${mode}`}>${dt(locale, mode === 'all' ? 'modeAll' : 'modeEach')}</label>
          </div>`,
        )}
      </fieldset>
      ${
        this.mode === 'all'
          ? this.renderSearch(
              ALL,
              dt(locale, 'modeAll'),
              structures,
              this.chosenForAll,
              (user) => (this.chosenForAll = user),
            )
          : structures.map((s) =>
              this.renderSearch(
                String(s.idStructureCPP),
                `${s.designationStructure} (${s.identifiantStructure})`,
                [s],
                this.chosen.get(s.idStructureCPP),
                (user) => {
                  this.chosen = new Map(this.chosen).set(s.idStructureCPP, user);
                },
              ),
            )
      }`;
  }

  /** One search (for a structure, or for all) with its results as radio buttons and the chosen successor. */
  private renderSearch(
    key: string,
    legend: string,
    structures: readonly StructureToHandOver[],
    chosen: UserSummary | undefined,
    choose: (user: UserSummary) => void,
  ): TemplateResult {
    const locale = this.locale;
    const results = this.results[key];
    const id = `search-${key}`;
    return html`<fieldset part="successor">
      <legend id=${`${id}-legend`}>${legend}</legend>
      <p class="status" id=${`${id}-status`}>${chosen ? dt(locale, 'successor', { name: userLabel(chosen) }) : dt(locale, 'noSuccessor')}</p>
      <form class="search" role="search" aria-labelledby=${`${id}-legend`} novalidate @submit=${(event: Event) => this.onSearch(event, key, structures)}>
        ${this.renderInput(id, {
          label: dt(locale, 'searchLabel'),
          hint: dt(locale, key === ALL ? 'searchAllHint' : 'searchHint'),
          type: 'search',
          required: false,
          value: this.queries[key] ?? '',
          onInput: (value) => (this.queries = { ...this.queries, [key]: value }),
        })}
        <div class="actions"><button type="submit" class="secondary">${dt(locale, results === 'searching' ? 'searching' : 'search')}</button></div>
      </form>
      ${
        Array.isArray(results)
          ? results.length === 0
            ? html`<p role="status">${dt(locale, key === ALL ? 'noCommonCandidate' : 'noCandidate')}</p>`
            : html`<fieldset>
              <legend>${dt(locale, 'candidates')}</legend>
              ${results.map(
                (user) => html`<div class="check">
                  <input
                    type="radio"
                    name=${`candidate-${key}`}
                    id=${`candidate-${key}-${user.idUtilisateur}`}
                    .checked=${chosen?.idUtilisateur === user.idUtilisateur}
                    @change=${() => choose(user)}
                  />
                  <label for=${`candidate-${key}-${user.idUtilisateur}`}>${userLabel(user)}</label>
                </div>`,
              )}
            </fieldset>`
          : nothing
      }
    </fieldset>`;
  }

  private async onSearch(event: Event, key: string, structures: readonly StructureToHandOver[]): Promise<void> {
    event.preventDefault();
    const client = this.session.client;
    if (!client) return;
    const q = (this.queries[key] ?? '').trim();
    this.results = { ...this.results, [key]: 'searching' };
    try {
      const found = await searchCommonCandidates(client, structures, q);
      this.results = { ...this.results, [key]: found };
    } catch (error) {
      const { [key]: _dropped, ...rest } = this.results;
      this.results = rest;
      this.notice = { kind: 'error', text: isCpError(error) ? issueOf(error.text) : () => String(error) };
    }
  }

  /** DEA-1: confirmation stating the window and the loss of unsaved changes; DEA-2: successors sent with it. */
  private async onDeactivate(
    structures: readonly StructureToHandOver[],
    days: number,
    blocked: boolean,
  ): Promise<void> {
    const client = this.session.client;
    if (!client || this.writes.busy) return;
    if (blocked) {
      this.renderRoot.querySelector<HTMLElement>('#blocked-reason')?.focus();
      return;
    }
    const locale = this.locale;
    const successeurs = successorsOf(structures, this.mode === 'all' ? this.chosenForAll : undefined, this.chosen);
    const handover = structures
      .map((s) => `${s.designationStructure} → ${userLabel(this.successorOf(s)!)}`)
      .join(' ; ');
    const confirmed = await this.dialog.ask({
      title: dt(locale, 'confirmTitle'),
      message: [
        dt(locale, 'confirmMessage', { days }),
        ...(structures.length > 0 ? [dt(locale, 'confirmMessageGp', { handover })] : []),
      ].join('\n\n'),
      confirmLabel: dt(locale, 'confirmLabel'),
      danger: true,
    });
    if (!confirmed) return;
    const input = { confirmation: true as const, successeurs };
    const before = 'cp-before-account-deactivate';
    await this.save({ before, detail: null, request: input }, words, async (idempotencyKey) => {
      const account = await client.deactivateMyAccount(input, { idempotencyKey });
      this.notice = { kind: 'success', text: (l) => dt(l, 'done') };
      return () => fire(this, 'cp-account-deactivated', { account });
    });
  }
}

if (!customElements.get('cp-account-deactivation'))
  customElements.define('cp-account-deactivation', CpAccountDeactivation);

declare global {
  interface HTMLElementTagNameMap {
    'cp-account-deactivation': CpAccountDeactivation;
  }
}
