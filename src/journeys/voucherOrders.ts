// Voucher contract selection (second seed, interface §7): an order whose items carry vouchers of
// contract types CONECS and CVCONNECT; per type, the seller with the highest summed eligible_amount
// is selected, a tie going to the lowest contract number. Amounts are integers in minor units.
// Items are written as table rows: `seller`, optional `item`, `amount`, then one column per contract
// type holding the eligible amount (empty: no voucher of that type; "no amount": a voucher without
// eligible_amount). Contracts come from a second table, or are numbered in order of appearance.
import type { ApiResponse } from '../client/index.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { writtenValue } from './cashPayloadEdits.ts';
import { requireStatus } from './onboarding.ts';

export const contractTypes = ['CONECS', 'CVCONNECT'] as const;
export type ContractType = (typeof contractTypes)[number];

const withoutEligibleAmount = 'no amount';
const draftKey = 'voucher order';

interface VoucherOrderDraft {
  /** external_ref sent for each seller name: unique to the scenario. */
  refs: Record<string, string>;
  items: Record<string, string>[];
  contracts: { seller: string; type: ContractType; number: string }[];
}

interface VoucherAnswerItem {
  external_ref?: unknown;
  amount?: unknown;
  uuid?: unknown;
  vouchers?: { contract_type?: unknown; eligible_amount?: unknown; is_selected?: unknown }[];
}

function draft(world: KitWorld): VoucherOrderDraft {
  if (!world.isRemembered(draftKey)) world.remember(draftKey, { refs: {}, items: [], contracts: [] } satisfies VoucherOrderDraft);
  return world.recall<VoucherOrderDraft>(draftKey);
}

function refOf(world: KitWorld, order: VoucherOrderDraft, seller: string): string {
  order.refs[seller] ??= `${seller}-${world.ids.next()}`;
  return order.refs[seller];
}

export function describeVoucherItems(world: KitWorld, rows: readonly Record<string, string>[]): void {
  const order = draft(world);
  for (const [index, row] of rows.entries()) {
    if (!row.seller || !row.amount) throw new ExpectationError(`voucher item ${index + 1} needs a seller and an amount`);
    refOf(world, order, row.seller);
    order.items.push(row);
  }
}

export function describeVoucherContracts(world: KitWorld, rows: readonly Record<string, string>[]): void {
  const order = draft(world);
  for (const row of rows) {
    for (const type of contractTypes) if (row[type]) order.contracts.push({ seller: row.seller, type, number: row[type] });
  }
}

function requestBody(world: KitWorld, order: VoucherOrderDraft): Record<string, unknown> {
  let nextNumber = 1000001;
  const contracts = [...order.contracts];
  const items = order.items.map((row, index) => {
    const voucher = contractTypes
      .filter((type) => row[type])
      .map((type) => {
        if (!contracts.some((contract) => contract.seller === row.seller && contract.type === type)) contracts.push({ seller: row.seller, type, number: String(nextNumber++) });
        return row[type] === withoutEligibleAmount ? { contract_type: type } : { contract_type: type, eligible_amount: writtenValue(row[type]) };
      });
    return { external_ref: refOf(world, order, row.seller), ref: row.item || `${row.seller} article ${index + 1}`, amount: writtenValue(row.amount), voucher };
  });
  const amount = items.reduce((total, item) => total + (typeof item.amount === 'number' ? item.amount : 0), 0);
  return {
    amount,
    currency: 'EUR',
    reference: world.ids.next(),
    items,
    contracts: contracts.map((contract) => ({ external_ref: refOf(world, order, contract.seller), contract_type: contract.type, contract_number: contract.number })),
  };
}

export async function createVoucherOrder(world: KitWorld): Promise<ApiResponse> {
  const order = draft(world);
  if (order.items.length === 0) throw new ExpectationError('the voucher order has no items: describe them first');
  return world.vouchers.send({ method: 'POST', path: '/marketplace/orders', body: requestBody(world, order) });
}

function answerItems(world: KitWorld): VoucherAnswerItem[] {
  requireStatus(world, world.lastResponse, 'created', 'creating the voucher order');
  const items = (world.lastResponse.body as { items?: unknown }).items;
  if (!Array.isArray(items)) throw new ExpectationError('the voucher order answer has no items');
  return items as VoucherAnswerItem[];
}

function sellerOfRef(order: VoucherOrderDraft, ref: unknown): string {
  return Object.entries(order.refs).find(([, value]) => value === ref)?.[0] ?? String(ref);
}

/** Which sellers have a selected voucher of `type`, and any voucher of that type whose flag is not a boolean. */
function selection(world: KitWorld, type: ContractType): { selected: Set<string>; offered: Set<string>; undecided: string[] } {
  const order = draft(world);
  const selected = new Set<string>();
  const offered = new Set<string>();
  const undecided: string[] = [];
  answerItems(world).forEach((item, index) => {
    const seller = sellerOfRef(order, item.external_ref);
    for (const voucher of item.vouchers ?? []) {
      if (voucher.contract_type !== type) continue;
      offered.add(seller);
      if (typeof voucher.is_selected !== 'boolean') undecided.push(`item ${index + 1} (${seller})`);
      else if (voucher.is_selected) selected.add(seller);
    }
  });
  return { selected, offered, undecided };
}

/** VOU-HIGHEST-ELIGIBLE-WINS and friends: `seller`'s vouchers of `type` are selected, nobody else's. */
export function expectSelected(world: KitWorld, seller: string, type: ContractType): void {
  const { selected, offered, undecided } = selection(world, type);
  if (undecided.length > 0) throw new ExpectationError(`the ${type} vouchers of ${undecided.join(', ')} carry no is_selected flag`);
  if (!offered.has(seller)) throw new ExpectationError(`seller "${seller}" has no ${type} voucher in the answer`);
  if (selected.size !== 1 || !selected.has(seller)) {
    throw new ExpectationError(`expected seller "${seller}" alone to be selected for ${type}, but ${selected.size === 0 ? 'nobody is' : [...selected].map((name) => `"${name}"`).join(' and ') + ' is'}`);
  }
  const order = draft(world);
  const items = answerItems(world);
  const partial = items.some((item) => sellerOfRef(order, item.external_ref) === seller && (item.vouchers ?? []).some((voucher) => voucher.contract_type === type && voucher.is_selected !== true));
  if (partial) throw new ExpectationError(`only some of seller "${seller}"'s ${type} vouchers are selected: every one of them should be`);
  const listed = (world.lastResponse.body as { selectedSellers?: { contract_type?: unknown; external_ref?: unknown }[] }).selectedSellers;
  const entry = listed?.find((candidate) => candidate.contract_type === type);
  if (listed && entry && entry.external_ref !== order.refs[seller]) {
    throw new ExpectationError(`selectedSellers names "${sellerOfRef(order, entry.external_ref)}" for ${type} while the vouchers select "${seller}"`);
  }
}

/** VOU-ONE-SELLER-PER-CONTRACT: for each contract type offered, exactly one seller is selected. */
export function expectOneSellerPerContract(world: KitWorld): void {
  for (const type of contractTypes) {
    const { selected, offered } = selection(world, type);
    if (offered.size > 0 && selected.size !== 1) throw new ExpectationError(`${selected.size} sellers are selected for ${type} (${[...selected].join(', ') || 'none'}), expected exactly one`);
  }
}

/** VOU-IS-SELECTED-EVERY-VOUCHER: every voucher object of every item carries a boolean is_selected. */
export function expectEveryVoucherFlagged(world: KitWorld): void {
  const missing = answerItems(world).flatMap((item, index) =>
    (item.vouchers ?? []).filter((voucher) => typeof voucher.is_selected !== 'boolean').map((voucher) => `item ${index + 1} ${String(voucher.contract_type)}`),
  );
  const vouchers = answerItems(world).reduce((count, item) => count + (item.vouchers?.length ?? 0), 0);
  if (vouchers === 0) throw new ExpectationError('the answer carries no voucher objects at all');
  if (missing.length > 0) throw new ExpectationError(`these vouchers carry no boolean is_selected: ${missing.join(', ')}`);
}

/** VOU-CREATED-ANSWER: status CREATED and a uuid on every item, in the order sent. */
export function expectCreatedWithUuids(world: KitWorld): void {
  const order = draft(world);
  const items = answerItems(world);
  const status = (world.lastResponse.body as { status?: unknown }).status;
  if (status !== 'CREATED') throw new ExpectationError(`the voucher order answered status ${JSON.stringify(status)}, expected CREATED`);
  if (items.length !== order.items.length) throw new ExpectationError(`the answer has ${items.length} items, the order had ${order.items.length}`);
  const uuids = items.map((item) => item.uuid);
  if (!uuids.every((uuid) => typeof uuid === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid))) {
    throw new ExpectationError(`every item should carry a uuid, got ${JSON.stringify(uuids)}`);
  }
  if (new Set(uuids).size !== uuids.length) throw new ExpectationError('two items carry the same uuid');
}

/** VOU-MINOR-UNITS: the answer gives back each amount as the same integer of minor units. */
export function expectAmountsInMinorUnits(world: KitWorld): void {
  const order = draft(world);
  const items = answerItems(world);
  order.items.forEach((row, index) => {
    const item = items[index];
    if (item?.amount !== writtenValue(row.amount)) throw new ExpectationError(`item ${index + 1} answers amount ${JSON.stringify(item?.amount)}, sent ${row.amount} (minor units)`);
    for (const type of contractTypes) {
      if (!row[type] || row[type] === withoutEligibleAmount) continue;
      const voucher = item.vouchers?.find((candidate) => candidate.contract_type === type);
      if (!Number.isInteger(voucher?.eligible_amount) || voucher?.eligible_amount !== writtenValue(row[type])) {
        throw new ExpectationError(`item ${index + 1} answers ${type} eligible_amount ${JSON.stringify(voucher?.eligible_amount)}, sent ${row[type]} (minor units)`);
      }
    }
  });
}
