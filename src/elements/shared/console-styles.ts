import { css } from 'lit';
import { controlStyles } from './control-styles.js';
import { definitionListStyles } from './definition-list-styles.js';

/**
 * The look shared by the manager console elements (cp-approbations, cp-structure-users,
 * cp-gp-transfer), DSFR style: titles, filter bars, description lists, primary / secondary / danger
 * buttons, notices with a coloured bar and a text label (never colour alone), visible focus. A search
 * input laid out by `renderField` (`cp-field__input`, with `fieldStyles`) keeps the field's look: its
 * underline is a shadow, not a border.
 */
export const consoleStyles = [
  controlStyles,
  definitionListStyles,
  css`
  :host {
    display: block;
    font-family: var(--_cp-font-family);
    color: var(--_cp-text);
  }
  .title {
    margin: 0 0 var(--_cp-space);
    font-size: 1.75rem;
    line-height: 2.25rem;
    font-weight: 700;
  }
  .subtitle {
    margin: var(--_cp-space) 0 0.5rem;
    font-size: 1.25rem;
    font-weight: 700;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space);
    align-items: flex-end;
    margin-block-end: var(--_cp-space);
  }
  .filters label,
  .stack label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 500;
    /* may shrink below its select's longest option (reflow at 320 px, WCAG 1.4.10) */
    min-width: 0;
    max-width: 100%;
  }
  select,
  input[type='email'],
  input[type='text'],
  input[type='search']:not(.cp-field__input),
  textarea {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-bottom: 2px solid var(--_cp-border-strong);
    background: var(--_cp-background-input);
    color: var(--_cp-text);
    border-radius: var(--_cp-radius) var(--_cp-radius) 0 0;
  }
  textarea {
    min-height: 5rem;
    width: 100%;
    box-sizing: border-box;
  }
  /* as specific as the field rules above (an element and an attribute), so it wins over them */
  :is(select, input, textarea)[aria-invalid='true'] {
    border-bottom-color: var(--_cp-error);
  }
  .error-text {
    color: var(--_cp-error);
    margin: 0.25rem 0;
    font-size: 0.875rem;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: var(--_cp-space);
    max-width: 40rem;
  }
  dl {
    margin: var(--_cp-space) 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_cp-space);
    margin: var(--_cp-space) 0;
    align-items: center;
  }
  button.small {
    min-height: 2rem;
    padding: 0.25rem 0.75rem;
    font-size: 0.875rem;
  }
  .notice p {
    margin: 0.25rem 0;
  }
  .hint {
    margin: 0.25rem 0;
    font-size: 0.875rem;
    color: var(--_cp-text-mention);
  }
  ul.results {
    margin: 0.5rem 0;
    padding-inline-start: 1.25rem;
  }
`,
];
