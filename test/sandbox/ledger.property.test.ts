import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { chooseFaults } from '../../mocks/sandbox/faults.ts';
import { chooseDialects } from '../../mocks/sandbox/dialects.ts';
import { openMarketplace, type MarketplaceContext, type Marketplace } from '../../mocks/sandbox/domain/marketplace.ts';
import { startVirtualClock } from '../../mocks/sandbox/domain/virtualClock.ts';
import { DomainProblem } from '../../mocks/sandbox/domain/problem.ts';
import { upsertSeller } from '../../mocks/sandbox/domain/onboarding.ts';
import { createTransaction, settleTransaction } from '../../mocks/sandbox/domain/transactions.ts';
import { splitOrder, splitBalance, splitCeiling } from '../../mocks/sandbox/domain/orderSplit.ts';
import { createTransfer, deleteTransfer } from '../../mocks/sandbox/domain/transfers.ts';
import { createPayoutMerchant, createPayoutSeller, createPayoutSellerAmount, runBankBatch } from '../../mocks/sandbox/domain/payouts.ts';
import { advanceClock } from '../../mocks/sandbox/domain/clockEffects.ts';
import { accountBalances, cashShares } from '../../mocks/sandbox/domain/ledger.ts';
import { ZERO, sumOf } from '../../mocks/sandbox/domain/money.ts';

// LED-CONSERVATION, LED-ENTRY-AND-EXIT, LED-PREVISIONAL-VS-AVAILABLE: whatever happens, the ledger's
// balances add up to the money that entered minus the money that left, computed independently
// from the transactions and payouts.

const faults = chooseFaults([]);
const dialects = chooseDialects([]);
const sellerIds = ['s1', 's2'];

function world(): { context: MarketplaceContext; marketplace: Marketplace } {
  const marketplace = openMarketplace('property', startVirtualClock(new Date('2026-01-01T00:00:00Z')));
  const jobs: Array<() => void> = [];
  const context: MarketplaceContext = { marketplace, faults, dialects, raise: () => undefined, afterAnswer: (job) => jobs.push(job), everyMarketplace: () => [marketplace] };
  for (const id of sellerIds) {
    const { seller } = upsertSeller(context, id, { legalEntityName: id });
    seller.kyc.everValidated = true;
    seller.kyc.stage = 'VALIDATED';
  }
  // Deferred work runs right away here: there is no HTTP answer to wait for.
  context.afterAnswer = (job) => job();
  return { context, marketplace };
}

let serial = 0;
const nextId = (prefix: string) => `${prefix}${(serial += 1)}`;
const cents = (max: number) => fc.integer({ min: 1, max }).map((value) => value / 100);

type Command = (context: MarketplaceContext) => void;

const sellerOf = (context: MarketplaceContext, index: number) => [...context.marketplace.sellersById.values()][index % sellerIds.length]!;
const orders = ['o1', 'o2', 'o3'];

/** A percentage of an account's available balance, at least one cent. */
function shareOf(context: MarketplaceContext, account: 'MARKETPLACE' | 'SELLER', sellerId: string | undefined, percent: number): number {
  const balance = accountBalances(context.marketplace, faults).find((each) => each.account === account && each.sellerId === sellerId);
  return Decimal.max(new Decimal('0.01'), (balance?.available ?? ZERO).times(percent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN)).toNumber();
}

const commands: Array<{ arbitrary: fc.Arbitrary<Command>; weight: number }> = [
  { weight: 4, arbitrary: fc.record({ order: fc.constantFrom(...orders), type: fc.constantFrom('PAYMENT', 'PAYMENT', 'PAYMENT', 'REFUND', 'CREDIT'), amount: cents(20000), due: fc.boolean() }).map(({ order, type, amount, due }) => (context) => {
    createTransaction(context, { externalOrderId: order, externalTransactionId: nextId('t'), type: type as 'PAYMENT', amount, currency: 'EUR', paymentMethodName: 'CARD', ...(due ? { dueDate: '2026-01-10' } : {}) });
  }) },
  { weight: 4, arbitrary: fc.record({ pick: fc.nat(), share: fc.integer({ min: 1, max: 100 }) }).map(({ pick, share }) => (context) => {
    const transactions = [...context.marketplace.transactions.values()];
    if (transactions.length === 0) return;
    const transaction = transactions[pick % transactions.length]!;
    const open = transaction.amount.minus(transaction.paidAmount);
    if (open.isZero()) return;
    settleTransaction(context, transaction, open.times(share).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_UP).toNumber());
  }) },
  { weight: 5, arbitrary: fc
    .record({
      order: fc.constantFrom(...orders),
      lines: fc.array(fc.record({ seller: fc.nat(), percent: fc.integer({ min: 1, max: 110 }), refund: fc.boolean(), feePercent: fc.integer({ min: 0, max: 100 }), feeToSeller: fc.boolean() }), { minLength: 1, maxLength: 3 }),
    })
    .map(({ order, lines }) => (context) => {
      const existing = context.marketplace.orders.get(context.marketplace.orderIdsByExternalId.get(order) ?? '');
      if (!existing) return;
      // Amounts are shares of what is left to split (or of what the seller holds, for a refund), sometimes a little over.
      const room = splitCeiling(context, existing).minus(splitBalance(existing.splitLines)).dividedBy(lines.length);
      const splits = lines.map((line) => {
        const sellerId = sellerOf(context, line.seller).sellerId;
        const base = line.refund ? splitBalance(existing.splitLines, sellerId) : room;
        const amount = Decimal.max(new Decimal('0.01'), base.times(line.percent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN));
        return {
          sellerId,
          amount: amount.toNumber(),
          amountType: line.refund ? ('SELLER_REFUND' as const) : ('SELLER_PAYMENT' as const),
          fee: amount.times(line.feePercent).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).toNumber(),
          feeType: line.feeToSeller ? ('MARKETPLACE_TO_SELLER' as const) : ('SELLER_TO_MARKETPLACE' as const),
          model: '3P' as const,
        };
      });
      const { order: split } = splitOrder(context, { externalOrderId: order, currency: 'EUR', splits });
      // SPL-CEILING-FORMULA holds whenever a split is accepted (later REFUND or CREDIT transactions may lower the ceiling).
      assert.ok(splitBalance(split.splitLines).lessThanOrEqualTo(splitCeiling(context, split)), 'SPL-CEILING-FORMULA');
    }) },
  { weight: 2, arbitrary: fc.record({ seller: fc.nat(), toSeller: fc.boolean(), amount: cents(5000), dated: fc.boolean() }).map(({ seller, toSeller, amount, dated }) => (context) => {
    createTransfer(context, {
      externalTransferId: nextId('tr'),
      sellerId: sellerOf(context, seller).sellerId,
      accountingEntry: toSeller ? 'MARKETPLACE_TO_SELLER' : 'SELLER_TO_MARKETPLACE',
      reasonCode: 'R',
      amount,
      currency: 'EUR',
      ...(dated ? { executionDate: '2026-01-05' } : {}),
    });
  }) },
  { weight: 1, arbitrary: fc.nat().map((pick) => (context) => {
    const pending = [...context.marketplace.transfers.values()].filter((transfer) => transfer.status === 'PENDING');
    if (pending.length > 0) deleteTransfer(context, pending[pick % pending.length]!);
  }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 120 }).map((percent) => (context) => void createPayoutMerchant(context, { amount: shareOf(context, 'MARKETPLACE', undefined, percent), currency: 'EUR', reasonLabel: 'M' })) },
  { weight: 2, arbitrary: fc.record({ seller: fc.nat(), all: fc.boolean(), asked: cents(5000) }).map(({ seller, all, asked }) => (context) => {
    const target = sellerOf(context, seller);
    const known = orders.filter((order) => context.marketplace.orderIdsByExternalId.has(order));
    createPayoutSeller(context, target, { reasonLabel: 'S', ...(all || known.length === 0 ? {} : { orders: [{ externalOrderId: known[0]!, askedAmount: asked }] }) });
  }) },
  { weight: 2, arbitrary: fc.record({ seller: fc.nat(), percent: fc.integer({ min: 1, max: 120 }) }).map(({ seller, percent }) => (context) => {
    const target = sellerOf(context, seller);
    createPayoutSellerAmount(context, target, { askedAmount: shareOf(context, 'SELLER', target.sellerId, percent), currency: 'EUR', reasonLabel: 'A' });
  }) },
  { weight: 2, arbitrary: fc.constant((context: MarketplaceContext) => void runBankBatch(context)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }).map((days) => (context) => advanceClock(context, new Date(context.marketplace.clock.now().getTime() + days * 86_400_000))) },
];

function checkInvariants(marketplace: Marketplace): void {
  const balances = accountBalances(marketplace, faults);
  const available = sumOf(balances.map((balance) => balance.available));
  const previsional = sumOf(balances.map((balance) => balance.previsional));
  let cashedIn = ZERO;
  let outstanding = ZERO;
  for (const transaction of marketplace.transactions.values()) {
    const sign = transaction.type === 'PAYMENT' ? 1 : -1;
    assert.ok(transaction.paidAmount.lessThanOrEqualTo(transaction.amount), 'TRX-PAID-AMOUNT-CAPPED');
    cashedIn = cashedIn.plus(transaction.paidAmount.times(sign));
    outstanding = outstanding.plus(transaction.amount.minus(transaction.paidAmount).times(sign));
  }
  const paidOut = sumOf([
    ...[...marketplace.payoutMerchants.values()].filter((payout) => payout.status === 'VALIDATED').map((payout) => payout.amount),
    ...[...marketplace.payoutSellers.values()].filter((payout) => payout.status === 'VALIDATED').map((payout) => payout.amount),
    ...[...marketplace.payoutSellerAmounts.values()].filter((payout) => payout.status === 'VALIDATED').map((payout) => payout.askedAmount),
  ]);
  assert.equal(available.toFixed(2), cashedIn.minus(paidOut).toFixed(2), 'available money = cashed in − paid out');
  assert.equal(previsional.toFixed(2), outstanding.toFixed(2), 'previsional money = registered but not yet cashed');
  for (const balance of balances) assert.ok(balance.available.decimalPlaces() <= 2 && balance.previsional.decimalPlaces() <= 2, 'balances stay in cents');
}

test('random sequences of cash operations never create or destroy money', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(...commands), { minLength: 10, maxLength: 40 }), (sequence) => {
      const { context, marketplace } = world();
      for (const command of sequence) {
        try {
          command(context);
        } catch (error) {
          if (!(error instanceof DomainProblem)) throw error;
        }
        checkInvariants(marketplace);
      }
    }),
    { numRuns: 150 },
  );
});

test('cash shares of an order add up to exactly what was cashed, to the cent', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50_000, max: 50_000 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (claims, registeredCents, cashedCents) => {
      const registered = new Decimal(registeredCents).dividedBy(100);
      const parties = new Map(claims.map((claim, index) => [`SELLER/${index}`, new Decimal(claim).dividedBy(100)]));
      parties.set('CANTONMENT', registered.minus(sumOf(parties.values())));
      const shares = cashShares({ registered, cashed: new Decimal(cashedCents).dividedBy(100), claims: parties }, faults);
      assert.equal(sumOf(shares.values()).toFixed(2), new Decimal(cashedCents).dividedBy(100).toFixed(2));
      for (const share of shares.values()) assert.ok(share.decimalPlaces() <= 2);
    }),
    { numRuns: 200 },
  );
});

test('a split on a half-cashed order is half available, half previsional, and becomes available when the rest is cashed', () => {
  const { context, marketplace } = world();
  const payment = createTransaction(context, { externalOrderId: 'o', externalTransactionId: 't', type: 'PAYMENT', amount: 100, currency: 'EUR', paymentMethodName: 'CARD' });
  settleTransaction(context, payment, 50);
  const [s1] = [...marketplace.sellersById.values()];
  splitOrder(context, { externalOrderId: 'o', currency: 'EUR', splits: [{ sellerId: s1!.sellerId, amount: 80, amountType: 'SELLER_PAYMENT', fee: 8, feeType: 'SELLER_TO_MARKETPLACE', model: '3P' }] });
  const seller = () => accountBalances(marketplace, faults).find((balance) => balance.sellerId === s1!.sellerId)!;
  assert.deepEqual([seller().available.toNumber(), seller().previsional.toNumber()], [36, 36]);
  settleTransaction(context, payment, 50);
  assert.deepEqual([seller().available.toNumber(), seller().previsional.toNumber()], [72, 0]);
});
