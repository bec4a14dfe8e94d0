import { css } from 'lit';

/**
 * Read-only values as a description list (`<dl>` of `<dt>` label, `<dd>` value), two columns: the
 * labels take at most 40 % of the width (a long label wraps between its words), the values the rest.
 * At 320 px (WCAG 1.4.10), a value of a few words or a date is never cut letter by letter, as it was
 * when the labels' column took their whole length; only a long value (an e-mail, an IBAN) wraps
 * anywhere rather than widen the page. Each element sets the list's margin.
 */
export const definitionListStyles = css`
  dl {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.25rem var(--_cp-space);
  }
  dt {
    font-weight: 700;
    overflow-wrap: break-word;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
