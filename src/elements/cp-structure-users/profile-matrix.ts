import { html, type TemplateResult } from 'lit';
import type {
  AccessMode,
  Application,
  ApplicationInfo,
  HabilitationView,
  Service,
} from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from './messages.js';

const MODES: readonly AccessMode[] = ['CONSULTATION_UNIQUEMENT', 'MODIFICATION'];

/** A scope of profiles: the whole structure (no service) or one of its services. */
export type Scope = number | undefined;

/** What the profile matrix needs from its element. */
export interface ProfileMatrixInput {
  profiles: readonly HabilitationView[];
  applications: readonly ApplicationInfo[];
  services: readonly Service[];
  locale: Locale;
  busy: boolean;
  /** The "add a profile" draft. */
  draft: { scope: Scope; application: Application; mode: AccessMode };
  /** Applies a change of the draft (a patch, so several quick changes never overwrite each other). */
  onDraft: (patch: Partial<{ scope: Scope; application: Application; mode: AccessMode }>) => void;
  onAdd: () => void;
  onMode: (profile: HabilitationView, mode: AccessMode) => void;
  onRemove: (profile: HabilitationView) => void;
}

/** The label of an application in the page language. */
export const applicationLabel = (
  applications: readonly ApplicationInfo[],
  application: Application,
  locale: Locale,
): string => applications.find((a) => a.application === application)?.libelle[locale] ?? application;

/** The label of a scope: "Toute la structure" or the service's code. */
export const scopeLabel = (services: readonly Service[], scope: Scope, locale: Locale): string =>
  scope === undefined
    ? t(locale, 'wholeStructure')
    : (services.find((s) => s.idService === scope)?.codeService ?? String(scope));

/**
 * A user's profiles as a matrix application × mode per scope (HAB-5): change a profile's mode,
 * remove it, or add one on the structure or a service. Every control is labelled by its application
 * and scope, so a screen reader user knows which cell he is on.
 */
export function renderProfileMatrix(input: ProfileMatrixInput): TemplateResult {
  const { locale, applications, services, draft } = input;
  const sorted = [...input.profiles].sort(
    (a, b) => (a.idService ?? 0) - (b.idService ?? 0) || a.application.localeCompare(b.application),
  );
  return html`<div class="matrix-scroll"><table class="matrix" part="profiles">
      <thead>
        <tr>
          <th scope="col">${t(locale, 'colApplication')}</th>
          <th scope="col">${t(locale, 'colScope')}</th>
          <th scope="col">${t(locale, 'colMode')}</th>
          <th scope="col">${t(locale, 'colEffective')}</th>
          <th scope="col">${t(locale, 'colActions')}</th>
        </tr>
      </thead>
      <tbody>
        ${sorted.length === 0 ? html`<tr><td colspan="5">${t(locale, 'noProfiles')}</td></tr>` : ''}
        ${sorted.map((p) => {
          const application = applicationLabel(applications, p.application, locale);
          const scope = scopeLabel(services, p.idService, locale);
          return html`<tr>
            <th scope="row">${application}</th>
            <td>${scope}</td>
            <td>
              <select
                aria-label=${t(locale, 'modeFor', { application, scope })}
                ?disabled=${input.busy}
                @change=${(e: Event) => input.onMode(p, (e.target as HTMLSelectElement).value as AccessMode)}
              >
                ${MODES.map((m) => html`<option value=${m} ?selected=${p.mode === m}>${t(locale, `mode_${m}`)}</option>`)}
              </select>
            </td>
            <td>${p.modeEffectif ? t(locale, `mode_${p.modeEffectif}`) : t(locale, 'effectiveNone')}</td>
            <td>
              <button type="button" class="secondary small" ?disabled=${input.busy} aria-label=${t(locale, 'removeLabel', { application, scope })} @click=${() => input.onRemove(p)}>
                ${t(locale, 'remove')}
              </button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table></div>
    <fieldset class="add">
      <legend>${t(locale, 'addTitle')}</legend>
      <div class="filters">
        <label
          >${t(locale, 'scope')}
          <select id="add-scope" @change=${(e: Event) => input.onDraft({ scope: scopeOf((e.target as HTMLSelectElement).value) })}>
            <option value="" ?selected=${draft.scope === undefined}>${t(locale, 'wholeStructure')}</option>
            ${services.map((s) => html`<option value=${String(s.idService)} ?selected=${draft.scope === s.idService}>${s.codeService}</option>`)}
          </select>
        </label>
        <label
          >${t(locale, 'application')}
          <select id="add-application" @change=${(e: Event) => input.onDraft({ application: (e.target as HTMLSelectElement).value as Application })}>
            ${applications.map((a) => html`<option value=${a.application} ?selected=${draft.application === a.application}>${a.libelle[locale]}</option>`)}
          </select>
        </label>
        <label
          >${t(locale, 'mode')}
          <select id="add-mode" @change=${(e: Event) => input.onDraft({ mode: (e.target as HTMLSelectElement).value as AccessMode })}>
            ${MODES.map((m) => html`<option value=${m} ?selected=${draft.mode === m}>${t(locale, `mode_${m}`)}</option>`)}
          </select>
        </label>
        <button type="button" ?disabled=${input.busy} @click=${input.onAdd}>${t(locale, 'add')}</button>
      </div>
    </fieldset>`;
}

const scopeOf = (value: string): Scope => (value === '' ? undefined : Number(value));
