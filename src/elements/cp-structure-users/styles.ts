import { css } from 'lit';

/** The parts of cp-structure-users beyond the console look: the profile matrix, checkbox lists, the user panel. */
export const styles = css`
  /* The matrix scrolls inside its own box on a narrow screen, not the page (reflow, WCAG 1.4.10). */
  .matrix-scroll {
    overflow-x: auto;
  }
  table.matrix {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
    margin: 0.5rem 0 var(--_cp-space);
  }
  table.matrix th,
  table.matrix td {
    text-align: start;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_cp-border);
  }
  table.matrix thead th {
    background: var(--_cp-background-alt);
    border-bottom: 2px solid var(--_cp-border-strong);
  }
  fieldset {
    margin: 0 0 var(--_cp-space);
    padding: var(--_cp-space);
    border: 1px solid var(--_cp-border);
  }
  legend {
    font-weight: 700;
    padding: 0 0.5rem;
  }
  label.check {
    display: flex;
    flex-direction: row;
    gap: 0.5rem;
    align-items: center;
    font-weight: 400;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.25rem var(--_cp-space);
  }
  section.user {
    margin-block-start: var(--_cp-space);
  }
`;
