// Transactions (seed §3 Transactions): the pay-ins (PAYMENT) and pay-backs (REFUND, CREDIT) of an
// order, cashed later by the buyer's money (the simulation's settlements).
import type { ApiResponse } from '../client/index.ts';
import { readPointer } from '../client/index.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { amountForJson, amountFromAnswer, cashAmount, shownAmount } from './cashAmounts.ts';
import { dayFromStart } from './cashCalendar.ts';
import { expectNamedSet } from './cashLists.ts';
import { withField, withoutField } from './cashPayloadEdits.ts';
import { createdRecords, recallCash, rememberCash, rememberCreation, type OrderRecord, type TransactionRecord } from './cashResources.ts';
import { readList, type ListedResource } from './listAnswers.ts';
import { requireStatus, succeeded } from './onboarding.ts';
import type { WrittenMoney } from './orderJourney.ts';

export type TransactionType = 'PAYMENT' | 'REFUND' | 'CREDIT';

export function transactionPayload(world: KitWorld, externalOrderId: string, type: string, money: WrittenMoney): Record<string, unknown> {
  return { externalOrderId, externalTransactionId: world.ids.next(), type, amount: amountForJson(money.amount), currency: money.currency, paymentMethodName: 'CARD' };
}

/** POST /transactions answers `{ transactionId, paidAmount: 0, … }` (interface §4): the rest of the record is what the scenario sent. */
async function sendTransaction(world: KitWorld, name: string, orderName: string, body: Record<string, unknown>): Promise<ApiResponse> {
  const response = await world.api.send({ method: 'POST', path: '/transactions', body });
  rememberCreation(world, name, response, 'transaction', (transactionId): TransactionRecord => ({
    kind: 'transaction',
    transactionId,
    externalTransactionId: String(body.externalTransactionId),
    order: orderName,
    paidAmountChanges: 0,
  }));
  return response;
}

export async function registerTransaction(world: KitWorld, name: string, orderName: string, type: TransactionType, money: WrittenMoney, options: { dueOnDay?: number } = {}): Promise<ApiResponse> {
  const order = recallCash(world, orderName, 'order');
  const body = transactionPayload(world, order.externalOrderId, type, money);
  if (options.dueOnDay !== undefined) body.dueDate = await dayFromStart(world, options.dueOnDay);
  return sendTransaction(world, name, orderName, body);
}

/** A transaction that must be registered, and cashed in full when `paid`. */
export async function transactionOnOrder(world: KitWorld, name: string, orderName: string, type: TransactionType, money: WrittenMoney, paid: boolean, options: { dueOnDay?: number } = {}): Promise<void> {
  requireStatus(world, await registerTransaction(world, name, orderName, type, money, options), 'created', `registering ${type} "${name}" on order "${orderName}"`);
  if (paid) await settleTransaction(world, name, money.amount);
}

/**
 * A transaction naming an externalOrderId MS has never seen (interface §4): when accepted, the order
 * MS created is remembered under `orderName` by that externalOrderId, with the orderId the answer
 * gives if it gives one (no document says it does; order.notFound does).
 */
export async function registerTransactionForUnknownOrder(world: KitWorld, name: string, orderName: string, type: TransactionType, money: WrittenMoney): Promise<ApiResponse> {
  const externalOrderId = world.ids.next();
  const response = await sendTransaction(world, name, orderName, transactionPayload(world, externalOrderId, type, money));
  if (succeeded(response)) {
    const orderId = readPointer(response.body, '/orderId');
    const order: OrderRecord = { kind: 'order', externalOrderId, currency: money.currency, ...(typeof orderId === 'string' && orderId !== '' ? { orderId } : {}) };
    rememberCash(world, orderName, order);
  }
  return response;
}

export function registerTransactionWithout(world: KitWorld, name: string, orderName: string, field: string): Promise<ApiResponse> {
  const order = recallCash(world, orderName, 'order');
  return sendTransaction(world, name, orderName, withoutField(transactionPayload(world, order.externalOrderId, 'PAYMENT', { amount: '10.00', currency: order.currency }), field));
}

export function registerTransactionWhose(world: KitWorld, name: string, orderName: string, field: string, written: string): Promise<ApiResponse> {
  const order = recallCash(world, orderName, 'order');
  return sendTransaction(world, name, orderName, withField(transactionPayload(world, order.externalOrderId, 'PAYMENT', { amount: '10.00', currency: order.currency }), field, written));
}

/** A transaction with one field set as written, on an externalOrderId the marketplace never used. */
export function registerTransactionForUnknownOrderWhose(world: KitWorld, name: string, orderName: string, field: string, written: string): Promise<ApiResponse> {
  return sendTransaction(world, name, orderName, withField(transactionPayload(world, world.ids.next(), 'PAYMENT', { amount: '10.00', currency: 'EUR' }), field, written));
}

/** Another transaction under the externalTransactionId of `existingName`: nothing may be remembered from it. */
export function registerTransactionReusingId(world: KitWorld, existingName: string, orderName: string, money: WrittenMoney): Promise<ApiResponse> {
  const existing = recallCash(world, existingName, 'transaction');
  const order = recallCash(world, orderName, 'order');
  const body = { ...transactionPayload(world, order.externalOrderId, 'PAYMENT', money), externalTransactionId: existing.externalTransactionId };
  return world.api.send({ method: 'POST', path: '/transactions', body });
}

/**
 * The buyer's money arrives (simulation API); a refusal is left for the scenario to check when
 * `mayFail`. Only the answer's status counts: its body is unspecified (interface §8).
 */
export async function settleTransaction(world: KitWorld, name: string, amount: string, mayFail = false): Promise<ApiResponse> {
  const transaction = recallCash(world, name, 'transaction');
  const response = await world.simulation.settle(transaction.transactionId, amountForJson(amount), { allowFailure: mayFail });
  if (succeeded(response) && !cashAmount(amount).isZero()) transaction.paidAmountChanges += 1;
  return response;
}

export async function changeTransactionDueDate(world: KitWorld, name: string, dueOnDay: number): Promise<ApiResponse> {
  const transaction = recallCash(world, name, 'transaction');
  return world.api.send({ method: 'PATCH', path: `/transactions/${encodeURIComponent(transaction.transactionId)}`, body: { dueDate: await dayFromStart(world, dueOnDay) } });
}

export function changeTransactionField(world: KitWorld, name: string, field: string, written: string): Promise<ApiResponse> {
  const transaction = recallCash(world, name, 'transaction');
  return world.api.send({ method: 'PATCH', path: `/transactions/${encodeURIComponent(transaction.transactionId)}`, body: withField({}, field, written) });
}

/** A listed transaction names the order by one of its ids. */
function namesOrder(item: ListedResource, order: OrderRecord): boolean {
  return item.externalOrderId === order.externalOrderId || (order.orderId !== undefined && item.orderId === order.orderId);
}

/**
 * Of the transactions the scenario registered on the order, and any the list says are the order's,
 * GET /transactions holds exactly the named ones. The externalOrderId query narrows the list where
 * the target filters; no document defines it (interface §8 "Lists"), so the list is filtered here.
 */
export async function expectTransactionsOfOrder(world: KitWorld, orderName: string, names: readonly string[]): Promise<void> {
  const order = recallCash(world, orderName, 'order');
  const registered = new Set(createdRecords(world, 'transaction').filter((transaction) => transaction.order === orderName).map((transaction) => transaction.transactionId));
  const items = await readList(world, `/transactions?externalOrderId=${encodeURIComponent(order.externalOrderId)}`);
  const scope = { what: `the transactions of order "${orderName}"`, idField: 'transactionId', covers: (item: ListedResource) => registered.has(String(item.transactionId)) || namesOrder(item, order) };
  expectNamedSet(world, scope, items, names);
}

export function expectPaidAmount(body: Record<string, unknown>, name: string, expected: string): void {
  const paid = amountFromAnswer(body.paidAmount, `the paidAmount of transaction "${name}"`);
  if (!paid.equals(cashAmount(expected))) throw new ExpectationError(`transaction "${name}" has paidAmount ${shownAmount(paid)}, expected ${expected}`);
}
