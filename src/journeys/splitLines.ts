// Order splits (seed §3 OrderSplit): the lines a scenario writes as a table, one per seller share.
// Columns: seller and amount, then optionally amountType (SELLER_PAYMENT), fee (0.00),
// feeType (SELLER_TO_MARKETPLACE) and model (3P). Cells go to the request as written, so that a
// scenario can send a bad value on purpose ("-0.01", "SELLER_BONUS").
import type { ApiResponse } from '../client/index.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { writtenValue } from './cashPayloadEdits.ts';
import { cashSellerId, recallCash } from './cashResources.ts';
import { requireStatus } from './onboarding.ts';

export const unknownSellerName = 'an unknown seller';

const defaults: Record<string, string> = { amountType: 'SELLER_PAYMENT', fee: '0.00', feeType: 'SELLER_TO_MARKETPLACE', model: '3P' };
const columns = ['seller', 'amount', ...Object.keys(defaults)];

/** The request's lines from the table rows (`seller` names a remembered seller, or "an unknown seller"). */
export function splitLinesFrom(world: KitWorld, rows: readonly Record<string, string>[]): Record<string, unknown>[] {
  return rows.map((row, index) => {
    const unknown = Object.keys(row).filter((column) => !columns.includes(column));
    if (unknown.length > 0) throw new ExpectationError(`split line ${index + 1} has unknown column(s) ${unknown.join(', ')}: use ${columns.join(', ')}`);
    if (!row.seller || !row.amount) throw new ExpectationError(`split line ${index + 1} needs a seller and an amount`);
    const sellerId = row.seller === unknownSellerName ? world.ids.next() : cashSellerId(world, row.seller);
    const line: Record<string, unknown> = { sellerId };
    for (const column of ['amount', ...Object.keys(defaults)]) line[column] = writtenValue(row[column] || defaults[column]!);
    return line;
  });
}

export function splitOrder(world: KitWorld, orderName: string, rows: readonly Record<string, string>[]): Promise<ApiResponse> {
  const order = recallCash(world, orderName, 'order');
  return world.api.send({ method: 'POST', path: '/orderSplit', body: { externalOrderId: order.externalOrderId, currency: order.currency, splits: splitLinesFrom(world, rows) } });
}

/** A split that must be accepted: the Given of balance and payout scenarios. */
export async function splitOrderAccepted(world: KitWorld, orderName: string, rows: readonly Record<string, string>[]): Promise<void> {
  requireStatus(world, await splitOrder(world, orderName, rows), 'created', `splitting order "${orderName}"`);
}

/** A split naming an order the marketplace never registered. */
export function splitUnknownOrder(world: KitWorld, rows: readonly Record<string, string>[]): Promise<ApiResponse> {
  return world.api.send({ method: 'POST', path: '/orderSplit', body: { externalOrderId: world.ids.next(), currency: 'EUR', splits: splitLinesFrom(world, rows) } });
}
