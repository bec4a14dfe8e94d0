import { formatIban } from '../../domain/validators/iban.js';

/**
 * An IBAN as the list shows it: country and check digits, then the last four characters, the middle
 * hidden ("FR76 ••• 0189"), so that a list on screen or shared does not expose whole accounts; the
 * full IBAN is shown on the record's own view.
 */
export function maskIban(iban: string | undefined): string {
  if (!iban) return '';
  const compact = formatIban(iban).replace(/\s/g, '');
  if (compact.length <= 8) return formatIban(compact);
  return `${compact.slice(0, 4)} ••• ${compact.slice(-4)}`;
}
