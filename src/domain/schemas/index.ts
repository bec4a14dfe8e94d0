/**
 * Schemas (zod/mini) and inferred types of every resource of the rules book: the one source of truth
 * for shapes, used by the client to validate answers, by the mock to validate requests and by the
 * OpenAPI generator.
 */
export * from './abonnement.js';
export * from './address.js';
export * from './approbation.js';
export * from './attachment.js';
export * from './bank-details.js';
export * from './common.js';
export * from './deactivation.js';
export * from './espace.js';
export * from './gp-transfer.js';
export * from './habilitation.js';
export * from './issues.js';
export * from './notification.js';
export * from './page.js';
export * from './problem.js';
export * from './rattachement.js';
export * from './service.js';
export * from './structure-search.js';
export * from './structure.js';
export * from './user.js';
