// The back-office's side of a webhook (interface §5): read the envelope, find the record it is
// about, decide what to do. The message interactions feed it the contract's examples, so the pact
// only promises what this code really reads: the envelope's id and type, the resource's id, a
// transfer's or payout's final status, the order `order.notFound` names. What a KYC event changed
// (the virtual IBAN, the refusal comments) is read from the seller afterwards (seed §2.5, §2.7).

export interface WebhookAction {
  /** What the back-office does, in its own words. */
  action: string;
  /** The record it updates, by the id it looks it up with. */
  recordId: string;
}

export class UnusableWebhookError extends Error {
  override name = 'UnusableWebhookError';
}

type Data = Record<string, unknown>;

function field(data: Data, name: string): string {
  const value = data[name];
  if (typeof value !== 'string' || value === '') throw new UnusableWebhookError(`the webhook has no ${name}`);
  return value;
}

function dataOf(envelope: Data): Data {
  const value = envelope.data;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UnusableWebhookError('the webhook has no data object');
  return value as Data;
}

const finalStatuses = ['VALIDATED', 'CANCELLED'];

function finalStatus(data: Data): string {
  const status = field(data, 'status');
  if (!finalStatuses.includes(status)) throw new UnusableWebhookError(`the webhook status ${status} is not a final status`);
  return status;
}

export function handleWebhook(body: unknown): WebhookAction {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new UnusableWebhookError('the webhook body is not an object');
  const envelope = body as Data;
  field(envelope, 'id');
  const type = field(envelope, 'type');
  const data = dataOf(envelope);
  switch (type) {
    case 'MP_IBAN_AVAILABLE_FOR_PAYMENT':
      return { action: 'read the virtual IBAN from the seller and ask the seller to send 1 EUR to it', recordId: field(data, 'merchantSellerId') };
    case 'MP_KYC_IN_PROGRESS':
      return { action: 'show the KYC as in review', recordId: field(data, 'merchantSellerId') };
    case 'MP_KYC_VALIDATED':
      return { action: 'open cash operations for the seller', recordId: field(data, 'merchantSellerId') };
    case 'MP_KYC_REFUSED':
      return { action: 'read the refusal comments from the seller and ask for the changes', recordId: field(data, 'merchantSellerId') };
    case 'order.notFound':
      return { action: `patch the amount of order ${field(data, 'orderId')}`, recordId: field(data, 'externalOrderId') };
    case 'transaction.update':
      return { action: `read the transaction again (${field(data, 'status')})`, recordId: field(data, 'transactionId') };
    case 'transfer.update':
      return { action: `mark the transfer ${finalStatus(data)}`, recordId: field(data, 'transferId') };
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
