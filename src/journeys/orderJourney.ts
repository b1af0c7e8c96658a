// Orders (seed §3 Orders): the entry point of every cash operation, registered once the marketplace
// has a KYC-validated seller. Their amount is information only; transactions carry the money.
import type { ApiResponse, Caller } from '../client/index.ts';
import { kitRuntime, type KitRuntime, type KitWorld } from '../world/index.ts';
import { amountForJson } from './cashAmounts.ts';
import { orderIdOf, recallCash, rememberCreation, type OrderRecord } from './cashResources.ts';
import { withoutField } from './cashPayloadEdits.ts';
import { onboardValidatedSeller, requireStatus, type SellerDossier } from './onboarding.ts';

export interface WrittenMoney {
  amount: string;
  currency: string;
}

/** The seller a cash scenario names: the one it onboarded, or a French seller validated on the spot. */
export async function ensureCashSeller(world: KitWorld, sellerName: string): Promise<void> {
  if (world.isRemembered(sellerName)) return;
  await onboardValidatedSeller(world, { name: sellerName, country: 'FR' });
}

/**
 * Orders need the marketplace to have a KYC-validated seller (seed §3 Orders), not a seller of the
 * scenario: one is onboarded per worker and target, the first time a scenario needs it, so that
 * scenarios about orders, transactions or split ceilings alone do not each pay for a whole
 * onboarding (one per marketplace a lane acts as). Its balances mix every scenario's: they are never
 * checked (see `isSharedSeller`).
 */
const marketplaceSellers = new WeakMap<KitRuntime, Map<number, Promise<SellerDossier>>>();
const sharedSellerIds = new Set<string>();

export async function ensureMarketplaceHasValidatedSeller(world: KitWorld): Promise<SellerDossier> {
  const runtime = kitRuntime();
  let bySeat = marketplaceSellers.get(runtime);
  if (!bySeat) marketplaceSellers.set(runtime, (bySeat = new Map()));
  let onboarded = bySeat.get(world.seat);
  if (!onboarded) {
    const seats = bySeat;
    const seat = world.seat;
    onboarded = onboardValidatedSeller(world, { name: "the marketplace's shared seller", country: 'FR' });
    // A failed onboarding is not kept: the next scenario tries again and reports its own failure.
    onboarded.catch(() => seats.delete(seat));
    bySeat.set(seat, onboarded);
  }
  const dossier = await onboarded;
  if (dossier.sellerId) sharedSellerIds.add(dossier.sellerId);
  return dossier;
}

/** The worker's shared seller, called `name` in this scenario. */
export async function nameSharedSeller(world: KitWorld, name: string): Promise<void> {
  world.remember(name, await ensureMarketplaceHasValidatedSeller(world));
}

export function isSharedSeller(sellerId: string): boolean {
  return sharedSellerIds.has(sellerId);
}

export function orderPayload(world: KitWorld, money: WrittenMoney): Record<string, unknown> {
  return { externalOrderId: world.ids.next(), amount: amountForJson(money.amount), currency: money.currency, externalCustomerId: world.ids.next() };
}

/** POST /orders answers `{ orderId, … }` (interface §4): the rest of the record is what the scenario sent. */
async function sendOrder(world: KitWorld, name: string, money: WrittenMoney, body: Record<string, unknown>, as: Caller = 'primary'): Promise<ApiResponse> {
  const response = await world.api.send({ method: 'POST', path: '/orders', body, as });
  rememberCreation(world, name, response, 'order', (orderId): OrderRecord => ({ kind: 'order', orderId, externalOrderId: String(body.externalOrderId), currency: money.currency, ...(as === 'primary' ? {} : { owner: as }) }));
  return response;
}

export function registerOrder(world: KitWorld, name: string, money: WrittenMoney, as: Caller = 'primary'): Promise<ApiResponse> {
  return sendOrder(world, name, money, orderPayload(world, money), as);
}

/**
 * Whether the second marketplace has no seller at all, so none validated (ORD-NEEDS-VALIDATED-SELLER
 * needs such a marketplace; only a fresh target has one, as scenarios validate sellers on both).
 */
export async function secondMarketplaceHasNoSeller(world: KitWorld): Promise<boolean> {
  const accounts = await world.simulation.accounts({ as: 'second' });
  return !accounts.some((account) => account.account === 'SELLER');
}

/** An order that must be created, once `sellerName` (when given) is a KYC-validated seller of the scenario. */
export async function orderForSeller(world: KitWorld, name: string, money: WrittenMoney, sellerName?: string): Promise<OrderRecord> {
  if (sellerName === undefined) await ensureMarketplaceHasValidatedSeller(world);
  else await ensureCashSeller(world, sellerName);
  requireStatus(world, await registerOrder(world, name, money), 'created', `registering order "${name}"`);
  return recallCash(world, name, 'order');
}

export function registerOrderWithout(world: KitWorld, name: string, field: string): Promise<ApiResponse> {
  const money = { amount: '10.00', currency: 'EUR' };
  return sendOrder(world, name, money, withoutField(orderPayload(world, money), field));
}

/** SEC-EXTERNAL-IDS-PER-MARKETPLACE: `as` registers its own order `name` under the externalOrderId of order `existingName`. */
export function registerOrderUnderIdOf(world: KitWorld, name: string, money: WrittenMoney, existingName: string, as: Caller): Promise<ApiResponse> {
  const existing = recallCash(world, existingName, 'order');
  return sendOrder(world, name, money, { ...orderPayload(world, money), externalOrderId: existing.externalOrderId }, as);
}

/** A second order under an externalOrderId the marketplace already used: nothing may be remembered from it. */
export function registerOrderReusingId(world: KitWorld, existingName: string, money: WrittenMoney): Promise<ApiResponse> {
  const existing = recallCash(world, existingName, 'order');
  return world.api.send({ method: 'POST', path: '/orders', body: { ...orderPayload(world, money), externalOrderId: existing.externalOrderId } });
}

export function changeOrderAmount(world: KitWorld, name: string, amount: string): Promise<ApiResponse> {
  const order = recallCash(world, name, 'order');
  return world.api.send({ method: 'PATCH', path: `/orders/${encodeURIComponent(orderIdOf(order))}`, body: { amount: amountForJson(amount) } });
}
