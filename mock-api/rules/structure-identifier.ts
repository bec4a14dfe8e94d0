import { IDENTIFIER_TYPE_NAMES } from '../../src/domain/identifier-type-names.js';
import type { Bilingual, IdentifierType, IdentifierTypeHint } from '../../src/domain/schemas/index.js';
import { validateSiret } from '../../src/domain/validators/siret.js';
import { validationMessage } from '../../src/i18n/validation-messages.js';
import type { Store } from '../store.js';
import type { MockEnv } from './context.js';
import { fieldProblem, refuse } from './errors.js';
import { projected } from './structure-pending.js';

/**
 * Identifiers of structures (STR-1): the SIRET key check (a warning in sandbox), one structure per
 * identifier, and the expected format of the other identifier types as hints. The formats of the
 * non-SIRET types are not documented by Chorus Pro beyond the portal's hints, so they are not enforced.
 */

const HINTS: readonly IdentifierTypeHint[] = [
  {
    typeIdentifiantStructure: 'SIRET',
    libelle: IDENTIFIER_TYPE_NAMES.SIRET,
    format: {
      fr: '14 chiffres (SIREN puis NIC) avec une clé de contrôle ; l’établissement doit exister et être actif à l’INSEE.',
      en: '14 digits (SIREN then NIC) with a check key; the establishment must exist and be active at INSEE.',
    },
    exemple: '732 829 320 00074',
  },
  {
    typeIdentifiantStructure: 'UE_HORS_FRANCE',
    libelle: IDENTIFIER_TYPE_NAMES.UE_HORS_FRANCE,
    format: {
      fr: 'Numéro de TVA intracommunautaire : code du pays puis 2 à 13 lettres ou chiffres.',
      en: 'Intra-community VAT number: country code then 2 to 13 letters or digits.',
    },
    exemple: 'DE123456789',
  },
  {
    typeIdentifiantStructure: 'HORS_UE',
    libelle: IDENTIFIER_TYPE_NAMES.HORS_UE,
    format: {
      fr: 'Identifiant national de la structure dans son pays, lettres et chiffres.',
      en: 'National identifier of the structure in its country, letters and digits.',
    },
  },
  {
    typeIdentifiantStructure: 'RIDET',
    libelle: IDENTIFIER_TYPE_NAMES.RIDET,
    format: {
      fr: 'RIDET de Nouvelle-Calédonie : les 7 chiffres du RID puis les 3 chiffres de l’établissement.',
      en: 'New Caledonia RIDET: the 7 digits of the RID then the 3 digits of the establishment.',
    },
    exemple: '1234567001',
  },
  {
    typeIdentifiantStructure: 'TAHITI',
    libelle: IDENTIFIER_TYPE_NAMES.TAHITI,
    format: {
      fr: 'Numéro TAHITI de Polynésie française : 9 lettres ou chiffres.',
      en: 'French Polynesia TAHITI number: 9 letters or digits.',
    },
    exemple: 'A12345001',
  },
  {
    typeIdentifiantStructure: 'PARTICULIER',
    libelle: IDENTIFIER_TYPE_NAMES.PARTICULIER,
    format: {
      fr: 'Identifiant de la personne ; le nom et le prénom sont obligatoires.',
      en: 'Identifier of the person; surname and first name are required.',
    },
  },
  {
    typeIdentifiantStructure: 'AUTRE',
    libelle: IDENTIFIER_TYPE_NAMES.AUTRE,
    format: { fr: 'Identifiant provisoire de la structure.', en: 'Provisional identifier of the structure.' },
  },
];

/** Every identifier type with its label and expected format (STR-1 hints). */
export const identifierHints = (): IdentifierTypeHint[] => HINTS.map((hint) => ({ ...hint }));

const both = (
  reason: Parameters<typeof validationMessage>[1],
  params: Record<string, string | number> = {},
): Bilingual => ({
  fr: validationMessage('fr', reason, params),
  en: validationMessage('en', reason, params),
});

/**
 * The identifier as stored (a SIRET without spaces or dots, others trimmed), or a refusal: 400
 * for an identifier of blanks only, 422 (STR-1) saying why a SIRET is not valid. In sandbox a SIRET with a bad key is accepted; reads
 * then carry a warning (`identifierNotice`).
 */
export function normaliseIdentifier(
  env: Pick<MockEnv, 'config'>,
  type: IdentifierType,
  raw: string,
  field = 'identifiantStructure',
): string {
  if (type !== 'SIRET') {
    const trimmed = raw.trim();
    // Only blanks: nothing identifies the structure (it would be stored empty).
    if (trimmed === '')
      throw refuse(
        'INVALID',
        undefined,
        { fr: 'L’identifiant de la structure est obligatoire.', en: 'The structure identifier is required.' },
        [fieldProblem(field, 'required')],
      );
    return trimmed;
  }
  const result = validateSiret(raw, { sandbox: env.config.sandbox });
  if (result.valid) return result.value.siret;
  const message = both(result.reason, result.params);
  throw refuse('RULE_BROKEN', 'STR-1', { fr: 'Le SIRET n’est pas valide.', en: 'The SIRET is not valid.' }, [
    fieldProblem(field, result.reason, message),
  ]);
}

/** Why a stored SIRET fails its key (sandbox data), or undefined when it is fine or not a SIRET. */
export function identifierKeyWarning(type: IdentifierType, identifiant: string): Bilingual | undefined {
  if (type !== 'SIRET') return undefined;
  const strict = validateSiret(identifiant);
  return strict.valid ? undefined : both(strict.reason, strict.params);
}

const sameIdentifier = (type: IdentifierType, a: string, b: string): boolean =>
  type === 'SIRET' ? a === b : a.toLowerCase() === b.toLowerCase();

/**
 * Refuses (409, STR-1) an identifier already used by another structure, now or once its pending
 * changes take effect (an update from INSEE may change it). `exceptId` is the structure itself.
 */
export function assertIdentifierFree(
  store: Store,
  type: IdentifierType,
  identifiant: string,
  exceptId?: number,
  field = 'identifiantStructure',
): void {
  const taken = store.structures.find((s) => {
    if (s.idStructureCPP === exceptId) return false;
    const future = projected(s);
    return [s, future].some(
      (v) => v.typeIdentifiantStructure === type && sameIdentifier(type, v.identifiantStructure, identifiant),
    );
  });
  if (taken) {
    throw refuse(
      'DUPLICATE',
      'STR-1',
      { fr: 'Une structure existe déjà avec cet identifiant.', en: 'A structure already exists with this identifier.' },
      [
        fieldProblem(field, 'identifier_taken', {
          fr: `Identifiant déjà utilisé par la structure ${taken.designationStructure}.`,
          en: `Identifier already used by structure ${taken.designationStructure}.`,
        }),
      ],
    );
  }
}
