import type { CpClient } from '../../client/index.js';
import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { rattachementOf, serviceId, structureId } from './lookup.js';

const SECTION = '4. Habilitations';

/** The caller's profiles on a structure, application → mode. */
const modesOn = async (client: CpClient, idStructureCPP: number): Promise<Record<string, string>> =>
  Object.fromEntries(
    (await client.listMyHabilitations({ idStructureCPP, pageSize: 100 })).items.map((h) => [h.application, h.mode]),
  );

/** Whether `held` has every application of `expected` in its mode. */
const holds = (held: Record<string, string>, expected: Record<string, string>) =>
  Object.entries(expected).every(([application, mode]) => held[application] === mode);

/** SPEC §4: one permission model (profiles, espaces, abonnements) and who manages it. */
export const habilitationChecks: Check[] = [
  {
    id: 'HAB-1.applications-and-modes',
    rule: 'HAB-1',
    section: SECTION,
    title:
      'the sixteen applications with FR/EN labels and two modes; MODIFICATION implies consultation, CONSULTATION does not allow modification',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const applications = await sophie.listApplications();
      ctx.expect(
        applications.length === 16 &&
          applications.every(
            (a) =>
              a.libelle.fr !== '' && a.libelle.en !== '' && a.modes.join() === 'CONSULTATION_UNIQUEMENT,MODIFICATION',
          ),
        'sixteen applications, each with FR/EN labels and both modes',
        applications.map((a) => a.application),
      );
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      const modification = await sophie.checkMyAccess({ idStructureCPP: mairie, application: 'MON_COMPTE' });
      ctx.expect(
        modification.consultation && modification.modification,
        'MON_COMPTE: consult and modify',
        modification,
      );
      const consultation = await sophie.checkMyAccess({ idStructureCPP: mairie, application: 'ENGAGEMENTS' });
      ctx.expect(consultation.consultation && !consultation.modification, 'ENGAGEMENTS: consult only', consultation);
    },
  },
  {
    id: 'HAB-2.my-habilitations-by-structure-and-service',
    rule: 'HAB-2',
    section: SECTION,
    title:
      'Lucas’s profiles are all on his service FACTURES_PUBLIQUES and filter by mode; Pauline’s filter by structure and application',
    as: ['lucas', 'pauline'],
    async run(ctx) {
      const lucas = ctx.as('lucas');
      const all = await lucas.listMyHabilitations({ pageSize: 100 });
      ctx.expect(
        all.total > 0 && all.items.every((h) => h.codeService === 'FACTURES_PUBLIQUES'),
        'profiles on FACTURES_PUBLIQUES only',
        all.items.map((h) => h.codeService ?? '(structure)'),
      );
      const consultation = await lucas.listMyHabilitations({ mode: 'CONSULTATION_UNIQUEMENT', pageSize: 100 });
      ctx.expect(
        consultation.total === all.items.filter((h) => h.mode === 'CONSULTATION_UNIQUEMENT').length &&
          consultation.items.every((h) => h.mode === 'CONSULTATION_UNIQUEMENT'),
        'the mode filter keeps the consultation profiles only',
        consultation.items.map((h) => h.mode),
      );
      const ccas = await structureId(ctx, FIXTURE.sirets.ccas);
      const organisation = await ctx
        .as('pauline')
        .listMyHabilitations({ idStructureCPP: ccas, application: 'ORGANISATION' });
      ctx.expect(
        organisation.items.map((h) => `${h.idStructureCPP} ${h.application} ${h.mode}`).join() ===
          `${ccas} ORGANISATION MODIFICATION`,
        'one ORGANISATION profile on the CCAS, in MODIFICATION',
        organisation.items,
      );
    },
  },
  {
    id: 'HAB-3.default-profiles-of-a-public-structure',
    rule: 'HAB-3',
    section: SECTION,
    title:
      'on a public structure a GS (Marc) holds the default profiles in MODIFICATION; a simple user (Sophie) in consultation only',
    as: ['marc', 'sophie'],
    async run(ctx) {
      const [chaourcois, mairie] = [
        await structureId(ctx, FIXTURE.sirets.chaourcois),
        await structureId(ctx, FIXTURE.sirets.mairie),
      ];
      const defaults = ['ENGAGEMENTS', 'FACTURES_A_VALIDER', 'ORGANISATION', 'SUIVI_FLUX', 'RACCORDEMENTS'];
      const marc = await modesOn(ctx.as('marc'), chaourcois);
      ctx.expect(
        holds(marc, Object.fromEntries(defaults.map((a) => [a, 'MODIFICATION']))),
        `${defaults.join(', ')} in MODIFICATION for the GS`,
        marc,
      );
      const sophie = await modesOn(ctx.as('sophie'), mairie);
      ctx.expect(
        holds(sophie, Object.fromEntries(defaults.map((a) => [a, 'CONSULTATION_UNIQUEMENT']))),
        `${defaults.join(', ')} in consultation only for a simple user`,
        sophie,
      );
    },
  },
  {
    id: 'HAB-4.default-espaces',
    rule: 'HAB-4',
    section: SECTION,
    title:
      'a user attached to a private structure gets exactly the default espaces; "Activités du gestionnaire" goes to managers only',
    as: ['paul', 'sophie', 'marc'],
    async run(ctx) {
      const durand = await structureId(ctx, FIXTURE.sirets.durandBtp);
      await ctx.as('paul').attachUser({
        idStructureCPP: durand,
        login: FIXTURE.users.sophie,
        niveau: 'STRUCTURE',
        dateDebut: ctx.today(),
      });
      const held = Object.keys(await modesOn(ctx.as('sophie'), durand)).sort();
      const expected = [
        'ACCUEIL_CONNECTE',
        'FACTURES_EMISES',
        'FACTURES_RECUES',
        'MON_COMPTE',
        'SOLLICITATIONS_EMISES',
      ];
      ctx.expect(held.join() === expected.join(), expected.join(', '), held);
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const marc = await modesOn(ctx.as('marc'), chaourcois);
      ctx.expect(marc.ACTIVITES_GESTIONNAIRE !== undefined, 'ACTIVITES_GESTIONNAIRE for the GS', marc);
    },
  },
  {
    id: 'HAB-5.only-managers-grant',
    rule: 'HAB-5',
    section: SECTION,
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
    id: 'HAB-6.organisation-modification-acts-as-gp',
    rule: 'HAB-6',
    section: SECTION,
    title:
      'a holder of "Organisation modification" (Marc) attaches a user and decides a request like the GP, but cannot transfer the GP role (GP-1)',
    as: ['marc', 'paul'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const marc = ctx.as('marc');
      const attached = await marc.attachUser({
        idStructureCPP: chaourcois,
        login: FIXTURE.users.sophie,
        niveau: 'STRUCTURE',
        dateDebut: ctx.today(),
      });
      ctx.expect(attached.statutRattachement === 'VALIDEE', 'Sophie attached VALIDEE', attached.statutRattachement);
      await ctx.as('paul').requestRattachement({
        idStructureCPP: chaourcois,
        niveau: 'STRUCTURE',
        dateDebut: ctx.today(),
        commentaire: 'Fournisseur',
      });
      const pending = (await marc.listApprobations({ etat: 'DEMANDE' })).items.find(
        (a) => a.loginDemandeur === FIXTURE.users.paul,
      );
      ctx.expect(pending !== undefined, 'Paul’s request in Marc’s inbox', 'none');
      const decided = await marc.decideApprobation({
        idApprobation: pending!.idApprobation,
        decision: 'REFUSE',
        commentaire: 'Fournisseur, pas agent',
        version: pending!.version,
      });
      ctx.expect(decided.etat === 'REFUSE', 'REFUSE', decided.etat);
      await ctx.refused(
        marc.transferPrincipal({
          mode: 'STRUCTURES_CHOISIES',
          affectations: [{ idStructureCPP: chaourcois, idNouveauGestionnaire: attached.idUtilisateur }],
        }),
        { status: 403, code: 'FORBIDDEN', rule: 'GP-1' },
      );
    },
  },
  {
    id: 'HAB-7.my-abonnements-delete-own-only',
    rule: 'HAB-7',
    section: SECTION,
    title:
      'Sophie’s abonnements show held (VALIDE) and pending rows; she deletes her pending one; deleting another user’s is refused 404 and deletes nothing',
    as: ['sophie', 'lucas'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      const [pending] = await sophie.requestAbonnements({
        idStructureCPP: mairie,
        espace: 'ENGAGEMENTS',
        lignes: [{ mode: 'MODIFICATION' }],
        dateEffet: ctx.today(),
      });
      const rows = await sophie.listMyAbonnements({ espace: 'ENGAGEMENTS' });
      ctx.expect(
        rows.items
          .map((a) => a.statut)
          .sort()
          .join() === 'EN_COURS_DE_VALIDATION,VALIDE',
        'one VALIDE and one EN_COURS_DE_VALIDATION row for ENGAGEMENTS',
        rows.items.map((a) => `${a.mode} ${a.statut}`),
      );
      const lucas = (await ctx.as('lucas').listMyAbonnements()).items[0];
      ctx.expect(lucas !== undefined, 'Lucas holds abonnements in the fixture', 'none');
      await ctx.refused(sophie.deleteMyAbonnements({ ids: [pending!.idAbonnement, lucas!.idAbonnement] }), {
        status: 404,
        code: 'NOT_FOUND',
      });
      ctx.expect(
        (await sophie.listMyAbonnements({ espace: 'ENGAGEMENTS' })).total === 2,
        'nothing deleted by the refused call',
        'a row deleted',
      );
      await sophie.deleteMyAbonnements({ ids: [pending!.idAbonnement] });
      const after = await sophie.listMyAbonnements({ espace: 'ENGAGEMENTS' });
      ctx.expect(
        after.items.map((a) => a.statut).join() === 'VALIDE',
        'the held row only',
        after.items.map((a) => a.statut),
      );
    },
  },
  {
    id: 'HAB-8.request-on-own-services-only',
    rule: 'HAB-8',
    section: SECTION,
    title:
      'Lucas may not request an espace on a service he is not attached to (422 HAB-8); on his own service the request waits for the GP',
    as: ['lucas', 'jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const [voirie, factures] = [
        await serviceId(jeane, chaourcois, 'VOIRIE'),
        await serviceId(jeane, chaourcois, 'FACTURES_PUBLIQUES'),
      ];
      const request = (idService: number) =>
        ctx.as('lucas').requestAbonnements({
          idStructureCPP: chaourcois,
          espace: 'ENGAGEMENTS',
          lignes: [{ idService, mode: 'MODIFICATION' }],
          dateEffet: ctx.today(),
        });
      await ctx.refused(request(voirie), { status: 422, code: 'RULE_BROKEN', rule: 'HAB-8' });
      const [made] = await request(factures);
      ctx.expect(made?.statut === 'EN_COURS_DE_VALIDATION', 'a pending abonnement', made?.statut);
      const inbox = await jeane.listApprobations({ type: 'ABONNEMENT' });
      ctx.expect(
        inbox.items.some((a) => a.loginDemandeur === FIXTURE.users.lucas && a.espace === 'ENGAGEMENTS'),
        'Lucas’s request in Jeane’s inbox',
        inbox.items.map((a) => a.loginDemandeur),
      );
    },
  },
  {
    id: 'HAB-9.espaces-at-structure-level',
    rule: 'HAB-9',
    section: SECTION,
    title:
      'a simple user may not set the espaces (403 HAB-9); the GP opens one at structure level and a request is generated for the users attached to the structure',
    as: ['lucas', 'jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const current = await jeane.getEspaceConfiguration({ idStructureCPP: chaourcois });
      const update = {
        idStructureCPP: chaourcois,
        niveau: 'STRUCTURE' as const,
        espacesStructure: [...current.espacesStructure, 'PROCESSUS_VALIDATION' as const],
        version: current.version,
      };
      await ctx.refused(ctx.as('lucas').setEspaceConfiguration(update), {
        status: 403,
        code: 'FORBIDDEN',
        rule: 'HAB-9',
      });
      const result = await jeane.setEspaceConfiguration(update);
      ctx.expect(result.demandesGenerees >= 1, 'requests generated', result.demandesGenerees);
      const inbox = await jeane.listApprobations({ type: 'ABONNEMENT' });
      ctx.expect(
        inbox.items.some((a) => a.loginDemandeur === FIXTURE.users.marc && a.espace === 'PROCESSUS_VALIDATION'),
        'a PROCESSUS_VALIDATION request for Marc in Jeane’s inbox',
        inbox.items.map((a) => `${a.loginDemandeur} ${a.espace ?? ''}`),
      );
    },
  },
];
