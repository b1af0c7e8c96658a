// The model a journey is drawn from: what the reference sandbox (the executable reference of the
// rules) accepted so far, and its balances. It only guides generation: which operations are valid
// now, and where the boundaries are (exact ceilings, one cent over, zero balances, the day itself).
import type { JourneyAction, SellerName, SplitLine, TransactionType } from './journeyActions.ts';
import { isOnboarding } from './onboardingActions.ts';
import { acceptOnboarding, type OnboardingState } from './onboardingModel.ts';

export interface ModelTransaction {
  name: string;
  order: string;
  type: TransactionType;
  amount: number;
  cashed: number;
}

export interface JourneyModel {
  orders: { name: string; amount: number }[];
  transactions: ModelTransaction[];
  /** Per order, the SELLER_PAYMENT cents split so far per seller (the reference accepted them). */
  splitPaid: Record<string, Partial<Record<SellerName, number>>>;
  /** Available cents per party, as the reference shows them after the last step. */
  available: Record<SellerName | 'marketplace', number>;
  day: number;
  /** Whether the marketplace's own account is the journey's (both sides started empty). */
  fresh: boolean;
  /** Whether the target has the voucher API (interface §7): voucher orders are drawn only then. */
  vouchers: boolean;
  /** The journey's own seller K1 once the reference created it. */
  onboarding?: OnboardingState;
  counters: Record<string, number>;
}

export function emptyModel(fresh: boolean, vouchers: boolean): JourneyModel {
  return { orders: [], transactions: [], splitPaid: {}, available: { S1: 0, S2: 0, marketplace: 0 }, day: 0, fresh, vouchers, counters: {} };
}

export function nextName(model: JourneyModel, prefix: string): string {
  model.counters[prefix] = (model.counters[prefix] ?? 0) + 1;
  return `${prefix}${model.counters[prefix]}`;
}

export type Boundary = 'all' | 'over' | 'half' | 'cent';

/** An amount at a boundary of `limit` cents: all of it, one cent over, half, one cent. */
export function pickAmount(limit: number, pick: Boundary): number {
  const base = Math.max(limit, 0);
  switch (pick) {
    case 'all':
      return Math.max(base, 1);
    case 'over':
      return base + 1;
    case 'half':
      return Math.max(Math.floor(base / 2), 1);
    case 'cent':
      return 1;
  }
}

export function paymentOf(model: JourneyModel, order: string): ModelTransaction | undefined {
  return model.transactions.find((transaction) => transaction.order === order && transaction.type === 'PAYMENT');
}

/** SPL-CEILING-FORMULA: Σ PAYMENT − Σ REFUND − Σ CREDIT of the order, paid or not, minus what is split already. */
export function splitRoom(model: JourneyModel, order: string): number {
  const ceiling = model.transactions.filter((transaction) => transaction.order === order).reduce((sum, transaction) => sum + (transaction.type === 'PAYMENT' ? transaction.amount : -transaction.amount), 0);
  const split = Object.values(model.splitPaid[order] ?? {}).reduce((sum, cents) => sum + (cents ?? 0), 0);
  return ceiling - split;
}

/** What the reference accepted changes the model; refusals change nothing. */
export function applyAccepted(model: JourneyModel, action: JourneyAction, accepted: boolean): void {
  if (!accepted) return;
  if (isOnboarding(action)) {
    model.onboarding = acceptOnboarding(model.onboarding, action);
    return;
  }
  switch (action.kind) {
    case 'order':
      model.orders.push({ name: action.name, amount: action.amount });
      return;
    case 'transaction':
      model.transactions.push({ name: action.name, order: action.order, type: action.type, amount: action.amount, cashed: 0 });
      return;
    case 'settlement': {
      const transaction = model.transactions.find((candidate) => candidate.name === action.transaction);
      if (transaction) transaction.cashed += action.amount;
      return;
    }
    case 'split': {
      const paid = (model.splitPaid[action.order] ??= {});
      for (const line of action.lines as SplitLine[]) paid[line.seller] = (paid[line.seller] ?? 0) + (line.amountType === 'SELLER_PAYMENT' ? line.amount : -line.amount);
      return;
    }
    case 'clock':
      model.day = action.day;
      return;
    default:
      return;
  }
}
