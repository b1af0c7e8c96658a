// The journey's operations as fast-check model-based commands: each is drawn with abstract choices
// (which order, which boundary), valid only in states where it makes sense (`check`), and made
// concrete against the model when it runs, so that a shrunk journey stays valid.
import fc from 'fast-check';
import type { JourneyAction, SellerName, SplitLine, TransactionType } from './journeyActions.ts';
import { nextName, paymentOf, pickAmount, splitRoom, type JourneyModel, type Boundary } from './journeyModel.ts';
import type { OnboardingCountry } from './onboardingActions.ts';
import { onboardingAction, type OnboardingDraw } from './onboardingModel.ts';
import { voucherContractTypes, type VoucherAction, type VoucherItem } from './voucherActions.ts';

/** Runs an action on both sides and compares them (throws a finding); see JourneyRun. */
export interface JourneyRunner {
  perform(action: JourneyAction, model: JourneyModel): Promise<void>;
}

type Draw =
  | { kind: 'order'; amount: number }
  | { kind: 'payment'; order: number; whole: boolean }
  | { kind: 'payback'; order: number; type: Exclude<TransactionType, 'PAYMENT'>; pick: Boundary }
  | { kind: 'settlement'; transaction: number; over: boolean }
  | { kind: 'split'; order: number; lines: { seller: SellerName; pick: Boundary; refund: boolean; fee: 'none' | 'tenth' | 'all' | 'over'; toSeller: boolean }[] }
  | { kind: 'transfer'; seller: SellerName; toSeller: boolean; pick: Boundary; day?: number }
  | { kind: 'payoutMerchant'; pick: Boundary; day?: number }
  | { kind: 'payoutSeller'; seller: SellerName }
  | { kind: 'payoutSellerAmount'; seller: SellerName; pick: Boundary }
  | { kind: 'bankBatch' }
  | { kind: 'clock'; days: number }
  | ({ kind: 'onboarding'; country: OnboardingCountry } & OnboardingDraw)
  | { kind: 'voucherOrder'; items: VoucherItem[]; numbering: number[] };

const at = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

function paidOrders(model: JourneyModel) {
  return model.orders.filter((order) => paymentOf(model, order.name));
}

function cashedPaymentOrders(model: JourneyModel) {
  return model.orders.filter((order) => {
    const payment = paymentOf(model, order.name);
    return payment && payment.cashed >= payment.amount;
  });
}

function uncashed(model: JourneyModel) {
  return model.transactions.filter((transaction) => transaction.cashed < transaction.amount);
}

/** Whether the draw has something to act on now. */
function valid(draw: Draw, model: JourneyModel): boolean {
  switch (draw.kind) {
    case 'order':
      return model.orders.length < 3;
    case 'payment':
      return model.orders.some((order) => !paymentOf(model, order.name));
    case 'payback':
      // Paybacks follow a cashed PAYMENT: an order is then wholly cashed or not at all, the only
      // states whose available/previsional split the documents settle.
      return cashedPaymentOrders(model).length > 0;
    case 'settlement':
      return uncashed(model).length > 0;
    case 'split':
      return paidOrders(model).length > 0;
    case 'transfer':
      // On a target with history, the marketplace's account holds older money: what it can pay is not the journey's to know.
      return draw.toSeller ? model.fresh : true;
    case 'payoutMerchant':
      return model.fresh;
    case 'onboarding':
      return onboardingAction(draw, model.onboarding, draw.country) !== undefined;
    case 'voucherOrder':
      return model.vouchers;
    default:
      return true;
  }
}

/** Contract numbers per type: the sellers in a drawn rotation, so that ties fall either way (interface §7: the lowest wins). */
function voucherOrder(draw: Extract<Draw, { kind: 'voucherOrder' }>, model: JourneyModel): VoucherAction {
  const sellers = [...new Set(draw.items.map((item) => item.seller))].sort();
  const contracts: VoucherAction['contracts'] = {};
  voucherContractTypes.forEach((type, typeIndex) => {
    const holders = sellers.filter((seller) => draw.items.some((item) => item.seller === seller && item.eligible[type] !== undefined));
    holders.forEach((seller, index) => {
      const rank = (index + (draw.numbering[typeIndex] ?? 0)) % holders.length;
      (contracts[seller] ??= {})[type] = String(1_000_001 + rank);
    });
  });
  return { kind: 'voucherOrder', name: nextName(model, 'VO'), items: draw.items, contracts };
}

function concrete(draw: Draw, model: JourneyModel): JourneyAction {
  switch (draw.kind) {
    case 'order':
      return { kind: 'order', name: nextName(model, 'O'), amount: draw.amount };
    case 'payment': {
      const order = at(model.orders.filter((candidate) => !paymentOf(model, candidate.name)), draw.order);
      return { kind: 'transaction', name: nextName(model, 'P'), order: order.name, type: 'PAYMENT', amount: draw.whole ? order.amount : Math.max(1, Math.floor(order.amount / 3)) };
    }
    case 'payback': {
      const order = at(cashedPaymentOrders(model), draw.order);
      return { kind: 'transaction', name: nextName(model, draw.type === 'REFUND' ? 'R' : 'C'), order: order.name, type: draw.type, amount: pickAmount(paymentOf(model, order.name)!.amount, draw.pick) };
    }
    case 'settlement': {
      const transaction = at(uncashed(model), draw.transaction);
      // A settlement takes what is left (a partial one would leave the order's split between available and previsional to the implementation), or one cent more.
      return { kind: 'settlement', transaction: transaction.name, amount: transaction.amount - transaction.cashed + (draw.over ? 1 : 0) };
    }
    case 'split': {
      const order = at(paidOrders(model), draw.order);
      let room = splitRoom(model, order.name);
      const lines: SplitLine[] = draw.lines.map((line) => {
        const paid = model.splitPaid[order.name]?.[line.seller] ?? 0;
        const amount = line.refund ? pickAmount(paid, line.pick) : pickAmount(room, line.pick);
        if (!line.refund) room -= amount;
        const fee = { none: 0, tenth: Math.floor(amount / 10), all: amount, over: amount + 1 }[line.fee];
        return { seller: line.seller, amount, amountType: line.refund ? 'SELLER_REFUND' : 'SELLER_PAYMENT', fee, feeType: line.toSeller ? 'MARKETPLACE_TO_SELLER' : 'SELLER_TO_MARKETPLACE' };
      });
      return { kind: 'split', order: order.name, lines };
    }
    case 'transfer': {
      const payer = draw.toSeller ? 'marketplace' : draw.seller;
      return { kind: 'transfer', name: nextName(model, 'T'), seller: draw.seller, toSeller: draw.toSeller, amount: pickAmount(model.available[payer], draw.pick), ...(draw.day === undefined ? {} : { day: model.day + draw.day }) };
    }
    case 'payoutMerchant':
      return { kind: 'payoutMerchant', name: nextName(model, 'PM'), amount: pickAmount(model.available.marketplace, draw.pick), ...(draw.day === undefined ? {} : { day: model.day + draw.day }) };
    case 'payoutSeller':
      return { kind: 'payoutSeller', name: nextName(model, 'PS'), seller: draw.seller };
    case 'payoutSellerAmount':
      return { kind: 'payoutSellerAmount', name: nextName(model, 'PA'), seller: draw.seller, amount: pickAmount(model.available[draw.seller], draw.pick) };
    case 'bankBatch':
      return { kind: 'bankBatch' };
    case 'clock':
      return { kind: 'clock', day: model.day + draw.days };
    case 'onboarding':
      return onboardingAction(draw, model.onboarding, draw.country)!;
    case 'voucherOrder':
      return voucherOrder(draw, model);
  }
}

class JourneyCommand implements fc.AsyncCommand<JourneyModel, JourneyRunner> {
  constructor(private readonly draw: Draw) {}

  check(model: Readonly<JourneyModel>): boolean {
    return valid(this.draw, model as JourneyModel);
  }

  async run(model: JourneyModel, runner: JourneyRunner): Promise<void> {
    await runner.perform(concrete(this.draw, model), model);
  }

  toString(): string {
    return JSON.stringify(this.draw);
  }
}

// Boundaries first: whole amounts, one cent over, zero balances, the day itself.
const pick = fc.constantFrom<Boundary>('all', 'all', 'over', 'half', 'cent');
const seller = fc.constantFrom<SellerName>('S1', 'S2');
const day = fc.option(fc.constantFrom(0, 1, 2), { nil: undefined, freq: 2 });
const amount = fc.oneof(fc.constantFrom(1, 100, 10_000, 12_345), fc.integer({ min: 1, max: 50_000 }));
// Few eligible amounts, so that sellers' sums tie often; an absent one: no voucher of that type.
const eligible = fc.option(fc.constantFrom(100, 500, 900, 1400, 1900), { nil: undefined, freq: 3 });
const voucherItem = fc.record({ seller: fc.constantFrom('V1', 'V2', 'V3'), amount: fc.constantFrom(1000, 2000, 4000), conecs: eligible, cvconnect: eligible }).map(
  ({ seller, amount, conecs, cvconnect }): VoucherItem => ({ seller, amount, eligible: { ...(conecs === undefined ? {} : { CONECS: conecs }), ...(cvconnect === undefined ? {} : { CVCONNECT: cvconnect }) } }),
);

// Each draw with its weight: money must come in before it can move, so the operations that bring
// and split it come twice as often.
const draws: [fc.Arbitrary<Draw>, number][] = [
  [amount.map((cents) => ({ kind: 'order' as const, amount: cents })), 1],
  [fc.record({ order: fc.nat(3), whole: fc.boolean() }).map((draw) => ({ kind: 'payment' as const, ...draw })), 2],
  [fc.record({ order: fc.nat(3), type: fc.constantFrom<'REFUND' | 'CREDIT'>('REFUND', 'CREDIT'), pick }).map((draw) => ({ kind: 'payback' as const, ...draw })), 1],
  [fc.record({ transaction: fc.nat(5), over: fc.boolean() }).map((draw) => ({ kind: 'settlement' as const, ...draw })), 2],
  [
    fc
      .record({
        order: fc.nat(3),
        lines: fc.array(fc.record({ seller, pick, refund: fc.boolean(), fee: fc.constantFrom<'none' | 'tenth' | 'all' | 'over'>('none', 'tenth', 'tenth', 'all', 'over'), toSeller: fc.boolean() }), { minLength: 1, maxLength: 2 }),
      })
      .map((draw) => ({ kind: 'split' as const, ...draw })),
    2,
  ],
  [fc.record({ seller, toSeller: fc.boolean(), pick, day }, { requiredKeys: ['seller', 'toSeller', 'pick'] }).map((draw) => ({ kind: 'transfer' as const, ...draw })), 1],
  [fc.record({ pick, day }, { requiredKeys: ['pick'] }).map((draw) => ({ kind: 'payoutMerchant' as const, ...draw })), 1],
  [seller.map((name) => ({ kind: 'payoutSeller' as const, seller: name })), 1],
  [fc.record({ seller, pick }).map((draw) => ({ kind: 'payoutSellerAmount' as const, ...draw })), 1],
  [fc.constant({ kind: 'bankBatch' as const }), 1],
  [fc.constantFrom(1, 1, 2, 3).map((days) => ({ kind: 'clock' as const, days })), 1],
  // A seller needs seven steps of the seed's path to reach the operator's decision: the next step
  // comes most often, a detour now and then.
  [fc.record({ country: fc.constantFrom<OnboardingCountry>('FR', 'DE'), pick: fc.nat(63) }).map((draw) => ({ kind: 'onboarding' as const, move: 'next' as const, ...draw })), 6],
  [fc.record({ country: fc.constantFrom<OnboardingCountry>('FR', 'DE'), pick: fc.nat(63) }).map((draw) => ({ kind: 'onboarding' as const, move: 'aside' as const, ...draw })), 1],
  [fc.record({ items: fc.array(voucherItem, { minLength: 1, maxLength: 4 }), numbering: fc.tuple(fc.nat(2), fc.nat(2)) }).map((draw) => ({ kind: 'voucherOrder' as const, ...draw })), 1],
];

export function journeyCommands(maxCommands: number): fc.Arbitrary<Iterable<fc.AsyncCommand<JourneyModel, JourneyRunner>>> {
  return fc.commands(
    draws.flatMap(([arbitrary, weight]) => Array.from({ length: weight }, () => arbitrary.map((draw) => new JourneyCommand(draw)))),
    { maxCommands, size: 'large' },
  );
}
