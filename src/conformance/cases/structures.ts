import type { StructureCreate } from '../../domain/schemas/index.js';
import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { rattachementOf, structureId } from './lookup.js';

const creation = (identifiantStructure: string): StructureCreate => ({
  typeIdentifiantStructure: 'SIRET',
  identifiantStructure,
  typeStructure: 'PRIVEE',
  designationStructure: 'Nom saisi',
  adresse: { adresse: '1 place de la Mairie', codePostal: '75001', ville: 'Paris', pays: 'FR' },
  nonDiffusibleInsee: false,
});

/** SPEC §6 (structures), §7 (services), §4 (habilitations), §5 (deactivation), §9 (pièces jointes). */
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
    id: 'SRV-1.code-unique-in-structure',
    rule: 'SRV-1',
    section: '7. Services',
    title: 'a service code already used in the structure (case ignored) is refused 409; a new code is created',
    as: ['jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const service = {
        libelleService: 'Service des marchés',
        dateDebut: ctx.today(),
        numeroEJDoitEtreRenseigne: true,
      };
      await ctx.refused(jeane.createService(chaourcois, { ...service, codeService: 'factures_publiques' }), {
        status: 409,
        code: 'DUPLICATE',
        rule: 'SRV-1',
      });
      const created = await jeane.createService(chaourcois, { ...service, codeService: 'MARCHES' });
      ctx.expect(created.statut === 'ACTIF', 'an active service', created.statut);
    },
  },
  {
    id: 'HAB-5.only-managers-grant',
    rule: 'HAB-5',
    section: '4. Habilitations',
    title: 'a simple user (Lucas) cannot grant a profile; the GP (Jeane) grants it',
    as: ['lucas', 'jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const lucas = await rattachementOf(jeane, chaourcois, 'lucas');
      const grant = {
        idUtilisateur: lucas.idUtilisateur,
        idStructureCPP: chaourcois,
        idService: lucas.idServices[0],
        application: 'ENGAGEMENTS' as const,
        mode: 'MODIFICATION' as const,
      };
      await ctx.refused(ctx.as('lucas').grantHabilitation(grant), { status: 403, code: 'FORBIDDEN', rule: 'HAB-5' });
      const granted = await jeane.grantHabilitation(grant);
      ctx.expect(granted.mode === 'MODIFICATION', 'the profile in MODIFICATION', granted.mode);
    },
  },
  {
    id: 'DEA-2.gp-needs-a-successor',
    rule: 'DEA-2',
    section: '5. Deactivation',
    title:
      'a GP (Pauline) cannot deactivate her account while her structures would have no GP; a simple user (Sophie) can (DEA-1)',
    as: ['pauline', 'sophie'],
    async run(ctx) {
      await ctx.refused(ctx.as('pauline').deactivateMyAccount({ confirmation: true }), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'DEA-2',
      });
      const sophie = await ctx.as('sophie').deactivateMyAccount({ confirmation: true });
      ctx.expect(sophie.etat === 'INACTIF', 'INACTIF', sophie.etat);
    },
  },
  {
    id: 'DEA-4.after-60-days-refused',
    rule: 'DEA-4',
    section: '5. Deactivation',
    title:
      'self-reactivation 90 days after deactivation (Denise) is refused; 10 days after (Henri) a link is sent (DEA-3)',
    as: ['denise', 'henri'],
    async run(ctx) {
      await ctx.refused(ctx.as('denise').requestReactivation(), { status: 422, code: 'RULE_BROKEN', rule: 'DEA-4' });
      await ctx.as('henri').requestReactivation();
    },
  },
  {
    id: 'DEA-4.window-closes-with-time',
    rule: 'DEA-4',
    section: '5. Deactivation',
    title:
      'once the backend’s clock passes the 60 days (Henri, deactivated 10 days ago, 51 days later), reactivation is refused',
    as: ['henri'],
    needs: ['clock'],
    async run(ctx) {
      await ctx.advanceClock(51 * 24 * 60);
      await ctx.refused(ctx.as('henri').requestReactivation(), { status: 422, code: 'RULE_BROKEN', rule: 'DEA-4' });
    },
  },
  {
    id: 'PJ-2.extension-outside-the-list',
    rule: 'PJ-2',
    section: '9. Pièces jointes',
    title: 'a file whose extension is not in Chorus Pro’s list is refused 415; a PDF is accepted',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const pdf = new Uint8Array(64);
      pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
      const upload = (nomFichier: string) =>
        pauline.uploadAttachment({
          file: new Blob([pdf]),
          nomFichier,
          pieceJointeDesignation: 'Devis',
          pieceJointeTypeCode: 'AUTRE',
        });
      await ctx.refused(upload('setup.exe'), { status: 415, code: 'UNSUPPORTED_TYPE', rule: 'PJ-2' });
      const added = await upload('devis.pdf');
      ctx.expect(added.pieceJointeNom === 'devis.pdf', 'devis.pdf stored', added.pieceJointeNom);
    },
  },
];
