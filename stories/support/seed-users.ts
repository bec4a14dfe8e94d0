import { FIXTURE } from '../../src/conformance/fixture.js';

/**
 * The seed's people by the first name the stories use, and their logins (`mock-api/seed/cast.ts`): the
 * conformance fixture's users and the two the fixture leaves out. A module of its own so a page can
 * name them without loading the mock.
 */
export const SEED_USERS = {
  ...FIXTURE.users,
  gilles: 'gilles.lambert@sivom-armance.fr',
  klaus: 'klaus.weber@hohebau.de',
} as const;
