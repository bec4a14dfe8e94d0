import type { CpClient } from '../../client/index.js';
import type { Check, CheckContext, ExpectedRefusal } from '../check.js';
import { FIXTURE, type FixtureUser } from '../fixture.js';
import { rattachementOf, structureId } from './lookup.js';

/** One write tried directly as a caller who must be refused (X-2: authorization is the backend's). */
interface RefusedWrite {
  operationId: string;
  as: FixtureUser;
  /** Who the caller is and why he must be refused. */
  why: string;
  expected: ExpectedRefusal;
  attempt(ctx: CheckContext, client: CpClient): Promise<unknown>;
}

const forbidden = (rule: string): ExpectedRefusal => ({ status: 403, code: 'FORBIDDEN', rule });
const ids = async (ctx: CheckContext) => ({
  mairie: await structureId(ctx, FIXTURE.sirets.mairie),
  chaourcois: await structureId(ctx, FIXTURE.sirets.chaourcois),
});

const WRITES: readonly RefusedWrite[] = [
  {
    operationId: 'updateStructure',
    as: 'sophie',
    why: 'a simple user of the Mairie modifies it',
    expected: forbidden('STR-3'),
    attempt: async (ctx, client) =>
      client.updateStructure((await ids(ctx)).mairie, { libelleStructure: 'Piraté', version: 1 }),
  },
  {
    operationId: 'deactivateStructure',
    as: 'lucas',
    why: 'a simple user of the CC du Chaourcois deactivates it',
    expected: forbidden('STR-3'),
    attempt: async (ctx, client) => client.deactivateStructure((await ids(ctx)).chaourcois, { version: 1 }),
  },
  {
    operationId: 'createService',
    as: 'lucas',
    why: 'a simple user creates a service of his structure',
    expected: forbidden('SRV-1'),
    attempt: async (ctx, client) =>
      client.createService((await ids(ctx)).chaourcois, {
        codeService: 'PIRATE',
        libelleService: 'Pirate',
        dateDebut: ctx.today(),
        numeroEJDoitEtreRenseigne: false,
      }),
  },
  {
    operationId: 'attachUser',
    as: 'sophie',
    why: 'a simple user attaches someone to her structure',
    expected: forbidden('RAT-8'),
    attempt: async (ctx, client) =>
      client.attachUser({
        idStructureCPP: (await ids(ctx)).mairie,
        login: FIXTURE.users.lucas,
        niveau: 'STRUCTURE',
        dateDebut: ctx.today(),
      }),
  },
  {
    operationId: 'deactivateRattachement',
    as: 'sophie',
    why: 'a simple user deactivates another user’s rattachement',
    expected: forbidden('RAT-8'),
    attempt: async (ctx, client) => {
      const nicolas = await rattachementOf(ctx.as('pauline'), (await ids(ctx)).mairie, 'nicolas');
      return client.deactivateRattachement({ idRattachement: nicolas.idRattachement, version: nicolas.version });
    },
  },
  {
    operationId: 'grantHabilitation',
    as: 'pauline',
    why: 'the GP of another structure grants a profile on the CC du Chaourcois',
    expected: forbidden('HAB-5'),
    attempt: async (ctx, client) => {
      const { chaourcois } = await ids(ctx);
      const lucas = await rattachementOf(ctx.as('jeane'), chaourcois, 'lucas');
      return client.grantHabilitation({
        idUtilisateur: lucas.idUtilisateur,
        idStructureCPP: chaourcois,
        application: 'ENGAGEMENTS',
        mode: 'MODIFICATION',
      });
    },
  },
  {
    operationId: 'decideApprobation',
    as: 'sophie',
    why: 'a simple user decides a request addressed to her structure’s managers',
    expected: forbidden('APR-2'),
    attempt: async (ctx, client) => {
      const [pending] = (await ctx.as('pauline').listApprobations({ etat: 'DEMANDE' })).items;
      return client.decideApprobation({
        idApprobation: pending?.idApprobation ?? 0,
        decision: 'APPROUVE',
        version: pending?.version ?? 1,
      });
    },
  },
  {
    operationId: 'transferPrincipal',
    as: 'sophie',
    why: 'a simple user hands the GP role of her structure to herself',
    expected: forbidden('GP-1'),
    attempt: async (ctx, client) => {
      const { mairie } = await ids(ctx);
      const sophie = await rattachementOf(ctx.as('pauline'), mairie, 'sophie');
      return client.transferPrincipal({
        mode: 'STRUCTURES_CHOISIES',
        affectations: [{ idStructureCPP: mairie, idNouveauGestionnaire: sophie.idUtilisateur }],
      });
    },
  },
];

/** each write of a manager tried as a caller who must be refused, one check per operation. */
export const authorizationChecks: Check[] = WRITES.map((write) => ({
  id: `X-2.${write.operationId}`,
  rule: 'X-2',
  section: '13. Cross-cutting',
  title: `${write.operationId} is refused when ${write.why} (${write.expected.rule})`,
  as: [write.as],
  async run(ctx) {
    await ctx.refused(write.attempt(ctx, ctx.as(write.as)), write.expected);
  },
}));
