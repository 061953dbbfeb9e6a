export * from './conditions.js';
export * from './defaults.js';
export * from './evaluate.js';
export * from './facts.js';
export * from './resolve.js';
export * from './schema.js';
export * from './team.js';
export * from './validate.js';
