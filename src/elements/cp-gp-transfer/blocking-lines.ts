import type { CpError } from '../../client/index.js';
import type { FieldProblem, GpTransferRequest, PrincipalStructure } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { outcomeText } from '../shared/refusal-text.js';
import type { RuledText } from '../shared/rule-ref.js';
import { breaksPigp } from './candidates.js';
import { t } from './messages.js';

/**
 * The rule that blocks one structure of a refused transfer, from the field problem's code (the
 * server gives one rule for the whole refusal, that of the first blocking structure): not the
 * caller's structure → GP-1; a successor lacking the PIGP account a public structure needs → GP-3;
 * anything else about the choice of successors → GP-2.
 */
function ruleOf(problem: FieldProblem, structure: PrincipalStructure | undefined, request: GpTransferRequest): string {
  if (problem.code === 'not_principal') return 'GP-1';
  if (problem.code === 'successor_not_allowed' && structure) {
    const chosen = request.affectations.find(
      (a) => a.idStructureCPP === structure.idStructureCPP,
    )?.idNouveauGestionnaire;
    const candidate = structure.candidats.find((c) => c.idUtilisateur === chosen);
    if (candidate && breaksPigp(candidate, [structure])) return 'GP-3';
  }
  return 'GP-2';
}

/**
 * One line per structure the server named as blocking a transfer (GP-4: all or nothing), each
 * naming the structure once, with its rule apart, e.g. "CC DU CHAOURCOIS… : Le nouveau
 * gestionnaire d’une structure publique doit avoir un compte PIGP." and "Réf. GP-3".
 */
export function blockingLines(
  error: CpError,
  structures: readonly PrincipalStructure[],
  request: GpTransferRequest,
  locale: Locale,
): RuledText[] {
  return error.fields.map((problem) => {
    const id = Number(problem.field.split('.')[1]);
    const structure = structures.find((s) => s.idStructureCPP === id);
    const message = problem.message[locale];
    const text =
      !structure || message.startsWith(structure.designationStructure)
        ? message
        : t(locale, 'blocking', { structure: structure.designationStructure, message });
    return outcomeText({ fr: text, en: text }, ruleOf(problem, structure, request), locale);
  });
}
