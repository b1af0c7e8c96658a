// The webhooks the back-office consumes (interface §5), as asynchronous message interactions: the
// envelope, the ids it looks its records up by, and the statuses it acts on. `trigger` names what
// makes MS send the event, so that the provider verification can drive the journey that emits it.
import { MatchersV3 as M } from '@pact-foundation/pact';
import { exampleIds } from './backOfficeExamples.ts';
import { given, type MessageSpec } from './interactionSpec.ts';
import { isoDateTime, msId, oneOf } from './matching.ts';

export type MessageTrigger =
  | 'assessKyc'
  | 'oneEuroTransfer'
  | 'validateKyc'
  | 'refuseKyc'
  | 'transactionOnUnknownOrder'
  | 'settlePayment'
  | 'transfer'
  | 'payoutMerchant'
  | 'payoutSeller'
  | 'payoutSellerAmount';

export interface WebhookMessageSpec extends MessageSpec {
  trigger: MessageTrigger;
}

const finalStatus = oneOf(['VALIDATED', 'CANCELLED']);
const seller = { merchantSellerId: exampleIds.merchantSellerId };
const sellerData = { merchantSellerId: M.like(exampleIds.merchantSellerId), sellerId: msId(exampleIds.sellerId) };

function envelope(type: string, data: Record<string, unknown>): Record<string, unknown> {
  return { id: M.like('evt-0001'), type, createdAt: isoDateTime(), data };
}

function message(description: string, state: MessageSpec['given'], trigger: MessageTrigger, type: string, data: Record<string, unknown>): WebhookMessageSpec {
  return { description, given: state, trigger, content: envelope(type, data) };
}

export const webhookMessages: WebhookMessageSpec[] = [
  message('an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook, sent once, with the virtual IBAN for the 1 € transfer', given('sellerReadyForKyc', seller), 'assessKyc', 'MP_IBAN_AVAILABLE_FOR_PAYMENT', {
    ...sellerData,
    virtualIban: { iban: M.regex('^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$', 'FR7616798000010000012345602'), bic: M.like('MSVIFRPPXXX'), type: 'VIRTUAL_IBAN' },
  }),
  message('an MP_KYC_IN_PROGRESS webhook once the 1 € transfer arrived', given('sellerUnderReview', seller), 'oneEuroTransfer', 'MP_KYC_IN_PROGRESS', sellerData),
  message('an MP_KYC_VALIDATED webhook when the operator validates the seller', given('sellerTransferArrived', seller), 'validateKyc', 'MP_KYC_VALIDATED', sellerData),
  message("an MP_KYC_REFUSED webhook with the operator's comment on each refused document", given('sellerTransferArrived', seller), 'refuseKyc', 'MP_KYC_REFUSED', {
    ...sellerData,
    kycReviewComments: { documents: M.eachLike({ documentId: msId(exampleIds.sellerDocumentId), kycReviewComment: M.like('The document is unreadable') }) },
  }),
  message('an order.notFound webhook for a transaction naming an unknown order', given('sellerValidated', seller), 'transactionOnUnknownOrder', 'order.notFound', {
    orderId: msId(exampleIds.orderId),
    externalOrderId: M.like(exampleIds.externalOrderId),
    externalTransactionId: M.like(exampleIds.externalTransactionId),
  }),
  message('a transaction.update webhook when the payment is cashed', given('orderWithPayment', { externalOrderId: exampleIds.externalOrderId, amount: 0.3 }), 'settlePayment', 'transaction.update', {
    transactionId: msId(exampleIds.transactionId),
    externalTransactionId: M.like(exampleIds.externalTransactionId),
    externalOrderId: M.like(exampleIds.externalOrderId),
    status: 'PAID',
    amount: M.decimal(0.3),
    paidAmount: M.decimal(0.3),
    reason: 'PAID_AMOUNT_UPDATED',
  }),
  message('a transfer.update webhook with the final status of a transfer', given('availableFunds', { ...seller, amount: 50 }), 'transfer', 'transfer.update', {
    transferId: msId(exampleIds.transferId),
    externalTransferId: M.like(exampleIds.externalTransferId),
    sellerId: msId(exampleIds.sellerId),
    status: finalStatus,
  }),
  message('a payoutMerchant.update webhook when the bank batch settles a merchant payout', given('availableFunds', { ...seller, amount: 50 }), 'payoutMerchant', 'payoutMerchant.update', {
    payoutMerchantId: msId(exampleIds.payoutMerchantId),
    status: finalStatus,
  }),
  message(
    'a payoutSeller.update webhook when the bank batch settles a seller payout',
    given('sellerWithPayableOrder', { ...seller, externalOrderId: exampleIds.externalOrderId }),
    'payoutSeller',
    'payoutSeller.update',
    { payoutSellerId: msId(exampleIds.payoutSellerId), sellerId: msId(exampleIds.sellerId), status: finalStatus },
  ),
  message('a payoutSeller.update webhook when the bank batch settles a seller amount payout', given('availableFunds', { ...seller, amount: 50 }), 'payoutSellerAmount', 'payoutSeller.update', {
    payoutSellerAmountId: msId(exampleIds.payoutSellerAmountId),
    sellerId: msId(exampleIds.sellerId),
    status: finalStatus,
  }),
];
