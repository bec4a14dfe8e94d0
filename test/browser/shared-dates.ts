/** The dd/mm/yyyy day an instant falls on in Paris, as a user of the portal reads it. */
export const parisDay = (instant: Date | string): string =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(instant));
