import type { Catalog } from './catalog.js';
import type { BankValidationReason } from './validation-messages-bank.js';

/** The EN messages of the bank details validators, loaded only when an element renders in English (the mock bundles them). */
export default {
  'iban-empty': 'Enter an IBAN.',
  'iban-bad-characters': 'An IBAN contains only letters and digits; remove the character “{character}”.',
  'iban-unknown-country': 'An IBAN starts with the code of a country that uses IBANs; “{country}” is not one.',
  'iban-country-not-allowed':
    'IBANs from {countryName} ({country}) are not accepted here; accepted countries: {allowed}.',
  'iban-wrong-length': 'An IBAN from {countryName} ({country}) has {expected} characters; you entered {actual}.',
  'iban-bad-format':
    'This IBAN does not have the shape of an IBAN from {countryName} ({country}): check the letters and digits after the first four characters.',
  'iban-bad-rib-key': 'The RIB key (the last two digits) does not match the rest of the IBAN: check what you typed.',
  'iban-bad-national-check':
    'The national check digits of this IBAN from {countryName} ({country}) are wrong: check what you typed.',
  'iban-bad-check-digits':
    'The IBAN check digits (3rd and 4th characters) do not match the rest: there is probably a typo.',
  'rib-bank-code-format': 'The bank code (code banque) is made of 5 digits.',
  'rib-branch-code-format': 'The branch code (code guichet) is made of 5 digits.',
  'rib-account-format': 'The account number is made of 11 digits or letters.',
  'rib-key-format': 'The RIB key is made of 2 digits.',
  'rib-bad-key':
    'The RIB key does not match the bank code, branch code and account number (expected key: {expected}): check what you typed.',
  'bic-empty': 'Enter a BIC.',
  'bic-wrong-length': 'A BIC has 8 or 11 characters; you entered {actual}.',
  'bic-bad-format':
    'A BIC is made of 4 letters (bank), 2 letters (country), 2 letters or digits (location) and sometimes 3 letters or digits (branch).',
  'bic-unknown-country': 'The 5th and 6th characters of a BIC are a country; “{country}” is not a known country code.',
  'bic-country-mismatch':
    'This BIC belongs to a bank in {bicCountryName} ({bicCountry}), but the IBAN is from {ibanCountryName} ({ibanCountry}): check one or the other.',
} satisfies Catalog<BankValidationReason>;
