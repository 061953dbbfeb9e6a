export * from './rotation.js';
