import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createGpTransferApi } from '../../client/gp-transfer-api.js';
import { isCpError, newIdempotencyKey } from '../../client/index.js';
import type {
  GpTransferMode,
  GpTransferRequest,
  PrincipalStructure,
  SuccessorCandidate,
} from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import { consoleStyles } from '../shared/console-styles.js';
import '../shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../shared/cp-confirm-dialog.js';
import { fire } from '../shared/events.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { renderNotice as renderNoticeView } from '../shared/notice.js';
import { refusalText } from '../shared/refusal-text.js';
import { refusalRule, renderReadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { renderRuleRef, type RuledText, type RuleRefs } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { blockingLines } from './blocking-lines.js';
import { breaksPigp, candidateName, commonCandidates } from './candidates.js';
import { ruleRefs, t, type MessageKey } from './messages.js';
import { styles } from './styles.js';

export type { GpTransferRequest, GpTransferResult } from '../../domain/schemas/index.js';
export type { CpGpTransferEventMap } from './events.js';

const WAYS: readonly GpTransferMode[] = ['STRUCTURES_CHOISIES', 'TOUTES_A_UN', 'TOUTES_UNE_PAR_STRUCTURE'];

interface Notice {
  kind: 'success' | 'error' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The rule that refused, shown apart as "Réf. GP-2" (X-8). */
  rules?: RuleRefs;
  /** One line per structure the server named as blocking (GP-4: all or nothing). */
  lines?: RuledText[];
}

/** Problems of the form before sending, by control id, already written out. */
type Issues = Record<string, string>;

/**
 * Transferring the gestionnaire principal role (SPEC §8, GP-1..4): the structures the current user
 * is GP of, the portal's three ways (some structures → one user, all → one user, all → a chosen user
 * per structure), successor search among the users attached VALIDEE to each structure (GP-2), the
 * PIGP-account condition of public structures outside the State (GP-3), a confirmation stating that
 * the former GP stays a simple user (GP-4), then the transfer, all or nothing. A refusal names each
 * blocking structure with its rule. A user who is GP of nothing sees the form disabled and why (GP-1, X-8).
 *
 * @tag cp-gp-transfer
 * @attr heading-level - Level of the element's title (2 by default).
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<GpTransferRequest>} cp-before-gp-transfer - Cancelable, before the transfer is sent; `detail`: the request `{ mode, affectations }`.
 * @fires {CustomEvent<GpTransferResult>} cp-gp-transferred - After the transfer; `detail.transferts`, one per structure. Bubbles, composed.
 *
 * @csspart title - The title.
 * @csspart form - The form.
 * @csspart notice - The outcome message.
 * @csspart actions - The retry button after a failed read.
 *
 * @cssprop --cp-color-primary - Buttons (see tokens).
 * @cssprop --cp-color-error - Refusals and errors.
 */
export class CpGpTransfer extends LitElement {
  static override styles = [tokens, consoleStyles, styles];

  private readonly i18n = new LocaleController(this);
  // Another user's structures: what the last user chose, searched or was asked to confirm is forgotten (X-7).
  private readonly session = new ClientController(this, [createGpTransferApi]).forgetOnChange(() => this.forget());

  /** Level of the element's title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private way: GpTransferMode = 'STRUCTURES_CHOISIES';
  @state() private chosen: number[] = [];
  @state() private user: number | undefined;
  @state() private perStructure: Record<number, number> = {};
  @state() private search = '';
  @state() private issues: Issues = {};
  @state() private busy = false;
  @state() private notice: Notice | undefined;

  @query('cp-confirm-dialog') private dialog!: CpConfirmDialog;

  /** The last transfer tried and its idempotency key, reused when the same transfer is tried again (X-5). */
  private lastAttempt: { body: string; key: string } | undefined;

  private readonly loader = new Task(this, {
    task: async ([client, , q]): Promise<PrincipalStructure[] | undefined> => {
      if (!client) return undefined;
      const structures = await loadAllPages((page) =>
        client.listPrincipalStructures({ maxCandidats: 100, ...(q ? { q } : {}), ...page }),
      );
      return loadedFor(structures, client);
    },
    args: () => [this.session.client, this.session.revision, this.search] as const,
  });

  private get locale(): Locale {
    return this.i18n.locale;
  }

  override render() {
    const locale = this.locale;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<p class="title" part="title" role="heading" aria-level=${level} id="title">${t(locale, 'title')}</p>
      ${this.renderNotice()}
      ${renderRefreshing(
        this.loader,
        {
          pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
          complete: (structures) => (structures ? this.renderForm(structures) : html`<p>${t(locale, 'noSession')}</p>`),
          error: (error) => renderReadFailure(error, locale, t, () => this.session.refresh()),
        },
        // Another search is the same user's list (it stays under the search field's focus); another user's is not.
        (last) => isLoadedFor(last, this.session.client),
      )}
      <cp-confirm-dialog lang=${locale}></cp-confirm-dialog>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    return renderNoticeView(
      notice && {
        kind: notice.kind,
        text: (locale) => t(locale, notice.key, notice.params),
        prefixed: true,
        rules: notice.rules,
        ...(notice.lines ? { lines: notice.lines } : {}),
      },
      this.locale,
    );
  }

  private error(id: string): TemplateResult | typeof nothing {
    const text = this.issues[id];
    return text
      ? html`<p class="error-text" id=${`${id}-error`}><strong>${t(this.locale, 'errorPrefix')}</strong> ${text}</p>`
      : nothing;
  }

  private renderForm(structures: PrincipalStructure[]): TemplateResult {
    const locale = this.locale;
    const searching = this.search !== '';
    if (structures.length === 0 && !searching) {
      return html`<div class="notice notice--info" id="not-gp" role="status"><p>${t(locale, 'notGp')}${renderRuleRef(ruleRefs.notGp, locale)}</p></div>
        <div class="actions"><button type="button" disabled aria-describedby="not-gp">${t(locale, 'submit')}</button></div>`;
    }
    return html`<form part="form" class="stack" novalidate @submit=${(e: Event) => this.onSubmit(e, structures)}>
      <p>${t(locale, 'intro', { count: structures.length })}</p>
      <fieldset>
        <legend>${t(locale, 'way')}</legend>
        ${WAYS.map(
          (way) => html`<label class="check"
            ><input type="radio" name="way" value=${way} .checked=${this.way === way} @change=${() => this.chooseWay(way)} /> ${t(locale, `way_${way}`)}</label
          >`,
        )}
      </fieldset>
      <label for="search"
        >${t(locale, 'search')}
        <span class="hint" id="search-hint">${t(locale, 'searchHint')}</span>
      </label>
      <input
        id="search"
        type="search"
        aria-describedby="search-hint"
        .value=${this.search}
        @change=${(e: Event) => (this.search = (e.target as HTMLInputElement).value.trim())}
        @keydown=${(e: KeyboardEvent) => this.searchOnEnter(e)}
      />
      ${this.way === 'TOUTES_UNE_PAR_STRUCTURE' ? this.renderPerStructure(structures) : this.renderOneUser(structures)}
      <div class="actions"><button type="submit" ?disabled=${this.busy}>${t(locale, 'submit')}</button></div>
    </form>`;
  }

  /** The structures concerned by the chosen way. */
  private targets(structures: PrincipalStructure[]): PrincipalStructure[] {
    return this.way === 'STRUCTURES_CHOISIES'
      ? structures.filter((s) => this.chosen.includes(s.idStructureCPP))
      : structures;
  }

  private structureNote(s: PrincipalStructure): TemplateResult {
    const locale = this.locale;
    return html`<span class="hint"
      >${s.nombreCandidats > 0 ? t(locale, 'candidates', { count: s.nombreCandidats }) : t(locale, 'noCandidate', { structure: s.designationStructure })}
      ${s.pigpRequis ? t(locale, 'pigpRequired') : nothing}</span
    >`;
  }

  private candidateOption(
    c: SuccessorCandidate,
    concerned: readonly PrincipalStructure[],
    selected: number | undefined,
  ): TemplateResult {
    const name = `${candidateName(c)} (${c.login})`;
    return html`<option value=${String(c.idUtilisateur)} ?selected=${selected === c.idUtilisateur}>${breaksPigp(c, concerned) ? t(this.locale, 'noPigp', { user: name }) : name}</option>`;
  }

  private renderOneUser(structures: PrincipalStructure[]): TemplateResult {
    const locale = this.locale;
    const concerned = this.targets(structures);
    const candidates = commonCandidates(concerned);
    return html`${
      this.way === 'STRUCTURES_CHOISIES'
        ? html`<fieldset id="structures" aria-describedby=${this.issues['structures'] ? 'structures-error' : nothing}>
            <legend>${t(locale, 'structures')}</legend>
            ${this.error('structures')}
            ${structures.map(
              (s) => html`<div class="structure">
                <label class="check"
                  ><input
                    type="checkbox"
                    value=${String(s.idStructureCPP)}
                    .checked=${this.chosen.includes(s.idStructureCPP)}
                    @change=${(e: Event) => this.toggleStructure(s.idStructureCPP, (e.target as HTMLInputElement).checked)}
                  />
                  ${s.designationStructure} (${s.identifiantStructure})</label
                >
                ${this.structureNote(s)}
              </div>`,
            )}
          </fieldset>`
        : html`<ul class="results">
            ${structures.map((s) => html`<li>${s.designationStructure} (${s.identifiantStructure}) ${this.structureNote(s)}</li>`)}
          </ul>`
    }
      <label for="new-gp">${t(locale, 'newGp')}</label>
      ${this.error('new-gp')}
      ${concerned.length > 0 && candidates.length === 0 ? html`<p class="hint" id="no-common">${t(locale, 'noCommonCandidate')}${renderRuleRef(ruleRefs.noCommonCandidate, locale)}</p>` : nothing}
      <select
        id="new-gp"
        aria-invalid=${this.issues['new-gp'] ? 'true' : 'false'}
        aria-describedby=${this.issues['new-gp'] ? 'new-gp-error' : nothing}
        @change=${(e: Event) => this.chooseUser((e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${this.user === undefined}>${t(locale, 'choose')}</option>
        ${candidates.map((c) => this.candidateOption(c, concerned, this.user))}
      </select>`;
  }

  private renderPerStructure(structures: PrincipalStructure[]): TemplateResult {
    const locale = this.locale;
    return html`${structures.map((s) => {
      const id = `new-gp-${s.idStructureCPP}`;
      return html`<div class="structure">
        <label for=${id}>${t(locale, 'newGpFor', { structure: `${s.designationStructure} (${s.identifiantStructure})` })}</label>
        ${this.structureNote(s)} ${this.error(id)}
        <select
          id=${id}
          aria-invalid=${this.issues[id] ? 'true' : 'false'}
          aria-describedby=${this.issues[id] ? `${id}-error` : nothing}
          @change=${(e: Event) => this.choosePerStructure(s.idStructureCPP, (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this.perStructure[s.idStructureCPP] === undefined}>${t(locale, 'choose')}</option>
          ${s.candidats.map((c) => this.candidateOption(c, [s], this.perStructure[s.idStructureCPP]))}
        </select>
      </div>`;
    })}`;
  }

  /** Enter in the search field searches, rather than submitting the transfer (a keyboard user's habit). */
  private searchOnEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.search = (event.target as HTMLInputElement).value.trim();
  }

  private chooseWay(way: GpTransferMode): void {
    this.way = way;
    this.issues = {};
    this.notice = undefined;
  }

  private toggleStructure(id: number, on: boolean): void {
    this.chosen = on ? [...this.chosen, id] : this.chosen.filter((x) => x !== id);
    this.issues = {};
  }

  private chooseUser(value: string): void {
    this.user = value === '' ? undefined : Number(value);
    this.issues = {};
  }

  private choosePerStructure(idStructureCPP: number, value: string): void {
    const next = { ...this.perStructure };
    if (value === '') delete next[idStructureCPP];
    else next[idStructureCPP] = Number(value);
    this.perStructure = next;
    this.issues = {};
  }

  /** Unticks the structures and unsets the successors. */
  private clearChoices(): void {
    this.chosen = [];
    this.user = undefined;
    this.perStructure = {};
  }

  /** Puts the form back as it starts, for another user (X-7): his transfer is made of his own choices. */
  private forget(): void {
    this.clearChoices();
    this.way = 'STRUCTURES_CHOISIES';
    this.search = '';
    this.issues = {};
    this.notice = undefined;
    this.lastAttempt = undefined;
    this.dialog?.dismiss();
  }

  /** The request for the chosen way, or the problems that keep it from being sent. */
  private build(structures: PrincipalStructure[]): { request: GpTransferRequest } | { issues: Issues } {
    const locale = this.locale;
    if (this.way === 'TOUTES_UNE_PAR_STRUCTURE') {
      const issues: Issues = {};
      for (const s of structures) {
        if (this.perStructure[s.idStructureCPP] === undefined)
          issues[`new-gp-${s.idStructureCPP}`] = t(locale, 'pickUserFor', { structure: s.designationStructure });
      }
      if (Object.keys(issues).length > 0) return { issues };
      return {
        request: {
          mode: this.way,
          affectations: structures.map((s) => ({
            idStructureCPP: s.idStructureCPP,
            idNouveauGestionnaire: this.perStructure[s.idStructureCPP]!,
          })),
        },
      };
    }
    const concerned = this.targets(structures);
    if (concerned.length === 0) return { issues: { structures: t(locale, 'pickStructures') } };
    const user = this.user;
    if (user === undefined) return { issues: { 'new-gp': t(locale, 'pickUser') } };
    return {
      request: {
        mode: this.way,
        affectations: concerned.map((s) => ({ idStructureCPP: s.idStructureCPP, idNouveauGestionnaire: user })),
      },
    };
  }

  private onSubmit(event: Event, structures: PrincipalStructure[]): void {
    event.preventDefault();
    void this.transfer(structures);
  }

  /** Checks the form, asks for confirmation, then transfers (GP-1..4), all or nothing. */
  private async transfer(structures: PrincipalStructure[]): Promise<void> {
    const client = this.session.client;
    if (!client || this.busy) return;
    const locale = this.locale;
    this.notice = undefined;
    const built = this.build(structures);
    if ('issues' in built) {
      this.issues = built.issues;
      await this.updateComplete;
      const first = Object.keys(built.issues)[0]!;
      this.renderRoot.querySelector<HTMLElement>(first === 'structures' ? '#structures input' : `#${first}`)?.focus();
      return;
    }
    const { request } = built;
    const nameOf = (idStructureCPP: number) =>
      structures.find((s) => s.idStructureCPP === idStructureCPP)?.designationStructure ?? String(idStructureCPP);
    const userOf = (idStructureCPP: number, idUtilisateur: number) => {
      const c = structures
        .find((s) => s.idStructureCPP === idStructureCPP)
        ?.candidats.find((x) => x.idUtilisateur === idUtilisateur);
      return c ? candidateName(c) : String(idUtilisateur);
    };
    const lines = request.affectations.map((a) =>
      t(locale, 'confirmLine', {
        structure: nameOf(a.idStructureCPP),
        user: userOf(a.idStructureCPP, a.idNouveauGestionnaire),
      }),
    );
    if (
      !(await this.dialog.ask({
        title: t(locale, 'confirmTitle'),
        message: `${lines.join('\n')}\n\n${t(locale, 'confirmEffect')}`,
        confirmLabel: t(locale, 'confirmLabel'),
        danger: true,
      }))
    )
      return;
    if (!fire(this, 'cp-before-gp-transfer', request, { cancelable: true })) {
      this.notice = { kind: 'info', key: 'vetoed' };
      return;
    }
    const body = JSON.stringify(request);
    const key = this.lastAttempt?.body === body ? this.lastAttempt.key : newIdempotencyKey();
    this.lastAttempt = { body, key };
    this.busy = true;
    try {
      const result = await client.transferPrincipal(request, { idempotencyKey: key });
      this.lastAttempt = undefined;
      this.notice = { kind: 'success', key: 'done', params: { count: result.transferts.length } };
      this.clearChoices();
      fire(this, 'cp-gp-transferred', result);
    } catch (error) {
      if (isCpError(error) && error.status !== undefined && error.status < 500) this.lastAttempt = undefined;
      const blocking = isCpError(error) ? blockingLines(error, structures, request, locale) : [];
      this.notice = {
        kind: 'error',
        key: 'refused',
        params: { message: refusalText(error, locale) },
        rules: refusalRule(error),
        lines: blocking,
      };
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
  }
}

if (!customElements.get('cp-gp-transfer')) customElements.define('cp-gp-transfer', CpGpTransfer);

declare global {
  interface HTMLElementTagNameMap {
    'cp-gp-transfer': CpGpTransfer;
  }
}
