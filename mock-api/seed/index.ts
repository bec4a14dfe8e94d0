/** Seed data of the mock: the guides' cast and the large-set generator. */
export { CAST, SEED_PASSWORD, guidesCast, type SeedData } from './cast.js';
export { withLargeSet, type LargeSetOptions } from './generate.js';
export { replayFirstConnection } from './replay-first-connection.js';
export { makeSiret } from './siret.js';
