import { css } from 'lit';

/**
 * The look of cp-iban-input: DSFR input groups (grey field with a dark underline, label above,
 * hint in grey, error in red with an icon and a text prefix, a red bar on the left of a group in
 * error), a segmented control for the mode, on the shared `--_cp-*` tokens.
 */
export const styles = css`
  :host {
    display: block;
    max-width: 40rem;
  }

  .base {
    display: grid;
    gap: var(--_cp-space);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend,
  label {
    display: block;
    padding: 0;
    font-size: 1rem;
    line-height: 1.5rem;
    color: var(--_cp-text);
  }

  .optional {
    color: var(--_cp-text-mention);
  }

  .group {
    position: relative;
  }

  .group.invalid::before {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(var(--_cp-space) * -0.75);
    width: 0;
    /* a border, not a background: it stays in forced colours */
    border-left: 2px solid var(--_cp-error);
  }

  .hint {
    margin: 0.25rem 0 0;
    font-size: 0.75rem;
    line-height: 1.25rem;
    color: var(--_cp-text-mention);
  }

  .input,
  select {
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

  .input.iban {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }

  .input[aria-invalid='true'] {
    box-shadow: inset 0 -2px 0 0 var(--_cp-error);
  }

  .input:disabled,
  select:disabled {
    box-shadow: inset 0 -2px 0 0 var(--_cp-border);
    background-color: var(--_cp-background-alt);
    color: var(--_cp-text-mention);
    cursor: not-allowed;
  }

  /* Forced colours drop backgrounds and box-shadows: borders keep the fields and the error bar visible. */
  @media (forced-colors: active) {
    .input,
    select {
      border: 1px solid;
    }
    .group.invalid::before {
      border-left: 2px solid;
    }
  }

  .modes {
    display: inline-flex;
    margin-top: calc(var(--_cp-space) * 0.5);
    border: 1px solid var(--_cp-primary);
    border-radius: var(--_cp-radius);
  }

  .modes label {
    padding: calc(var(--_cp-space) * 0.25) var(--_cp-space);
    color: var(--_cp-primary);
    cursor: pointer;
  }

  .modes input:checked + label {
    background: var(--_cp-primary);
    color: var(--_cp-background);
  }

  .modes input:checked + label::before {
    content: '✓ ' / '';
  }

  .modes input:focus-visible + label {
    outline: 2px solid var(--_cp-focus);
    outline-offset: 2px;
  }

  .modes input:disabled + label {
    color: var(--_cp-text-mention);
    cursor: not-allowed;
  }

  .modes input:disabled:checked + label {
    background: var(--_cp-background-alt);
  }

  .rib-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_cp-space) * 0.5) var(--_cp-space);
    margin-top: calc(var(--_cp-space) * 0.5);
  }

  .rib-cell {
    flex: 1 1 7rem;
  }

  .rib-cell.account {
    flex: 3 1 12rem;
  }

  .rib-cell.key {
    flex: 0 1 5rem;
  }

  .rib-iban {
    margin: calc(var(--_cp-space) * 0.5) 0 0;
    font-variant-numeric: tabular-nums;
  }

  .error {
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
    margin: calc(var(--_cp-space) * 0.5) 0 0;
    font-size: 0.75rem;
    line-height: 1.25rem;
    color: var(--_cp-error);
  }

  .error svg {
    flex: none;
    width: 1rem;
    height: 1rem;
    margin-top: 0.125rem;
    fill: currentColor;
  }

  .error-prefix {
    font-weight: 700;
  }

  .note {
    margin: 0;
    padding: calc(var(--_cp-space) * 0.5) var(--_cp-space);
    border-left: 4px solid var(--_cp-info);
    background: var(--_cp-background-alt);
    font-size: 0.875rem;
    line-height: 1.5rem;
  }
`;
