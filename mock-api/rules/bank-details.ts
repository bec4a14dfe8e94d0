import type { Attachment, BankDetails, BankDetailsInput, BankDetailsUpdate } from '../../src/domain/schemas/index.js';
import { assertManager, assertMember } from './access.js';
import { contentOf } from './attachments-content.js';
import { checkBankAccount } from './bank-details-checks.js';
import { nowIso, todayIso, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, notFound, refuse } from './errors.js';

/**
 * Coordonnées bancaires of a structure (BNK-1..5): its members read them, its GP and "Organisation
 * modification" holders write them; the account is checked by the domain validators
 * (`bank-details-checks.ts`); the RIB file is one of the structure's pièces jointes (STR-7).
 */

function assertStructure(ctx: RuleContext, idStructureCPP: number): void {
  if (!ctx.store.structures.get(idStructureCPP)) throw notFound({ fr: 'Structure', en: 'Structure' });
}

/** BNK-5: the bank details of a structure, for its members. */
export function bankDetailsOf(ctx: RuleContext, idStructureCPP: number): BankDetails[] {
  assertStructure(ctx, idStructureCPP);
  assertMember(ctx.store, ctx.caller.idUtilisateur, idStructureCPP, 'BNK-5', todayIso(ctx));
  return ctx.store.bankDetails.filter((b) => b.idStructureCPP === idStructureCPP);
}

/** One bank details record of the structure, for its members (404 when it is another structure's). */
export function getBankDetails(ctx: RuleContext, idStructureCPP: number, idCoordonneeBancaire: number): BankDetails {
  assertStructure(ctx, idStructureCPP);
  assertMember(ctx.store, ctx.caller.idUtilisateur, idStructureCPP, 'BNK-5', todayIso(ctx));
  const found = ctx.store.bankDetails.get(idCoordonneeBancaire);
  if (!found || found.idStructureCPP !== idStructureCPP)
    throw notFound({ fr: 'Coordonnées bancaires', en: 'Bank details' });
  return found;
}

/** BNK-1: the RIB file must be a pièce jointe of the same structure. */
function assertRibFile(ctx: RuleContext, idStructureCPP: number, pieceJointeId: number): void {
  const file = ctx.store.attachments.get(pieceJointeId);
  if (!file || file.proprietaire.type !== 'STRUCTURE' || file.proprietaire.id !== idStructureCPP) {
    throw refuse('RULE_BROKEN', 'BNK-1', { fr: 'Le RIB doit être joint.', en: 'The RIB file must be attached.' }, [
      fieldProblem('pieceJointeId', 'rib_file_required', {
        fr: 'Joignez le RIB aux pièces jointes de la structure, puis choisissez-le.',
        en: 'Attach the RIB file to the structure’s attachments, then choose it.',
      }),
    ]);
  }
}

/** BNK-1 *[design]*: one structure does not record the same account or the same name twice (409). */
function assertUnique(
  ctx: RuleContext,
  idStructureCPP: number,
  candidate: Pick<BankDetails, 'nomCoordonneeBancaire' | 'iban'>,
  except?: number,
): void {
  for (const other of ctx.store.bankDetails.filter(
    (b) => b.idStructureCPP === idStructureCPP && b.idCoordonneeBancaire !== except,
  )) {
    const sameName =
      other.nomCoordonneeBancaire.trim().toLowerCase() === candidate.nomCoordonneeBancaire.trim().toLowerCase();
    const sameAccount = other.iban !== undefined && other.iban === candidate.iban;
    if (sameName || sameAccount) {
      throw refuse(
        'DUPLICATE',
        'BNK-1',
        {
          fr: `Ces coordonnées bancaires existent déjà (« ${other.nomCoordonneeBancaire} »).`,
          en: `These bank details already exist ("${other.nomCoordonneeBancaire}").`,
        },
        [
          fieldProblem(
            sameName ? 'nomCoordonneeBancaire' : candidate.iban === undefined ? 'rib' : 'iban',
            'duplicate',
            { fr: 'Déjà enregistré pour cette structure.', en: 'Already recorded for this structure.' },
          ),
        ],
      );
    }
  }
}

/** The record of checked input (name, account, RIB file). */
function recordOf(ctx: RuleContext, idStructureCPP: number, input: BankDetailsInput) {
  const account = checkBankAccount(ctx, input);
  assertRibFile(ctx, idStructureCPP, input.pieceJointeId);
  return {
    nomCoordonneeBancaire: input.nomCoordonneeBancaire,
    idStructureCPP,
    pieceJointeId: input.pieceJointeId,
    ...account,
  };
}

/** BNK-1..4: records bank details of the structure (GP or Organisation modification only, X-2). */
export function createBankDetails(ctx: RuleContext, idStructureCPP: number, input: BankDetailsInput): BankDetails {
  assertStructure(ctx, idStructureCPP);
  assertManager(ctx.store, ctx.caller.idUtilisateur, idStructureCPP, 'BNK-1', todayIso(ctx));
  const record = recordOf(ctx, idStructureCPP, input);
  assertUnique(ctx, idStructureCPP, record);
  return ctx.store.bankDetails.insert({ ...record, dateModification: nowIso(ctx), version: 1 });
}

/** BNK-5: modifies bank details, based on their version (409 when stale); every BNK-1..4 check applies again. */
export function updateBankDetails(
  ctx: RuleContext,
  idStructureCPP: number,
  idCoordonneeBancaire: number,
  input: BankDetailsUpdate,
): BankDetails {
  const current = getBankDetails(ctx, idStructureCPP, idCoordonneeBancaire);
  assertManager(ctx.store, ctx.caller.idUtilisateur, idStructureCPP, 'BNK-1', todayIso(ctx));
  assertVersion(current, input.version, 'BNK-5');
  const record = recordOf(ctx, idStructureCPP, input);
  assertUnique(ctx, idStructureCPP, record, idCoordonneeBancaire);
  // Optional parts the new input no longer has (a factor, a BIC) are cleared, not kept.
  const cleared = { factor: undefined, bic: undefined, rib: undefined, iban: undefined };
  return ctx.store.bankDetails.update(idCoordonneeBancaire, {
    ...cleared,
    ...record,
    dateModification: nowIso(ctx),
    version: current.version + 1,
  });
}

/** BNK-5: the RIB file of bank details, for the structure's members. */
export function bankDetailsFile(
  ctx: RuleContext,
  idStructureCPP: number,
  idCoordonneeBancaire: number,
): { attachment: Attachment; bytes: Uint8Array<ArrayBuffer> } {
  const details = getBankDetails(ctx, idStructureCPP, idCoordonneeBancaire);
  const attachment = ctx.store.attachments.get(details.pieceJointeId)!;
  return { attachment, bytes: contentOf(ctx.store, attachment.pieceJointeId) };
}
