export * from './calendar.js';
export * from './zoned.js';
