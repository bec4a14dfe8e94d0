import * as z from 'zod/mini';
import { InseeInfo } from '../../../src/domain/schemas/index.js';
import { normaliseIdentifier } from '../../rules/structure-identifier.js';
import { activeInseeEntry } from '../../rules/structure-insee.js';
import { defineRoute, type Route } from '../route.js';

/**
 * The INSEE stand-in as a form needs it (STR-1, STR-2): what the register says about a SIRET before a
 * structure is created or duplicated, so its known fields can be filled in and locked. The same
 * checks as creation: a bad key is refused with STR-1 (accepted in sandbox), an unknown or closed
 * establishment with STR-2 and the reason.
 */
export const inseeRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/insee/:siret',
    operationId: 'lookupInsee',
    summary:
      'What INSEE says about an active SIRET (raison sociale, address); unknown or closed refused with the reason (STR-1, STR-2).',
    tag: 'Structures',
    rules: ['STR-1', 'STR-2'],
    params: z.object({ siret: z.string().check(z.maxLength(40)) }),
    response: InseeInfo,
    handle: (ctx) => {
      const siret = normaliseIdentifier(ctx.env, 'SIRET', ctx.params.siret);
      return activeInseeEntry(ctx.env, siret, 'STR-2');
    },
  }),
];
