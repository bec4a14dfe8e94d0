import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { serviceId, structureId } from './lookup.js';

const SECTION = '12. Notifications';

/** SPEC §12: what the contract exposes of the notifications (the mailbox itself is the backend's). */
export const notificationChecks: Check[] = [
  {
    id: 'NOT-2.rejection-reported-by-receiving-structure',
    rule: 'NOT-2',
    section: SECTION,
    title:
      'a user of the supplier’s structure may not report a rejection for the Mairie (403 NOT-2); the Mairie’s GP reports it and the supplier’s users concerned are notified',
    as: ['jeane', 'pauline'],
    async run(ctx) {
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const rejection = {
        idStructureDestinataire: mairie,
        idStructureCPP: chaourcois,
        idService: await serviceId(ctx.as('jeane'), chaourcois, 'FACTURES_PUBLIQUES'),
        numeroFacture: 'CONF-NOT-2',
        motif: 'Numéro d’engagement absent',
      };
      await ctx.refused(ctx.as('jeane').reportInvoiceRejection(rejection), {
        status: 403,
        code: 'FORBIDDEN',
        rule: 'NOT-2',
      });
      const notice = await ctx.as('pauline').reportInvoiceRejection(rejection);
      ctx.expect(notice.numeroFacture === 'CONF-NOT-2', 'the reported invoice number echoed', notice.numeroFacture);
      ctx.expect(notice.notifies > 0, 'at least one user of the supplier notified', notice.notifies);
    },
  },
];
