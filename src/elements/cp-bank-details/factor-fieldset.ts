import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { IdentifierType } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { countryOptions } from '../shared/country-options.js';
import { renderField } from '../shared/field.js';
import type { BankDraft, FormField } from './bank-draft.js';
import { t } from './messages.js';

/** What the factor part of the form shows and changes. */
export interface FactorView {
  draft: BankDraft;
  locale: Locale;
  /** The error shown next to a field, translated ('' when none). */
  errorOf: (field: FormField) => string;
  onEdit: (patch: Partial<BankDraft>) => void;
}

/**
 * BNK-1: the "affactureur" checkbox and, once ticked, the factor's raison sociale, pays, identifiant
 * and type d'identifiant (all required). The checkbox says whether the fieldset is shown
 * (`aria-expanded`, `aria-controls`).
 */
export function renderFactor(view: FactorView): TemplateResult {
  const { draft: d, locale, errorOf, onEdit } = view;
  const text = (field: 'factorRaisonSociale' | 'factorIdentifiant', hint?: string) =>
    renderField({
      id: `f-${field}`,
      label: t(locale, field),
      ...(hint ? { hint } : {}),
      error: errorOf(field),
      required: true,
      locale,
      control: (describedBy, invalid) =>
        html`<input class="cp-field__input" part="input" id=${`f-${field}`} required aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(d[field])} @input=${(e: Event) => onEdit({ [field]: (e.target as HTMLInputElement).value })} />`,
    });
  return html`<div>
      <div class="check">
        <input type="checkbox" id="f-affactureur" aria-describedby="affactureur-hint" aria-controls="factor" aria-expanded=${d.affactureur ? 'true' : 'false'} .checked=${live(d.affactureur)} @change=${(e: Event) => onEdit({ affactureur: (e.target as HTMLInputElement).checked })} />
        <label for="f-affactureur">${t(locale, 'affactureur')}</label>
      </div>
      <p class="hint" id="affactureur-hint">${t(locale, 'affactureurHint')}</p>
    </div>
    ${
      d.affactureur
        ? html`<fieldset id="factor" part="factor">
          <legend>${t(locale, 'factorLegend')}</legend>
          <div class="grid">
            ${text('factorRaisonSociale')}
            ${renderField({
              id: 'f-factorPays',
              label: t(locale, 'factorPays'),
              error: errorOf('factorPays'),
              required: true,
              locale,
              control: (
                describedBy,
                invalid,
              ) => html`<select class="cp-field__input" part="input" id="f-factorPays" required aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => onEdit({ factorPays: (e.target as HTMLSelectElement).value })}>
                ${countryOptions(locale).map((c) => html`<option value=${c.code} ?selected=${c.code === d.factorPays}>${c.name}</option>`)}
              </select>`,
            })}
            ${text('factorIdentifiant', d.factorType === 'SIRET' ? t(locale, 'factorIdentifiantHint') : undefined)}
            ${renderField({
              id: 'f-factorType',
              label: t(locale, 'factorType'),
              error: errorOf('factorType'),
              required: true,
              locale,
              control: (
                describedBy,
                invalid,
              ) => html`<select class="cp-field__input" part="input" id="f-factorType" required aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => onEdit({ factorType: (e.target as HTMLSelectElement).value as BankDraft['factorType'] })}>
                ${IdentifierType.options.map((type) => html`<option value=${type} ?selected=${type === d.factorType}>${t(locale, `id${type}`)}</option>`)}
              </select>`,
            })}
          </div>
        </fieldset>`
        : nothing
    }`;
}
