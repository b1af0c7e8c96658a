import { conflict, notFound, unprocessable } from './problem.ts';
import { ZERO, amountToJson, money } from './money.ts';
import { mintId, type MarketplaceContext, type Order, type Transaction, type TransactionType } from './marketplace.ts';
import { assertOrderCurrency, findOrderByExternalId } from './cashParties.ts';
import { assertKycValidatedSeller, registerOrder } from './orders.ts';
import { isReached } from './virtualClock.ts';
import { lateWebhookMs } from '../faults.ts';

// Transactions (seed §3 Transactions): every pay-in and pay-back of an order.

export interface TransactionRequest {
  externalOrderId?: string;
  externalTransactionId: string;
  type: TransactionType;
  amount: number;
  currency: string;
  paymentMethodName?: string;
  dueDate?: string;
}

export type PaymentStatus = 'UNPAID' | 'PARTIALLY_PAID' | 'PAID';

export function paymentStatusOf(transaction: Transaction): PaymentStatus {
  if (transaction.paidAmount.isZero()) return 'UNPAID';
  return transaction.paidAmount.greaterThanOrEqualTo(transaction.amount) ? 'PAID' : 'PARTIALLY_PAID';
}

function raiseTransactionUpdate(context: MarketplaceContext, transaction: Transaction, reason?: 'PAID_AMOUNT_UPDATED' | 'DUE_DATE_REACHED', lateMs?: number): void {
  context.raise({
    lateMs,
    type: context.faults.has('webhook-type-renamed') ? 'transaction.updated' : 'transaction.update',
    resourceKey: `transaction:${transaction.transactionId}`,
    data: {
      transactionId: transaction.transactionId,
      externalTransactionId: transaction.externalTransactionId,
      externalOrderId: transaction.externalOrderId,
      status: paymentStatusOf(transaction),
      amount: amountToJson(transaction.amount),
      paidAmount: amountToJson(transaction.paidAmount),
      ...(transaction.dueDate !== undefined ? { dueDate: transaction.dueDate } : {}),
      ...(reason !== undefined ? { reason } : {}),
    },
  });
}

function transactionsOf(context: MarketplaceContext, order: Order): Transaction[] {
  return order.transactionIds.map((id) => context.marketplace.transactions.get(id)).filter((transaction): transaction is Transaction => transaction !== undefined);
}

/** TRX-EXTERNAL-ID-UNIQUE: an externalTransactionId is unique per marketplace. */
function assertExternalTransactionIdFree(context: MarketplaceContext, externalTransactionId: string): void {
  if (context.faults.has('transaction-external-id-reusable')) return;
  if (context.marketplace.transactionIdsByExternalId.has(externalTransactionId)) {
    throw conflict('EXTERNAL_ID_CONFLICT', `externalTransactionId "${externalTransactionId}" is already used by another transaction.`, [{ field: 'externalTransactionId', message: 'is already used' }]);
  }
}

export function createTransaction(context: MarketplaceContext, request: TransactionRequest): Transaction {
  // TRX-AMOUNT-POSITIVE: the amount must be > 0.
  if (!(request.amount > 0) && !context.faults.has('transaction-zero-amount-accepted')) {
    throw unprocessable('VALIDATION_FAILED', 'The transaction amount must be greater than 0.', [{ field: 'amount', message: 'must be greater than 0' }]);
  }
  assertExternalTransactionIdFree(context, request.externalTransactionId);
  // TRX-LINKED-TO-ORDER: the contract requires externalOrderId; only a fault lets one through without it.
  const externalOrderId = request.externalOrderId ?? mintId(context, 'anonymous-order');
  let order = findOrderByExternalId(context, externalOrderId);
  const siblings = order ? transactionsOf(context, order) : [];
  // TRX-REFUND-AFTER-PAYMENT: a REFUND needs a PAYMENT on the same order first.
  if (request.type === 'REFUND' && !siblings.some((sibling) => sibling.type === 'PAYMENT') && !context.faults.has('refund-before-payment-accepted')) {
    throw unprocessable('REFUND_BEFORE_PAYMENT', `Order "${externalOrderId}" has no PAYMENT transaction: a REFUND cannot come first.`, [
      { field: 'type', message: 'a REFUND needs a PAYMENT on the same order first' },
    ]);
  }
  // TRX-MANY-PER-ORDER: an order takes any number of transactions.
  if (order && siblings.length > 0 && context.faults.has('one-transaction-per-order')) {
    throw conflict('EXTERNAL_ID_CONFLICT', `Order "${externalOrderId}" already has a transaction.`);
  }
  if (order) assertOrderCurrency(order, request.currency, 'currency');
  const orderIsNew = order === undefined;
  if (!order) {
    // TRX-UNKNOWN-ORDER-ACCEPTED: MS creates the order, without an amount, and tells the marketplace.
    if (context.faults.has('transaction-unknown-order-refused')) {
      throw unprocessable('UNKNOWN_ORDER', `No order "${externalOrderId}" for this marketplace.`, [{ field: 'externalOrderId', message: 'is not an order of this marketplace' }]);
    }
    assertKycValidatedSeller(context);
    order = registerOrder(context, { externalOrderId, currency: request.currency });
  }
  const transaction: Transaction = {
    transactionId: mintId(context, 'trx'),
    externalTransactionId: request.externalTransactionId,
    externalOrderId,
    orderId: order.orderId,
    type: request.type,
    amount: money(request.amount),
    currency: request.currency,
    ...(request.paymentMethodName !== undefined ? { paymentMethodName: request.paymentMethodName } : {}),
    ...(request.dueDate !== undefined ? { dueDate: request.dueDate } : {}),
    // TRX-CREATE: nothing is cashed when a transaction is registered.
    paidAmount: context.faults.has('transaction-paid-amount-prefilled') ? money(request.amount) : ZERO,
    createdAt: context.marketplace.clock.now(),
    dueDateNotified: false,
  };
  context.marketplace.transactions.set(transaction.transactionId, transaction);
  context.marketplace.transactionIdsByExternalId.set(transaction.externalTransactionId, transaction.transactionId);
  order.transactionIds.push(transaction.transactionId);
  // An order registered without currency takes its first transaction's (assertOrderCurrency).
  order.currency ??= request.currency;
  // ORD-NOT-FOUND-WEBHOOK: order.notFound carries the orderId to PATCH the amount with.
  if (orderIsNew && !context.faults.has('order-not-found-webhook-missing')) {
    context.raise({
      type: 'order.notFound',
      resourceKey: `order:${order.orderId}`,
      data: { orderId: order.orderId, externalOrderId: order.externalOrderId, externalTransactionId: transaction.externalTransactionId },
    });
  }
  context.afterAnswer(() => notifyDueDates(context));
  return transaction;
}

export function findTransaction(context: MarketplaceContext, transactionId: string): Transaction {
  const transaction = context.marketplace.transactions.get(transactionId);
  if (!transaction) throw notFound(`No transaction "${transactionId}" for this marketplace.`);
  return transaction;
}

/** SEC-TENANT-LISTS: the marketplace's own transactions only; of one order when asked (every one in the lists-unfiltered dialect). */
export function listTransactions(context: MarketplaceContext, externalOrderId?: string): Transaction[] {
  const pool = context.faults.has('transaction-list-all-tenants')
    ? [...context.everyMarketplace()].flatMap((marketplace) => [...marketplace.transactions.values()])
    : [...context.marketplace.transactions.values()];
  if (externalOrderId === undefined || context.dialects.has('lists-unfiltered')) return pool;
  return pool.filter((transaction) => transaction.externalOrderId === externalOrderId);
}

/** TRX-PATCH-DUE-DATE-ONLY: only dueDate changes; a new due date is watched again. */
export function updateTransaction(context: MarketplaceContext, transaction: Transaction, patch: { dueDate?: string; amount?: number }): Transaction {
  if (patch.dueDate !== undefined) {
    transaction.dueDate = patch.dueDate;
    transaction.dueDateNotified = false;
  }
  if (patch.amount !== undefined && context.faults.has('transaction-patch-any-field')) transaction.amount = money(patch.amount);
  context.afterAnswer(() => notifyDueDates(context));
  return transaction;
}

/** TRX-DELETE-ONLY-UNCASHED: a transaction with cashed money stays. */
export function deleteTransaction(context: MarketplaceContext, transaction: Transaction): void {
  if (!transaction.paidAmount.isZero() && !context.faults.has('cashed-transaction-deletable')) {
    throw conflict('TRANSACTION_HAS_CASHED_MONEY', `Transaction "${transaction.transactionId}" has ${transaction.paidAmount.toFixed(2)} cashed: it cannot be deleted.`);
  }
  context.marketplace.transactions.delete(transaction.transactionId);
  context.marketplace.transactionIdsByExternalId.delete(transaction.externalTransactionId);
  const order = context.marketplace.orders.get(transaction.orderId);
  if (order) order.transactionIds = order.transactionIds.filter((id) => id !== transaction.transactionId);
}

/** Simulation: buyer money is cashed. TRX-PAID-AMOUNT-CAPPED, TRX-UPDATE-ON-PAID-AMOUNT. */
export function settleTransaction(context: MarketplaceContext, transaction: Transaction, amount: number): Transaction {
  const paid = transaction.paidAmount.plus(amount);
  if (paid.greaterThan(transaction.amount) && !context.faults.has('settlement-above-amount-accepted')) {
    throw unprocessable('SETTLEMENT_EXCEEDS_AMOUNT', `paidAmount would be ${paid.toFixed(2)}, above the transaction's amount ${transaction.amount.toFixed(2)}.`, [
      { field: 'amount', message: "would take paidAmount above the transaction's amount" },
    ]);
  }
  transaction.paidAmount = paid;
  if (!context.faults.has('paid-amount-webhook-missing')) raiseTransactionUpdate(context, transaction, 'PAID_AMOUNT_UPDATED');
  return transaction;
}

/** TRX-UPDATE-ON-DUE-DATE: once the clock reaches a due date with money still missing, transaction.update. */
export function notifyDueDates(context: MarketplaceContext): void {
  if (context.faults.has('due-date-webhook-missing')) return;
  for (const transaction of context.marketplace.transactions.values()) {
    if (transaction.dueDate === undefined || transaction.dueDateNotified || !isReached(context.marketplace.clock, transaction.dueDate)) continue;
    transaction.dueDateNotified = true;
    if (!transaction.paidAmount.equals(transaction.amount)) raiseTransactionUpdate(context, transaction, 'DUE_DATE_REACHED');
    // No reason field: a check keyed on one the documents do not name would not see it.
    else if (context.faults.has('paid-due-date-announced-late')) raiseTransactionUpdate(context, transaction, undefined, lateWebhookMs);
  }
}
