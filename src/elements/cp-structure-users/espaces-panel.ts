import { html, type TemplateResult } from 'lit';
import type { Application, ApplicationInfo, EspaceConfiguration } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from './messages.js';

/** What the espaces panel needs from its element. */
export interface EspacesPanelInput {
  configuration: EspaceConfiguration;
  applications: readonly ApplicationInfo[];
  /** The espaces ticked, as the manager is editing them. */
  draft: ReadonlySet<Application>;
  locale: Locale;
  busy: boolean;
  onToggle: (application: Application, open: boolean) => void;
  onSave: () => void;
}

/**
 * The espaces open at structure level (HAB-9): one checkbox per application; saving generates the
 * subscription requests that then show in the approvals. At SERVICE level it says so (HAB-8).
 */
export function renderEspacesPanel(input: EspacesPanelInput): TemplateResult {
  const { locale, configuration } = input;
  if (configuration.niveau !== 'STRUCTURE') return html`<p class="hint">${t(locale, 'espacesServiceLevel')}</p>`;
  return html`<fieldset part="espaces">
    <legend>${t(locale, 'espacesTitle')}</legend>
    <p class="hint">${t(locale, 'espacesHint')}</p>
    <div class="columns">
      ${input.applications.map(
        (a) => html`<label class="check"
          ><input type="checkbox" .checked=${input.draft.has(a.application)} @change=${(e: Event) => input.onToggle(a.application, (e.target as HTMLInputElement).checked)} />
          ${a.libelle[locale]}</label
        >`,
      )}
    </div>
    <div class="actions"><button type="button" ?disabled=${input.busy} @click=${input.onSave}>${t(locale, 'espacesSave')}</button></div>
  </fieldset>`;
}
