import type { InseeInfo } from '../../src/domain/schemas/index.js';
import type { MockEnv } from './context.js';
import { fieldProblem, refuse } from './errors.js';

/**
 * What the INSEE register allows (STR-2, STR-3, STR-6): a SIRET must exist there and be active;
 * an update follows the successor of a transferred establishment.
 */

/** The INSEE entry of a SIRET, refused (422, `rule`) when unknown or closed. */
export function activeInseeEntry(
  env: Pick<MockEnv, 'insee'>,
  siret: string,
  rule: string,
  field = 'identifiantStructure',
): InseeInfo {
  const entry = env.insee.lookup(siret);
  if (!entry) {
    throw refuse(
      'RULE_BROKEN',
      rule,
      { fr: 'Ce SIRET est inconnu de l’INSEE.', en: 'This SIRET is unknown to INSEE.' },
      [
        fieldProblem(field, 'insee_unknown', {
          fr: 'SIRET absent de la base INSEE.',
          en: 'SIRET not in the INSEE register.',
        }),
      ],
    );
  }
  if (entry.etatAdministratif !== 'ACTIF') {
    throw refuse(
      'RULE_BROKEN',
      rule,
      {
        fr: 'Cet établissement est fermé à l’INSEE : il ne peut pas être une structure active.',
        en: 'This establishment is closed at INSEE: it cannot be an active structure.',
      },
      [
        fieldProblem(field, 'insee_closed', {
          fr: 'Établissement fermé à l’INSEE.',
          en: 'Establishment closed at INSEE.',
        }),
      ],
    );
  }
  return entry;
}

/**
 * The current INSEE entry of a structure's SIRET for an update (STR-3): the entry itself, or, when
 * the establishment was succeeded by another, the last active successor (the identifier changes).
 * Refused (422, STR-3) when the SIRET is unknown or closed without an active successor.
 */
export function currentInseeEntry(env: Pick<MockEnv, 'insee'>, siret: string): InseeInfo {
  const seen = new Set<string>();
  let entry = env.insee.lookup(siret);
  while (entry?.siretSuccesseur && !seen.has(entry.siret)) {
    seen.add(entry.siret);
    const next = env.insee.lookup(entry.siretSuccesseur);
    if (!next) break;
    entry = next;
  }
  return activeInseeEntry(env, entry?.siret ?? siret, 'STR-3');
}
