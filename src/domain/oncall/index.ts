export * from './rotation.js';
export * from './cover.js';
