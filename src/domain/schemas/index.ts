/**
 * Schemas (zod/mini) and inferred types of every resource of the rules book: the one source of truth
 * for shapes, used by the client to validate answers, by the mock to validate requests and by the
 * OpenAPI generator.
 */
export * from './common.js';
export * from './address.js';
export * from './page.js';
export * from './problem.js';
export * from './issues.js';
export * from './user.js';
export * from './structure.js';
export * from './service.js';
export * from './rattachement.js';
export * from './habilitation.js';
export * from './abonnement.js';
export * from './approbation.js';
export * from './gp-transfer.js';
export * from './bank-details.js';
export * from './attachment.js';
export * from './notification.js';
export * from './deactivation.js';
export * from './structure-search.js';
export * from './espace.js';
