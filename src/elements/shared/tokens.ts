import { css } from 'lit';
import { ruleRefStyles } from './rule-ref.js';

/**
 * Design tokens shared by every cp-kit element, as CSS custom properties.
 *
 * The default values are the colours, spacing and type of the French State design system (DSFR),
 * declared as tokens because DSFR's own stylesheet does not reach inside shadow DOM. A host themes
 * the kit by setting the public `--cp-*` properties on any ancestor (or on the element itself):
 * DSFR's visual identity is reserved for State sites, so other hosts should override them.
 * Elements use only the private `--_cp-*` aliases below, so a public token set anywhere up the tree
 * is inherited, and an unset one falls back to the DSFR value.
 *
 * @cssprop --cp-font-family - Font stack (DSFR: Marianne, then Arial).
 * @cssprop --cp-color-primary - Actions, links, selected items (DSFR blue France #000091).
 * @cssprop --cp-color-primary-hover - Hovered actions (#1212ff).
 * @cssprop --cp-color-text - Body text (#161616).
 * @cssprop --cp-color-text-mention - Hints and secondary text (#666666).
 * @cssprop --cp-color-error - Errors (#ce0500).
 * @cssprop --cp-color-success - Success messages (#18753c).
 * @cssprop --cp-color-warning - Warnings (#b34000).
 * @cssprop --cp-color-info - Information (#0063cb).
 * @cssprop --cp-color-border - Borders of tables and groups (#dddddd).
 * @cssprop --cp-color-border-strong - Underline of inputs (#3a3a3a).
 * @cssprop --cp-color-background - Element background (#ffffff).
 * @cssprop --cp-color-background-input - Input background (#eeeeee).
 * @cssprop --cp-color-background-alt - Alternate rows, disabled fields (#f6f6f6).
 * @cssprop --cp-color-focus - Focus ring (#0a76f6).
 * @cssprop --cp-spacing - Base spacing unit (DSFR 4v = 1rem).
 * @cssprop --cp-radius - Corner radius of inputs (0.25rem).
 * @cssprop --cp-rule-ref-display - `none` hides the rule references ("Réf. RAT-5") after refusals; what `<cp-session hide-rule-refs>` sets.
 */
export const tokens = css`
  :host {
    --_cp-font-family: var(--cp-font-family, Marianne, arial, sans-serif);
    --_cp-primary: var(--cp-color-primary, #000091);
    --_cp-primary-hover: var(--cp-color-primary-hover, #1212ff);
    --_cp-text: var(--cp-color-text, #161616);
    --_cp-text-mention: var(--cp-color-text-mention, #666666);
    --_cp-error: var(--cp-color-error, #ce0500);
    --_cp-success: var(--cp-color-success, #18753c);
    --_cp-warning: var(--cp-color-warning, #b34000);
    --_cp-info: var(--cp-color-info, #0063cb);
    --_cp-border: var(--cp-color-border, #dddddd);
    --_cp-border-strong: var(--cp-color-border-strong, #3a3a3a);
    --_cp-background: var(--cp-color-background, #ffffff);
    --_cp-background-input: var(--cp-color-background-input, #eeeeee);
    --_cp-background-alt: var(--cp-color-background-alt, #f6f6f6);
    --_cp-focus: var(--cp-color-focus, #0a76f6);
    --_cp-space: var(--cp-spacing, 1rem);
    --_cp-radius: var(--cp-radius, 0.25rem);
    font-family: var(--_cp-font-family);
    color: var(--_cp-text);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none !important;
  }

  :focus-visible {
    outline: 2px solid var(--_cp-focus);
    outline-offset: 2px;
  }

  /* Forced colours (Windows high contrast) drop box-shadows and paint backgrounds over: a field drawn
     with border: 0 and a box-shadow underline would vanish, so it gets a real border there. */
  @media (forced-colors: active) {
    input:not([type='checkbox'], [type='radio'], [type='file'], [type='hidden']),
    select,
    textarea {
      border: 1px solid !important;
    }
  }

  .cp-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  ${ruleRefStyles}
`;
