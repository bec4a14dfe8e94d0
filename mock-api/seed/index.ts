/** Seed data of the mock: the guides' cast and the large-set generator. */
export { guidesCast, CAST, SEED_PASSWORD, type SeedData } from './cast.js';
export { withLargeSet, type LargeSetOptions } from './generate.js';
export { makeSiret } from './siret.js';
export { replayFirstConnection } from './replay-first-connection.js';
