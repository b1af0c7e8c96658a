// The operations a journey is made of, with concrete values, as the kit's domain steps say them.
// Each action is sent alike to both sides; `gherkinOf` writes it with the suite's existing steps
// (steps/cash.steps.ts, and the onboarding, KYC and voucher steps through their own modules), so
// that a finding's scenario replays exactly the requests explore sent.
import { onboardingGherkin, type OnboardingAction } from './onboardingActions.ts';
import { voucherGherkin, type VoucherAction } from './voucherActions.ts';

export type TransactionType = 'PAYMENT' | 'REFUND' | 'CREDIT';
export type SellerName = 'S1' | 'S2';
export const sellerNames: readonly SellerName[] = ['S1', 'S2'];

export interface SplitLine {
  seller: SellerName;
  /** Cents. */
  amount: number;
  amountType: 'SELLER_PAYMENT' | 'SELLER_REFUND';
  fee: number;
  feeType: 'SELLER_TO_MARKETPLACE' | 'MARKETPLACE_TO_SELLER';
}

export type JourneyAction =
  | { kind: 'order'; name: string; amount: number }
  | { kind: 'transaction'; name: string; order: string; type: TransactionType; amount: number }
  | { kind: 'settlement'; transaction: string; amount: number }
  | { kind: 'split'; order: string; lines: SplitLine[] }
  | { kind: 'transfer'; name: string; seller: SellerName; toSeller: boolean; amount: number; day?: number }
  | { kind: 'payoutMerchant'; name: string; amount: number; day?: number }
  | { kind: 'payoutSeller'; name: string; seller: SellerName }
  | { kind: 'payoutSellerAmount'; name: string; seller: SellerName; amount: number }
  | { kind: 'bankBatch' }
  | { kind: 'clock'; day: number }
  | OnboardingAction
  | VoucherAction;

/** Cents as the steps write money: 1234 → "12.34". */
export function written(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const onDay = (day: number | undefined) => (day === undefined ? '' : ` on day ${day}`);

/** The step(s) saying the action; `accepted` tells a settlement the bank made from one it only tried. */
export function gherkinOf(action: JourneyAction, accepted: boolean): string[] {
  switch (action.kind) {
    case 'order':
      return [`When the marketplace registers an order "${action.name}" of ${written(action.amount)} EUR`];
    case 'transaction':
      return [`When the marketplace registers a ${action.type} "${action.name}" of ${written(action.amount)} EUR on order "${action.order}"`];
    case 'settlement':
      return [accepted ? `When the bank cashes ${written(action.amount)} EUR for transaction "${action.transaction}"` : `When the bank tries to cash ${written(action.amount)} EUR for transaction "${action.transaction}"`];
    case 'split':
      return [
        `When the marketplace splits order "${action.order}":`,
        ...table(['seller', 'amount', 'amountType', 'fee', 'feeType'], action.lines.map((line) => [line.seller, written(line.amount), line.amountType, written(line.fee), line.feeType])),
      ];
    case 'transfer': {
      const [from, to] = action.toSeller ? ['the marketplace', `seller "${action.seller}"`] : [`seller "${action.seller}"`, 'the marketplace'];
      return [`When the marketplace makes transfer "${action.name}" of ${written(action.amount)} EUR from ${from} to ${to}${onDay(action.day)}`];
    }
    case 'payoutMerchant':
      return [`When the marketplace orders merchant payout "${action.name}" of ${written(action.amount)} EUR${onDay(action.day)}`];
    case 'payoutSeller':
      return [`When the marketplace orders seller payout "${action.name}" for seller "${action.seller}" of every payable order`];
    case 'payoutSellerAmount':
      return [`When the marketplace orders seller amount payout "${action.name}" of ${written(action.amount)} EUR for seller "${action.seller}"`];
    case 'bankBatch':
      return ['When a bank batch runs'];
    case 'clock':
      return [`When the marketplace's clock reaches day ${action.day}`];
    case 'voucherOrder':
      return voucherGherkin(action, table);
    default:
      return onboardingGherkin(action, table);
  }
}

/** A Gherkin data table, columns aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  return all.map((row) => `  | ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`);
}
