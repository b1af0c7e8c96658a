// A voucher order of the second seed (interface §7), named "VO1", "VO2"…: items of sellers "V1"–"V3",
// each with eligible amounts per contract type (minor units), and each seller's contract number per
// type. Said with the suite's voucher steps (steps/vouchers.steps.ts), whose tables build the same
// request.

export const voucherContractTypes = ['CONECS', 'CVCONNECT'] as const;
export type VoucherContractType = (typeof voucherContractTypes)[number];

export interface VoucherItem {
  seller: string;
  /** Minor units. */
  amount: number;
  eligible: Partial<Record<VoucherContractType, number>>;
}

export interface VoucherAction {
  kind: 'voucherOrder';
  name: string;
  items: VoucherItem[];
  /** Per seller and contract type, its contract number (seven digits: the lowest wins a tie, interface §7). */
  contracts: Record<string, Partial<Record<VoucherContractType, string>>>;
}

/** The two tables and the creation, as steps/vouchers.steps.ts reads them. */
export function voucherGherkin(action: VoucherAction, table: (header: readonly string[], rows: readonly (readonly string[])[]) => string[]): string[] {
  const types = voucherContractTypes.filter((type) => action.items.some((item) => item.eligible[type] !== undefined));
  const sellers = Object.keys(action.contracts);
  return [
    'When a voucher order with these items:',
    ...table(['seller', 'amount', ...types], action.items.map((item) => [item.seller, String(item.amount), ...types.map((type) => (item.eligible[type] === undefined ? '' : String(item.eligible[type])))])),
    "And the sellers' voucher contracts are:",
    ...table(['seller', ...types], sellers.map((seller) => [seller, ...types.map((type) => action.contracts[seller]![type] ?? '')])),
    'And the marketplace creates the voucher order',
  ];
}

/** The request body the steps send for these tables (src/journeys/voucherOrders.ts), with this side's refs. */
export function voucherRequest(action: VoucherAction, refOf: (seller: string) => string, reference: string): Record<string, unknown> {
  const items = action.items.map((item, index) => ({
    external_ref: refOf(item.seller),
    ref: `${item.seller} article ${index + 1}`,
    amount: item.amount,
    voucher: voucherContractTypes.filter((type) => item.eligible[type] !== undefined).map((type) => ({ contract_type: type, eligible_amount: item.eligible[type] })),
  }));
  const contracts = Object.entries(action.contracts).flatMap(([seller, numbers]) =>
    voucherContractTypes.filter((type) => numbers[type] !== undefined).map((type) => ({ external_ref: refOf(seller), contract_type: type, contract_number: numbers[type] })),
  );
  return { amount: items.reduce((total, item) => total + item.amount, 0), currency: 'EUR', reference, items, contracts };
}
