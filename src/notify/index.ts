export * from './types.js';
export { createSenders, type SenderOptions } from './registry.js';
export { decideDelivery, UserPrefsSchema, type UserPrefs, type DeliveryDecision } from './preferences.js';
export { afterFailure, nextRetryDelay, DEFAULT_RETRY_POLICY, URGENT_RETRY_POLICY, type RetryPolicy, type RetryDecision } from './retry.js';
export { validateOutboundUrl, validateEmailAddress, type Check, type ResolveHost } from './outbound-url.js';
export { validateDestination, DestinationSchema, type FieldProblem } from './destination.js';
export { verifyWebhookSignature, signWebhook } from './signature.js';
export { messageIdFor, type SmtpOptions } from './email.js';
