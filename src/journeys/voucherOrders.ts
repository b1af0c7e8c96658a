// Voucher contract selection (second seed, interface §7): an order whose items carry vouchers of
// contract types CONECS and CVCONNECT; per type, the seller with the highest summed eligible_amount
// is selected, a tie going to the lowest contract number. Amounts are integers in minor units.
// Items are written as table rows: `seller`, optional `item`, `amount`, then one column per contract
// type holding the eligible amount (empty: no voucher of that type; "no amount": a voucher without
// eligible_amount). Contracts come from a second table, or are numbered in order of appearance.
import { readPointer, type ApiResponse } from '../client/index.ts';
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

/** An item of the answer (interface §7: a uuid, and is_selected on every voucher). */
interface VoucherAnswerItem {
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

/** An item as the order sent it (the seed's request shape). */
interface SentItem {
  external_ref?: unknown;
  amount?: unknown;
  voucher?: { contract_type?: unknown; eligible_amount?: unknown }[];
}

/** An item of the answer, with the item sent at its place and that item's seller. */
interface AnsweredItem {
  answered: VoucherAnswerItem;
  sent: SentItem | undefined;
  seller: string;
}

/** The seller an external_ref stands for: the name the scenario's table gave it, or the ref itself in an order written out. */
function sellerOfRef(world: KitWorld, ref: unknown): string {
  const drafted = world.isRemembered(draftKey) ? Object.entries(world.recall<VoucherOrderDraft>(draftKey).refs).find(([, value]) => value === ref)?.[0] : undefined;
  return drafted ?? String(ref);
}

/**
 * The answer's items (interface §7: the order, a uuid per item, is_selected on every voucher). The
 * seed's example answer names no seller per item: an item's seller is that of the item sent at its place.
 */
function answeredItems(world: KitWorld): AnsweredItem[] {
  requireStatus(world, world.lastResponse, 'created', 'creating the voucher order');
  const items = readPointer(world.lastResponse.body, '/items');
  if (!Array.isArray(items)) throw new ExpectationError('the voucher order answer has no items');
  const sent = readPointer(world.lastResponse.requestBody, '/items');
  return (items as VoucherAnswerItem[]).map((answered, index) => {
    const item = Array.isArray(sent) ? (sent[index] as SentItem | undefined) : undefined;
    return { answered, sent: item, seller: item ? sellerOfRef(world, item.external_ref) : `the unsent item ${index + 1}` };
  });
}

/** The vouchers of an answer item; an optional list answered null is none (interface §8). */
function vouchersOf(item: VoucherAnswerItem): NonNullable<VoucherAnswerItem['vouchers']> {
  return Array.isArray(item.vouchers) ? item.vouchers : [];
}

/** Which sellers have a selected voucher of `type`, and any voucher of that type whose flag is not a boolean. */
function selection(world: KitWorld, type: ContractType): { selected: Set<string>; offered: Set<string>; undecided: string[] } {
  const selected = new Set<string>();
  const offered = new Set<string>();
  const undecided: string[] = [];
  answeredItems(world).forEach(({ answered, seller }, index) => {
    for (const voucher of vouchersOf(answered)) {
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
  const partial = answeredItems(world).some((item) => item.seller === seller && vouchersOf(item.answered).some((voucher) => voucher.contract_type === type && voucher.is_selected !== true));
  if (partial) throw new ExpectationError(`only some of seller "${seller}"'s ${type} vouchers are selected: every one of them should be`);
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
  const items = answeredItems(world);
  const missing = items.flatMap(({ answered }, index) =>
    vouchersOf(answered).filter((voucher) => typeof voucher.is_selected !== 'boolean').map((voucher) => `item ${index + 1} ${String(voucher.contract_type)}`),
  );
  if (items.every(({ answered }) => vouchersOf(answered).length === 0)) throw new ExpectationError('the answer carries no voucher objects at all');
  if (missing.length > 0) throw new ExpectationError(`these vouchers carry no boolean is_selected: ${missing.join(', ')}`);
}

/** VOU-CREATED-ANSWER: status CREATED and a uuid on every item, in the order sent. */
export function expectCreatedWithUuids(world: KitWorld): void {
  const items = answeredItems(world);
  const status = readPointer(world.lastResponse.body, '/status');
  if (status !== 'CREATED') throw new ExpectationError(`the voucher order answered status ${JSON.stringify(status)}, expected CREATED`);
  const sent = readPointer(world.lastResponse.requestBody, '/items');
  const sentCount = Array.isArray(sent) ? sent.length : 0;
  if (items.length !== sentCount) throw new ExpectationError(`the answer has ${items.length} items, the order had ${sentCount}`);
  const uuids = items.map(({ answered }) => answered.uuid);
  if (!uuids.every((uuid) => typeof uuid === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uuid))) {
    throw new ExpectationError(`every item should carry a uuid, got ${JSON.stringify(uuids)}`);
  }
  if (new Set(uuids).size !== uuids.length) throw new ExpectationError('two items carry the same uuid');
}

/** VOU-MINOR-UNITS: the answer gives back each amount sent as the same integer of minor units. */
export function expectAmountsInMinorUnits(world: KitWorld): void {
  answeredItems(world).forEach(({ answered, sent }, index) => {
    if (answered.amount !== sent?.amount) throw new ExpectationError(`item ${index + 1} answers amount ${JSON.stringify(answered.amount)}, sent ${JSON.stringify(sent?.amount)} (minor units)`);
    for (const voucher of sent?.voucher ?? []) {
      if (voucher.eligible_amount === undefined) continue;
      const given = vouchersOf(answered).find((candidate) => candidate.contract_type === voucher.contract_type)?.eligible_amount;
      if (!Number.isInteger(given) || given !== voucher.eligible_amount) {
        throw new ExpectationError(`item ${index + 1} answers ${String(voucher.contract_type)} eligible_amount ${JSON.stringify(given)}, sent ${JSON.stringify(voucher.eligible_amount)} (minor units)`);
      }
    }
  });
}
