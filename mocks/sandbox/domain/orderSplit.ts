import { unprocessable, type FieldError } from './problem.ts';
import { ZERO, money, type Money } from './money.ts';
import type { AmountType, FeeType, MarketplaceContext, Order, SplitLine } from './marketplace.ts';
import { assertOrderCurrency, findCashOrder, findCashSeller } from './cashParties.ts';

// Order splits (seed §3 OrderSplit, interface §4): all-or-nothing, cumulative per order, under the
// ceiling of the order's transactions, with exact decimals.

export interface SplitLineRequest {
  sellerId: string;
  amount: number;
  amountType: AmountType;
  fee: number;
  feeType: FeeType;
  model: '2P' | '3P';
}

export interface SplitRequest {
  externalOrderId: string;
  currency: string;
  splits: SplitLineRequest[];
}

export interface SplitOutcome {
  order: Order;
  accepted: SplitLine[];
  splitBalance: Money;
  ceiling: Money;
}

/** SPL-CEILING-FORMULA, SPL-CEILING-PAID-OR-NOT: Σ PAYMENT − Σ REFUND − Σ CREDIT, paid or not. */
export function splitCeiling(context: MarketplaceContext, order: Order): Money {
  let ceiling = ZERO;
  for (const transactionId of order.transactionIds) {
    const transaction = context.marketplace.transactions.get(transactionId);
    if (!transaction) continue;
    const counted = context.faults.has('split-ceiling-paid-only') ? transaction.paidAmount : transaction.amount;
    if (transaction.type === 'PAYMENT') ceiling = ceiling.plus(counted);
    else if (!context.faults.has('split-ceiling-ignores-refunds')) ceiling = ceiling.minus(counted);
  }
  return ceiling;
}

function signed(line: { amount: Money; amountType: AmountType }): Money {
  return line.amountType === 'SELLER_REFUND' ? line.amount.negated() : line.amount;
}

/** Σ SELLER_PAYMENT − Σ SELLER_REFUND over lines, optionally for one seller. */
export function splitBalance(lines: readonly SplitLine[], sellerId?: string): Money {
  return lines.filter((line) => sellerId === undefined || line.sellerId === sellerId).reduce((total, line) => total.plus(signed(line)), ZERO);
}

/** Fault split-ceiling-binary-float: the same sums in binary floating point (0.1 + 0.2 > 0.3). */
function exceedsInFloats(lines: readonly SplitLine[], ceiling: Money): boolean {
  const total = lines.reduce((sum, line) => sum + (line.amountType === 'SELLER_REFUND' ? -line.amount.toNumber() : line.amount.toNumber()), 0);
  return total > ceiling.toNumber();
}

function lineProblems(context: MarketplaceContext, order: Order, request: SplitRequest): { lines: SplitLine[]; feeErrors: FieldError[]; refundErrors: FieldError[] } {
  const feeErrors: FieldError[] = [];
  const refundErrors: FieldError[] = [];
  const lines: SplitLine[] = [];
  const perSeller = new Map<string, Money>();
  request.splits.forEach((requested, index) => {
    const field = `splits.${index}`;
    const phantom = context.faults.has('split-unknown-seller-accepted') && !context.marketplace.sellersById.has(requested.sellerId);
    const sellerId = phantom ? requested.sellerId : findCashSeller(context, requested.sellerId, `${field}.sellerId`).sellerId;
    const line: SplitLine = {
      sellerId,
      amount: money(requested.amount),
      amountType: requested.amountType,
      fee: money(requested.fee),
      feeType: requested.feeType,
      model: requested.model,
    };
    // SPL-FEE-RANGE: 0 ≤ fee ≤ amount.
    if (line.fee.greaterThan(line.amount) && !context.faults.has('fee-above-amount-accepted')) {
      feeErrors.push({ field: `${field}.fee`, message: `must not be above the line amount ${line.amount.toFixed(2)}` });
    }
    // SPL-SELLER-REFUND-LIMIT: a seller gives back at most what it was paid on this order.
    const paidSoFar = perSeller.get(sellerId) ?? splitBalance(order.splitLines, sellerId);
    if (line.amountType === 'SELLER_REFUND' && line.amount.greaterThan(paidSoFar) && !context.faults.has('seller-refund-unlimited')) {
      refundErrors.push({ field: `${field}.amount`, message: `takes back ${line.amount.toFixed(2)} but the seller was paid ${paidSoFar.toFixed(2)} on this order` });
    }
    perSeller.set(sellerId, paidSoFar.plus(signed(line)));
    lines.push(line);
  });
  return { lines, feeErrors, refundErrors };
}

/** POST /orderSplit. */
export function splitOrder(context: MarketplaceContext, request: SplitRequest): SplitOutcome {
  const order = findCashOrder(context, request.externalOrderId, 'externalOrderId');
  assertOrderCurrency(order, request.currency, 'currency');
  const { lines, feeErrors, refundErrors } = lineProblems(context, order, request);
  const partial = context.faults.has('split-partially-applied');
  const ceiling = splitCeiling(context, order);
  const fail = (problem: Error, validPrefix: SplitLine[]): never => {
    // Fault split-partially-applied: the lines before the failing one stay booked.
    if (partial) order.splitLines.push(...validPrefix);
    throw problem;
  };
  const firstBad = (list: FieldError[]) => Number(list[0]?.field.split('.')[1] ?? lines.length);
  if (feeErrors.length > 0) fail(unprocessable('FEE_EXCEEDS_AMOUNT', 'A split fee is above its line amount.', feeErrors), lines.slice(0, firstBad(feeErrors)));
  if (refundErrors.length > 0) {
    fail(unprocessable('SPLIT_REFUND_EXCEEDS_SELLER_PAYMENTS', 'A SELLER_REFUND takes back more than the seller was paid on this order.', refundErrors), lines.slice(0, firstBad(refundErrors)));
  }
  // SPL-CUMULATIVE: every accepted split of the order counts, not only this request's.
  const counted = context.faults.has('split-ceiling-per-call') ? lines : [...order.splitLines, ...lines];
  const balance = splitBalance(counted);
  // SPL-CEILING, SPL-CEILING-EXACT-DECIMAL: compared in exact decimals.
  // SPL-FULL-AMOUNT-ACCEPTED: reaching the ceiling exactly is fine.
  const over = context.faults.has('split-ceiling-binary-float')
    ? exceedsInFloats(counted, ceiling)
    : context.faults.has('split-ceiling-strict')
      ? balance.greaterThanOrEqualTo(ceiling)
      : balance.greaterThan(ceiling);
  if (over && !context.faults.has('split-ceiling-ignored')) {
    const crossing = lines.findIndex((_, index) => splitBalance([...order.splitLines, ...lines.slice(0, index + 1)]).greaterThan(ceiling));
    fail(
      unprocessable('SPLIT_EXCEEDS_TRANSACTIONS', `The order's splits would total ${balance.toFixed(2)}, above its transactions' total ${ceiling.toFixed(2)}.`, [
        { field: 'splits', message: `Σ SELLER_PAYMENT − Σ SELLER_REFUND would be ${balance.toFixed(2)}, above ${ceiling.toFixed(2)}` },
      ]),
      lines.slice(0, Math.max(crossing, 0)),
    );
  }
  // SPL-ALL-OR-NOTHING: lines are booked only once every one of them passed.
  order.splitLines.push(...lines);
  // An order registered without currency, and with no transaction yet, takes its first split's (assertOrderCurrency).
  order.currency ??= request.currency;
  return { order, accepted: lines, splitBalance: splitBalance(order.splitLines), ceiling };
}
