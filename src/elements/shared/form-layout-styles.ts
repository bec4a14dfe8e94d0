import { css } from 'lit';

/**
 * The DSFR layout of the elements' forms: a fieldset per block titled by its legend, and a grid of
 * input groups that takes two columns on wide screens. Put it after `controlStyles`, before an
 * element's own styles, which may refine it.
 */
export const formLayoutStyles = css`
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
    /* min(…, 100%): one column, never wider than the form, on a 320 px screen (reflow, WCAG 1.4.10) */
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    gap: var(--_cp-space) calc(var(--_cp-space) * 1.5);
  }
`;
