// What the back-office sends and needs to manage money (seed §3, interface §4): orders, transactions
// (a REFUND never before a PAYMENT), order splits against their ceiling, transfers, the three payout
// kinds, and which deletions MS allows. An answer is held to what interface §4 names of it: the id
// MS made, `paidAmount` (0 until cashed), a transfer's or payout's `status`; an update's or a
// split's answer body is named by no document, so only its status is. Lists are read in the
// interface's canonical envelope `{ "items": [...] }`: the verifier re-wraps the target's.
import { MatchersV3 as M } from '@pact-foundation/pact';
import { exampleIds, order } from './backOfficeExamples.ts';
import { given, statePath, stateValue, type HttpInteractionSpec } from './interactionSpec.ts';
import { jsonResponseHeaders, money, msId, oneOf, problem, problemResponseHeaders } from './matching.ts';

const finalStatuses = ['VALIDATED', 'CANCELLED'];

const anOrder = { externalOrderId: exampleIds.externalOrderId };
const paymentOf = (amount: number) => ({ externalOrderId: exampleIds.externalOrderId, amount });
const funds = { merchantSellerId: exampleIds.merchantSellerId, amount: 50 };

function answered(description: string, state: HttpInteractionSpec['given'], request: HttpInteractionSpec['request'], status: number, body?: unknown): HttpInteractionSpec {
  return { description, given: state, request, response: body === undefined ? { status } : { status, headers: jsonResponseHeaders, body } };
}

function refused(description: string, state: HttpInteractionSpec['given'], request: HttpInteractionSpec['request'], status: number, codeExample: string): HttpInteractionSpec {
  return { description, given: state, request, response: { status, headers: problemResponseHeaders, body: problem(codeExample) } };
}

function deleted(description: string, state: HttpInteractionSpec['given'], path: string): HttpInteractionSpec {
  return answered(description, state, { method: 'DELETE', path: statePath(path) }, 204);
}

function transaction(type: string, amount: number) {
  return {
    externalOrderId: stateValue('externalOrderId'),
    externalTransactionId: stateValue('externalTransactionId'),
    type,
    amount,
    currency: 'EUR',
    paymentMethodName: 'CARD',
  };
}

/** A transaction as interface §4 names it in an answer: its id and what is paid of it. */
const transactionView = { transactionId: msId(exampleIds.transactionId), paidAmount: money(0) };

function splitLine(amount: number, fee: number) {
  return { sellerId: stateValue('sellerId'), amount, amountType: 'SELLER_PAYMENT', fee, feeType: 'SELLER_TO_MARKETPLACE', model: '3P' };
}

/** A transfer as interface §4 names it in an answer: its id and its status. */
function transferView(status: string | M.Matcher<string>) {
  return { transferId: msId(exampleIds.transferId), status };
}

const pending = (idName: 'payoutMerchantId' | 'payoutSellerId' | 'payoutSellerAmountId') => ({ [idName]: msId(exampleIds[idName]), status: 'PENDING' });

export const cashInteractions: HttpInteractionSpec[] = [
  answered('registering an order answers its id', given('sellerValidated', { merchantSellerId: exampleIds.merchantSellerId }), { method: 'POST', path: '/orders', body: { externalOrderId: stateValue('externalOrderId'), ...order } }, 201, {
    orderId: msId(exampleIds.orderId),
  }),
  answered("changing an order's amount", given('order', anOrder), { method: 'PATCH', path: statePath('/orders/${orderId}'), body: { amount: 99.9 } }, 200),
  answered('reading an order', given('order', anOrder), { method: 'GET', path: statePath('/orders/${orderId}') }, 200, { orderId: msId(exampleIds.orderId) }),
  deleted('deleting an order without transactions', given('order', anOrder), '/orders/${orderId}'),
  refused('deleting an order that has a transaction is refused', given('orderWithPayment', paymentOf(0.3)), { method: 'DELETE', path: statePath('/orders/${orderId}') }, 409, 'ORDER_HAS_TRANSACTIONS'),
  answered('registering a PAYMENT answers its id with nothing paid yet', given('order', anOrder), { method: 'POST', path: '/transactions', body: transaction('PAYMENT', 0.3) }, 201, {
    transactionId: msId(exampleIds.transactionId),
    paidAmount: 0,
  }),
  refused('a REFUND before any PAYMENT on the order is refused', given('order', anOrder), { method: 'POST', path: '/transactions', body: transaction('REFUND', 0.1) }, 422, 'REFUND_BEFORE_PAYMENT'),
  answered('a REFUND after the PAYMENT is registered', given('orderWithPayment', paymentOf(0.3)), { method: 'POST', path: '/transactions', body: transaction('REFUND', 0.1) }, 201, {
    transactionId: msId(exampleIds.transactionId),
    paidAmount: 0,
  }),
  answered('reading a transaction with nothing cashed yet', given('orderWithPayment', paymentOf(0.3)), { method: 'GET', path: statePath('/transactions/${transactionId}') }, 200, {
    transactionId: msId(exampleIds.transactionId),
    paidAmount: 0,
  }),
  answered('listing transactions', given('orderWithPayment', paymentOf(0.3)), { method: 'GET', path: '/transactions' }, 200, { items: M.eachLike(transactionView) }),
  answered("moving a transaction's due date", given('orderWithPayment', paymentOf(0.3)), { method: 'PATCH', path: statePath('/transactions/${transactionId}'), body: { dueDate: '2031-01-31' } }, 200),
  deleted('deleting a transaction with nothing cashed', given('orderWithPayment', paymentOf(0.3)), '/transactions/${transactionId}'),
  refused('deleting a transaction with cashed money is refused', given('orderWithCashedPayment', paymentOf(0.3)), { method: 'DELETE', path: statePath('/transactions/${transactionId}') }, 409, 'TRANSACTION_HAS_CASHED_MONEY'),
  answered(
    "splitting exactly the order's payment in cents is accepted",
    given('orderWithPayment', paymentOf(0.3)),
    { method: 'POST', path: '/orderSplit', body: { externalOrderId: stateValue('externalOrderId'), currency: 'EUR', splits: [splitLine(0.1, 0.01), splitLine(0.2, 0.02)] } },
    201,
  ),
  refused(
    "a split above the order's transactions is refused",
    given('orderWithPayment', paymentOf(0.3)),
    { method: 'POST', path: '/orderSplit', body: { externalOrderId: stateValue('externalOrderId'), currency: 'EUR', splits: [splitLine(0.31, 0)] } },
    422,
    'SPLIT_EXCEEDS_TRANSACTIONS',
  ),
  answered(
    'a transfer from the marketplace to a seller is answered PENDING',
    given('availableFunds', funds),
    {
      method: 'POST',
      path: '/transfers',
      body: { externalTransferId: stateValue('externalTransferId'), sellerId: stateValue('sellerId'), accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'COMMERCIAL_GESTURE', amount: 5.5, currency: 'EUR' },
    },
    201,
    { transferId: msId(exampleIds.transferId), status: 'PENDING' },
  ),
  answered('reading an executed transfer gives its final status', given('transferExecuted', { externalTransferId: exampleIds.externalTransferId }), { method: 'GET', path: statePath('/transfers/${transferId}') }, 200, transferView(oneOf(finalStatuses))),
  answered('listing transfers', given('transferExecuted', { externalTransferId: exampleIds.externalTransferId }), { method: 'GET', path: '/transfers' }, 200, {
    items: M.eachLike(transferView(oneOf(['PENDING', ...finalStatuses], 'VALIDATED'))),
  }),
  refused('deleting an executed transfer is refused', given('transferExecuted', { externalTransferId: exampleIds.externalTransferId }), { method: 'DELETE', path: statePath('/transfers/${transferId}') }, 409, 'TRANSFER_ALREADY_EXECUTED'),
  deleted('deleting a transfer scheduled for a later day', given('transferScheduled', { externalTransferId: exampleIds.externalTransferId }), '/transfers/${transferId}'),
  answered(
    "a payout to the marketplace's bank account waits PENDING for the bank batch",
    given('availableFunds', funds),
    { method: 'POST', path: '/payoutMerchants', body: { amount: 2.5, currency: 'EUR', reasonLabel: 'Weekly payout' } },
    201,
    pending('payoutMerchantId'),
  ),
  answered('reading a settled merchant payout gives its final status', given('payoutMerchantSettled', {}), { method: 'GET', path: statePath('/payoutMerchants/${payoutMerchantId}') }, 200, {
    payoutMerchantId: msId(exampleIds.payoutMerchantId),
    status: oneOf(finalStatuses),
  }),
  deleted('deleting a merchant payout still pending', given('payoutMerchantPending', {}), '/payoutMerchants/${payoutMerchantId}'),
  refused('deleting a settled merchant payout is refused', given('payoutMerchantSettled', {}), { method: 'DELETE', path: statePath('/payoutMerchants/${payoutMerchantId}') }, 409, 'PAYOUT_ALREADY_EXECUTED'),
  answered(
    'a payout to a seller for its cashed order waits PENDING for the bank batch',
    given('sellerWithPayableOrder', { merchantSellerId: exampleIds.merchantSellerId, externalOrderId: exampleIds.externalOrderId }),
    { method: 'POST', path: statePath('/sellers/${sellerId}/payoutSellers'), body: { reasonLabel: 'Sales of the week', orders: [{ externalOrderId: stateValue('externalOrderId') }] } },
    201,
    pending('payoutSellerId'),
  ),
  answered('reading a seller payout', given('payoutSellerPending', {}), { method: 'GET', path: statePath('/sellers/${sellerId}/payoutSellers/${payoutSellerId}') }, 200, pending('payoutSellerId')),
  deleted('deleting a seller payout still pending', given('payoutSellerPending', {}), '/sellers/${sellerId}/payoutSellers/${payoutSellerId}'),
  answered(
    'a payout of an amount to a seller waits PENDING for the bank batch',
    given('availableFunds', funds),
    { method: 'POST', path: statePath('/sellers/${sellerId}/payoutSellerAmount'), body: { askedAmount: 2.5, currency: 'EUR', reasonLabel: 'Advance on sales' } },
    201,
    pending('payoutSellerAmountId'),
  ),
  deleted('deleting a seller amount payout still pending', given('payoutSellerAmountPending', {}), '/sellers/${sellerId}/payoutSellerAmount/${payoutSellerAmountId}'),
  refused(
    'deleting a settled seller amount payout is refused',
    given('payoutSellerAmountSettled', {}),
    { method: 'DELETE', path: statePath('/sellers/${sellerId}/payoutSellerAmount/${payoutSellerAmountId}') },
    409,
    'PAYOUT_ALREADY_EXECUTED',
  ),
];
