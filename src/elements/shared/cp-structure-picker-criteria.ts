import type { StructureSearchCriteria } from '../../domain/schemas/index.js';

/** A criterion of the structure search (RAT-2). */
export type CriterionName = keyof StructureSearchCriteria;

/** The free-text criteria, in display order; `nom` and `prenom` only apply to identifiers that are not a SIRET. */
export const TEXT_CRITERIA = [
  'raisonSociale',
  'identifiant',
  'libelle',
  'codePostal',
  'ville',
] as const satisfies readonly CriterionName[];

/** The criteria of persons (identifiers that are not a SIRET, e.g. PARTICULIER). */
export const PERSON_CRITERIA = ['nom', 'prenom'] as const satisfies readonly CriterionName[];

/** The criteria chosen in a list, in display order (the portal's: identifier type, with / without SIRET, type, statut, pays). */
export const CHOICE_CRITERIA = [
  'typeIdentifiantStructure',
  'presenceSiret',
  'typeStructure',
  'statut',
  'pays',
] as const satisfies readonly CriterionName[];

/** What the user typed or chose, by criterion; empty strings for untouched ones. */
export type CriteriaDraft = Partial<Record<CriterionName, string>>;

/** Whether the person criteria apply: an identifier type other than SIRET, or "structure sans SIRET", is chosen (RAT-2). */
export const personCriteriaApply = (draft: CriteriaDraft): boolean =>
  (Boolean(draft.typeIdentifiantStructure) && draft.typeIdentifiantStructure !== 'SIRET') ||
  draft.presenceSiret === 'SANS';

/**
 * The criteria to send: trimmed, without the empty ones, and without nom/prénom unless they apply.
 * Undefined when none is left (RAT-2: at least one criterion).
 */
export function criteriaOf(draft: CriteriaDraft): StructureSearchCriteria | undefined {
  const criteria: Record<string, string> = {};
  const names: readonly CriterionName[] = [
    ...TEXT_CRITERIA,
    ...CHOICE_CRITERIA,
    ...(personCriteriaApply(draft) ? PERSON_CRITERIA : []),
  ];
  for (const name of names) {
    const value = draft[name]?.trim();
    if (value) criteria[name] = value;
  }
  return Object.keys(criteria).length > 0 ? (criteria as StructureSearchCriteria) : undefined;
}
