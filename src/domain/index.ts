/** Pure domain code: validators and (later) schemas, importable from Node and the browser. */
export * from './csv.js';
export * from './errors.js';
export * from './identifier-type-names.js';
export * from './schemas/index.js';
export * from './validation.js';
export * from './validators/index.js';
