// Setting money where a scenario needs it, through the legitimate path only: an order, its PAYMENT
// (cashed or not) and a split of the whole of it. A seller's money comes from an order split to it;
// the marketplace's from fees a seller pays on such an order, so that each scenario spends no more
// of the shared marketplace account than it put in.
import type { KitWorld } from '../world/index.ts';
import { ensureCashSeller, nameSharedSeller, orderForSeller, type WrittenMoney } from './orderJourney.ts';
import { splitOrderAccepted } from './splitLines.ts';
import { transactionOnOrder } from './transactionJourney.ts';

/** An order of `money`, its PAYMENT "<order> payment", cashed when `paid`. */
export async function orderWithPayment(world: KitWorld, orderName: string, money: WrittenMoney, sellerName: string | undefined, paid: boolean): Promise<void> {
  await orderForSeller(world, orderName, money, sellerName);
  await transactionOnOrder(world, `${orderName} payment`, orderName, 'PAYMENT', money, paid);
}

/** The seller holds `money` more, available when `cashed`, previsional otherwise. */
export async function sellerReceives(world: KitWorld, sellerName: string, money: WrittenMoney, cashed: boolean, orderName = `${sellerName}'s order ${world.ids.next()}`): Promise<void> {
  await orderWithPayment(world, orderName, money, sellerName, cashed);
  await splitOrderAccepted(world, orderName, [{ seller: sellerName, amount: money.amount }]);
}

/**
 * The marketplace account gains `money` available: the whole of a cashed order, paid as fee by the
 * seller (the marketplace's shared seller when none is named), whose own balance does not move.
 */
export async function marketplaceEarnsFees(world: KitWorld, money: WrittenMoney, sellerName?: string): Promise<void> {
  const payer = sellerName ?? `fee payer ${world.ids.next()}`;
  if (sellerName === undefined) await nameSharedSeller(world, payer);
  else await ensureCashSeller(world, sellerName);
  const orderName = `fees from ${payer} ${world.ids.next()}`;
  await orderWithPayment(world, orderName, money, payer, true);
  await splitOrderAccepted(world, orderName, [{ seller: payer, amount: money.amount, fee: money.amount, feeType: 'SELLER_TO_MARKETPLACE' }]);
}
