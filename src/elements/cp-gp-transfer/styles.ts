import { css } from 'lit';

/** The parts of cp-gp-transfer beyond the console look: the ways, the structures and their notes. */
export const styles = css`
  fieldset {
    margin: 0;
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
    margin: 0.25rem 0;
  }
  .structure {
    margin: 0.5rem 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
`;
