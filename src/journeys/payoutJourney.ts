// Payouts (seed §3 PayoutMerchants, PayoutSellers, PayoutSellerAmount): wires leaving MS, created
// PENDING, settled by a bank batch (or on their executionDate), then VALIDATED or CANCELLED with
// payoutMerchant.update / payoutSeller.update.
import type { ApiResponse } from '../client/index.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { amountForJson, amountFromAnswer, cashAmount, shownAmount } from './cashAmounts.ts';
import { dayFromStart } from './cashCalendar.ts';
import { writtenValue } from './cashPayloadEdits.ts';
import { cashSellerId, idFieldOf, recallCash, rememberCreation, requireResource, resourceId, type CashRecord } from './cashResources.ts';
import { availableMoney } from './ledgerBalances.ts';
import { readList } from './listAnswers.ts';
import type { WrittenMoney } from './orderJourney.ts';

const reasonLabel = 'mskit conformance payout';

function sellerPath(world: KitWorld, seller: string): string {
  return `/sellers/${encodeURIComponent(cashSellerId(world, seller))}`;
}

export async function orderMerchantPayout(world: KitWorld, name: string, money: WrittenMoney, options: { executionOnDay?: number } = {}): Promise<ApiResponse> {
  const body: Record<string, unknown> = { amount: amountForJson(money.amount), currency: money.currency, reasonLabel };
  if (options.executionOnDay !== undefined) body.executionDate = await dayFromStart(world, options.executionOnDay);
  const availableBefore = (await availableMoney(world, {}, money.currency)).toString();
  const response = await world.api.send({ method: 'POST', path: '/payoutMerchants', body });
  rememberCreation(world, name, response, 'payoutMerchant', (payoutMerchantId) => ({ kind: 'payoutMerchant', payoutMerchantId, availableBefore }));
  return response;
}

/**
 * What a payoutSeller pays, from table rows: `order` (a remembered order, optionally with
 * `askedAmount`) or `transfer` (a remembered transfer). Without rows, every payable order.
 */
export function payoutSellerBody(world: KitWorld, rows: readonly Record<string, string>[] | undefined): Record<string, unknown> {
  if (rows === undefined) return { reasonLabel };
  const orders: Record<string, unknown>[] = [];
  const transfers: string[] = [];
  rows.forEach((row, index) => {
    if (row.order) {
      const order: Record<string, unknown> = { externalOrderId: recallCash(world, row.order, 'order').externalOrderId };
      if (row.askedAmount) order.askedAmount = writtenValue(row.askedAmount);
      orders.push(order);
    } else if (row.transfer) {
      transfers.push(recallCash(world, row.transfer, 'transfer').externalTransferId);
    } else {
      throw new ExpectationError(`payout row ${index + 1} names neither an order nor a transfer (columns: order, askedAmount, transfer)`);
    }
  });
  return { reasonLabel, orders, ...(transfers.length > 0 ? { transfers } : {}) };
}

export async function orderSellerPayout(world: KitWorld, name: string, seller: string, rows: readonly Record<string, string>[] | undefined): Promise<ApiResponse> {
  const response = await world.api.send({ method: 'POST', path: `${sellerPath(world, seller)}/payoutSellers`, body: payoutSellerBody(world, rows) });
  rememberCreation(world, name, response, 'payoutSeller', (payoutSellerId) => ({ kind: 'payoutSeller', payoutSellerId, seller }));
  return response;
}

export async function orderSellerAmountPayout(world: KitWorld, name: string, seller: string, money: WrittenMoney): Promise<ApiResponse> {
  const body = { askedAmount: amountForJson(money.amount), currency: money.currency, reasonLabel };
  const availableBefore = (await availableMoney(world, { seller }, money.currency)).toString();
  const response = await world.api.send({ method: 'POST', path: `${sellerPath(world, seller)}/payoutSellerAmount`, body });
  rememberCreation(world, name, response, 'payoutSellerAmount', (payoutSellerAmountId) => ({ kind: 'payoutSellerAmount', payoutSellerAmountId, seller, availableBefore }));
  return response;
}

/**
 * What an executed payout paid. A payoutSeller's `amount` is MS's own reckoning of the orders it
 * pays; the marketplace's payouts and the amount payouts only echo what the client asked for, so
 * what they paid is read from the paying account: its available money then, less now.
 */
export async function expectPayoutAmount(world: KitWorld, name: string, money: WrittenMoney): Promise<void> {
  const record = recallCash(world, name, 'payoutMerchant', 'payoutSeller', 'payoutSellerAmount');
  if (record.kind === 'payoutSeller') {
    const body = await requireResource(world, name, record);
    const amount = amountFromAnswer(body.amount, `the amount of payout "${name}"`);
    if (!amount.equals(cashAmount(money.amount)) || body.currency !== money.currency) {
      throw new ExpectationError(`payout "${name}" pays ${shownAmount(amount)} ${String(body.currency)}, expected ${money.amount} ${money.currency}`);
    }
    return;
  }
  const owner = record.kind === 'payoutSellerAmount' ? { seller: record.seller } : {};
  const paid = cashAmount(record.availableBefore).minus(await availableMoney(world, owner, money.currency));
  if (!paid.equals(cashAmount(money.amount))) {
    const account = record.kind === 'payoutSellerAmount' ? `seller "${record.seller}"` : "the marketplace's account";
    throw new ExpectationError(`payout "${name}" took ${shownAmount(paid)} ${money.currency} from ${account} (available ${record.availableBefore} when it was asked for), expected ${money.amount}`);
  }
}

/** The list a payout belongs in (GET /payoutMerchants, /sellers/{id}/payoutSellers, /sellers/{id}/payoutSellerAmount). */
export async function listedPayoutIds(world: KitWorld, record: CashRecord): Promise<string[]> {
  const path =
    record.kind === 'payoutMerchant'
      ? '/payoutMerchants'
      : record.kind === 'payoutSeller'
        ? `${sellerPath(world, record.seller)}/payoutSellers`
        : record.kind === 'payoutSellerAmount'
          ? `${sellerPath(world, record.seller)}/payoutSellerAmount`
          : undefined;
  if (!path) throw new ExpectationError('only payouts are listed this way');
  const idField = idFieldOf[record.kind];
  return (await readList(world, path)).map((item) => String(item[idField]));
}

export async function expectPayoutListed(world: KitWorld, name: string): Promise<void> {
  const record = recallCash(world, name, 'payoutMerchant', 'payoutSeller', 'payoutSellerAmount');
  const ids = await listedPayoutIds(world, record);
  if (!ids.includes(resourceId(record))) throw new ExpectationError(`payout "${name}" (${resourceId(record)}) is not in its list, which holds ${ids.length} payout(s)`);
}
