import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The required marker after a field's label, " *" in the error colour, hidden from assistive
 * technologies: the control carries `required` (or `aria-required`), which screen readers announce,
 * and the form explains the asterisk once (`renderRequiredNote` of `field.ts`, RGAA 11.10).
 * Nothing when `required` is false. Include {@link requiredMarkerStyles} in the element's styles
 * (`fieldStyles` does).
 */
export function renderRequiredMarker(required: boolean): TemplateResult | typeof nothing {
  return required ? html`<span class="cp-field__required" aria-hidden="true">&nbsp;*</span>` : nothing;
}

/** The marker's colour, on the `--_cp-*` aliases of `tokens`. */
export const requiredMarkerStyles = css`
  .cp-field__required {
    color: var(--_cp-error);
  }
`;
