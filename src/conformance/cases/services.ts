import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { fieldCodes, serviceId, structureId } from './lookup.js';

const SECTION = '7. Services';

/** SPEC §7: services of a structure, their management and the suppliers' code lookup. */
export const serviceChecks: Check[] = [
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
    id: 'SRV-2.code-not-editable-state-changes',
    rule: 'SRV-2',
    section: SECTION,
    title:
      'a simple user may not modify a service (403 SRV-2); the GP may not change its code (422 SRV-2) nor activate an active one (409), and modifies its description with a delayed effect',
    as: ['lucas', 'jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const finances = await jeane.getService(chaourcois, await serviceId(jeane, chaourcois, 'FINANCES'));
      const ref = [chaourcois, finances.idService] as const;
      await ctx.refused(
        ctx.as('lucas').updateService(...ref, { libelleService: 'Piraté', version: finances.version }),
        {
          status: 403,
          code: 'FORBIDDEN',
          rule: 'SRV-2',
        },
      );
      const code = await ctx.refused(
        jeane.updateService(...ref, { codeService: 'FINANCES_2', version: finances.version }),
        {
          status: 422,
          code: 'RULE_BROKEN',
          rule: 'SRV-2',
        },
      );
      ctx.expect(fieldCodes(code).join() === 'codeService:not_editable', 'codeService:not_editable', fieldCodes(code));
      await ctx.refused(jeane.activateService(...ref, { version: finances.version }), {
        status: 409,
        code: 'STATE_CONFLICT',
        rule: 'SRV-2',
      });
      const accepted = await jeane.updateService(...ref, {
        codeService: 'FINANCES',
        description: 'Budget et comptabilité',
        version: finances.version,
      });
      ctx.expect(
        accepted.changementsEnAttente.length === 1 && accepted.description !== 'Budget et comptabilité',
        'the description pending (STR-4), not yet applied',
        { description: accepted.description, pending: accepted.changementsEnAttente },
      );
    },
  },
  {
    id: 'SRV-3.supplier-code-lookup',
    rule: 'SRV-3',
    section: SECTION,
    title:
      'a supplier (Paul) learns that FACTURES_PUBLIQUES exists and may be used, that ANCIEN_SERVICE exists but is inactive, and that an unknown code does not exist',
    as: ['paul'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const paul = ctx.as('paul');
      const usable = await paul.lookupServiceCode(chaourcois, 'factures_publiques');
      ctx.expect(
        usable.existe && usable.actif && usable.codeService === 'FACTURES_PUBLIQUES',
        'FACTURES_PUBLIQUES exists and is active (case ignored)',
        usable,
      );
      const inactive = await paul.lookupServiceCode(chaourcois, 'ANCIEN_SERVICE');
      ctx.expect(inactive.existe && !inactive.actif, 'ANCIEN_SERVICE exists, inactive', inactive);
      const unknown = await paul.lookupServiceCode(chaourcois, 'INCONNU');
      ctx.expect(!unknown.existe && !unknown.actif, 'INCONNU does not exist', unknown);
    },
  },
];
