import type {
  Bilingual,
  FieldProblem,
  IdentifierType,
  InseeInfo,
  StructureCreate,
  StructureType,
} from '../../domain/schemas/index.js';
import { addressDraft, addressOf, missingAddress, type AddressField } from './structure-draft.js';

/** What the manager types to create a structure (STR-2). */
export interface CreateDraft extends Record<AddressField, string> {
  typeIdentifiantStructure: IdentifierType;
  identifiantStructure: string;
  typeStructure: StructureType;
  designationStructure: string;
  libelleStructure: string;
  nomStructure: string;
  prenomStructure: string;
  emailStructure: string;
  telephone: string;
  nonDiffusibleInsee: boolean;
}

/** An empty creation form: a public SIRET structure in France. */
export const emptyCreateDraft = (): CreateDraft => ({
  typeIdentifiantStructure: 'SIRET',
  identifiantStructure: '',
  typeStructure: 'PUBLIQUE',
  designationStructure: '',
  libelleStructure: '',
  nomStructure: '',
  prenomStructure: '',
  emailStructure: '',
  telephone: '',
  nonDiffusibleInsee: false,
  ...addressDraft(undefined),
});

/** The draft with INSEE's raison sociale and address filled in (those fields are then locked). */
export const withInsee = (draft: CreateDraft, insee: InseeInfo): CreateDraft => ({
  ...draft,
  designationStructure: insee.raisonSociale,
  ...addressDraft(insee.adresse),
});

/** The creation request of a draft. */
export function createOf(draft: CreateDraft): StructureCreate {
  const optional = (key: 'libelleStructure' | 'nomStructure' | 'prenomStructure' | 'emailStructure' | 'telephone') =>
    draft[key].trim() ? { [key]: draft[key].trim() } : {};
  return {
    typeIdentifiantStructure: draft.typeIdentifiantStructure,
    identifiantStructure: draft.identifiantStructure.trim(),
    typeStructure: draft.typeStructure,
    designationStructure: draft.designationStructure.trim(),
    ...optional('libelleStructure'),
    ...optional('nomStructure'),
    ...optional('prenomStructure'),
    ...optional('emailStructure'),
    ...optional('telephone'),
    adresse: addressOf(draft),
    nonDiffusibleInsee: draft.nonDiffusibleInsee,
  };
}

/** Required fields left empty (STR-2): identifier, raison sociale, address; nom and prénom of a PARTICULIER. */
export function missingForCreate(draft: CreateDraft, required: Bilingual): FieldProblem[] {
  const problem = (field: string): FieldProblem => ({ field, code: 'required', message: required });
  const problems: FieldProblem[] = [];
  if (!draft.identifiantStructure.trim()) problems.push(problem('identifiantStructure'));
  if (!draft.designationStructure.trim()) problems.push(problem('designationStructure'));
  if (draft.typeIdentifiantStructure === 'PARTICULIER') {
    if (!draft.nomStructure.trim()) problems.push(problem('nomStructure'));
    if (!draft.prenomStructure.trim()) problems.push(problem('prenomStructure'));
  }
  return [...problems, ...missingAddress(draft, required)];
}
