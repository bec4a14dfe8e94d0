import type { Check } from '../check.js';
import { approbationGpChecks } from './approbations-gp.js';
import { attachmentChecks } from './attachments.js';
import { authorizationChecks } from './authorization.js';
import { bankDetailsChecks } from './bank-details.js';
import { deactivationChecks } from './deactivation.js';
import { habilitationChecks } from './habilitations.js';
import { identityAccountChecks } from './identity-account.js';
import { notificationChecks } from './notifications.js';
import { rattachementChecks } from './rattachements.js';
import { serviceChecks } from './services.js';
import { structureChecks } from './structures.js';
import { transportChecks } from './transport.js';

/** Every check of the conformance suite, in the order they run. */
export const CHECKS: readonly Check[] = [
  ...transportChecks,
  ...identityAccountChecks,
  ...rattachementChecks,
  ...habilitationChecks,
  ...deactivationChecks,
  ...structureChecks,
  ...serviceChecks,
  ...approbationGpChecks,
  ...attachmentChecks,
  ...bankDetailsChecks,
  ...notificationChecks,
  ...authorizationChecks,
];

/** The checks of one rule (the Node rule tests run them against the in-process mock). */
export const checksOf = (rule: string): Check[] => CHECKS.filter((check) => check.rule === rule);
