import { css } from 'lit';
import { controlStyles } from '../shared/control-styles.js';
import { definitionListStyles } from '../shared/definition-list-styles.js';
import { formLayoutStyles } from '../shared/form-layout-styles.js';

/**
 * The look of cp-attachment-manager (DSFR): the add form in a fieldset with a dashed drop zone, the
 * progress bar with its text, primary/secondary/danger buttons, notices with a coloured bar and a
 * text label (never colour alone), the detail panel of one attachment.
 */
export const styles = [
  controlStyles,
  definitionListStyles,
  formLayoutStyles,
  css`
  :host {
    display: block;
    max-width: 64rem;
  }
  .title {
    margin: 0 0 var(--_cp-space);
    font-size: 1.75rem;
    line-height: 2.25rem;
    font-weight: 700;
  }
  .drop {
    padding: var(--_cp-space);
    border: 2px dashed var(--_cp-border-strong);
    background: var(--_cp-background-alt);
  }
  .drop[data-over] {
    border-color: var(--_cp-primary);
    background: color-mix(in srgb, var(--_cp-primary) 8%, var(--_cp-background));
  }
  .drop p {
    margin: 0.5rem 0 0;
  }
  select.cp-field__input {
    appearance: auto;
  }
  input[type='file'].cp-field__input {
    padding: 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_cp-space) / 2);
    margin: var(--_cp-space) 0;
  }
  cp-data-table button {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
  }
  .progress {
    margin: var(--_cp-space) 0;
  }
  progress {
    display: block;
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_cp-primary);
  }
  .notice p {
    margin: 0.25rem 0;
  }
  .notice strong {
    display: block;
  }
  .detail {
    margin: var(--_cp-space) 0;
    padding: var(--_cp-space);
    border: 1px solid var(--_cp-border-strong);
  }
  .detail-title {
    margin: 0 0 var(--_cp-space);
    font-size: 1.25rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  dl {
    margin: 0 0 var(--_cp-space);
  }
`,
];
