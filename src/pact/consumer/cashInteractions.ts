// What the back-office sends and needs to manage money (seed §3): orders, transactions (a REFUND
// never before a PAYMENT), order splits against their ceiling, transfers, the three payout kinds,
// and which deletions MS allows. Amounts carry cents, so exact decimal arithmetic is part of the deal.
import { MatchersV3 as M } from '@pact-foundation/pact';
import { exampleIds, order } from './backOfficeExamples.ts';
import { given, statePath, stateValue, type HttpInteractionSpec } from './interactionSpec.ts';
import { isoDateTime, jsonResponseHeaders, msId, oneOf, problem, problemResponseHeaders } from './matching.ts';

const finalStatuses = ['VALIDATED', 'CANCELLED'];
const paymentStatuses = ['UNPAID', 'PARTIALLY_PAID', 'PAID'];

const anOrder = { externalOrderId: exampleIds.externalOrderId };
const paymentOf = (amount: number) => ({ externalOrderId: exampleIds.externalOrderId, amount });
const funds = { merchantSellerId: exampleIds.merchantSellerId, amount: 50 };

function refused(description: string, state: HttpInteractionSpec['given'], request: HttpInteractionSpec['request'], status: number, code: string): HttpInteractionSpec {
  return { description, given: state, request, response: { status, headers: problemResponseHeaders, body: problem(status, code) } };
}

function deleted(description: string, state: HttpInteractionSpec['given'], path: string): HttpInteractionSpec {
  return { description, given: state, request: { method: 'DELETE', path: statePath(path) }, response: { status: 204 } };
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

function transactionView(type: string, amount: number) {
  return {
    transactionId: msId(exampleIds.transactionId),
    orderId: msId(exampleIds.orderId),
    externalOrderId: M.like(exampleIds.externalOrderId),
    externalTransactionId: M.like(exampleIds.externalTransactionId),
    type,
    amount: M.decimal(amount),
    currency: 'EUR',
    paymentMethodName: M.like('CARD'),
    status: oneOf(paymentStatuses, 'UNPAID'),
    createdAt: isoDateTime(),
  };
}

function splitLine(amount: number, fee: number) {
  return { sellerId: stateValue('sellerId'), amount, amountType: 'SELLER_PAYMENT', fee, feeType: 'SELLER_TO_MARKETPLACE', model: '3P' };
}

function transferView(status: string | M.Matcher<string>) {
  return {
    transferId: msId(exampleIds.transferId),
    externalTransferId: M.like(exampleIds.externalTransferId),
    sellerId: msId(exampleIds.sellerId),
    accountingEntry: oneOf(['MARKETPLACE_TO_SELLER', 'SELLER_TO_MARKETPLACE']),
    amount: M.number(5.5),
    currency: 'EUR',
    status,
    createdAt: isoDateTime(),
  };
}

const payoutMerchantView = (status: string | M.Matcher<string>) => ({
  payoutMerchantId: msId(exampleIds.payoutMerchantId),
  amount: M.number(2.5),
  currency: 'EUR',
  reasonLabel: M.like('Weekly payout'),
  status,
  createdAt: isoDateTime(),
});

export const cashInteractions: HttpInteractionSpec[] = [
  {
    description: 'registering an order',
    given: given('sellerValidated', { merchantSellerId: exampleIds.merchantSellerId }),
    request: { method: 'POST', path: '/orders', body: { externalOrderId: stateValue('externalOrderId'), ...order } },
    response: {
      status: 201,
      headers: jsonResponseHeaders,
      body: { orderId: msId(exampleIds.orderId), externalOrderId: M.like(exampleIds.externalOrderId), amount: M.decimal(order.amount), currency: 'EUR', createdAt: isoDateTime() },
    },
  },
  {
    description: "changing an order's amount",
    given: given('order', anOrder),
    request: { method: 'PATCH', path: statePath('/orders/${orderId}'), body: { amount: 99.9 } },
    response: { status: 200, headers: jsonResponseHeaders, body: { orderId: msId(exampleIds.orderId), amount: M.decimal(99.9), currency: 'EUR' } },
  },
  {
    description: 'reading an order',
    given: given('order', anOrder),
    request: { method: 'GET', path: statePath('/orders/${orderId}') },
    response: { status: 200, headers: jsonResponseHeaders, body: { orderId: msId(exampleIds.orderId), externalOrderId: M.like(exampleIds.externalOrderId), currency: 'EUR', createdAt: isoDateTime() } },
  },
  deleted('deleting an order without transactions', given('order', anOrder), '/orders/${orderId}'),
  refused('deleting an order that has a transaction is refused', given('orderWithPayment', paymentOf(0.3)), { method: 'DELETE', path: statePath('/orders/${orderId}') }, 409, 'ORDER_HAS_TRANSACTIONS'),
  {
    description: 'registering a PAYMENT answers it with nothing paid yet',
    given: given('order', anOrder),
    request: { method: 'POST', path: '/transactions', body: transaction('PAYMENT', 0.3) },
    response: { status: 201, headers: jsonResponseHeaders, body: { ...transactionView('PAYMENT', 0.3), paidAmount: 0, status: 'UNPAID' } },
  },
  refused('a REFUND before any PAYMENT on the order is refused', given('order', anOrder), { method: 'POST', path: '/transactions', body: transaction('REFUND', 0.1) }, 422, 'REFUND_BEFORE_PAYMENT'),
  {
    description: 'a REFUND after the PAYMENT is registered',
    given: given('orderWithPayment', paymentOf(0.3)),
    request: { method: 'POST', path: '/transactions', body: transaction('REFUND', 0.1) },
    response: { status: 201, headers: jsonResponseHeaders, body: { ...transactionView('REFUND', 0.1), paidAmount: 0 } },
  },
  {
    description: 'reading a transaction',
    given: given('orderWithPayment', paymentOf(0.3)),
    request: { method: 'GET', path: statePath('/transactions/${transactionId}') },
    response: { status: 200, headers: jsonResponseHeaders, body: { ...transactionView('PAYMENT', 0.3), paidAmount: M.number(0) } },
  },
  {
    description: 'listing transactions',
    given: given('orderWithPayment', paymentOf(0.3)),
    request: { method: 'GET', path: '/transactions' },
    response: { status: 200, headers: jsonResponseHeaders, body: { items: M.eachLike({ ...transactionView('PAYMENT', 0.3), type: oneOf(['PAYMENT', 'REFUND', 'CREDIT']), amount: M.number(0.3), paidAmount: M.number(0) }) } },
  },
  {
    description: "moving a transaction's due date",
    given: given('orderWithPayment', paymentOf(0.3)),
    request: { method: 'PATCH', path: statePath('/transactions/${transactionId}'), body: { dueDate: '2031-01-31' } },
    response: { status: 200, headers: jsonResponseHeaders, body: { transactionId: msId(exampleIds.transactionId), dueDate: '2031-01-31' } },
  },
  deleted('deleting a transaction with nothing cashed', given('orderWithPayment', paymentOf(0.3)), '/transactions/${transactionId}'),
  refused('deleting a transaction with cashed money is refused', given('orderWithCashedPayment', paymentOf(0.3)), { method: 'DELETE', path: statePath('/transactions/${transactionId}') }, 409, 'TRANSACTION_HAS_CASHED_MONEY'),
  {
    description: "splitting exactly the order's payment in cents is accepted",
    given: given('orderWithPayment', paymentOf(0.3)),
    request: { method: 'POST', path: '/orderSplit', body: { externalOrderId: stateValue('externalOrderId'), currency: 'EUR', splits: [splitLine(0.1, 0.01), splitLine(0.2, 0.02)] } },
    response: {
      status: 201,
      headers: jsonResponseHeaders,
      body: {
        orderId: msId(exampleIds.orderId),
        externalOrderId: M.like(exampleIds.externalOrderId),
        currency: 'EUR',
        splits: M.eachLike({ sellerId: msId(exampleIds.sellerId), amount: M.decimal(0.1), amountType: 'SELLER_PAYMENT', fee: M.decimal(0.01), feeType: 'SELLER_TO_MARKETPLACE', model: '3P' }, 2),
        splitBalance: M.decimal(0.3),
        ceiling: M.decimal(0.3),
      },
    },
  },
  refused(
    "a split above the order's transactions is refused",
    given('orderWithPayment', paymentOf(0.3)),
    { method: 'POST', path: '/orderSplit', body: { externalOrderId: stateValue('externalOrderId'), currency: 'EUR', splits: [splitLine(0.31, 0)] } },
    422,
    'SPLIT_EXCEEDS_TRANSACTIONS',
  ),
  {
    description: 'a transfer from the marketplace to a seller is answered PENDING',
    given: given('availableFunds', funds),
    request: {
      method: 'POST',
      path: '/transfers',
      body: { externalTransferId: stateValue('externalTransferId'), sellerId: stateValue('sellerId'), accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'COMMERCIAL_GESTURE', amount: 5.5, currency: 'EUR' },
    },
    response: { status: 201, headers: jsonResponseHeaders, body: { ...transferView('PENDING'), accountingEntry: 'MARKETPLACE_TO_SELLER', amount: M.decimal(5.5) } },
  },
  {
    description: 'reading an executed transfer gives its final status',
    given: given('transferExecuted', { externalTransferId: exampleIds.externalTransferId }),
    request: { method: 'GET', path: statePath('/transfers/${transferId}') },
    response: { status: 200, headers: jsonResponseHeaders, body: transferView(oneOf(finalStatuses)) },
  },
  {
    description: 'listing transfers',
    given: given('transferExecuted', { externalTransferId: exampleIds.externalTransferId }),
    request: { method: 'GET', path: '/transfers' },
    response: { status: 200, headers: jsonResponseHeaders, body: { items: M.eachLike(transferView(oneOf(['PENDING', ...finalStatuses], 'VALIDATED'))) } },
  },
  refused('deleting an executed transfer is refused', given('transferExecuted', { externalTransferId: exampleIds.externalTransferId }), { method: 'DELETE', path: statePath('/transfers/${transferId}') }, 409, 'TRANSFER_ALREADY_EXECUTED'),
  deleted('deleting a transfer scheduled for a later day', given('transferScheduled', { externalTransferId: exampleIds.externalTransferId }), '/transfers/${transferId}'),
  {
    description: "a payout to the marketplace's bank account waits PENDING for the bank batch",
    given: given('availableFunds', funds),
    request: { method: 'POST', path: '/payoutMerchants', body: { amount: 2.5, currency: 'EUR', reasonLabel: 'Weekly payout' } },
    response: { status: 201, headers: jsonResponseHeaders, body: { ...payoutMerchantView('PENDING'), amount: M.decimal(2.5) } },
  },
  {
    description: 'reading a settled merchant payout gives its final status',
    given: given('payoutMerchantSettled', {}),
    request: { method: 'GET', path: statePath('/payoutMerchants/${payoutMerchantId}') },
    response: { status: 200, headers: jsonResponseHeaders, body: payoutMerchantView(oneOf(finalStatuses)) },
  },
  deleted('deleting a merchant payout still pending', given('payoutMerchantPending', {}), '/payoutMerchants/${payoutMerchantId}'),
  refused('deleting a settled merchant payout is refused', given('payoutMerchantSettled', {}), { method: 'DELETE', path: statePath('/payoutMerchants/${payoutMerchantId}') }, 409, 'PAYOUT_ALREADY_EXECUTED'),
  {
    description: 'a payout to a seller for its cashed order waits PENDING for the bank batch',
    given: given('sellerWithPayableOrder', { merchantSellerId: exampleIds.merchantSellerId, externalOrderId: exampleIds.externalOrderId }),
    request: { method: 'POST', path: statePath('/sellers/${sellerId}/payoutSellers'), body: { reasonLabel: 'Sales of the week', orders: [{ externalOrderId: stateValue('externalOrderId') }] } },
    response: {
      status: 201,
      headers: jsonResponseHeaders,
      body: { payoutSellerId: msId(exampleIds.payoutSellerId), sellerId: msId(exampleIds.sellerId), amount: M.number(45), currency: 'EUR', status: 'PENDING', createdAt: isoDateTime() },
    },
  },
  {
    description: 'reading a seller payout',
    given: given('payoutSellerPending', {}),
    request: { method: 'GET', path: statePath('/sellers/${sellerId}/payoutSellers/${payoutSellerId}') },
    response: { status: 200, headers: jsonResponseHeaders, body: { payoutSellerId: msId(exampleIds.payoutSellerId), sellerId: msId(exampleIds.sellerId), amount: M.number(45), currency: 'EUR', status: 'PENDING' } },
  },
  deleted('deleting a seller payout still pending', given('payoutSellerPending', {}), '/sellers/${sellerId}/payoutSellers/${payoutSellerId}'),
  {
    description: 'a payout of an amount to a seller waits PENDING for the bank batch',
    given: given('availableFunds', funds),
    request: { method: 'POST', path: statePath('/sellers/${sellerId}/payoutSellerAmount'), body: { askedAmount: 2.5, currency: 'EUR', reasonLabel: 'Advance on sales' } },
    response: {
      status: 201,
      headers: jsonResponseHeaders,
      body: { payoutSellerAmountId: msId(exampleIds.payoutSellerAmountId), sellerId: msId(exampleIds.sellerId), askedAmount: M.decimal(2.5), currency: 'EUR', status: 'PENDING', createdAt: isoDateTime() },
    },
  },
  deleted('deleting a seller amount payout still pending', given('payoutSellerAmountPending', {}), '/sellers/${sellerId}/payoutSellerAmount/${payoutSellerAmountId}'),
  refused(
    'deleting a settled seller amount payout is refused',
    given('payoutSellerAmountSettled', {}),
    { method: 'DELETE', path: statePath('/sellers/${sellerId}/payoutSellerAmount/${payoutSellerAmountId}') },
    409,
    'PAYOUT_ALREADY_EXECUTED',
  ),
];

