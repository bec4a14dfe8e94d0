import type { BankDetails, Bilingual, FieldProblem, IdentifierType, Rib } from '../../src/domain/schemas/index.js';
import { validateBic } from '../../src/domain/validators/bic.js';
import { hasFrenchBban } from '../../src/domain/validators/french-bank-countries.js';
import { validateIban } from '../../src/domain/validators/iban.js';
import type { ValidationReason } from '../../src/domain/validators/index.js';
import { validateRib, type RibReason } from '../../src/domain/validators/rib.js';
import { validationMessage } from '../../src/i18n/validation-messages.js';
import type { MockEnv } from './context.js';
import { RuleError, fieldProblem } from './errors.js';
import { normaliseIdentifier } from './structure-identifier.js';

/**
 * The account checks of bank details (BNK-1..4), decided by the domain validators: each refused
 * field carries the validator's precise reason as its code and its FR/EN message
 * (`src/i18n/validation-messages.ts`), with the rule it breaks.
 */

/** The account part of bank details as entered: spaces and lower case tolerated (BNK-2). */
export interface BankAccountInput {
  type: 'IBAN' | 'RIB';
  pays: string;
  iban?: string | undefined;
  bic?: string | undefined;
  rib?: Rib | undefined;
  affactureur: boolean;
  factor?: { raisonSociale: string; pays: string; identifiant: string; typeIdentifiant: IdentifierType } | undefined;
}

/** The account part as stored: electronic formats, the IBAN of a RIB composed from it. */
export type CheckedBankAccount = Pick<BankDetails, 'type' | 'pays' | 'iban' | 'bic' | 'rib' | 'affactureur' | 'factor'>;

/** A refused field of the account, with the rule it breaks. */
interface AccountProblem {
  rule: string;
  field: FieldProblem;
}

const bilingual = (reason: ValidationReason, params: Readonly<Record<string, string | number>> = {}): Bilingual => ({
  fr: validationMessage('fr', reason, params),
  en: validationMessage('en', reason, params),
});

const reasonProblem = (
  rule: string,
  field: string,
  reason: ValidationReason,
  params?: Readonly<Record<string, string | number>>,
): AccountProblem => ({
  rule,
  field: fieldProblem(field, reason, bilingual(reason, params)),
});

const RIB_FIELDS: Record<RibReason, keyof Rib> = {
  'rib-bank-code-format': 'codeBanque',
  'rib-branch-code-format': 'codeGuichet',
  'rib-account-format': 'numeroCompte',
  'rib-key-format': 'cleRib',
  'rib-bad-key': 'cleRib',
};

/** BNK-2, BNK-3: an IBAN of the given country and a BIC of the same country (an FR BIC for the French overseas). */
function checkIbanAccount(input: BankAccountInput, problems: AccountProblem[]): Partial<CheckedBankAccount> {
  const iban = validateIban(input.iban ?? '');
  if (!iban.valid) {
    problems.push(reasonProblem('BNK-2', 'iban', iban.reason, iban.params));
    return {};
  }
  if (iban.value.countryCode !== input.pays) {
    problems.push({
      rule: 'BNK-2',
      field: fieldProblem('pays', 'iban_country_mismatch', {
        fr: `Le pays doit être celui de l’IBAN (${iban.value.countryCode}).`,
        en: `The country must be the IBAN’s (${iban.value.countryCode}).`,
      }),
    });
  }
  const bic = validateBic(input.bic ?? '', { ibanCountry: iban.value.countryCode });
  if (!bic.valid) problems.push(reasonProblem('BNK-3', 'bic', bic.reason, bic.params));
  return { iban: iban.value.iban, ...(bic.valid ? { bic: bic.value.bic } : {}) };
}

/** BNK-4: the four fields of a French RIB and their key; the country is France's or one using French RIBs. */
function checkRibAccount(input: BankAccountInput, problems: AccountProblem[]): Partial<CheckedBankAccount> {
  if (!hasFrenchBban(input.pays)) {
    problems.push({
      rule: 'BNK-4',
      field: fieldProblem('pays', 'rib_country', {
        fr: 'Un RIB est un compte français : choisissez la France (ou un pays à RIB français).',
        en: 'A RIB is a French account: choose France (or a country using French RIBs).',
      }),
    });
  }
  if (!input.rib) {
    problems.push({ rule: 'BNK-4', field: fieldProblem('rib', 'rib_required') });
    return {};
  }
  const rib = validateRib(input.rib);
  if (!rib.valid) {
    problems.push(reasonProblem('BNK-4', `rib.${RIB_FIELDS[rib.reason]}`, rib.reason, rib.params));
    return {};
  }
  const { iban, ...parts } = rib.value;
  let bic: string | undefined;
  if (input.bic !== undefined && input.bic.trim() !== '') {
    const checked = validateBic(input.bic, { ibanCountry: 'FR' });
    if (checked.valid) bic = checked.value.bic;
    else problems.push(reasonProblem('BNK-3', 'bic', checked.reason, checked.params));
  }
  return { rib: parts, iban, ...(bic ? { bic } : {}) };
}

/** BNK-1: with the "affactureur" flag, the factor's raison sociale, pays, identifiant and type (a SIRET checked as STR-1). */
function checkFactor(
  env: Pick<MockEnv, 'config'>,
  input: BankAccountInput,
  problems: AccountProblem[],
): Partial<CheckedBankAccount> {
  if (!input.affactureur) return {};
  if (!input.factor) {
    problems.push({ rule: 'BNK-1', field: fieldProblem('factor', 'factor_required') });
    return {};
  }
  try {
    const identifiant = normaliseIdentifier(
      env,
      input.factor.typeIdentifiant,
      input.factor.identifiant,
      'factor.identifiant',
    );
    return { factor: { ...input.factor, identifiant } };
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    problems.push(...error.fields.map((field) => ({ rule: 'BNK-1', field })));
    return {};
  }
}

/**
 * Checks the account of bank details (BNK-1..4) and returns it as stored, or throws one refusal
 * (422) listing every refused field, under the rule of the first one.
 */
export function checkBankAccount(env: Pick<MockEnv, 'config'>, input: BankAccountInput): CheckedBankAccount {
  const problems: AccountProblem[] = [];
  const account = input.type === 'IBAN' ? checkIbanAccount(input, problems) : checkRibAccount(input, problems);
  const factor = checkFactor(env, input, problems);
  if (problems.length > 0) {
    throw new RuleError(
      'RULE_BROKEN',
      problems[0]!.rule,
      { fr: 'Les coordonnées bancaires ne sont pas valides.', en: 'The bank details are not valid.' },
      problems.map((p) => p.field),
    );
  }
  return { type: input.type, pays: input.pays, affactureur: input.affactureur, ...account, ...factor };
}
