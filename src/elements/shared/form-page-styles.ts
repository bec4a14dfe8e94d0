import { css } from 'lit';
import { controlStyles } from './control-styles.js';
import { definitionListStyles } from './definition-list-styles.js';
import { formLayoutStyles } from './form-layout-styles.js';

/**
 * The look of the form pages (cp-account-form and its blocks, cp-structure-manager, cp-service-manager,
 * cp-bank-details), DSFR style: fieldsets titled by a legend, a two-column
 * grid of input groups on wide screens, primary and secondary buttons, notices with a coloured bar
 * and a text label (never colour alone), read-only values as a description list.
 */
export const formPageStyles = [
  controlStyles,
  definitionListStyles,
  formLayoutStyles,
  css`
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
    margin: var(--_cp-space) 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space);
    margin: var(--_cp-space) 0;
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
`,
];
