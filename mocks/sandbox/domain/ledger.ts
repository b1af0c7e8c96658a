import { Decimal } from 'decimal.js';
import { ZERO, sumOf, type Money } from './money.ts';
import type { Marketplace, Order } from './marketplace.ts';
import type { FaultSet } from '../faults.ts';

// LED-CONSERVATION, LED-ENTRY-AND-EXIT: the ledger is derived from what happened (transactions, settlements, splits,
// transfers, payouts), so internal movements can only move money between accounts. Money enters
// through settled payments and leaves through settled refunds/credits and executed payouts.

export type AccountKind = 'CANTONMENT' | 'MARKETPLACE' | 'SELLER';

export interface AccountBalance {
  account: AccountKind;
  sellerId?: string;
  currency: string;
  available: Money;
  previsional: Money;
}

/** Enough digits that a share of an order computed before rounding to cents is exact in practice. */
const Exact = Decimal.clone({ precision: 60 });
const cent = new Decimal('0.01');

function partyKey(kind: AccountKind, sellerId?: string): string {
  return kind === 'SELLER' ? `SELLER/${sellerId}` : kind;
}

/** An order's money: registered (T), cashed (K), and who it belongs to after its splits (claims). */
export interface OrderPosition {
  registered: Money;
  cashed: Money;
  claims: Map<string, Money>;
}

export function orderPosition(marketplace: Marketplace, order: Order, faults: FaultSet): OrderPosition {
  let registered = ZERO;
  let cashed = ZERO;
  for (const transactionId of order.transactionIds) {
    const transaction = marketplace.transactions.get(transactionId);
    if (!transaction) continue;
    const sign = transaction.type === 'PAYMENT' ? 1 : -1;
    registered = registered.plus(transaction.amount.times(sign));
    // LED-PREVISIONAL-VS-AVAILABLE: only settled money is available.
    cashed = cashed.plus((faults.has('unpaid-transaction-available') ? transaction.amount : transaction.paidAmount).times(sign));
  }
  const claims = new Map<string, Money>();
  const add = (key: string, amount: Money) => claims.set(key, (claims.get(key) ?? ZERO).plus(amount));
  for (const line of order.splitLines) {
    const seller = partyKey('SELLER', line.sellerId);
    // SPL-PAYMENT-MOVES-FUNDS, SPL-REFUND-CALLS-BACK: cantonment → seller for a payment, back for a refund.
    const sign = line.amountType === 'SELLER_PAYMENT' || faults.has('seller-refund-booked-as-payment') ? 1 : -1;
    if (!faults.has('split-payment-not-booked')) {
      add(seller, line.amount.times(sign));
      add('CANTONMENT', line.amount.times(-sign));
    }
    // SPL-FEE-DIRECTION: SELLER_TO_MARKETPLACE takes the fee from the seller, MARKETPLACE_TO_SELLER gives it.
    const feeSign = (line.feeType === 'SELLER_TO_MARKETPLACE') !== faults.has('fee-direction-reversed') ? 1 : -1;
    add(seller, line.fee.times(-feeSign));
    add('MARKETPLACE', line.fee.times(feeSign));
  }
  add('CANTONMENT', registered);
  return { registered, cashed, claims };
}

/**
 * LED-PREVISIONAL-VS-AVAILABLE, SPL-PREVISIONAL-WHEN-UNCASHED: what an order has cashed covers the
 * sellers' and the marketplace's claims on it in proportion (all of them once the order is fully
 * cashed), rounded to cents by largest remainder; the cantonment keeps the rest, including cash
 * held for refunds still to be paid back. The uncovered part of each claim is previsional.
 */
export function cashShares(position: OrderPosition, faults: FaultSet): Map<string, Money> {
  const shares = new Map<string, Money>();
  const parties = [...position.claims.keys()].filter((party) => party !== 'CANTONMENT');
  const coverage = position.registered.greaterThan(0) ? Exact.min(1, Exact.max(0, new Exact(position.cashed.toString()).dividedBy(position.registered.toString()))) : new Exact(1);
  // Fault split-uncashed-booked-available: split money counts as cashed whatever the settlements.
  const ratio = faults.has('split-uncashed-booked-available') ? new Exact(1) : coverage;
  const exact = parties.map((party) => new Exact(position.claims.get(party)!.toString()).times(ratio));
  const rounded = exact.map((value) => new Decimal(value.toDecimalPlaces(2, Decimal.ROUND_FLOOR).toString()));
  const covered = new Decimal(exact.reduce((total, value) => total.plus(value), new Exact(0)).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toString());
  const leftoverCents = covered.minus(sumOf(rounded)).dividedBy(cent).round().toNumber();
  const byRemainder = parties.map((_, index) => index).sort((a, b) => exact[b]!.minus(rounded[b]!.toString()).comparedTo(exact[a]!.minus(rounded[a]!.toString())) || a - b);
  for (const index of byRemainder.slice(0, leftoverCents)) rounded[index] = rounded[index]!.plus(cent);
  parties.forEach((party, index) => shares.set(party, rounded[index]!));
  shares.set('CANTONMENT', position.cashed.minus(covered));
  return shares;
}

class Accounts {
  private readonly balances = new Map<string, AccountBalance>();

  at(key: string, currency: string): AccountBalance {
    const id = `${key}|${currency}`;
    let balance = this.balances.get(id);
    if (!balance) {
      const [kind, sellerId] = key.split('/') as [AccountKind, string | undefined];
      balance = { account: kind, ...(sellerId ? { sellerId } : {}), currency, available: ZERO, previsional: ZERO };
      this.balances.set(id, balance);
    }
    return balance;
  }

  credit(key: string, currency: string, available: Money, previsional: Money = ZERO): void {
    const balance = this.at(key, currency);
    balance.available = balance.available.plus(available);
    balance.previsional = balance.previsional.plus(previsional);
  }

  list(): AccountBalance[] {
    return [...this.balances.values()].sort((a, b) => rankOf(a) - rankOf(b) || (a.sellerId ?? '').localeCompare(b.sellerId ?? '') || a.currency.localeCompare(b.currency));
  }
}

function rankOf(balance: AccountBalance): number {
  return balance.account === 'CANTONMENT' ? 0 : balance.account === 'MARKETPLACE' ? 1 : 2;
}

/** Every account of the marketplace with its balances, per currency (interface §4 "Ledger"). */
export function accountBalances(marketplace: Marketplace, faults: FaultSet): AccountBalance[] {
  const accounts = new Accounts();
  accounts.at('CANTONMENT', 'EUR');
  accounts.at('MARKETPLACE', 'EUR');
  for (const seller of marketplace.sellersById.values()) accounts.at(partyKey('SELLER', seller.sellerId), 'EUR');
  for (const order of marketplace.orders.values()) {
    // No transaction or split has named the currency of an order registered without one: it holds no money.
    if (order.currency === undefined) continue;
    const position = orderPosition(marketplace, order, faults);
    const shares = cashShares(position, faults);
    for (const [party, claim] of position.claims) {
      const share = shares.get(party) ?? ZERO;
      accounts.credit(party, order.currency, share, claim.minus(share));
    }
    // LED-CONSERVATION: what the marketplace gains in fees, the seller loses.
    if (faults.has('fee-created-from-nothing')) {
      for (const line of order.splitLines) accounts.credit(partyKey('SELLER', line.sellerId), order.currency, line.feeType === 'SELLER_TO_MARKETPLACE' ? line.fee : ZERO);
    }
    // ORD-AMOUNT-NO-ACCOUNTING: the order's own amount books nothing.
    if (faults.has('order-amount-booked') && order.amount) accounts.credit('CANTONMENT', order.currency, ZERO, order.amount);
  }
  for (const transfer of marketplace.transfers.values()) {
    // LED-CANCELLED-MOVES-NOTHING: only a VALIDATED transfer moves money.
    if (transfer.status !== 'VALIDATED' && !(transfer.status === 'CANCELLED' && faults.has('cancelled-transfer-booked'))) continue;
    // TRF-MARKETPLACE-SELLER-ONLY: accountingEntry gives the direction.
    const toSeller = (transfer.accountingEntry === 'MARKETPLACE_TO_SELLER') !== faults.has('transfer-direction-reversed') ? 1 : -1;
    accounts.credit(partyKey('SELLER', transfer.sellerId), transfer.currency, transfer.amount.times(toSeller));
    accounts.credit('MARKETPLACE', transfer.currency, transfer.amount.times(-toSeller));
  }
  // LED-ENTRY-AND-EXIT: a VALIDATED payout is money leaving.
  const paidOut = (status: string) => status === 'VALIDATED' && !faults.has('validated-payout-not-debited');
  for (const payout of marketplace.payoutMerchants.values()) {
    if (paidOut(payout.status)) accounts.credit('MARKETPLACE', payout.currency, payout.amount.negated());
  }
  for (const payout of marketplace.payoutSellers.values()) {
    if (paidOut(payout.status)) accounts.credit(partyKey('SELLER', payout.sellerId), payout.currency, payout.amount.negated());
  }
  for (const payout of marketplace.payoutSellerAmounts.values()) {
    if (paidOut(payout.status)) accounts.credit(partyKey('SELLER', payout.sellerId), payout.currency, (payout.wiredAmount ?? payout.askedAmount).negated());
  }
  return accounts.list();
}

/** LED-ONLY-AVAILABLE-SPENT: what a transfer or payout may draw on. */
export function spendableBalance(marketplace: Marketplace, faults: FaultSet, account: AccountKind, currency: string, sellerId?: string): Money {
  const found = accountBalances(marketplace, faults).find((balance) => balance.account === account && balance.currency === currency && balance.sellerId === sellerId);
  if (!found) return ZERO;
  return faults.has('funds-control-counts-previsional') ? found.available.plus(found.previsional) : found.available;
}

/** What a seller holds in cash from one order (its available share), before any payout. */
export function sellerCashOnOrder(marketplace: Marketplace, faults: FaultSet, order: Order, sellerId: string): Money {
  return cashShares(orderPosition(marketplace, order, faults), faults).get(partyKey('SELLER', sellerId)) ?? ZERO;
}
