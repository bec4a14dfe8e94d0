import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { defineMessages } from '../../i18n/catalog.js';
import type { Locale } from '../../i18n/locale.js';
import { renderRequiredMarker, requiredMarkerStyles } from './required-marker.js';
import { renderRuledText, type RuledText } from './rule-ref.js';

const t = defineMessages(
  {
    errorPrefix: 'Erreur :',
    requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  },
  {
    errorPrefix: 'Error:',
    requiredNote: 'Fields marked with an asterisk (*) are required.',
  },
);

/** What {@link renderField} lays out around a control. */
export interface FieldOptions {
  /** Id of the control, in the same shadow root as the field (label `for` and `aria-describedby` need it). */
  id: string;
  /** Label text. */
  label: string;
  /** Help under the label, e.g. the expected format. */
  hint?: string | RuledText;
  /** The error to show now, already translated (with its rule reference apart, X-8); empty or undefined when none is shown. */
  error?: string | RuledText;
  /** Shows the required marker (the control itself must carry `required`). */
  required?: boolean;
  /** Language of the "Erreur :" prefix. */
  locale: Locale;
  /**
   * Renders the control; receives what to put in its `aria-describedby` and whether it must carry
   * `aria-invalid="true"`.
   */
  control: (describedBy: string, invalid: boolean) => TemplateResult;
}

const ERROR_ICON = svg`<svg class="cp-field__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d="M12 22a10 10 0 1 1 0-20 10 10 0 0 1 0 20Zm-1-7v2h2v-2h-2Zm0-8v6h2V7h-2Z"/></svg>`;

/**
 * Lays out a form field the DSFR way (input group): label, optional hint, the control, and a polite
 * live region that shows the error with an icon and an "Erreur :" prefix (never colour alone).
 *
 * Why a render helper and not a `<cp-field>` wrapper element: the label's `for`, `aria-describedby`
 * and `aria-labelledby` are id references, and ids do not cross shadow roots. A wrapper element would
 * hold the label and messages in its shadow root and the control in the page (slotted) or in another
 * element's shadow root, and could not wire them. Rendering the field in the same root as its control
 * keeps every reference working, costs no extra element, and lets an element lay out several fields
 * (cp-account-form, cp-iban-input…). `<cp-text-field>` is the ready-made text input built on it.
 * Include {@link fieldStyles} in the element's `static styles`.
 */
export function renderField(options: FieldOptions): TemplateResult {
  const { id, label, hint, error, required, locale } = options;
  const hintId = `${id}-hint`;
  const messagesId = `${id}-messages`;
  const describedBy = hint ? `${hintId} ${messagesId}` : messagesId;
  return html`<div class="cp-field ${error ? 'cp-field--error' : ''}" part="field">
    <label class="cp-field__label" part="label" for=${id}>
      ${label}${renderRequiredMarker(Boolean(required))}
    </label>
    ${hint ? html`<p class="cp-field__hint" part="hint" id=${hintId}>${typeof hint === 'string' ? hint : renderRuledText(hint, locale)}</p>` : nothing}
    ${options.control(describedBy, Boolean(error))}
    ${renderFieldMessages(messagesId, error, locale)}
  </div>`;
}

/**
 * The polite live region under a control (or a group of controls) with its error, icon and
 * "Erreur :" prefix; `id` is what the control's `aria-describedby` names.
 */
export function renderFieldMessages(id: string, error: string | RuledText | undefined, locale: Locale): TemplateResult {
  return html`<div id=${id} aria-live="polite">
    ${
      error
        ? html`<p class="cp-field__error" part="error">
          ${ERROR_ICON}<span><span class="cp-field__prefix">${t(locale, 'errorPrefix')}</span> ${typeof error === 'string' ? error : renderRuledText(error, locale)}</span>
        </p>`
        : nothing
    }
  </div>`;
}

/**
 * The sentence that explains the required marker, "Les champs marqués d’un astérisque (*) sont
 * obligatoires.", to show once at the top of a form that uses it (RGAA 11.10).
 */
export function renderRequiredNote(locale: Locale): TemplateResult {
  return html`<p class="cp-field__note" part="required-note">${t(locale, 'requiredNote')}</p>`;
}

/**
 * Styles of {@link renderField}: DSFR input group (grey field with a dark underline, hint in grey,
 * red bar on the left and red underline in error, error text with an icon). Uses the `--_cp-*`
 * aliases of `tokens`, which must come first in `static styles`.
 */
export const fieldStyles = css`
  ${requiredMarkerStyles}
  .cp-field {
    position: relative;
  }
  .cp-field--error::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(var(--_cp-space) * -0.75);
    width: 0;
    /* a border, not a background: it stays in forced colours */
    border-left: 2px solid var(--_cp-error);
  }
  .cp-field__label {
    display: block;
    font-size: 1rem;
    line-height: 1.5rem;
  }
  .cp-field--error .cp-field__label {
    color: var(--_cp-error);
  }
  .cp-field__hint,
  .cp-field__note {
    margin: 0.25rem 0 0;
    font-size: 0.75rem;
    line-height: 1.25rem;
    color: var(--_cp-text-mention);
  }
  .cp-field__input {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin-top: calc(var(--_cp-space) * 0.5);
    padding: calc(var(--_cp-space) * 0.5) var(--_cp-space);
    border: 0;
    border-radius: var(--_cp-radius) var(--_cp-radius) 0 0;
    box-shadow: inset 0 -2px 0 0 var(--_cp-border-strong);
    background-color: var(--_cp-background-input);
    color: var(--_cp-text);
    font: inherit;
    font-size: 1rem;
    line-height: 1.5rem;
  }
  .cp-field__input[aria-invalid='true'] {
    box-shadow: inset 0 -2px 0 0 var(--_cp-error);
  }
  .cp-field__input:disabled {
    box-shadow: inset 0 -2px 0 0 var(--_cp-border);
    background-color: var(--_cp-background-alt);
    color: var(--_cp-text-mention);
    cursor: not-allowed;
  }
  .cp-field__error {
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
    margin: 0.5rem 0 0;
    font-size: 0.75rem;
    line-height: 1.25rem;
    color: var(--_cp-error);
  }
  .cp-field__prefix {
    font-weight: 700;
  }
  .cp-field__icon {
    flex: none;
    width: 1rem;
    height: 1rem;
    margin-top: 0.125rem;
    fill: currentColor;
  }
`;
