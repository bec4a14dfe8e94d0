import type {
  FieldProblem,
  GpTransferRequest,
  GpTransferResult,
  PrincipalStructure,
  Structure,
} from '../../src/domain/schemas/index.js';
import type { RuleContext } from './context.js';
import { fieldProblem, refuse } from './errors.js';
import { handOverStructures } from './gp-handover.js';
import { successorCandidates } from './gp-transfer-candidates.js';
import { successorProblem } from './principal.js';

/** Rules of the gestionnaire principal transfer (SPEC §8: GP-1..4). */

/** Whether the new GP of this structure must hold a PIGP account (GP-3: a public structure). */
const needsPigp = (s: Structure): boolean => s.typeStructure === 'PUBLIQUE';

/** The structures of which the user is the GP, in id order. */
export const structuresLedBy = (ctx: Pick<RuleContext, 'store'>, idUtilisateur: number): Structure[] =>
  ctx.store.rattachements
    .filter(
      (r) =>
        r.idUtilisateur === idUtilisateur && r.role === 'GESTIONNAIRE_PRINCIPAL' && r.statutRattachement === 'VALIDEE',
    )
    .map((r) => ctx.store.structures.get(r.idStructureCPP)!)
    .sort((a, b) => a.idStructureCPP - b.idStructureCPP);

/**
 * GP-2: the structures the caller is GP of, each with whether its new GP needs a PIGP account (GP-3),
 * the number of users who could take over matching `q` (nom/prénom, e-mail, postal address) and the
 * first `maxCandidats` of them.
 */
export function listPrincipalStructures(
  ctx: RuleContext,
  q: string | undefined,
  maxCandidats: number,
): PrincipalStructure[] {
  return structuresLedBy(ctx, ctx.caller.idUtilisateur).map((s) => {
    const candidats = successorCandidates(ctx, s.idStructureCPP, q);
    return {
      idStructureCPP: s.idStructureCPP,
      identifiantStructure: s.identifiantStructure,
      designationStructure: s.designationStructure,
      typeStructure: s.typeStructure,
      pigpRequis: needsPigp(s),
      nombreCandidats: candidats.length,
      candidats: candidats.slice(0, maxCandidats),
    };
  });
}

const field = (idStructureCPP: number) => `affectations.${idStructureCPP}`;

/** GP-1: every structure named must be led by the caller (an unknown one is refused the same way). */
function assertLeadsAll(ctx: RuleContext, request: GpTransferRequest): void {
  const led = new Set(structuresLedBy(ctx, ctx.caller.idUtilisateur).map((s) => s.idStructureCPP));
  const foreign = request.affectations.filter((a) => !led.has(a.idStructureCPP));
  if (foreign.length > 0) {
    throw refuse(
      'FORBIDDEN',
      'GP-1',
      {
        fr: 'Seul le gestionnaire principal d’une structure transfère son rôle ; aucun transfert effectué.',
        en: 'Only a structure’s main manager transfers his role; nothing was transferred.',
      },
      foreign.map((a) =>
        fieldProblem(field(a.idStructureCPP), 'not_principal', {
          fr: 'Vous n’êtes pas le gestionnaire principal de cette structure.',
          en: 'You are not the main manager of this structure.',
        }),
      ),
    );
  }
}

/** GP-2: the list must fit the chosen way: each structure once, one user for the "à un" ways, every structure for the "toutes" ways. */
function assertFitsMode(ctx: RuleContext, request: GpTransferRequest): void {
  const { mode, affectations } = request;
  const seen = new Set<number>();
  const twice = affectations.filter((a) => seen.size === seen.add(a.idStructureCPP).size);
  if (twice.length > 0) {
    throw refuse(
      'INVALID',
      'GP-2',
      {
        fr: 'Une structure ne peut avoir qu’un nouveau gestionnaire principal.',
        en: 'A structure can have only one new main manager.',
      },
      twice.map((a) =>
        fieldProblem(field(a.idStructureCPP), 'duplicate', {
          fr: 'Structure indiquée deux fois.',
          en: 'Structure given twice.',
        }),
      ),
    );
  }
  if (mode !== 'TOUTES_UNE_PAR_STRUCTURE' && new Set(affectations.map((a) => a.idNouveauGestionnaire)).size > 1) {
    throw refuse(
      'RULE_BROKEN',
      'GP-2',
      {
        fr: 'Ce mode de transfert confie les structures à un seul utilisateur.',
        en: 'This way of transferring hands the structures to one user.',
      },
      [
        fieldProblem('affectations', 'one_user_expected', {
          fr: 'Choisissez un seul nouveau gestionnaire principal.',
          en: 'Choose one new main manager.',
        }),
      ],
    );
  }
  if (mode === 'STRUCTURES_CHOISIES') return;
  const missing = structuresLedBy(ctx, ctx.caller.idUtilisateur).filter((s) => !seen.has(s.idStructureCPP));
  if (missing.length > 0) {
    throw refuse(
      'RULE_BROKEN',
      'GP-2',
      {
        fr: `Ce mode transfère toutes vos structures ; il manque : ${missing.map((s) => s.designationStructure).join(', ')}.`,
        en: `This way transfers all your structures; missing: ${missing.map((s) => s.designationStructure).join(', ')}.`,
      },
      missing.map((s) =>
        fieldProblem(field(s.idStructureCPP), 'successor_required', {
          fr: `Nouveau gestionnaire requis pour ${s.designationStructure}.`,
          en: `New manager required for ${s.designationStructure}.`,
        }),
      ),
    );
  }
}

/**
 * GP-2, GP-3: checks every successor before anything changes, so that a refusal names each structure
 * that blocks and why (the rule of the first one is the refusal's rule).
 */
function assertSuccessors(ctx: RuleContext, request: GpTransferRequest): void {
  const problems: { rule: string; field: FieldProblem }[] = [];
  for (const a of request.affectations) {
    const problem = successorProblem(ctx, a.idStructureCPP, a.idNouveauGestionnaire);
    if (!problem) continue;
    const name = ctx.store.structures.get(a.idStructureCPP)!.designationStructure;
    problems.push({
      rule: problem.rule,
      field: fieldProblem(field(a.idStructureCPP), 'successor_not_allowed', {
        fr: `${name} : ${problem.fr}`,
        en: `${name}: ${problem.en}`,
      }),
    });
  }
  if (problems.length === 0) return;
  const list = problems.map((p) => p.field.message);
  throw refuse(
    'RULE_BROKEN',
    problems[0]!.rule,
    {
      fr: `Aucun transfert effectué. ${list.map((m) => m.fr).join(' ')}`,
      en: `Nothing was transferred. ${list.map((m) => m.en).join(' ')}`,
    },
    problems.map((p) => p.field),
  );
}

/**
 * GP-1..4: transfers the caller's GP role, in one of the three ways, all or nothing: only the GP of
 * every structure named may do it (GP-1, not "Organisation modification"), the list must fit the way
 * chosen and each new GP must be an active user validly attached to the structure (GP-2), with a PIGP
 * account for a public structure (GP-3). Each structure changes GP in one step, the former GP staying
 * attached as a simple user with the profiles adjusted (GP-4, HAB-3, shared `swapPrincipal`); old and
 * new GPs are e-mailed (NOT-4). Answers one line per structure.
 */
export function transferPrincipal(ctx: RuleContext, request: GpTransferRequest): GpTransferResult {
  return ctx.store.transaction(() => {
    assertLeadsAll(ctx, request);
    assertFitsMode(ctx, request);
    assertSuccessors(ctx, request);
    handOverStructures(
      ctx,
      request.affectations.map((a) => ({ ...a, field: field(a.idStructureCPP) })),
    );
    const transferts = request.affectations.map((a) =>
      ctx.store.gpTransfers
        .filter((t) => t.idStructureCPP === a.idStructureCPP)
        .reduce((last, t) => (t.idTransfert > last.idTransfert ? t : last)),
    );
    return { transferts };
  });
}
