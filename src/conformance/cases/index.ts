import type { Check } from '../check.js';
import { approbationGpChecks } from './approbations-gp.js';
import { authorizationChecks } from './authorization.js';
import { identityAccountChecks } from './identity-account.js';
import { rattachementChecks } from './rattachements.js';
import { structureChecks } from './structures.js';
import { transportChecks } from './transport.js';

/** Every check of the conformance suite, in the order they run. */
export const CHECKS: readonly Check[] = [
  ...transportChecks,
  ...identityAccountChecks,
  ...rattachementChecks,
  ...structureChecks,
  ...approbationGpChecks,
  ...authorizationChecks,
];

/** The checks of one rule (the Node rule tests run them against the in-process mock). */
export const checksOf = (rule: string): Check[] => CHECKS.filter((check) => check.rule === rule);
