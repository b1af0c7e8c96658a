// What MS tells the marketplace about its orders and transactions (seed §3 Orders, Transactions):
// order.notFound for an order created from a transaction, transaction.update on each change of
// paidAmount (reason PAID_AMOUNT_UPDATED) and when a due date passes unpaid (DUE_DATE_REACHED).
import { readPointer } from '../client/index.ts';
import type { WebhookEvent } from '../webhooks/webhookInbox.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { amountFromAnswer, cashAmount, shownAmount } from './cashAmounts.ts';
import { recallCash } from './cashResources.ts';

const dueDateReached = (event: WebhookEvent) => readPointer(event.data, '/reason') === 'DUE_DATE_REACHED';

/** ORD-NOT-FOUND-WEBHOOK: one order.notFound carrying the orderId and externalOrderId MS gave the order. */
export async function expectOrderNotFoundAnnounced(world: KitWorld, orderName: string): Promise<void> {
  const order = recallCash(world, orderName, 'order');
  const event = await world.webhooks.expectExactlyOnce('order.notFound', [order.orderId, order.externalOrderId]);
  const data = { orderId: readPointer(event.data, '/orderId'), externalOrderId: readPointer(event.data, '/externalOrderId') };
  if (data.orderId !== order.orderId || data.externalOrderId !== order.externalOrderId) {
    throw new ExpectationError(`order.notFound carries ${JSON.stringify(data)}, expected orderId ${order.orderId} and externalOrderId ${order.externalOrderId}`);
  }
}

/** The transaction's transaction.update webhooks, in order, carry these reason, paidAmount and status. */
export async function expectCashUpdates(world: KitWorld, transactionName: string, rows: readonly Record<string, string>[]): Promise<void> {
  const transaction = recallCash(world, transactionName, 'transaction');
  const events = await world.webhooks.expectSequence(transaction.transactionId, rows.map(() => 'transaction.update'));
  rows.forEach((row, index) => {
    const data = events[index]!.data;
    const paid = amountFromAnswer(readPointer(data, '/paidAmount'), `the paidAmount of transaction.update #${index + 1}`);
    const reason = readPointer(data, '/reason');
    const status = readPointer(data, '/status');
    if (reason !== row.reason || !paid.equals(cashAmount(row.paidAmount)) || status !== row.status) {
      throw new ExpectationError(
        `transaction.update #${index + 1} for "${transactionName}" announces ${String(reason)}, paidAmount ${shownAmount(paid)}, ${String(status)}; expected ${row.reason}, ${row.paidAmount}, ${row.status}`,
      );
    }
  });
}

/** TRX-UPDATE-ON-DUE-DATE: one DUE_DATE_REACHED transaction.update carrying the paidAmount at that time. */
export async function expectDueDateAnnounced(world: KitWorld, transactionName: string, paid: string): Promise<void> {
  const transaction = recallCash(world, transactionName, 'transaction');
  const match = { type: 'transaction.update', resource: transaction.transactionId, where: dueDateReached };
  const event = await world.webhooks.waitFor(match);
  const announced = amountFromAnswer(readPointer(event.data, '/paidAmount'), 'the paidAmount of the due-date transaction.update');
  if (!announced.equals(cashAmount(paid))) throw new ExpectationError(`the due date of "${transactionName}" is announced with paidAmount ${shownAmount(announced)}, expected ${paid}`);
  const count = world.webhooks.events(match).length;
  if (count !== 1) throw new ExpectationError(`the due date of "${transactionName}" was announced ${count} times, expected once`);
}

export function expectNoDueDateAnnounced(world: KitWorld, transactionName: string): void {
  const transaction = recallCash(world, transactionName, 'transaction');
  const announced = world.webhooks.events({ type: 'transaction.update', resource: transaction.transactionId, where: dueDateReached });
  if (announced.length > 0) throw new ExpectationError(`the due date of "${transactionName}" was announced (${announced.length} DUE_DATE_REACHED transaction.update) but must not have been`);
}

/**
 * SPL-NO-WEBHOOK: once a transaction.update about the order has arrived (the point up to which the
 * webhooks of the scenario's requests are in), every webhook about the order is a transaction.update.
 */
export async function expectOnlyTransactionUpdates(world: KitWorld, orderName: string): Promise<void> {
  const order = recallCash(world, orderName, 'order');
  const keys = [order.orderId, order.externalOrderId];
  await world.webhooks.waitFor({ type: 'transaction.update', resource: keys });
  const others = world.webhooks.events({ resource: keys }).filter((event) => event.type !== 'transaction.update');
  if (others.length > 0) throw new ExpectationError(`order "${orderName}" got webhooks no split should send: ${others.map((event) => event.type).join(', ')}`);
}
