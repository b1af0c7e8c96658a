import { conflict, notFound, unprocessable } from './problem.ts';
import { money } from './money.ts';
import { mintId, type MarketplaceContext, type Order } from './marketplace.ts';

// Orders (seed §3 Orders): the entry point of the cash flow, once a seller is KYC-validated.

export interface OrderRequest {
  externalOrderId: string;
  amount?: number;
  currency?: string;
  externalCustomerId?: string;
}

/** ORD-NEEDS-VALIDATED-SELLER: a marketplace registers orders once one of its sellers is KYC-validated. */
export function assertKycValidatedSeller(context: MarketplaceContext): void {
  if (context.faults.has('order-without-validated-seller')) return;
  for (const seller of context.marketplace.sellersById.values()) if (seller.kyc.everValidated) return;
  throw unprocessable('NO_KYC_VALIDATED_SELLER', 'The marketplace has no seller whose KYC is validated yet: orders start after the first validation.');
}

/** ORD-EXTERNAL-ID-UNIQUE, SEC-EXTERNAL-IDS-PER-MARKETPLACE: an externalOrderId is unique per marketplace. */
function assertExternalOrderIdFree(context: MarketplaceContext, externalOrderId: string): void {
  if (context.faults.has('order-external-id-reusable')) return;
  const taken = context.faults.has('external-order-ids-global')
    ? [...context.everyMarketplace()].some((marketplace) => marketplace.orderIdsByExternalId.has(externalOrderId))
    : context.marketplace.orderIdsByExternalId.has(externalOrderId);
  if (taken) {
    throw conflict('EXTERNAL_ID_CONFLICT', `externalOrderId "${externalOrderId}" is already used by another order.`, [{ field: 'externalOrderId', message: 'is already used' }]);
  }
}

export function registerOrder(context: MarketplaceContext, request: OrderRequest): Order {
  const order: Order = {
    orderId: mintId(context, 'ord'),
    externalOrderId: request.externalOrderId,
    ...(request.amount !== undefined ? { amount: money(request.amount) } : {}),
    ...(request.currency !== undefined ? { currency: request.currency } : {}),
    ...(request.externalCustomerId !== undefined ? { externalCustomerId: request.externalCustomerId } : {}),
    createdAt: context.marketplace.clock.now(),
    transactionIds: [],
    splitLines: [],
  };
  context.marketplace.orders.set(order.orderId, order);
  context.marketplace.orderIdsByExternalId.set(order.externalOrderId, order.orderId);
  return order;
}

/**
 * ORD-CREATE: POST /orders → 201 with an orderId. Seed §3: "the minimum required field for an order
 * is the amount": an order without currency is stored without one (EUR in the order-currency-defaulted dialect).
 */
export function createOrder(context: MarketplaceContext, request: OrderRequest): Order {
  assertKycValidatedSeller(context);
  assertExternalOrderIdFree(context, request.externalOrderId);
  if (context.faults.has('external-order-id-shares-amount') && request.amount !== undefined) {
    // One store keyed by externalOrderId behind the tenants: another marketplace's order of that id takes this amount.
    for (const marketplace of context.everyMarketplace()) {
      const twin = marketplace.orders.get(marketplace.orderIdsByExternalId.get(request.externalOrderId) ?? '');
      if (twin) twin.amount = money(request.amount);
    }
  }
  const currency = request.currency ?? (context.dialects.has('order-currency-defaulted') ? 'EUR' : undefined);
  // The fault follows what was sent, not the dialect's default currency: it must bite in every dialect.
  if (request.currency === undefined && context.faults.has('amount-only-order-loses-amount')) return registerOrder(context, { externalOrderId: request.externalOrderId });
  return registerOrder(context, { ...request, ...(currency !== undefined ? { currency } : {}) });
}

export function findOrder(context: MarketplaceContext, orderId: string): Order {
  const order = context.marketplace.orders.get(orderId);
  if (!order) throw notFound(`No order "${orderId}" for this marketplace.`);
  return order;
}

/** ORD-AMOUNT-NO-ACCOUNTING: the order amount is information only; the ledger counts transactions. */
export function updateOrderAmount(order: Order, amount: number): Order {
  order.amount = money(amount);
  return order;
}

/** ORD-DELETE-WITHOUT-TRANSACTIONS: an order with a transaction stays. */
export function deleteOrder(context: MarketplaceContext, order: Order): void {
  if (order.transactionIds.length > 0 && !context.faults.has('order-with-transactions-deletable')) {
    throw conflict('ORDER_HAS_TRANSACTIONS', `Order "${order.orderId}" has ${order.transactionIds.length} transaction(s): it cannot be deleted.`);
  }
  // A deleted order frees its externalOrderId: the marketplace may register that order again.
  context.marketplace.orders.delete(order.orderId);
  context.marketplace.orderIdsByExternalId.delete(order.externalOrderId);
}
