import { css } from 'lit';

/**
 * The look of cp-account-form and of its blocks (DSFR): fieldsets titled by a legend, a two-column
 * grid of input groups on wide screens, primary and secondary buttons, notices with a coloured bar
 * and a text label (never colour alone), read-only values as a description list.
 */
export const styles = css`
  :host {
    display: block;
    max-width: 52rem;
    font-family: var(--_cp-font-family);
    color: var(--_cp-text);
  }
  .title {
    margin: 0 0 var(--_cp-space);
    font-size: 1.75rem;
    line-height: 2.25rem;
    font-weight: 700;
  }
  .title--block {
    margin-top: calc(var(--_cp-space) * 2);
    font-size: 1.375rem;
    line-height: 1.75rem;
  }
  fieldset {
    margin: 0 0 calc(var(--_cp-space) * 1.5);
    padding: var(--_cp-space);
    border: 1px solid var(--_cp-border);
    min-width: 0;
  }
  legend {
    padding: 0 0.5rem;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: var(--_cp-space) calc(var(--_cp-space) * 1.5);
  }
  select.cp-field__input {
    appearance: auto;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.15rem 0 0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_cp-space);
    margin: var(--_cp-space) 0 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space);
    margin: var(--_cp-space) 0;
  }
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
  button:hover:not([aria-disabled='true']) {
    background: var(--_cp-primary-hover);
  }
  button.secondary {
    background: var(--_cp-background);
    color: var(--_cp-primary);
  }
  button.danger {
    background: var(--_cp-error);
    border-color: var(--_cp-error);
  }
  button[aria-disabled='true'],
  button:disabled {
    cursor: not-allowed;
    background: var(--_cp-background-alt);
    border-color: var(--_cp-border);
    color: var(--_cp-text-mention);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
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
  .notice strong {
    display: block;
  }
  .notice p {
    margin: 0.25rem 0;
  }
  .hint {
    margin: 0.25rem 0;
    font-size: 0.875rem;
    color: var(--_cp-text-mention);
  }
  ul.policy {
    margin: 0.5rem 0 0;
    padding-inline-start: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  ul.policy li::before {
    content: attr(data-mark) ' ' / '';
    font-weight: 700;
  }
  ul.policy li[data-met='true'] {
    color: var(--_cp-success);
  }
`;
