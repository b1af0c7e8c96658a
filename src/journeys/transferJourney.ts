// Transfers (seed §3 Transfers): internal movements between the marketplace account and one seller's
// account, executed right after creation or on their executionDate, VALIDATED or CANCELLED by the
// funds control and announced by transfer.update.
import type { ApiResponse } from '../client/index.ts';
import { readPointer } from '../client/index.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { amountForJson } from './cashAmounts.ts';
import { dayFromStart } from './cashCalendar.ts';
import { cashSellerId, recallCash, rememberCreation, type TransferRecord } from './cashResources.ts';
import type { WrittenMoney } from './orderJourney.ts';

/** Either end of a transfer as a scenario writes it: `the marketplace` or `seller "Acme"`. */
export type CashParty = { kind: 'marketplace' } | { kind: 'seller'; name: string };

export type AccountingEntry = 'MARKETPLACE_TO_SELLER' | 'SELLER_TO_MARKETPLACE';

/** The accountingEntry and seller of a transfer between two parties; one must be the marketplace. */
export function transferDirection(from: CashParty, to: CashParty): { accountingEntry: AccountingEntry; seller: string } {
  if (from.kind === 'marketplace' && to.kind === 'seller') return { accountingEntry: 'MARKETPLACE_TO_SELLER', seller: to.name };
  if (from.kind === 'seller' && to.kind === 'marketplace') return { accountingEntry: 'SELLER_TO_MARKETPLACE', seller: from.name };
  throw new ExpectationError('a transfer is always between the marketplace and one seller (seed §3 Transfers)');
}

function transferRecord(seller: string) {
  return (body: Record<string, unknown>): TransferRecord => ({ kind: 'transfer', transferId: String(body.transferId), externalTransferId: String(body.externalTransferId), seller });
}

export async function makeTransfer(
  world: KitWorld,
  name: string,
  money: WrittenMoney,
  seller: string,
  accountingEntry: string,
  options: { executionOnDay?: number } = {},
): Promise<ApiResponse> {
  const body: Record<string, unknown> = {
    externalTransferId: world.ids.next(),
    sellerId: cashSellerId(world, seller),
    accountingEntry,
    reasonCode: 'COMMERCIAL_GESTURE',
    amount: amountForJson(money.amount),
    currency: money.currency,
  };
  if (options.executionOnDay !== undefined) body.executionDate = await dayFromStart(world, options.executionOnDay);
  const response = await world.api.send({ method: 'POST', path: '/transfers', body });
  rememberCreation(world, name, response, transferRecord(seller), 'transfer');
  return response;
}

/** Another transfer under the externalTransferId of `existingName`: nothing may be remembered from it. */
export function makeTransferReusingId(world: KitWorld, existingName: string, money: WrittenMoney): Promise<ApiResponse> {
  const existing = recallCash(world, existingName, 'transfer');
  const body = {
    externalTransferId: existing.externalTransferId,
    sellerId: cashSellerId(world, existing.seller),
    accountingEntry: 'MARKETPLACE_TO_SELLER',
    reasonCode: 'COMMERCIAL_GESTURE',
    amount: amountForJson(money.amount),
    currency: money.currency,
  };
  return world.api.send({ method: 'POST', path: '/transfers', body });
}

/** The transfers GET /transfers?sellerId= lists for a seller. */
export async function transfersOfSeller(world: KitWorld, seller: string): Promise<Record<string, unknown>[]> {
  await world.api.send({ method: 'GET', path: `/transfers?sellerId=${encodeURIComponent(cashSellerId(world, seller))}` });
  world.expectStatus('read');
  const items = readPointer(world.lastResponse.body, '/items');
  if (!Array.isArray(items)) throw new ExpectationError('GET /transfers answered no items list');
  return items as Record<string, unknown>[];
}
