import { css } from 'lit';

/**
 * What the fiche adds to the form pages' look: its blocks' titles, the services table, and its lists
 * one column wide on narrow screens (the portal's long option labels would scroll the page at 320 px).
 */
export const ficheStyles = css`
  dt {
    overflow-wrap: anywhere;
  }
  @media (max-width: 40rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
    dd + dt {
      margin-top: 0.5rem;
    }
  }
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
