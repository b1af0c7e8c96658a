// The webhooks the back-office consumes (interface §5), as asynchronous message interactions in the
// interface's canonical terms: the envelope `{ id, type, createdAt, data }` (the verifier rebuilds it
// from the envelope pointers a target declares), and `data` naming the resource by its canonical id
// (merchantSellerId during onboarding, seed §2.3.1; MS's id of a transaction, transfer or payout).
// §5 leaves which of a resource's ids an event carries to the implementation: the verifier checks
// that the event names the resource by one of them and adds the others. Besides, `data` holds what
// a document names: a transfer's or payout's final status (seed §3), `orderId` and `externalOrderId`
// of `order.notFound` (interface §4). What a KYC event changed (the virtual IBAN, the refusal
// comments) is read from the seller afterwards (seed §2.5, §2.7). `trigger` names what makes MS
// send the event, so that the provider verification can drive the journey that emits it.
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

const finalStatus = { status: oneOf(['VALIDATED', 'CANCELLED']) };
const seller = { merchantSellerId: exampleIds.merchantSellerId };
const funds = { ...seller, amount: 50 };
const sellerData = { merchantSellerId: M.like(exampleIds.merchantSellerId) };

function message(description: string, state: MessageSpec['given'], trigger: MessageTrigger, type: string, data: Record<string, unknown>): WebhookMessageSpec {
  return { description, given: state, trigger, content: { id: M.string('evt-0001'), type, createdAt: isoDateTime(), data } };
}

export const webhookMessages: WebhookMessageSpec[] = [
  message('an MP_IBAN_AVAILABLE_FOR_PAYMENT webhook, sent once, when the virtual IBAN for the 1 € transfer is available', given('sellerReadyForKyc', seller), 'assessKyc', 'MP_IBAN_AVAILABLE_FOR_PAYMENT', sellerData),
  message('an MP_KYC_IN_PROGRESS webhook once the 1 € transfer arrived', given('sellerUnderReview', seller), 'oneEuroTransfer', 'MP_KYC_IN_PROGRESS', sellerData),
  message('an MP_KYC_VALIDATED webhook when the operator validates the seller', given('sellerTransferArrived', seller), 'validateKyc', 'MP_KYC_VALIDATED', sellerData),
  message('an MP_KYC_REFUSED webhook when the operator refuses the seller', given('sellerTransferArrived', seller), 'refuseKyc', 'MP_KYC_REFUSED', sellerData),
  message('an order.notFound webhook for a transaction naming an unknown order', given('sellerValidated', seller), 'transactionOnUnknownOrder', 'order.notFound', {
    orderId: msId(exampleIds.orderId),
    externalOrderId: M.like(exampleIds.externalOrderId),
  }),
  message('a transaction.update webhook when the payment is cashed', given('orderWithPayment', { externalOrderId: exampleIds.externalOrderId, amount: 0.3 }), 'settlePayment', 'transaction.update', {
    transactionId: msId(exampleIds.transactionId),
    status: M.string('PAID'),
  }),
  message('a transfer.update webhook with the final status of a transfer', given('availableFunds', funds), 'transfer', 'transfer.update', {
    transferId: msId(exampleIds.transferId),
    ...finalStatus,
  }),
  message('a payoutMerchant.update webhook when the bank batch settles a merchant payout', given('availableFunds', funds), 'payoutMerchant', 'payoutMerchant.update', {
    payoutMerchantId: msId(exampleIds.payoutMerchantId),
    ...finalStatus,
  }),
  message('a payoutSeller.update webhook when the bank batch settles a seller payout', given('sellerWithPayableOrder', { ...seller, externalOrderId: exampleIds.externalOrderId }), 'payoutSeller', 'payoutSeller.update', {
    payoutSellerId: msId(exampleIds.payoutSellerId),
    ...finalStatus,
  }),
  message('a payoutSeller.update webhook when the bank batch settles a seller amount payout', given('availableFunds', funds), 'payoutSellerAmount', 'payoutSeller.update', {
    payoutSellerAmountId: msId(exampleIds.payoutSellerAmountId),
    ...finalStatus,
  }),
];
