import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createStructureApi } from '../../client/structure-api.js';
import type { StructureFiche } from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import { fire } from '../shared/events.js';
import { formPageStyles } from '../shared/form-page-styles.js';
import { renderLoadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { tokens } from '../shared/tokens.js';
import { addressRows, ficheName, generalRows, parameterRows, type FicheRow } from './fiche-rows.js';
import { t } from './messages.js';
import { ficheStyles } from './styles.js';

export type { CpStructureFicheEventMap, StructureFicheDetail } from './events.js';

/**
 * The fiche structure, read-only (STR-8; guide 002 §5 "Consulter la structure / Accéder à la fiche
 * structure", guides 003 and 004 "Consulter"): informations générales (type d'identifiant by its
 * French name, identifiant, raison sociale, libellé, Numéro RCS, TVA intracommunautaire, type de
 * structure, adresse électronique, statut, gestionnaire principal), adresse postale with the pays by
 * name and the phone, the active services (code and libellé) and, for a public structure, its
 * parameters. Field labels are the portal's.
 *
 * Any user holding a VALIDEE rattachement in force to the structure may read it, over the client of
 * the enclosing `<cp-session>`; anyone else is told in plain words why not and how to get access.
 *
 * It is an element of its own, not a screen of `<cp-structure-manager>`: members who manage nothing
 * (a simple user with "Organisation" in consultation) need it without the manager's bundle; the
 * manager embeds it (with `title-hidden`) and adds its actions around it, and `<cp-rattachements>`
 * opens it from "Consulter la structure". It reads again when data may have changed (a write through
 * the same client, the window regaining focus: X-7).
 *
 * @tag cp-structure-fiche
 * @attr structure-id - The structure (`idStructureCPP`) whose fiche is shown.
 * @attr heading-level - Level of the title (2 by default); the blocks use the next level.
 * @attr title-hidden - No title (the element around it already names the structure); the blocks keep their level.
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<StructureFicheDetail>} cp-structure-fiche-loaded - The fiche was read; `detail.fiche`.
 *
 * @csspart title - The title.
 * @csspart general - The "Informations générales" list.
 * @csspart address - The "Adresse postale" list.
 * @csspart services - The active services table (or the sentence saying there is none).
 * @csspart parameters - The public structure's parameters.
 * @csspart actions - The retry button after a failed read.
 *
 * @cssprop --cp-color-primary - Buttons (see tokens).
 * @cssprop --cp-color-border - The services table's borders.
 * @cssprop --cp-spacing - Base spacing.
 */
export class CpStructureFiche extends LitElement {
  static override styles = [tokens, formPageStyles, ficheStyles];

  private readonly i18n = new LocaleController(this);
  private readonly session = new ClientController(this, [createStructureApi]);

  /** The structure whose fiche is shown. */
  @property({ type: Number, attribute: 'structure-id' }) structureId: number | undefined;
  /** Level of the title (the blocks use the next one). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** No title: the element around it names the structure. */
  @property({ type: Boolean, attribute: 'title-hidden' }) titleHidden = false;

  private readonly fiche = new Task(this, {
    task: async ([client, , id], { signal }): Promise<StructureFiche | undefined> => {
      if (!client || id === undefined) return undefined;
      const fiche = await client.getStructureFiche(id, { signal });
      fire(this, 'cp-structure-fiche-loaded', { fiche });
      return loadedFor(fiche, client);
    },
    args: () => [this.session.client, this.session.revision, this.structureId] as const,
  });

  /** Reads the fiche again, when the host knows it changed (a pending change took effect, STR-4). */
  reload(): void {
    this.session.refresh();
  }

  /** Puts focus on the title, e.g. when a host opens the fiche in place. */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
  }

  protected override render(): TemplateResult {
    const locale = this.i18n.locale;
    const fiche = this.fiche.value;
    const name = fiche?.idStructureCPP === this.structureId && fiche ? ficheName(fiche) : undefined;
    return html`${this.titleHidden ? nothing : this.heading(name ? t(locale, 'titleOf', { name }) : t(locale, 'title'))}
    ${this.renderBody(locale)}`;
  }

  private heading(text: string): TemplateResult {
    return html`<p class="title" part="title" role="heading" aria-level=${this.level} id="title" tabindex="-1">${text}</p>`;
  }

  private renderBody(locale: Locale): TemplateResult {
    if (!this.session.client) return html`<p class="notice notice--error">${t(locale, 'noSession')}</p>`;
    if (this.structureId === undefined) return html`<p>${t(locale, 'noStructure')}</p>`;
    return renderRefreshing(
      this.fiche,
      {
        pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
        error: (error) =>
          renderLoadFailure({
            error,
            locale,
            forbiddenHelp: t(locale, 'forbiddenHelp'),
            actions: html`<button type="button" class="secondary" @click=${() => this.session.refresh()}>${t(locale, 'retry')}</button>`,
          }),
        complete: (fiche) => (fiche ? this.renderFiche(fiche, locale) : html``),
      },
      // The same user's fiche of the same structure: not another structure's.
      (last) => isLoadedFor(last, this.session.client) && last?.idStructureCPP === this.structureId,
    ) as TemplateResult;
  }

  private renderFiche(fiche: StructureFiche, locale: Locale): TemplateResult {
    return html`${this.block('general', t(locale, 'general'))}${this.list('general', generalRows(fiche, locale))}
      ${this.block('address', t(locale, 'address'))}${this.list('address', addressRows(fiche, locale))}
      ${this.block('services', t(locale, 'services'))}${this.renderServices(fiche, locale)}
      ${
        fiche.typeStructure === 'PUBLIQUE'
          ? html`${this.block('parameters', t(locale, 'parameters'))}${this.list('parameters', parameterRows(fiche, locale))}`
          : nothing
      }`;
  }

  private block(id: string, text: string): TemplateResult {
    const level = Math.min(6, this.level + 1);
    return html`<p class="block" role="heading" aria-level=${level} id=${`${id}-title`}>${text}</p>`;
  }

  private list(part: string, rows: FicheRow[]): TemplateResult {
    return html`<dl part=${part}>
      ${rows.map((r) => html`<dt>${r.label}</dt><dd data-field=${r.key}>${r.value}</dd>`)}
    </dl>`;
  }

  private renderServices(fiche: StructureFiche, locale: Locale): TemplateResult {
    if (fiche.services.length === 0) return html`<p part="services">${t(locale, 'noService')}</p>`;
    return html`<table part="services">
      <caption class="cp-visually-hidden">${t(locale, 'servicesCaption')}</caption>
      <thead><tr><th scope="col">${t(locale, 'codeService')}</th><th scope="col">${t(locale, 'libelleService')}</th></tr></thead>
      <tbody>${fiche.services.map((s) => html`<tr><td>${s.codeService}</td><td>${s.libelleService}</td></tr>`)}</tbody>
    </table>`;
  }
}

if (!customElements.get('cp-structure-fiche')) customElements.define('cp-structure-fiche', CpStructureFiche);

declare global {
  interface HTMLElementTagNameMap {
    'cp-structure-fiche': CpStructureFiche;
  }
}
