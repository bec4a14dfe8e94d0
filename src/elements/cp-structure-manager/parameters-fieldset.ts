import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../../i18n/locale.js';
import { MOA_PRESENCES, moaOf, withMoa, type MoaPresence } from '../shared/moa.js';
import { renderRuledText, type RuledText } from '../shared/rule-ref.js';
import { t, type MessageKey } from './messages.js';
import type { EditableParameters } from './structure-draft.js';

/** The four STR-5 options a manager ticks, in the guides' order. */
const OPTIONS = [
  'codeServiceDoitEtreRenseigne',
  'numeroEJDoitEtreRenseigne',
  'gestionNumeroEJOuCodeService',
  'statutMiseEnPaiementNestPasRemonte',
] as const;

const MOA_LABEL: Record<MoaPresence, MessageKey> = {
  sans: 'moaSans',
  avec: 'moaAvec',
  exclusivement: 'moaExclusivement',
};

/** What {@link renderParameters} needs. */
export interface ParametersView {
  locale: Locale;
  /** DGFiP's EDI flag, shown read-only. */
  edi: boolean;
  parameters: EditableParameters;
  /** Read-only view (consultation). */
  readonly: boolean;
  /** Error on Présence MOA, already translated. */
  moaError?: RuledText;
  onChange: (parameters: EditableParameters) => void;
}

/**
 * The public structure's parameters (STR-5): EDI read-only (DGFiP reference data), the four options
 * and Présence MOA (sans, avec, exclusivement), each with its explanation from the guides.
 */
export function renderParameters(view: ParametersView): TemplateResult {
  const { locale, parameters, readonly } = view;
  const check = (
    id: string,
    label: MessageKey,
    checked: boolean,
    disabled: boolean,
    onChange: (checked: boolean) => void,
  ) => html`<div class="check">
    <input type="checkbox" id=${`f-${id}`} name=${id} aria-describedby=${`${id}-help`} .checked=${live(checked)} ?disabled=${disabled} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
    <div>
      <label for=${`f-${id}`}>${t(locale, label)}</label>
      <p class="hint" id=${`${id}-help`}>${t(locale, `${label}Help` as MessageKey)}</p>
    </div>
  </div>`;
  const moa = moaOf(parameters);
  return html`<fieldset part="parameters">
    <legend>${t(locale, 'parameters')}</legend>
    ${check('recevoirDonneesViaEDI', 'recevoirDonneesViaEDI', view.edi, true, () => undefined)}
    ${OPTIONS.map((option) => check(option, option, parameters[option], readonly, (checked) => view.onChange({ ...parameters, [option]: checked })))}
    <fieldset class="radios" id="f-moa" tabindex="-1" aria-describedby="moa-help moa-error">
      <legend>${t(locale, 'moa')}</legend>
      <p class="hint" id="moa-help">${t(locale, 'moaHelp')}</p>
      ${MOA_PRESENCES.map(
        (choice) => html`<div class="check">
          <input type="radio" name="moa" id=${`f-moa-${choice}`} value=${choice} aria-describedby=${`moa-${choice}-help`} .checked=${live(moa === choice)} ?disabled=${readonly} @change=${() => view.onChange(withMoa(parameters, choice))} />
          <div>
            <label for=${`f-moa-${choice}`}>${t(locale, MOA_LABEL[choice])}</label>
            <p class="hint" id=${`moa-${choice}-help`}>${t(locale, `${MOA_LABEL[choice]}Help` as MessageKey)}</p>
          </div>
        </div>`,
      )}
      <p class="cp-field__error" id="moa-error" aria-live="polite">${view.moaError ? renderRuledText(view.moaError, view.locale) : ''}</p>
    </fieldset>
  </fieldset>`;
}
