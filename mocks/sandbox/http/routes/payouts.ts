import type { FastifyInstance } from 'fastify';
import { operation, type RouteOptions } from '../operation.ts';
import {
  createPayoutMerchant,
  createPayoutSeller,
  createPayoutSellerAmount,
  deletePayoutMerchant,
  deletePayoutSeller,
  deletePayoutSellerAmount,
  findPayoutMerchant,
  findPayoutSeller,
  findPayoutSellerAmount,
} from '../../domain/payouts.ts';
import { assertCashEnabled } from '../../domain/cashParties.ts';
import { notFound } from '../../domain/problem.ts';
import type { MarketplaceContext, Seller } from '../../domain/marketplace.ts';
import { newestFirst, payoutMerchantView, payoutSellerAmountView, payoutSellerView } from '../representations.ts';

// Payouts (seed §3 PayoutMerchants, PayoutSellers, PayoutSellerAmount).
const ms = 'marketplace-services' as const;

/** The cash endpoints name a seller by its MS sellerId (ONB-SELLER-ID-ASSIGNED). */
function cashSeller(context: MarketplaceContext, sellerId: string): Seller {
  const seller = context.faults.has('validated-seller-refused-by-cash') ? context.marketplace.sellersByMerchantId.get(sellerId) : context.marketplace.sellersById.get(sellerId);
  if (!seller) throw notFound(`No seller "${sellerId}" for this marketplace.`);
  return seller;
}

export function payoutRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, ms, 'POST', '/payoutMerchants', 'createPayoutMerchant', ({ context, body }) => ({ status: 201, body: payoutMerchantView(createPayoutMerchant(context, body)) }));
  operation(app, ms, 'GET', '/payoutMerchants', 'listPayoutMerchants', ({ context }) => ({
    status: 200,
    body: { items: newestFirst(context.marketplace.payoutMerchants.values()).map(payoutMerchantView) },
  }));
  operation(app, ms, 'GET', '/payoutMerchants/:payoutMerchantId', 'getPayoutMerchant', ({ context, params }) => ({
    status: 200,
    body: payoutMerchantView(findPayoutMerchant(context, params.payoutMerchantId!)),
  }));
  operation(app, ms, 'DELETE', '/payoutMerchants/:payoutMerchantId', 'deletePayoutMerchant', ({ context, params }) => {
    deletePayoutMerchant(context, findPayoutMerchant(context, params.payoutMerchantId!));
    return { status: 204 };
  });

  operation(app, ms, 'POST', '/sellers/:seller/payoutSellers', 'createPayoutSeller', ({ context, params, body }) => {
    const seller = cashSeller(context, params.seller!);
    assertCashEnabled(seller, 'sellerId');
    return { status: 201, body: payoutSellerView(context, createPayoutSeller(context, seller, body)) };
  });
  operation(app, ms, 'GET', '/sellers/:seller/payoutSellers', 'listPayoutSellers', ({ context, params }) => {
    const seller = cashSeller(context, params.seller!);
    const payouts = [...context.marketplace.payoutSellers.values()].filter((payout) => payout.sellerId === seller.sellerId);
    return { status: 200, body: { items: newestFirst(payouts).map((payout) => payoutSellerView(context, payout)) } };
  });
  operation(app, ms, 'GET', '/sellers/:seller/payoutSellers/:payoutSellerId', 'getPayoutSeller', ({ context, params }) => ({
    status: 200,
    body: payoutSellerView(context, findPayoutSeller(context, cashSeller(context, params.seller!), params.payoutSellerId!)),
  }));
  operation(app, ms, 'DELETE', '/sellers/:seller/payoutSellers/:payoutSellerId', 'deletePayoutSeller', ({ context, params }) => {
    deletePayoutSeller(context, findPayoutSeller(context, cashSeller(context, params.seller!), params.payoutSellerId!));
    return { status: 204 };
  });

  operation(app, ms, 'POST', '/sellers/:seller/payoutSellerAmount', 'createPayoutSellerAmount', ({ context, params, body }) => {
    const seller = cashSeller(context, params.seller!);
    assertCashEnabled(seller, 'sellerId');
    return { status: 201, body: payoutSellerAmountView(createPayoutSellerAmount(context, seller, body)) };
  });
  operation(app, ms, 'GET', '/sellers/:seller/payoutSellerAmount', 'listPayoutSellerAmounts', ({ context, params }) => {
    const seller = cashSeller(context, params.seller!);
    const payouts = [...context.marketplace.payoutSellerAmounts.values()].filter((payout) => payout.sellerId === seller.sellerId);
    return { status: 200, body: { items: newestFirst(payouts).map(payoutSellerAmountView) } };
  });
  operation(app, ms, 'GET', '/sellers/:seller/payoutSellerAmount/:payoutSellerAmountId', 'getPayoutSellerAmount', ({ context, params }) => ({
    status: 200,
    body: payoutSellerAmountView(findPayoutSellerAmount(context, cashSeller(context, params.seller!), params.payoutSellerAmountId!)),
  }));
  operation(app, ms, 'DELETE', '/sellers/:seller/payoutSellerAmount/:payoutSellerAmountId', 'deletePayoutSellerAmount', ({ context, params }) => {
    deletePayoutSellerAmount(context, findPayoutSellerAmount(context, cashSeller(context, params.seller!), params.payoutSellerAmountId!));
    return { status: 204 };
  });
  done();
}
