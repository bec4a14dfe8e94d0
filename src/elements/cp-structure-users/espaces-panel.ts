import { html, nothing, type TemplateResult } from 'lit';
import type { Application, ApplicationInfo, EspaceConfiguration } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { ruleRefs, t } from './messages.js';

/** What the espaces panel needs from its element. */
export interface EspacesPanelInput {
  configuration: EspaceConfiguration;
  applications: readonly ApplicationInfo[];
  /** The espaces ticked, as the manager is editing them. */
  draft: ReadonlySet<Application>;
  /** The caller is the structure's GP: he chooses how secondary managers act on espaces. */
  principal: boolean;
  /** Secondary managers act as the GP on espaces, as the GP is choosing it. */
  gsDraft: boolean;
  locale: Locale;
  busy: boolean;
  onToggle: (application: Application, open: boolean) => void;
  onGsChoice: (asManager: boolean) => void;
  onSave: () => void;
}

/**
 * The espaces open at structure level (HAB-9): one checkbox per application; saving generates the
 * subscription requests that then show in the approvals. The GP also chooses whether secondary
 * managers act as he does on espaces or as users (guide 000's table of espaces: "Selon le choix du
 * gestionnaire principal"); a secondary manager the GP made a user there sees the espaces read-only,
 * with the reason. At SERVICE level it says so (HAB-8).
 */
export function renderEspacesPanel(input: EspacesPanelInput): TemplateResult {
  const { locale, configuration } = input;
  if (configuration.niveau !== 'STRUCTURE') return html`<p class="hint">${t(locale, 'espacesServiceLevel')}</p>`;
  const readOnly = !input.principal && !configuration.gsCommeGestionnaire;
  return html`<fieldset part="espaces">
    <legend>${t(locale, 'espacesTitle')}</legend>
    <p class="hint">${t(locale, 'espacesHint')}</p>
    ${readOnly ? html`<p class="notice notice--info" id="gs-read-only">${t(locale, 'gsReadOnly')}${renderRuleRef(ruleRefs.gsReadOnly, locale)}</p>` : nothing}
    <div class="columns">
      ${input.applications.map(
        (a) => html`<label class="check"
          ><input type="checkbox" .checked=${input.draft.has(a.application)} ?disabled=${readOnly} @change=${(e: Event) => input.onToggle(a.application, (e.target as HTMLInputElement).checked)} />
          ${a.libelle[locale]}</label
        >`,
      )}
    </div>
    ${input.principal ? renderGsChoice(input) : nothing}
    ${readOnly ? nothing : html`<div class="actions"><button type="button" ?disabled=${input.busy} @click=${input.onSave}>${t(locale, 'espacesSave')}</button></div>`}
  </fieldset>`;
}

/** The GP's choice for secondary managers on espaces (HAB-9), saved with the espaces. */
function renderGsChoice(input: EspacesPanelInput): TemplateResult {
  const { locale } = input;
  const option = (asManager: boolean, id: string, key: 'gsAsManager' | 'gsAsUser') =>
    html`<label class="check"
      ><input type="radio" name="gs-role" id=${id} .checked=${input.gsDraft === asManager} @change=${() => input.onGsChoice(asManager)} />
      ${t(locale, key)}</label
    >`;
  return html`<fieldset class="radios" part="gs-role" aria-describedby="gs-role-hint">
    <legend>${t(locale, 'gsRole')}</legend>
    <p class="hint" id="gs-role-hint">${t(locale, 'gsRoleHint')}</p>
    ${option(true, 'gs-as-manager', 'gsAsManager')} ${option(false, 'gs-as-user', 'gsAsUser')}
  </fieldset>`;
}
