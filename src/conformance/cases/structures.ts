import type { StructureCreate } from '../../domain/schemas/index.js';
import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { fieldCodes, pdfBytes, structureId } from './lookup.js';

const creation = (identifiantStructure: string): StructureCreate => ({
  typeIdentifiantStructure: 'SIRET',
  identifiantStructure,
  typeStructure: 'PRIVEE',
  designationStructure: 'Nom saisi',
  adresse: { adresse: '1 place de la Mairie', codePostal: '75001', ville: 'Paris', pays: 'FR' },
  nonDiffusibleInsee: false,
});

/** SPEC §6: structures. */
export const structureChecks: Check[] = [
  {
    id: 'STR-1.siret-key-and-uniqueness',
    rule: 'STR-1',
    section: '6. Structures',
    title: 'a SIRET with a bad Luhn key is refused; an identifier already used by a structure is refused 409',
    as: ['paul'],
    async run(ctx) {
      const paul = ctx.as('paul');
      await ctx.refused(paul.createStructure(creation('73282932000079')), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'STR-1',
      });
      await ctx.refused(paul.createStructure(creation(FIXTURE.sirets.durandBtp)), {
        status: 409,
        code: 'DUPLICATE',
        rule: 'STR-1',
      });
    },
  },
  {
    id: 'STR-2.closed-siret-refused',
    rule: 'STR-2',
    section: '6. Structures',
    title: 'a SIRET closed in INSEE is refused; an active one not yet used creates the structure, its creator GP',
    as: ['paul'],
    async run(ctx) {
      const paul = ctx.as('paul');
      await ctx.refused(paul.createStructure(creation(FIXTURE.sirets.closed)), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'STR-2',
      });
      const created = await paul.createStructure(creation(FIXTURE.sirets.freeActive));
      const mine = (await paul.listMyRattachements()).items.find((r) => r.idStructureCPP === created.idStructureCPP);
      ctx.expect(mine?.role === 'GESTIONNAIRE_PRINCIPAL', 'Paul GP of the new structure', mine?.role ?? 'not attached');
    },
  },
  {
    id: 'STR-3.only-managers-modify',
    rule: 'STR-3',
    section: '6. Structures',
    title:
      'a simple user (Lucas) cannot modify the CC du Chaourcois; its GP (Jeane) can (accepted with a pending change)',
    as: ['lucas', 'jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const s = await jeane.getStructure(chaourcois);
      await ctx.refused(
        ctx.as('lucas').updateStructure(chaourcois, { libelleStructure: 'Piraté', version: s.version }),
        { status: 403, code: 'FORBIDDEN', rule: 'STR-3' },
      );
      const accepted = await jeane.updateStructure(chaourcois, {
        libelleStructure: 'Communaute Chaource',
        version: s.version,
      });
      ctx.expect(
        accepted.changementsEnAttente.length === 1,
        'one pending change (STR-4)',
        accepted.changementsEnAttente.length,
      );
    },
  },
  {
    id: 'STR-4.change-applies-after-the-delay',
    rule: 'STR-4',
    section: '6. Structures',
    title: 'a change shows as pending with its time and applies once the backend’s clock has passed it',
    as: ['jeane'],
    needs: ['clock'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const before = await jeane.getStructure(chaourcois);
      const accepted = await jeane.updateStructure(chaourcois, {
        libelleStructure: 'Communaute Chaource',
        version: before.version,
      });
      const effect = accepted.changementsEnAttente[0]?.dateEffet;
      ctx.expect(effect !== undefined, 'a pending change with its time', accepted.changementsEnAttente);
      const waiting = await jeane.getStructure(chaourcois);
      ctx.expect(
        waiting.libelleStructure === before.libelleStructure,
        'the old libellé until the time',
        waiting.libelleStructure,
      );
      await ctx.advanceClock(Math.max(Math.ceil((Date.parse(effect!) - Date.parse(ctx.now())) / 60_000), 0) + 1);
      const applied = await jeane.getStructure(chaourcois);
      ctx.expect(
        applied.libelleStructure === 'Communaute Chaource' && applied.changementsEnAttente.length === 0,
        'the new libellé, nothing pending',
        { libelle: applied.libelleStructure, pending: applied.changementsEnAttente.length },
      );
    },
  },
  {
    id: 'STR-5.private-structure-has-no-parameters',
    rule: 'STR-5',
    section: '6. Structures',
    title:
      'changing the parameters of a private structure is refused 422 STR-5; "exclusivement MOA" without "avec MOA" is refused 400; a public structure’s parameters are accepted',
    as: ['paul', 'jeane'],
    async run(ctx) {
      const [durand, chaourcois] = [
        await structureId(ctx, FIXTURE.sirets.durandBtp),
        await structureId(ctx, FIXTURE.sirets.chaourcois),
      ];
      const paul = ctx.as('paul');
      const privee = await paul.getStructure(durand);
      const { recevoirDonneesViaEDI: _privateEdi, ...privateEditable } = privee.parametres;
      await ctx.refused(
        paul.updateStructure(durand, {
          parametres: { ...privateEditable, numeroEJDoitEtreRenseigne: true },
          version: privee.version,
        }),
        { status: 422, code: 'RULE_BROKEN', rule: 'STR-5' },
      );
      const jeane = ctx.as('jeane');
      const publique = await jeane.getStructure(chaourcois);
      const { recevoirDonneesViaEDI: _edi, ...editable } = publique.parametres;
      const moa = await ctx.refused(
        jeane.updateStructure(chaourcois, {
          parametres: { ...editable, getaMoa: false, estMoaUniquement: true },
          version: publique.version,
        }),
        { status: 400, code: 'INVALID' },
      );
      ctx.expect(
        fieldCodes(moa).join() === 'parametres.getaMoa:moa_exclusive_requires_moa',
        'parametres.getaMoa:moa_exclusive_requires_moa',
        fieldCodes(moa),
      );
      const accepted = await jeane.updateStructure(chaourcois, {
        parametres: { ...editable, numeroEJDoitEtreRenseigne: !editable.numeroEJDoitEtreRenseigne },
        version: publique.version,
      });
      ctx.expect(accepted.changementsEnAttente.length === 1, 'the change accepted, pending (STR-4)', accepted);
    },
  },
  {
    id: 'STR-5.edi-read-only',
    rule: 'STR-5',
    section: '6. Structures',
    title:
      'recevoirDonneesViaEDI stays as DGFiP set it when a manager sends another value; the other parameters apply after the delay',
    as: ['marc'],
    needs: ['clock'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const marc = ctx.as('marc');
      const before = await marc.getStructure(chaourcois);
      const parametres = {
        ...before.parametres,
        recevoirDonneesViaEDI: !before.parametres.recevoirDonneesViaEDI,
        statutMiseEnPaiementNestPasRemonte: !before.parametres.statutMiseEnPaiementNestPasRemonte,
      };
      const accepted = await marc.updateStructure(chaourcois, { parametres, version: before.version });
      const effect = accepted.changementsEnAttente[0]?.dateEffet ?? ctx.now();
      await ctx.advanceClock(Math.max(Math.ceil((Date.parse(effect) - Date.parse(ctx.now())) / 60_000), 0) + 1);
      const after = await marc.getStructure(chaourcois);
      ctx.expect(
        after.parametres.recevoirDonneesViaEDI === before.parametres.recevoirDonneesViaEDI &&
          after.parametres.statutMiseEnPaiementNestPasRemonte === parametres.statutMiseEnPaiementNestPasRemonte,
        'recevoirDonneesViaEDI unchanged, statutMiseEnPaiementNestPasRemonte changed',
        after.parametres,
      );
    },
  },
  {
    id: 'STR-6.duplicate-to-an-active-siret',
    rule: 'STR-6',
    section: '6. Structures',
    title:
      'a simple user may not duplicate (403 STR-6); a SIRET closed in INSEE is refused 422 STR-6; to an active SIRET the new structure is created from the old one, which is deactivated',
    as: ['lucas', 'jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const old = await jeane.getStructure(chaourcois);
      const to = (identifiantStructure: string) => ({
        typeIdentifiantStructure: 'SIRET' as const,
        identifiantStructure,
        libelleStructure: 'Communaute Chaource',
        version: old.version,
      });
      await ctx.refused(ctx.as('lucas').duplicateStructure(chaourcois, to(FIXTURE.sirets.freeActive)), {
        status: 403,
        code: 'FORBIDDEN',
        rule: 'STR-6',
      });
      await ctx.refused(jeane.duplicateStructure(chaourcois, to(FIXTURE.sirets.closed)), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'STR-6',
      });
      const created = await jeane.duplicateStructure(chaourcois, to(FIXTURE.sirets.freeActive));
      ctx.expect(
        created.identifiantStructure === FIXTURE.sirets.freeActive &&
          created.libelleStructure === 'Communaute Chaource' &&
          created.typeStructure === old.typeStructure &&
          created.statut === 'ACTIF',
        'the new active structure with the new SIRET, the libellé given and the old type',
        created,
      );
      const after = await jeane.getStructure(chaourcois);
      ctx.expect(after.statut === 'INACTIF', 'the old structure INACTIF', after.statut);
    },
  },
  {
    id: 'STR-7.managers-write-structure-attachments',
    rule: 'STR-7',
    section: '6. Structures',
    title:
      'a simple user (Lucas) may not add a pièce jointe to his structure (403 STR-7) but reads it; a holder of "Organisation modification" (Marc) adds and deletes it',
    as: ['lucas', 'marc'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const upload = (who: 'lucas' | 'marc') =>
        ctx.as(who).uploadAttachment({
          idStructureCPP: chaourcois,
          file: new Blob([pdfBytes()]),
          nomFichier: 'statuts.pdf',
          pieceJointeDesignation: 'Statuts',
          pieceJointeTypeCode: 'AUTRE',
        });
      await ctx.refused(upload('lucas'), { status: 403, code: 'FORBIDDEN', rule: 'STR-7' });
      const added = await upload('marc');
      ctx.expect(
        added.proprietaire.type === 'STRUCTURE' && added.proprietaire.id === chaourcois,
        'a pièce jointe of the structure',
        added.proprietaire,
      );
      const seen = await ctx.as('lucas').listAttachments({ idStructureCPP: chaourcois });
      ctx.expect(
        seen.items.some((a) => a.pieceJointeId === added.pieceJointeId),
        'listed to the simple user',
        seen.total,
      );
      await ctx.as('marc').deleteAttachment({ idStructureCPP: chaourcois, pieceJointeId: added.pieceJointeId });
    },
  },
  {
    id: 'STR-8.members-consult-the-fiche',
    rule: 'STR-8',
    section: '6. Structures',
    title:
      'a simple user (Sophie) consults the fiche of the Mairie (its GP named, read-only) but not the fiche of DURAND BTP, where she is not attached (403 STR-8)',
    as: ['sophie'],
    async run(ctx) {
      const [mairie, durand] = [
        await structureId(ctx, FIXTURE.sirets.mairie),
        await structureId(ctx, FIXTURE.sirets.durandBtp),
      ];
      const sophie = ctx.as('sophie');
      const fiche = await sophie.getStructureFiche(mairie);
      ctx.expect(
        fiche.identifiantStructure === FIXTURE.sirets.mairie && fiche.gestionnairePrincipal?.nom === 'DUFOUR',
        'the Mairie’s fiche naming its GP',
        { identifiant: fiche.identifiantStructure, gp: fiche.gestionnairePrincipal },
      );
      await ctx.refused(sophie.getStructureFiche(durand), { status: 403, code: 'FORBIDDEN', rule: 'STR-8' });
    },
  },
];
