import { css } from 'lit';

/** What cp-bank-details adds to the shared form look: the payment notice, the attachment panel, the account field's error. */
export const styles = css`
  :host {
    max-width: 60rem;
  }
  .stack {
    display: grid;
    /* one column no wider than the element: nothing inside widens the page (reflow, WCAG 1.4.10) */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_cp-space) * 1.5);
    margin-bottom: calc(var(--_cp-space) * 1.5);
  }
  .account--error {
    border-left: 2px solid var(--_cp-error);
    padding-left: calc(var(--_cp-space) * 0.75);
  }
  .attach-panel {
    margin-top: var(--_cp-space);
    padding: var(--_cp-space);
    border: 1px solid var(--_cp-border);
  }
  .check + .hint {
    margin-left: 1.75rem;
  }
  .readonly-value {
    margin: 0.5rem 0 0;
    font-weight: 700;
  }
`;
