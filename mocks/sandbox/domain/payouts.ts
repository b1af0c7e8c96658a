import { conflict, notFound, unprocessable, type FieldError } from './problem.ts';
import { ZERO, maxOf, minOf, money, sumOf, type Money } from './money.ts';
import { mintId, type ExecutionStatus, type MarketplaceContext, type Order, type PayoutMerchant, type PayoutSeller, type PayoutSellerAmount, type PayoutSellerOrderLine, type Seller, type Transfer } from './marketplace.ts';
import { findCashOrder } from './cashParties.ts';
import { accountBalances, sellerCashOnOrder, spendableBalance } from './ledger.ts';
import { isReached } from './virtualClock.ts';

// Payouts (seed §3 PayoutMerchants, PayoutSellers, PayoutSellerAmount; interface §4): money leaving
// MS by wire. Created PENDING, settled by a bank batch (or at their executionDate), then VALIDATED
// or CANCELLED with their webhook. Funds are checked when the payout is settled.

type AnyPayout = { kind: 'payoutMerchant'; payout: PayoutMerchant } | { kind: 'payoutSeller'; payout: PayoutSeller } | { kind: 'payoutSellerAmount'; payout: PayoutSellerAmount };

export interface ExecutedPayout {
  kind: AnyPayout['kind'];
  id: string;
  status: ExecutionStatus;
}

function positive(context: MarketplaceContext, amount: number, field: string): void {
  // ERR-AMOUNT-POSITIVE
  if (!(amount > 0) && !context.faults.has('zero-amount-accepted')) throw unprocessable('VALIDATION_FAILED', `${field} must be greater than 0.`, [{ field, message: 'must be greater than 0' }]);
}

function payoutCurrency(seller: Seller): string {
  const banking = seller.data.bankingInformation as { currency?: string } | undefined;
  return banking?.currency ?? 'EUR';
}

function settleSoon(context: MarketplaceContext, payout: AnyPayout, immediate: boolean): void {
  if (immediate) context.afterAnswer(() => settlePayout(context, payout));
}

// ── payoutMerchants ────────────────────────────────────────────────────────

export interface PayoutMerchantRequest {
  amount: number;
  currency: string;
  reasonLabel: string;
  executionDate?: string;
}

export function createPayoutMerchant(context: MarketplaceContext, request: PayoutMerchantRequest): PayoutMerchant {
  positive(context, request.amount, 'amount');
  // PYM-NEW-WIRE-EACH-CALL: every call is a new wire, even an identical one.
  if (context.faults.has('payout-merchant-deduplicated')) {
    const twin = [...context.marketplace.payoutMerchants.values()].find((payout) => payout.status === 'PENDING' && payout.amount.equals(request.amount) && payout.reasonLabel === request.reasonLabel);
    if (twin) return twin;
  }
  const payout: PayoutMerchant = {
    payoutMerchantId: mintId(context, 'pom'),
    amount: money(request.amount),
    currency: request.currency,
    reasonLabel: request.reasonLabel,
    ...(request.executionDate !== undefined ? { executionDate: request.executionDate } : {}),
    status: 'PENDING',
    createdAt: context.marketplace.clock.now(),
    sequence: context.marketplace.nextSequence++,
  };
  context.marketplace.payoutMerchants.set(payout.payoutMerchantId, payout);
  // PYM-PENDING-UNTIL-BATCH
  settleSoon(context, { kind: 'payoutMerchant', payout }, context.faults.has('payout-merchant-immediate'));
  return payout;
}

// ── payoutSellers ──────────────────────────────────────────────────────────

export interface PayoutSellerRequest {
  reasonLabel: string;
  orders?: Array<{ externalOrderId: string; askedAmount?: number }>;
  transfers?: string[];
}

/** What of one order is already promised to the seller by payouts not cancelled. */
function committedOnOrder(context: MarketplaceContext, sellerId: string, orderId: string): Money {
  let committed = ZERO;
  for (const payout of context.marketplace.payoutSellers.values()) {
    if (payout.sellerId !== sellerId || payout.status === 'CANCELLED') continue;
    for (const line of payout.orders) if (line.orderId === orderId) committed = committed.plus(line.amount);
  }
  return committed;
}

/** PYS-ORDER-LEVEL-CONTROL: an order pays the seller at most its cashed share of it, less what is already promised. */
export function payableOnOrder(context: MarketplaceContext, seller: Seller, order: Order): Money {
  return maxOf(ZERO, sellerCashOnOrder(context.marketplace, context.faults, order, seller.sellerId).minus(committedOnOrder(context, seller.sellerId, order.orderId)));
}

function orderLines(context: MarketplaceContext, seller: Seller, request: PayoutSellerRequest, currency: string): PayoutSellerOrderLine[] {
  const line = (order: Order, amount: Money): PayoutSellerOrderLine => ({ orderId: order.orderId, externalOrderId: order.externalOrderId, amount });
  // PYS-NO-ORDERS-ALL-PAYABLE: without orders, every order of the seller whose funds are received.
  if (request.orders === undefined || context.faults.has('payout-seller-ignores-order-list')) {
    if (context.faults.has('payout-seller-without-orders-pays-nothing')) return [];
    return [...context.marketplace.orders.values()]
      .filter((order) => order.currency === currency)
      .map((order) => line(order, payableOnOrder(context, seller, order)))
      .filter((candidate) => candidate.amount.greaterThan(0));
  }
  // PYS-ORDERS, PYS-ASKED-AMOUNT-PARTIAL: the listed orders, each as much as its funds allow, askedAmount at most.
  return request.orders.map((requested, index) => {
    const order = findCashOrder(context, requested.externalOrderId, `orders.${index}.externalOrderId`);
    if (requested.askedAmount !== undefined) positive(context, requested.askedAmount, `orders.${index}.askedAmount`);
    const payable = payableOnOrder(context, seller, order);
    if (requested.askedAmount === undefined || context.faults.has('asked-amount-ignored')) return line(order, payable);
    const asked = money(requested.askedAmount);
    return line(order, context.faults.has('payout-seller-order-not-capped') ? asked : minOf(asked, payable));
  });
}

/** PYS-TRANSFERS: validated transfers the seller received, not yet paid out. */
function payableTransfers(context: MarketplaceContext, seller: Seller, externalTransferIds: string[]): Transfer[] {
  const errors: FieldError[] = [];
  const transfers: Transfer[] = [];
  externalTransferIds.forEach((externalTransferId, index) => {
    const transferId = context.marketplace.transferIdsByExternalId.get(externalTransferId);
    const transfer = transferId === undefined ? undefined : context.marketplace.transfers.get(transferId);
    if (!transfer || transfer.sellerId !== seller.sellerId) {
      errors.push({ field: `transfers.${index}`, message: `is not a transfer to this seller` });
    } else if (transfer.accountingEntry !== 'MARKETPLACE_TO_SELLER' || transfer.status !== 'VALIDATED' || transfer.paidOutBy !== undefined) {
      errors.push({ field: `transfers.${index}`, message: 'is not a validated transfer received by the seller and not yet paid out' });
    } else {
      transfers.push(transfer);
    }
  });
  if (errors.length > 0) throw unprocessable('UNKNOWN_TRANSFER', 'Some transfers cannot be paid out by this payout.', errors);
  return transfers;
}

export function createPayoutSeller(context: MarketplaceContext, seller: Seller, request: PayoutSellerRequest): PayoutSeller {
  const currency = payoutCurrency(seller);
  const lines = orderLines(context, seller, request, currency);
  const transfers = context.faults.has('payout-seller-ignores-transfers') ? [] : payableTransfers(context, seller, request.transfers ?? []);
  const amount = sumOf([...lines.map((line) => line.amount), ...transfers.map((transfer) => transfer.amount)]);
  // PYS-NEW-WIRE-EACH-CALL
  if (context.faults.has('payout-seller-deduplicated')) {
    const twin = [...context.marketplace.payoutSellers.values()].find((payout) => payout.sellerId === seller.sellerId && payout.status === 'PENDING' && payout.reasonLabel === request.reasonLabel);
    if (twin) return twin;
  }
  const payout: PayoutSeller = {
    payoutSellerId: mintId(context, 'pos'),
    sellerId: seller.sellerId,
    reasonLabel: request.reasonLabel,
    orders: lines,
    ...(request.orders !== undefined ? { requestedOrders: request.orders } : {}),
    transferIds: transfers.map((transfer) => transfer.transferId),
    amount,
    currency,
    status: 'PENDING',
    createdAt: context.marketplace.clock.now(),
    sequence: context.marketplace.nextSequence++,
  };
  for (const transfer of transfers) transfer.paidOutBy = payout.payoutSellerId;
  context.marketplace.payoutSellers.set(payout.payoutSellerId, payout);
  // PYS-PENDING-UNTIL-BATCH
  settleSoon(context, { kind: 'payoutSeller', payout }, context.faults.has('payout-seller-immediate'));
  return payout;
}

// ── payoutSellerAmount ─────────────────────────────────────────────────────

export interface PayoutSellerAmountRequest {
  askedAmount: number;
  currency: string;
  reasonLabel: string;
}

export function createPayoutSellerAmount(context: MarketplaceContext, seller: Seller, request: PayoutSellerAmountRequest): PayoutSellerAmount {
  positive(context, request.askedAmount, 'askedAmount');
  // PSA-NEW-WIRE-EACH-CALL
  if (context.faults.has('payout-seller-amount-deduplicated')) {
    const twin = [...context.marketplace.payoutSellerAmounts.values()].find((payout) => payout.sellerId === seller.sellerId && payout.status === 'PENDING' && payout.askedAmount.equals(request.askedAmount));
    if (twin) return twin;
  }
  const payout: PayoutSellerAmount = {
    payoutSellerAmountId: mintId(context, 'psa'),
    sellerId: seller.sellerId,
    askedAmount: money(request.askedAmount),
    currency: request.currency,
    reasonLabel: request.reasonLabel,
    status: 'PENDING',
    createdAt: context.marketplace.clock.now(),
    sequence: context.marketplace.nextSequence++,
  };
  context.marketplace.payoutSellerAmounts.set(payout.payoutSellerAmountId, payout);
  // PSA-PENDING-UNTIL-BATCH
  settleSoon(context, { kind: 'payoutSellerAmount', payout }, context.faults.has('payout-seller-amount-immediate'));
  return payout;
}

// ── settlement ─────────────────────────────────────────────────────────────

function fundsCover(context: MarketplaceContext, account: 'MARKETPLACE' | 'SELLER', currency: string, amount: Money, sellerId?: string): boolean {
  return spendableBalance(context.marketplace, context.faults, account, currency, sellerId).greaterThanOrEqualTo(amount);
}

function decide(context: MarketplaceContext, target: AnyPayout): ExecutionStatus {
  switch (target.kind) {
    case 'payoutMerchant':
      // PYM-FUNDS-CONTROL
      return context.faults.has('payout-merchant-without-funds-validated') || fundsCover(context, 'MARKETPLACE', target.payout.currency, target.payout.amount) ? 'VALIDATED' : 'CANCELLED';
    case 'payoutSeller': {
      // PYS-NOTHING-TO-PAY-CANCELLED: nothing to pay is a cancelled wire.
      if (!target.payout.amount.greaterThan(0)) return context.faults.has('empty-payout-validated') ? 'VALIDATED' : 'CANCELLED';
      return fundsCover(context, 'SELLER', target.payout.currency, target.payout.amount, target.payout.sellerId) ? 'VALIDATED' : 'CANCELLED';
    }
    case 'payoutSellerAmount':
      // PSA-SELLER-LEVEL-CONTROL: the seller's available balance, whichever orders it came from.
      return context.faults.has('payout-seller-amount-without-funds-validated') || fundsCover(context, 'SELLER', target.payout.currency, target.payout.askedAmount, target.payout.sellerId) ? 'VALIDATED' : 'CANCELLED';
  }
}

function idOf(target: AnyPayout): string {
  switch (target.kind) {
    case 'payoutMerchant':
      return target.payout.payoutMerchantId;
    case 'payoutSeller':
      return target.payout.payoutSellerId;
    case 'payoutSellerAmount':
      return target.payout.payoutSellerAmountId;
  }
}

/**
 * Fault payout-wires-despite-negative-previsional: a sign slip reads the seller's negative previsional
 * amount as owed to it, so the payout wires that much more, funds or not. True when it did.
 */
function wiresNegativePrevisional(context: MarketplaceContext, payout: PayoutSeller): boolean {
  if (!context.faults.has('payout-wires-despite-negative-previsional')) return false;
  const account = accountBalances(context.marketplace, context.faults).find((balance) => balance.account === 'SELLER' && balance.sellerId === payout.sellerId && balance.currency === payout.currency);
  if (!account?.previsional.lessThan(0)) return false;
  payout.amount = payout.amount.minus(account.previsional);
  return true;
}

/** PYM-FINAL-STATUS-WEBHOOK, PYS-FINAL-STATUS-WEBHOOK, PSA-WEBHOOK-PAYOUT-SELLER-UPDATE: a settled payout ends VALIDATED or CANCELLED, with its webhook. */
function settlePayout(context: MarketplaceContext, target: AnyPayout): ExecutedPayout | undefined {
  if (target.payout.status !== 'PENDING') return undefined;
  const status = target.kind === 'payoutSeller' && wiresNegativePrevisional(context, target.payout) ? 'VALIDATED' : decide(context, target);
  if (target.kind === 'payoutSellerAmount' && status === 'VALIDATED' && context.faults.has('amount-payout-wires-whole-balance')) {
    target.payout.wiredAmount = spendableBalance(context.marketplace, context.faults, 'SELLER', target.payout.currency, target.payout.sellerId);
  }
  target.payout.status = status;
  if (target.kind === 'payoutSeller' && status === 'CANCELLED') {
    for (const transfer of context.marketplace.transfers.values()) if (transfer.paidOutBy === target.payout.payoutSellerId) delete transfer.paidOutBy;
  }
  const id = idOf(target);
  if (target.kind === 'payoutMerchant') {
    if (!context.faults.has('payout-merchant-webhook-missing')) {
      context.raise({ type: 'payoutMerchant.update', resourceKey: `payoutMerchant:${id}`, data: { payoutMerchantId: id, status } });
    }
  } else if (!(target.kind === 'payoutSeller' && context.faults.has('payout-seller-webhook-missing'))) {
    // PSA-WEBHOOK-PAYOUT-SELLER-UPDATE: payoutSellerAmount reports through payoutSeller.update too.
    const type = target.kind === 'payoutSellerAmount' && context.faults.has('payout-seller-amount-wrong-webhook-type') ? 'payoutSellerAmount.update' : 'payoutSeller.update';
    const idField = target.kind === 'payoutSeller' ? 'payoutSellerId' : 'payoutSellerAmountId';
    context.raise({ type, resourceKey: `${target.kind}:${id}`, data: { [idField]: id, sellerId: target.payout.sellerId, status } });
  }
  return { kind: target.kind, id, status };
}

function pendingPayouts(context: MarketplaceContext): AnyPayout[] {
  const all: AnyPayout[] = [
    ...[...context.marketplace.payoutMerchants.values()].map((payout) => ({ kind: 'payoutMerchant' as const, payout })),
    ...[...context.marketplace.payoutSellers.values()].map((payout) => ({ kind: 'payoutSeller' as const, payout })),
    ...[...context.marketplace.payoutSellerAmounts.values()].map((payout) => ({ kind: 'payoutSellerAmount' as const, payout })),
  ];
  return all.filter((target) => target.payout.status === 'PENDING').sort((a, b) => a.payout.sequence - b.payout.sequence);
}

function dueNow(context: MarketplaceContext, target: AnyPayout): boolean {
  // PYM-EXECUTION-DATE: a dated payout waits for its date, bank batch or not.
  if (target.kind !== 'payoutMerchant' || target.payout.executionDate === undefined) return true;
  return isReached(context.marketplace.clock, target.payout.executionDate) || context.faults.has('payout-merchant-execution-date-ignored');
}

/** Simulation: a bank batch settles every pending payout that is due. */
export function runBankBatch(context: MarketplaceContext): ExecutedPayout[] {
  return pendingPayouts(context)
    .filter((target) => dueNow(context, target))
    .map((target) => settlePayout(context, target))
    .filter((executed): executed is ExecutedPayout => executed !== undefined);
}

/** PYM-EXECUTION-DATE: when the clock reaches its executionDate, a payout settles without waiting for a batch. */
export function settleDatedPayoutMerchant(context: MarketplaceContext, payout: PayoutMerchant): void {
  settlePayout(context, { kind: 'payoutMerchant', payout });
}

// ── reads and deletion ─────────────────────────────────────────────────────

export function findPayoutMerchant(context: MarketplaceContext, id: string): PayoutMerchant {
  const payout = context.marketplace.payoutMerchants.get(id);
  if (!payout) throw notFound(`No payoutMerchant "${id}" for this marketplace.`);
  return payout;
}

export function findPayoutSeller(context: MarketplaceContext, seller: Seller, id: string): PayoutSeller {
  const payout = context.marketplace.payoutSellers.get(id);
  if (!payout || payout.sellerId !== seller.sellerId) throw notFound(`No payoutSeller "${id}" for this seller.`);
  return payout;
}

export function findPayoutSellerAmount(context: MarketplaceContext, seller: Seller, id: string): PayoutSellerAmount {
  const payout = context.marketplace.payoutSellerAmounts.get(id);
  if (!payout || payout.sellerId !== seller.sellerId) throw notFound(`No payoutSellerAmount "${id}" for this seller.`);
  return payout;
}

/** PYM-DELETE-ONLY-PENDING, PYS-DELETE-ONLY-PENDING, PSA-DELETE-ONLY-PENDING: a settled payout stays. */
function assertDeletable(payout: { status: ExecutionStatus }, id: string, faultAllows: boolean): void {
  if (payout.status !== 'PENDING' && !faultAllows) throw conflict('PAYOUT_ALREADY_EXECUTED', `Payout "${id}" is ${payout.status}: only a PENDING payout can be deleted.`);
}

export function deletePayoutMerchant(context: MarketplaceContext, payout: PayoutMerchant): void {
  assertDeletable(payout, payout.payoutMerchantId, context.faults.has('validated-payout-deletable'));
  context.marketplace.payoutMerchants.delete(payout.payoutMerchantId);
}

export function deletePayoutSeller(context: MarketplaceContext, payout: PayoutSeller): void {
  assertDeletable(payout, payout.payoutSellerId, context.faults.has('validated-payout-seller-deletable'));
  for (const transfer of context.marketplace.transfers.values()) if (transfer.paidOutBy === payout.payoutSellerId) delete transfer.paidOutBy;
  context.marketplace.payoutSellers.delete(payout.payoutSellerId);
}

export function deletePayoutSellerAmount(context: MarketplaceContext, payout: PayoutSellerAmount): void {
  assertDeletable(payout, payout.payoutSellerAmountId, context.faults.has('validated-payout-seller-amount-deletable'));
  context.marketplace.payoutSellerAmounts.delete(payout.payoutSellerAmountId);
}
