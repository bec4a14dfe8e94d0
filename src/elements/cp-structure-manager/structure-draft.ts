import type {
  FieldProblem,
  PostalAddress,
  Structure,
  StructureParameters,
  StructureUpdate,
} from '../../domain/schemas/index.js';

/** The address fields of a form, flat (ids `f-adresse`, `f-ville`…). */
export const ADDRESS_FIELDS = [
  'adresse',
  'complementAdresse1',
  'complementAdresse2',
  'codePostal',
  'ville',
  'pays',
] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** The STR-5 parameters a manager may change (EDI is DGFiP's). */
export type EditableParameters = Omit<StructureParameters, 'recevoirDonneesViaEDI'>;

/** What the manager edits on an existing structure (STR-3, STR-5): libellé, contact, address, parameters. */
export interface StructureDraft extends Record<AddressField, string> {
  libelleStructure: string;
  emailStructure: string;
  telephone: string;
  parametres: EditableParameters;
}

/** The draft fields shown as text inputs, in the order of the form. */
export const EDIT_TEXT_FIELDS = ['libelleStructure', 'emailStructure', 'telephone', ...ADDRESS_FIELDS] as const;
export type EditTextField = (typeof EDIT_TEXT_FIELDS)[number];

/** The address fields of a draft as a `PostalAddress` (empty compléments left out). */
export function addressOf(draft: Record<AddressField, string>): PostalAddress {
  return {
    adresse: draft.adresse.trim(),
    ...(draft.complementAdresse1.trim() ? { complementAdresse1: draft.complementAdresse1.trim() } : {}),
    ...(draft.complementAdresse2.trim() ? { complementAdresse2: draft.complementAdresse2.trim() } : {}),
    codePostal: draft.codePostal.trim(),
    ville: draft.ville.trim(),
    pays: draft.pays.trim().toUpperCase(),
  };
}

/** A postal address as flat draft fields. */
export function addressDraft(address: PostalAddress | undefined): Record<AddressField, string> {
  return {
    adresse: address?.adresse ?? '',
    complementAdresse1: address?.complementAdresse1 ?? '',
    complementAdresse2: address?.complementAdresse2 ?? '',
    codePostal: address?.codePostal ?? '',
    ville: address?.ville ?? '',
    pays: address?.pays ?? 'FR',
  };
}

/** The editable fields of a structure as a draft. */
export function draftOf(structure: Structure): StructureDraft {
  const { recevoirDonneesViaEDI: _edi, ...parametres } = structure.parametres;
  return {
    libelleStructure: structure.libelleStructure ?? '',
    emailStructure: structure.emailStructure ?? '',
    telephone: structure.telephone ?? '',
    ...addressDraft(structure.adresse),
    parametres,
  };
}

/**
 * The draft a modification starts from: the structure as it will be once its pending changes take
 * effect (STR-4), so a second modification sent before then keeps the first one instead of undoing it.
 */
export function editDraftOf(structure: Structure): StructureDraft {
  const future = structure.changementsEnAttente.reduce<Structure>(
    (current, change) => ({ ...current, ...change.champs }),
    structure,
  );
  return draftOf(future);
}

/** Whether two drafts hold the same values. */
export const sameDraft = (a: StructureDraft, b: StructureDraft): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The update to send for a draft, based on the structure's version; parameters only for a public structure (STR-5). */
export function updateOf(draft: StructureDraft, structure: Structure): StructureUpdate {
  return {
    libelleStructure: draft.libelleStructure.trim(),
    ...(draft.emailStructure.trim() ? { emailStructure: draft.emailStructure.trim() } : {}),
    ...(draft.telephone.trim() ? { telephone: draft.telephone.trim() } : {}),
    adresse: addressOf(draft),
    ...(structure.typeStructure === 'PUBLIQUE' ? { parametres: draft.parametres } : {}),
    version: structure.version,
  };
}

/** Required address fields left empty, as field problems (STR-2, STR-3). */
export function missingAddress(
  draft: Record<AddressField, string>,
  message: { fr: string; en: string },
): FieldProblem[] {
  return (['adresse', 'codePostal', 'ville', 'pays'] as const)
    .filter((f) => !draft[f].trim())
    .map((f) => ({ field: f, code: 'required', message }));
}

/** The form field a server's field path points at (`adresse.ville` → `ville`, `parametres.getaMoa` → `moa`). */
export function formFieldOf(path: string): string {
  if (path.startsWith('adresse.')) return path.slice('adresse.'.length);
  if (path === 'parametres.getaMoa' || path === 'parametres.estMoaUniquement') return 'moa';
  if (path.startsWith('parametres.')) return path.slice('parametres.'.length);
  return path;
}
