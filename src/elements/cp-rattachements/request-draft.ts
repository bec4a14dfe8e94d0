import type { RattachementLevel, RattachementRequest } from '../../domain/schemas/index.js';

/** What the user filled in a rattachement request form (RAT-4). */
export interface RequestDraft {
  niveau: RattachementLevel;
  idServices: number[];
  dateDebut: string;
  dateFin: string;
  commentaire: string;
}

/** A field of the request form that can be in error. */
export type RequestField = 'idServices' | 'dateDebut' | 'dateFin' | 'commentaire';

/** Why a field of the request is refused before sending (RAT-4). */
export type RequestProblem = 'servicesRequired' | 'dateRequired' | 'endBeforeStart' | 'commentRequired';

/** Longest comment of a request (RAT-4). */
export const COMMENT_MAX = 255;

/** The problems of a draft by field, checked as the server does (RAT-4); empty when it can be sent. */
export function checkDraft(draft: RequestDraft): Partial<Record<RequestField, RequestProblem>> {
  const problems: Partial<Record<RequestField, RequestProblem>> = {};
  if (draft.niveau === 'SERVICES' && draft.idServices.length === 0) problems.idServices = 'servicesRequired';
  if (!draft.dateDebut) problems.dateDebut = 'dateRequired';
  if (draft.dateDebut && draft.dateFin && draft.dateFin < draft.dateDebut) problems.dateFin = 'endBeforeStart';
  if (draft.commentaire.trim() === '') problems.commentaire = 'commentRequired';
  return problems;
}

/** The request to send for a structure. */
export function requestOf(idStructureCPP: number, draft: RequestDraft): RattachementRequest {
  return {
    idStructureCPP,
    niveau: draft.niveau,
    idServices: draft.niveau === 'SERVICES' ? draft.idServices : [],
    dateDebut: draft.dateDebut,
    ...(draft.dateFin ? { dateFin: draft.dateFin } : {}),
    commentaire: draft.commentaire.trim(),
  };
}
