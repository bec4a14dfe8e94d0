import { css } from 'lit';

/** What the fiche adds to the form pages' look: its blocks' titles and the services table. */
export const ficheStyles = css`
  .block {
    margin: calc(var(--_cp-space) * 1.5) 0 0;
    font-size: 1.25rem;
    line-height: 1.75rem;
    font-weight: 700;
  }
  table {
    border-collapse: collapse;
    margin: var(--_cp-space) 0 0;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    border: 1px solid var(--_cp-border);
    padding: 0.25rem 0.5rem;
    text-align: start;
  }
`;
