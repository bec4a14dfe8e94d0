import { css } from 'lit';

/** Layout of cp-attachment-picker: a DSFR checkbox group, its filter and the add panel. */
export const styles = css`
  :host {
    display: block;
    max-width: 48rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25rem;
  }
  ul {
    list-style: none;
    margin: 0.5rem 0;
    padding: 0;
  }
  li {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding: 0.375rem 0;
  }
  li input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
  }
  li input:focus-visible,
  .filter input:focus-visible {
    outline: 2px solid var(--_cp-focus);
    outline-offset: 2px;
  }
  .filter {
    margin: 0.5rem 0;
  }
  /* Forced colours drop the filter's background and underline (a box-shadow): a border keeps it visible. */
  @media (forced-colors: active) {
    .filter input {
      border: 1px solid;
    }
  }
  .count {
    margin: 0.25rem 0 0.75rem;
    font-weight: 500;
  }
  .panel {
    margin-top: 1rem;
    padding: 1rem;
    border: 1px solid var(--_cp-border);
  }
`;
