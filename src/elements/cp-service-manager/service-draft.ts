import type { Bilingual, FieldProblem, Service, ServiceCreate, ServiceUpdate } from '../../domain/schemas/index.js';

/** What the manager types for a service (SRV-1). Dates are ISO 8601 ('' when empty). */
export interface ServiceDraft {
  codeService: string;
  libelleService: string;
  description: string;
  dateDebut: string;
  dateFin: string;
  numeroEJDoitEtreRenseigne: boolean;
}

/** The draft fields, in the order of the form. */
export const SERVICE_FIELDS = [
  'codeService',
  'libelleService',
  'description',
  'dateDebut',
  'dateFin',
  'numeroEJDoitEtreRenseigne',
] as const;

/** An empty draft starting today. */
export const emptyServiceDraft = (today: string): ServiceDraft => ({
  codeService: '',
  libelleService: '',
  description: '',
  dateDebut: today,
  dateFin: '',
  numeroEJDoitEtreRenseigne: false,
});

/** A service as a draft. */
export const serviceDraftOf = (s: Service): ServiceDraft => ({
  codeService: s.codeService,
  libelleService: s.libelleService,
  description: s.description ?? '',
  dateDebut: s.dateDebut,
  dateFin: s.dateFin ?? '',
  numeroEJDoitEtreRenseigne: s.numeroEJDoitEtreRenseigne,
});

/** Required fields and date order (SRV-1), checked before sending. */
export function checkServiceDraft(
  d: ServiceDraft,
  messages: { required: Bilingual; endBeforeStart: Bilingual },
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['codeService', 'libelleService', 'dateDebut'] as const) {
    if (!d[field].trim()) problems.push({ field, code: 'required', message: messages.required });
  }
  if (d.dateDebut && d.dateFin && d.dateFin < d.dateDebut)
    problems.push({ field: 'dateFin', code: 'end_before_start', message: messages.endBeforeStart });
  return problems;
}

const common = (d: ServiceDraft) => ({
  libelleService: d.libelleService.trim(),
  ...(d.description.trim() ? { description: d.description.trim() } : {}),
  dateDebut: d.dateDebut,
  ...(d.dateFin ? { dateFin: d.dateFin } : {}),
  numeroEJDoitEtreRenseigne: d.numeroEJDoitEtreRenseigne,
});

/** The creation request of a draft. */
export const serviceCreateOf = (d: ServiceDraft): ServiceCreate => ({
  codeService: d.codeService.trim(),
  ...common(d),
});

/** The modification request of a draft (the code is not sent: it cannot change, SRV-2). */
export const serviceUpdateOf = (d: ServiceDraft, version: number): ServiceUpdate => ({ ...common(d), version });
