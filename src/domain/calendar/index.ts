export * from './calendar.js';
export * from './zoned.js';
export * from './literals.js';
export * from './zone-text.js';
