import type { RattachementView } from '../../domain/schemas/index.js';

/** A structure the user is attached to, as the member's view lists it (STR-8). */
export interface AttachedStructure {
  readonly idStructureCPP: number;
  readonly identifiantStructure: string;
  readonly designationStructure: string;
}

/**
 * The structures whose fiche a user may consult (STR-8): those of his VALIDEE rattachements in
 * force today (RAT-9), each once (a user attached to several services of one structure).
 */
export function attachedStructures(rows: readonly RattachementView[]): AttachedStructure[] {
  const byId = new Map<number, AttachedStructure>();
  for (const row of rows) {
    if (row.statutRattachement !== 'VALIDEE' || !row.enVigueur || byId.has(row.idStructureCPP)) continue;
    const { idStructureCPP, identifiantStructure, designationStructure } = row;
    byId.set(idStructureCPP, { idStructureCPP, identifiantStructure, designationStructure });
  }
  return [...byId.values()];
}
