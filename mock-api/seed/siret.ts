/** The digit that completes `partial` into a Luhn-valid string. */
export function luhnDigit(partial: string): string {
  for (let d = 0; d <= 9; d += 1) {
    const candidate = `${partial}${d}`;
    let sum = 0;
    for (let i = 0; i < candidate.length; i += 1) {
      const digit = Number(candidate[candidate.length - 1 - i]);
      const weighted = i % 2 === 1 ? digit * 2 : digit;
      sum += weighted > 9 ? weighted - 9 : weighted;
    }
    if (sum % 10 === 0) return String(d);
  }
  throw new Error('unreachable: one digit always completes a Luhn string');
}

/**
 * A SIRET whose SIREN and SIRET keys are both valid (STR-1), from 8 SIREN digits and 4 NIC digits:
 * the 9th and 14th digits are computed.
 */
export function makeSiret(siren8: string, nic4: string): string {
  const siren = `${siren8}${luhnDigit(siren8)}`;
  const partial = `${siren}${nic4}`;
  return `${partial}${luhnDigit(partial)}`;
}

/** The French intra-community VAT number of a SIREN: `FR`, its two-digit key, the SIREN. */
export function frenchVatNumber(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}
