import { unprocessable } from './problem.ts';
import type { MarketplaceContext, Order, Seller } from './marketplace.ts';

// Ids named in a cash request's body: unknown and foreign ones are the same 422 (SEC-FOREIGN-ID-IN-BODY).

/** SPL-UNKNOWN-SELLER-OR-ORDER, REV-VALIDATED-ENABLES-CASH: the cash endpoints name sellers by their MS sellerId. */
export function findCashSeller(context: MarketplaceContext, sellerId: string, field: string, { validated = true }: { validated?: boolean } = {}): Seller {
  const seller = context.faults.has('validated-seller-refused-by-cash')
    ? context.marketplace.sellersByMerchantId.get(sellerId)
    : (context.marketplace.sellersById.get(sellerId) ?? foreignSeller(context, sellerId));
  if (!seller) throw unprocessable('UNKNOWN_SELLER', `No seller "${sellerId}" for this marketplace.`, [{ field, message: 'is not a seller of this marketplace' }]);
  if (validated) assertCashEnabled(seller, field);
  return seller;
}

/** REV-VALIDATED-ENABLES-CASH: money moves for a seller once its KYC has been validated. */
export function assertCashEnabled(seller: Seller, field: string): void {
  if (!seller.kyc.everValidated) {
    throw unprocessable('SELLER_NOT_KYC_VALIDATED', `Seller "${seller.sellerId}" has no validated KYC yet.`, [{ field, message: 'is a seller whose KYC is not validated' }]);
  }
}

function foreignSeller(context: MarketplaceContext, sellerId: string): Seller | undefined {
  if (!context.faults.has('foreign-seller-in-body-accepted')) return undefined;
  for (const marketplace of context.everyMarketplace()) {
    const seller = marketplace.sellersById.get(sellerId);
    if (seller) return seller;
  }
  return undefined;
}

export function findOrderByExternalId(context: MarketplaceContext, externalOrderId: string): Order | undefined {
  const orderId = context.marketplace.orderIdsByExternalId.get(externalOrderId);
  return orderId === undefined ? undefined : context.marketplace.orders.get(orderId);
}

export function findCashOrder(context: MarketplaceContext, externalOrderId: string, field: string): Order {
  const order = findOrderByExternalId(context, externalOrderId);
  if (!order) throw unprocessable('UNKNOWN_ORDER', `No order "${externalOrderId}" for this marketplace.`, [{ field, message: 'is not an order of this marketplace' }]);
  return order;
}

/**
 * A transaction or split is in its order's currency. An order registered without one (seed §3: only
 * the amount is required) takes the currency of the first transaction or split booked on it.
 */
export function assertOrderCurrency(order: Order, currency: string, field: string): void {
  if (order.currency === undefined || order.currency === currency) return;
  throw unprocessable('CURRENCY_MISMATCH', `The currency ${currency} differs from the order's currency ${order.currency}.`, [{ field, message: `must be ${order.currency}, the order's currency` }]);
}
