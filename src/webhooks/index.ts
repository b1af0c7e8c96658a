export { signWebhook, verifyWebhookSignature } from './signature.ts';
export type { SignatureVerdict } from './signature.ts';
export { startWebhookReceiver } from './webhookReceiver.ts';
export type { WebhookReceiver, WebhookReceiverOptions } from './webhookReceiver.ts';
export { dataConcerns, describeSequence, endpointOf, WebhookExpectationError, WebhookInbox } from './webhookInbox.ts';
export type { EnvelopePointers, RefusedDelivery, WebhookDelivery, WebhookEvent, WebhookMatch } from './webhookInbox.ts';
