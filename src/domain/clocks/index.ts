export * from './clock.js';
export * from './defaults.js';
export * from './grievance-receipt.js';
export * from './policy.js';
export * from './reopened-complaint.js';
