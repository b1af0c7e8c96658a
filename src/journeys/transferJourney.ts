// Transfers (seed §3 Transfers): internal movements between the marketplace account and one seller's
// account, executed right after creation or on their executionDate, VALIDATED or CANCELLED by the
// funds control and announced by transfer.update.
import type { ApiResponse } from '../client/index.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { amountForJson } from './cashAmounts.ts';
import { dayFromStart } from './cashCalendar.ts';
import { expectNamedSet } from './cashLists.ts';
import { cashSellerId, createdRecords, recallCash, rememberCreation, type TransferRecord } from './cashResources.ts';
import { availableMoney } from './ledgerBalances.ts';
import { readList, type ListedResource } from './listAnswers.ts';
import { isSharedSeller, type WrittenMoney } from './orderJourney.ts';

/** Either end of a transfer as a scenario writes it: `the marketplace` or `seller "Acme"`. */
export type CashParty = { kind: 'marketplace' } | { kind: 'seller'; name: string };

export type AccountingEntry = 'MARKETPLACE_TO_SELLER' | 'SELLER_TO_MARKETPLACE';

/** The accountingEntry and seller of a transfer between two parties; one must be the marketplace. */
export function transferDirection(from: CashParty, to: CashParty): { accountingEntry: AccountingEntry; seller: string } {
  if (from.kind === 'marketplace' && to.kind === 'seller') return { accountingEntry: 'MARKETPLACE_TO_SELLER', seller: to.name };
  if (from.kind === 'seller' && to.kind === 'marketplace') return { accountingEntry: 'SELLER_TO_MARKETPLACE', seller: from.name };
  throw new ExpectationError('a transfer is always between the marketplace and one seller (seed §3 Transfers)');
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
  // POST /transfers answers `{ transferId, status: PENDING }` (interface §4): the rest is what was sent.
  rememberCreation(world, name, response, 'transfer', (transferId): TransferRecord => ({ kind: 'transfer', transferId, externalTransferId: String(body.externalTransferId), seller }));
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

/**
 * Of the seller's transfers the scenario made (by transferId or externalTransferId) and, for a
 * seller of its own, any transfer the list says is the seller's, GET /transfers holds exactly the
 * named ones. The sellerId query narrows the list where the target filters; no document defines
 * it (interface §8 "Lists"), so the list is filtered here.
 */
export async function expectTransfersOfSeller(world: KitWorld, seller: string, names: readonly string[]): Promise<void> {
  const sellerId = cashSellerId(world, seller);
  const made = createdRecords(world, 'transfer').filter((transfer) => transfer.seller === seller);
  const transferIds = new Set(made.map((transfer) => transfer.transferId));
  const externalTransferIds = new Set(made.map((transfer) => transfer.externalTransferId));
  // The marketplace's shared seller has other scenarios' transfers too.
  const ownSeller = !isSharedSeller(sellerId);
  const covers = (item: ListedResource) => transferIds.has(String(item.transferId)) || externalTransferIds.has(String(item.externalTransferId)) || (ownSeller && item.sellerId === sellerId);
  const items = await readList(world, `/transfers?sellerId=${encodeURIComponent(sellerId)}`);
  expectNamedSet(world, { what: `the transfers of seller "${seller}"`, idField: 'transferId', covers }, items, names);
}

/**
 * REV-VALIDATED-ENABLES-CASH: no document names the status or code of a transfer to a seller whose
 * KYC is not validated, so any client error is a refusal; what matters is that no transfer exists
 * and the seller received nothing.
 */
export async function expectTransferRefusedToSeller(world: KitWorld, seller: string): Promise<void> {
  const answer = world.lastResponse;
  if (answer.status < 400 || answer.status >= 500) throw new ExpectationError(`the transfer to seller "${seller}", whose KYC is not validated, answered ${answer.status}: it must be refused`);
  const received = await availableMoney(world, { seller });
  if (!received.isZero()) throw new ExpectationError(`seller "${seller}", whose KYC is not validated, has ${received.toFixed(2)} available after a refused transfer`);
}
