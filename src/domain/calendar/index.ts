export * from './calendar.js';
export * from './zoned.js';
export * from './literals.js';
