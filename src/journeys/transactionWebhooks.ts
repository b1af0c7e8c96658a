// What MS tells the marketplace about its orders and transactions (seed §3 Orders, Transactions):
// order.notFound for an order created from a transaction, and transaction.update "each time the
// field paidAmount of a transaction is updated" and "each time the dueDate of a transaction is
// reached, and the paidAmount is not equals to amount". The data of a webhook carries the
// resource's ids and its new status (interface §5); no document names a reason field, so which
// update is which is told by counting: one per paidAmount change the scenario made, then the due date.
import { readPointer } from '../client/index.ts';
import type { WebhookEvent } from '../webhooks/webhookInbox.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { amountFromAnswer, cashAmount, shownAmount } from './cashAmounts.ts';
import { createdRecords, recallCash, requireResource } from './cashResources.ts';
import { expectPaidAmount } from './transactionJourney.ts';

/**
 * ORD-NOT-FOUND-WEBHOOK: one order.notFound carrying the orderId and externalOrderId MS gave the
 * order. An order known by its externalOrderId only learns its orderId here.
 */
export async function expectOrderNotFoundAnnounced(world: KitWorld, orderName: string): Promise<void> {
  const order = recallCash(world, orderName, 'order');
  const event = await world.webhooks.expectExactlyOnce('order.notFound', [order.externalOrderId, ...(order.orderId ? [order.orderId] : [])]);
  const data = { orderId: readPointer(event.data, '/orderId'), externalOrderId: readPointer(event.data, '/externalOrderId') };
  const orderIdAnnounced = typeof data.orderId === 'string' && data.orderId !== '' && (order.orderId === undefined || data.orderId === order.orderId);
  if (!orderIdAnnounced || data.externalOrderId !== order.externalOrderId) {
    throw new ExpectationError(`order.notFound carries ${JSON.stringify(data)}, expected orderId ${order.orderId ?? '(the one MS gave the order)'} and externalOrderId ${order.externalOrderId}`);
  }
  order.orderId ??= data.orderId as string;
}

/** A paidAmount a webhook's data carries, if it carries one; no document says it must. */
function announcedPaidAmount(event: WebhookEvent, where: string) {
  const paid = readPointer(event.data, '/paidAmount');
  return paid === undefined || paid === null ? undefined : amountFromAnswer(paid, where);
}

/**
 * The transaction's transaction.update webhooks, in order, one per row, each with the row's status
 * and, when the data carries one, its paidAmount. A row's `reason` says which of the seed's two
 * triggers it stands for: no document names such a field, so the data is not read for it.
 */
export async function expectCashUpdates(world: KitWorld, transactionName: string, rows: readonly Record<string, string>[]): Promise<void> {
  const transaction = recallCash(world, transactionName, 'transaction');
  const events = await world.webhooks.expectSequence(transaction.transactionId, rows.map(() => 'transaction.update'));
  rows.forEach((row, index) => {
    const status = readPointer(events[index]!.data, '/status');
    const paid = announcedPaidAmount(events[index]!, `the paidAmount of transaction.update #${index + 1}`);
    if (status !== row.status || (paid !== undefined && !paid.equals(cashAmount(row.paidAmount!)))) {
      throw new ExpectationError(
        `transaction.update #${index + 1} for "${transactionName}" (${row.reason}) announces ${String(status)}${paid ? `, paidAmount ${shownAmount(paid)}` : ''}; expected ${row.status}, paidAmount ${row.paidAmount}`,
      );
    }
  });
}

/**
 * TRX-UPDATE-ON-DUE-DATE: after one transaction.update per paidAmount change, exactly one more
 * announces the due date; the transaction then reads `paid` (and the webhook, if it says a paidAmount, says that one).
 */
export async function expectDueDateAnnounced(world: KitWorld, transactionName: string, paid: string): Promise<void> {
  const transaction = recallCash(world, transactionName, 'transaction');
  const updates = await world.webhooks.expectSequence(transaction.transactionId, Array.from({ length: transaction.paidAmountChanges + 1 }, () => 'transaction.update'));
  const announced = announcedPaidAmount(updates[updates.length - 1]!, 'the paidAmount of the due-date transaction.update');
  if (announced !== undefined && !announced.equals(cashAmount(paid))) throw new ExpectationError(`the due date of "${transactionName}" is announced with paidAmount ${shownAmount(announced)}, expected ${paid}`);
  expectPaidAmount(await requireResource(world, transactionName, transaction), transactionName, paid);
}

/**
 * No transaction.update beyond one per paidAmount change, now or within the quiet window (waited now:
 * a scenario may then move the clock to the due date): the due date was not announced, whatever the
 * webhook's data says, since no document names a field telling a due date from a payment.
 */
export async function expectNoDueDateAnnounced(world: KitWorld, transactionName: string): Promise<void> {
  const transaction = recallCash(world, transactionName, 'transaction');
  await world.webhooks.expectAtMostNow(
    transaction.paidAmountChanges,
    { type: 'transaction.update', resource: transaction.transactionId },
    `transaction.update for "${transactionName}" after its ${transaction.paidAmountChanges} paidAmount change(s) (the due date must not be announced)`,
  );
}

/**
 * SPL-NO-WEBHOOK: once a transaction.update about one of the order's transactions has arrived (the
 * point up to which the webhooks of the scenario's requests are in), every webhook about the order
 * or its transactions is a transaction.update.
 */
export async function expectOnlyTransactionUpdates(world: KitWorld, orderName: string): Promise<void> {
  const order = recallCash(world, orderName, 'order');
  const transactionIds = createdRecords(world, 'transaction').filter((transaction) => transaction.order === orderName).map((transaction) => transaction.transactionId);
  if (transactionIds.length === 0) throw new ExpectationError(`order "${orderName}" has no transaction of this scenario whose transaction.update would mark that its webhooks are in`);
  await world.webhooks.waitFor({ type: 'transaction.update', resource: transactionIds });
  const keys = [order.externalOrderId, ...(order.orderId ? [order.orderId] : []), ...transactionIds];
  world.webhooks.expectAtMost(0, { resource: keys, where: (event) => event.type !== 'transaction.update' }, `webhooks about order "${orderName}" that no split should send`);
}
