// The back-office's side of a webhook (interface §5): read the envelope, find the record it is about,
// decide what to do. The message interactions feed it the contract's examples, so the pact only
// promises what this code really reads.

export interface WebhookAction {
  /** What the back-office does, in its own words. */
  action: string;
  /** The record it updates, by the id it looks it up with. */
  recordId: string;
}

export class UnusableWebhookError extends Error {
  override name = 'UnusableWebhookError';
}

function field(data: Record<string, unknown>, name: string): string {
  const value = data[name];
  if (typeof value !== 'string' || value === '') throw new UnusableWebhookError(`the webhook data has no ${name}`);
  return value;
}

function nested(data: Record<string, unknown>, name: string): Record<string, unknown> {
  const value = data[name];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UnusableWebhookError(`the webhook data has no ${name} object`);
  return value as Record<string, unknown>;
}

const finalStatuses = ['VALIDATED', 'CANCELLED'];

function finalStatus(data: Record<string, unknown>): string {
  const status = field(data, 'status');
  if (!finalStatuses.includes(status)) throw new UnusableWebhookError(`the webhook status ${status} is not a final status`);
  return status;
}

export function handleWebhook(body: unknown): WebhookAction {
  if (body === null || typeof body !== 'object') throw new UnusableWebhookError('the webhook body is not an object');
  const envelope = body as Record<string, unknown>;
  field(envelope, 'id');
  const type = field(envelope, 'type');
  const data = nested(envelope, 'data');
  switch (type) {
    case 'MP_IBAN_AVAILABLE_FOR_PAYMENT': {
      const iban = field(nested(data, 'virtualIban'), 'iban');
      return { action: `ask the seller to send 1 EUR to ${iban}`, recordId: field(data, 'merchantSellerId') };
    }
    case 'MP_KYC_IN_PROGRESS':
      return { action: 'show the KYC as in review', recordId: field(data, 'merchantSellerId') };
    case 'MP_KYC_VALIDATED':
      return { action: `open cash operations for seller ${field(data, 'sellerId')}`, recordId: field(data, 'merchantSellerId') };
    case 'MP_KYC_REFUSED': {
      const comments = nested(data, 'kycReviewComments');
      const documents = Array.isArray(comments.documents) ? comments.documents.length : 0;
      return { action: `ask the seller to replace ${documents} document(s)`, recordId: field(data, 'merchantSellerId') };
    }
    case 'order.notFound':
      return { action: `patch the amount of order ${field(data, 'orderId')}`, recordId: field(data, 'externalOrderId') };
    case 'transaction.update':
      return { action: `record ${String(data.paidAmount)} paid (${field(data, 'status')})`, recordId: field(data, 'externalTransactionId') };
    case 'transfer.update':
      return { action: `mark the transfer ${finalStatus(data)}`, recordId: field(data, 'externalTransferId') };
    case 'payoutMerchant.update':
      return { action: `mark the merchant payout ${finalStatus(data)}`, recordId: field(data, 'payoutMerchantId') };
    case 'payoutSeller.update': {
      const recordId = typeof data.payoutSellerId === 'string' ? data.payoutSellerId : field(data, 'payoutSellerAmountId');
      return { action: `mark the seller payout ${finalStatus(data)}`, recordId };
    }
    default:
      throw new UnusableWebhookError(`the back-office does not know webhook type ${type}`);
  }
}
