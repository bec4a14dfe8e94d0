import { css } from 'lit';

/**
 * The DSFR-styled controls shared by the elements' own markup: buttons (primary, `secondary`,
 * `danger`, disabled or `aria-disabled`), the focus ring of native controls, and `notice` boxes
 * (`notice--success`, `--error`, `--warning`). Put it before an element's own styles, which may
 * refine it.
 */
export const controlStyles = css`
  button {
    font: inherit;
    font-weight: 500;
    min-height: 2.5rem;
    padding: 0.5rem 1.5rem;
    cursor: pointer;
    border: 1px solid var(--_cp-primary);
    background: var(--_cp-primary);
    color: var(--_cp-background);
  }
  button:hover:not(:disabled):not([aria-disabled='true']) {
    background: var(--_cp-primary-hover);
  }
  button.secondary {
    background: var(--_cp-background);
    color: var(--_cp-primary);
  }
  button.danger {
    background: var(--_cp-error);
    border-color: var(--_cp-error);
    color: var(--_cp-background);
  }
  button[aria-disabled='true'],
  button:disabled {
    cursor: not-allowed;
    background: var(--_cp-background-alt);
    border-color: var(--_cp-border);
    color: var(--_cp-text-mention);
  }
  select {
    /* a long option (a structure's name) never makes the select wider than its container */
    max-width: 100%;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 2px solid var(--_cp-focus);
    outline-offset: 2px;
  }
  .notice {
    margin: var(--_cp-space) 0;
    padding: calc(var(--_cp-space) * 0.75) var(--_cp-space);
    border-left: 4px solid var(--_cp-info);
    background: var(--_cp-background-alt);
  }
  .notice--success {
    border-left-color: var(--_cp-success);
  }
  .notice--error {
    border-left-color: var(--_cp-error);
  }
  .notice--warning {
    border-left-color: var(--_cp-warning);
  }
`;
