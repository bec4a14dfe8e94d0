import { css } from 'lit';

/** What the structure and service managers add to the form pages' look: the list toolbar, read-only inputs, the before/after table. */
export const managerStyles = css`
  :host {
    max-width: 60rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_cp-space);
    margin-bottom: var(--_cp-space);
  }
  .toolbar .cp-field {
    flex: 1 1 18rem;
  }
  .locked-note {
    margin: 0.25rem 0 0;
    font-size: 0.75rem;
    color: var(--_cp-text-mention);
  }
  fieldset.radios {
    border: 0;
    padding: 0;
    margin: var(--_cp-space) 0 0;
  }
  fieldset.radios legend {
    padding: 0;
    font-size: 1rem;
  }
  .check + .check {
    margin-top: 0.5rem;
  }
  table.diff {
    border-collapse: collapse;
    margin: var(--_cp-space) 0;
  }
  table.diff caption {
    text-align: start;
    font-weight: 700;
  }
  table.diff th,
  table.diff td {
    border: 1px solid var(--_cp-border);
    padding: 0.25rem 0.5rem;
    text-align: start;
  }
  .notice ul {
    margin: 0.25rem 0;
  }
  .why {
    margin: 0.25rem 0;
    font-size: 0.875rem;
    color: var(--_cp-text-mention);
  }
`;
