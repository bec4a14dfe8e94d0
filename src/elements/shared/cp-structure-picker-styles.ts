import { css } from 'lit';
import { controlStyles } from './control-styles.js';

/**
 * The DSFR look shared by the membership elements (structure picker, cp-rattachements,
 * cp-habilitations): titled fieldsets, a responsive grid of input groups, primary and secondary
 * buttons, notices with a bar and a text label (never colour alone). Uses the `--_cp-*` aliases of
 * `tokens`, which must come first in `static styles`.
 */
export const panelStyles = [
  controlStyles,
  css`
  :host {
    display: block;
  }
  .title {
    margin: 0 0 var(--_cp-space);
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.3;
  }
  h2,
  h3 {
    margin: calc(var(--_cp-space) * 1.5) 0 var(--_cp-space);
    line-height: 1.3;
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.25rem;
  }
  fieldset {
    margin: 0 0 var(--_cp-space);
    padding: var(--_cp-space);
    border: 1px solid var(--_cp-border);
    min-width: 0;
  }
  legend {
    padding: 0 0.5rem;
    font-weight: 700;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_cp-space);
  }
  select.cp-field__input {
    appearance: auto;
  }
  textarea.cp-field__input {
    min-height: 5rem;
    resize: vertical;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_cp-space) * 0.5);
    margin: var(--_cp-space) 0;
  }
  button.secondary:hover:not(:disabled) {
    background: var(--_cp-background-alt);
  }
  .hint {
    margin: 0 0 var(--_cp-space);
    font-size: 0.875rem;
    color: var(--_cp-text-mention);
  }
  .notice strong {
    margin-right: 0.25rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin: 0.25rem 0;
  }
  .check input {
    width: 1.25rem;
    height: 1.25rem;
  }
  .count {
    margin: 0 0 calc(var(--_cp-space) * 0.5);
    font-weight: 700;
  }
  .pager ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: var(--_cp-space) 0 0;
    padding: 0;
  }
  .pager button {
    min-width: 2rem;
    min-height: 2rem;
  }
  .pager .gap {
    padding: 0.25rem;
  }
  .counter {
    margin: 0.25rem 0 0;
    font-size: 0.75rem;
    color: var(--_cp-text-mention);
  }
`,
];
