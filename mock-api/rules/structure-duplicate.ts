import type { Structure, StructureDuplicate } from '../../src/domain/schemas/index.js';
import { nowIso, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, refuse } from './errors.js';
import { assertIdentifierFree, normaliseIdentifier } from './structure-identifier.js';
import { activeInseeEntry } from './structure-insee.js';
import { withNotices } from './structure-notices.js';
import { managedStructure } from './structures.js';

/** Type code of the billing mandate, the one attachment a duplicate does not take (STR-6). */
export const BILLING_MANDATE_TYPE = 'MANDAT';

/**
 * STR-6: duplicates a structure the caller manages under a new identifier of the same type. For a
 * SIRET the new one must exist at INSEE and be active, and its raison sociale and address come from
 * the register. Libellé, e-mail and phone are the request's (the old ones when absent). Everything
 * else is copied as it is now: type, parameters, "non diffusible", services (new ids, same codes),
 * validated and deactivated rattachements with their roles (the GP stays GP), held profiles,
 * attachments and bank details, except the billing mandate. Pending requests stay with the old
 * structure, which is deactivated at once, like the creation of the new one.
 */
export function duplicateStructure(ctx: RuleContext, idStructureCPP: number, input: StructureDuplicate): Structure {
  const old = managedStructure(ctx, idStructureCPP, 'STR-6');
  assertVersion(old, input.version);
  if (input.typeIdentifiantStructure !== old.typeIdentifiantStructure) {
    throw refuse(
      'RULE_BROKEN',
      'STR-6',
      {
        fr: 'La nouvelle structure a le même type d’identifiant que l’ancienne.',
        en: 'The new structure has the same identifier type as the old one.',
      },
      [
        fieldProblem('typeIdentifiantStructure', 'same_type_required', {
          fr: `Type attendu : ${old.typeIdentifiantStructure}.`,
          en: `Expected type: ${old.typeIdentifiantStructure}.`,
        }),
      ],
    );
  }
  const identifiant = normaliseIdentifier(ctx, input.typeIdentifiantStructure, input.identifiantStructure);
  assertIdentifierFree(ctx.store, input.typeIdentifiantStructure, identifiant);
  const insee = old.typeIdentifiantStructure === 'SIRET' ? activeInseeEntry(ctx, identifiant, 'STR-6') : undefined;
  const now = nowIso(ctx);
  const { idStructureCPP: _oldId, avertissements: _notices, ...copied } = old;
  const created = ctx.store.structures.insert({
    ...copied,
    identifiantStructure: identifiant,
    designationStructure: insee?.raisonSociale ?? old.designationStructure,
    adresse: insee?.adresse ?? old.adresse,
    insee,
    libelleStructure: input.libelleStructure ?? old.libelleStructure,
    emailStructure: input.emailStructure ?? old.emailStructure,
    telephone: input.telephone ?? old.telephone,
    statut: 'ACTIF',
    changementsEnAttente: [],
    idStructureOrigine: old.idStructureCPP,
    dateCreation: now,
    dateModification: now,
    version: 1,
  });
  copyMembers(ctx, old.idStructureCPP, created.idStructureCPP, now);
  ctx.store.structures.update(old.idStructureCPP, {
    statut: 'INACTIF',
    changementsEnAttente: [],
    dateModification: now,
    version: old.version + 1,
  });
  return withNotices(ctx, created);
}

/** Copies services, rattachements, held profiles, attachments (not the mandate) and bank details to the new structure. */
function copyMembers(ctx: RuleContext, from: number, to: number, now: string): void {
  const { store } = ctx;
  const serviceIds = new Map<number, number>();
  for (const { idService, ...service } of store.services.filter((s) => s.idStructureCPP === from)) {
    serviceIds.set(
      idService,
      store.services.insert({
        ...service,
        idStructureCPP: to,
        changementsEnAttente: [],
        dateCreation: now,
        dateModification: now,
        version: 1,
      }).idService,
    );
  }
  const mapService = (id: number) => serviceIds.get(id)!;
  for (const { idRattachement: _id, ...r } of store.rattachements.filter(
    (r) => r.idStructureCPP === from && (r.statutRattachement === 'VALIDEE' || r.statutRattachement === 'DESACTIVEE'),
  )) {
    store.rattachements.insert({
      ...r,
      idStructureCPP: to,
      idServices: r.idServices.map(mapService),
      dateCreation: now,
      dateModification: now,
      version: 1,
    });
  }
  for (const { idAbonnement: _id, ...a } of store.abonnements.filter(
    (a) => a.idStructureCPP === from && a.statut === 'VALIDE',
  )) {
    store.abonnements.insert({
      ...a,
      idStructureCPP: to,
      idService: a.idService === undefined ? undefined : mapService(a.idService),
      dateCreation: now,
      version: 1,
    });
  }
  const attachmentIds = new Map<number, number>();
  for (const { pieceJointeId, ...attachment } of store.attachments.filter(
    (p) =>
      p.proprietaire.type === 'STRUCTURE' &&
      p.proprietaire.id === from &&
      p.pieceJointeTypeCode !== BILLING_MANDATE_TYPE,
  )) {
    const copy = store.attachments.insert({ ...attachment, proprietaire: { type: 'STRUCTURE', id: to } });
    attachmentIds.set(pieceJointeId, copy.pieceJointeId);
    const content = store.attachmentContents.get(pieceJointeId);
    if (content) store.attachmentContents.insert({ pieceJointeId: copy.pieceJointeId, base64: content.base64 });
  }
  for (const { idCoordonneeBancaire: _id, ...bank } of store.bankDetails.filter((b) => b.idStructureCPP === from)) {
    store.bankDetails.insert({
      ...bank,
      idStructureCPP: to,
      pieceJointeId: attachmentIds.get(bank.pieceJointeId) ?? bank.pieceJointeId,
      dateModification: now,
      version: 1,
    });
  }
}
