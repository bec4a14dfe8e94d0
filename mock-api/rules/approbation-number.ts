/**
 * The request number of an approbation (APR-1), "RITM" and 7 digits like the portal's RITM0015261:
 * derived from its id, so it is unique and never changes. The inbox shows it and the e-mails quote it.
 */
export const approbationNumber = (idApprobation: number): string =>
  `RITM${String(12344 + idApprobation).padStart(7, '0')}`;
