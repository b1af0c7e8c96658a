// The cash resources a scenario creates (orders, transactions, transfers, payouts), remembered under
// the names the scenario gives them, with what it takes to read, delete and follow each one.
// Only the resource's own ids are kept as `…Id` fields, so that a remembered name matches its own
// webhooks and no other (a payout does not match its seller's transfers). A record holds what the
// scenario sent and the one id the creation answered: nothing else of an answer is normative
// (interface §8 "Creation answers").
import type { ApiResponse, Caller } from '../client/index.ts';
import { readPointer } from '../client/index.ts';
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { recallSeller, succeeded } from './onboarding.ts';

export type CashKind = 'order' | 'transaction' | 'transfer' | 'payoutMerchant' | 'payoutSeller' | 'payoutSellerAmount';

export interface OrderRecord {
  kind: 'order';
  /**
   * MS's id. An order MS created from a transaction naming an unknown externalOrderId is known by
   * its externalOrderId until its orderId is learnt (from order.notFound, interface §4).
   */
  orderId?: string;
  externalOrderId: string;
  /** The currency the scenario deals in on this order (an order itself needs none, seed §3 Orders). */
  currency: string;
  /** The marketplace that registered it, when not the primary one: it is read with that marketplace's token. */
  owner?: Caller;
}

export interface TransactionRecord {
  kind: 'transaction';
  transactionId: string;
  externalTransactionId: string;
  order: string;
  /** How many settlements of the scenario changed its paidAmount: each is announced by one transaction.update (seed §3). */
  paidAmountChanges: number;
}

export interface TransferRecord {
  kind: 'transfer';
  transferId: string;
  externalTransferId: string;
  seller: string;
}

export interface PayoutMerchantRecord {
  kind: 'payoutMerchant';
  payoutMerchantId: string;
  /** The paying account's available money when the payout was asked for: what it paid is read from there, not from its own echo. */
  availableBefore: string;
}

export interface PayoutSellerRecord {
  kind: 'payoutSeller';
  payoutSellerId: string;
  seller: string;
}

export interface PayoutSellerAmountRecord {
  kind: 'payoutSellerAmount';
  payoutSellerAmountId: string;
  seller: string;
  availableBefore: string;
}

export type CashRecord = OrderRecord | TransactionRecord | TransferRecord | PayoutMerchantRecord | PayoutSellerRecord | PayoutSellerAmountRecord;
type RecordOf<K extends CashKind> = Extract<CashRecord, { kind: K }>;

/** What a step calls a resource ("payout" covers the three kinds of payout). */
export type CashNoun = 'order' | 'transaction' | 'transfer' | 'payout';

const kindsByNoun: Record<CashNoun, readonly CashKind[]> = {
  order: ['order'],
  transaction: ['transaction'],
  transfer: ['transfer'],
  payout: ['payoutMerchant', 'payoutSeller', 'payoutSellerAmount'],
};

/** The webhook announcing a resource's definitive status (seed §3; payoutSellerAmount reports as payoutSeller). */
const updateWebhook: Partial<Record<CashKind, string>> = {
  transfer: 'transfer.update',
  payoutMerchant: 'payoutMerchant.update',
  payoutSeller: 'payoutSeller.update',
  payoutSellerAmount: 'payoutSeller.update',
};

/** The field of a creation answer that carries the new resource's id. */
export const idFieldOf: Record<CashKind, string> = {
  order: 'orderId',
  transaction: 'transactionId',
  transfer: 'transferId',
  payoutMerchant: 'payoutMerchantId',
  payoutSeller: 'payoutSellerId',
  payoutSellerAmount: 'payoutSellerAmountId',
};

/** A creation the target refused, kept so that a later step names the refusal rather than a missing name. */
interface RefusedCreation {
  kind: CashKind;
  refused: string;
}

/**
 * Every cash resource the scenario created, whatever name it is remembered under now: lists are
 * filtered by these ids. An object without id fields, so that the memory does not take it for a resource.
 */
const createdKey = 'cash resources created by the scenario';

interface CreatedCash {
  records: CashRecord[];
}

function createdCash(world: KitWorld): CreatedCash {
  if (!world.isRemembered(createdKey)) world.remember(createdKey, { records: [] } satisfies CreatedCash);
  return world.recall<CreatedCash>(createdKey);
}

/** The resources of `kind` the scenario created, in creation order. */
export function createdRecords<K extends CashKind>(world: KitWorld, kind: K): RecordOf<K>[] {
  return createdCash(world).records.filter((record): record is RecordOf<K> => record.kind === kind);
}

/** Remembers a resource of the scenario under `name`. */
export function rememberCash(world: KitWorld, name: string, record: CashRecord): void {
  world.remember(name, record);
  createdCash(world).records.push(record);
}

/** The MS sellerId the cash endpoints name a seller by (interface §3). */
export function cashSellerId(world: KitWorld, sellerName: string): string {
  const sellerId = recallSeller(world, sellerName).sellerId;
  if (!sellerId) throw new ExpectationError(`seller "${sellerName}" has no sellerId yet: MS assigns it when the seller is created`);
  return sellerId;
}

/** Remembers what a creation answered: the record built around the new id when it succeeded, the refusal otherwise. */
export function rememberCreation<K extends CashKind>(world: KitWorld, name: string, response: ApiResponse, kind: K, record: (id: string) => RecordOf<K>): void {
  const idField = idFieldOf[kind];
  const id = readPointer(response.body, `/${idField}`);
  if (succeeded(response) && typeof id === 'string' && id !== '') {
    rememberCash(world, name, record(id));
    return;
  }
  const code = readPointer(response.body, world.profile.errors.codePointer);
  const why = succeeded(response) ? ` without its ${idField}` : typeof code === 'string' ? ` ${code}` : '';
  world.remember(name, { kind, refused: `${response.method} ${response.path} answered ${response.status}${why}` } satisfies RefusedCreation);
}

export function recallCash<K extends CashKind>(world: KitWorld, name: string, ...kinds: K[]): RecordOf<K> {
  const value = world.recall<CashRecord | RefusedCreation>(name, kinds.length === 1 ? describeKind(kinds[0]).replace(/^an? /, '') : 'resource');
  if (value === null || typeof value !== 'object' || !('kind' in value)) throw new ExpectationError(`"${name}" is not an order, transaction, transfer or payout of this scenario`);
  if ('refused' in value) throw new ExpectationError(`${describeKind(value.kind)} "${name}" was never created: ${value.refused}`);
  if (kinds.length > 0 && !kinds.includes(value.kind as K)) {
    throw new ExpectationError(`"${name}" is ${describeKind(value.kind)}, not ${kinds.map(describeKind).join(' or ')}`);
  }
  return value as RecordOf<K>;
}

export function recallByNoun(world: KitWorld, noun: CashNoun, name: string): CashRecord {
  return recallCash(world, name, ...kindsByNoun[noun]);
}

export function describeKind(kind: CashKind): string {
  switch (kind) {
    case 'payoutMerchant':
      return 'a merchant payout';
    case 'payoutSeller':
      return 'a seller payout';
    case 'payoutSellerAmount':
      return 'a seller amount payout';
    default:
      return `an ${kind}`.replace(/^an ([^aeiou])/, 'a $1');
  }
}

/** The path of a cash resource on the MS API; payouts to a seller sit under that seller. */
export function cashResourcePath(kind: CashKind, resourceKey: string, sellerId?: string): string {
  const id = encodeURIComponent(resourceKey);
  const seller = () => `/sellers/${encodeURIComponent(sellerId ?? '')}`;
  switch (kind) {
    case 'order':
      return `/orders/${id}`;
    case 'transaction':
      return `/transactions/${id}`;
    case 'transfer':
      return `/transfers/${id}`;
    case 'payoutMerchant':
      return `/payoutMerchants/${id}`;
    case 'payoutSeller':
      return `${seller()}/payoutSellers/${id}`;
    case 'payoutSellerAmount':
      return `${seller()}/payoutSellerAmount/${id}`;
  }
}

/** The resource's path on the MS API. */
export function resourcePath(world: KitWorld, record: CashRecord): string {
  return cashResourcePath(record.kind, resourceId(record), 'seller' in record ? cashSellerId(world, record.seller) : undefined);
}

/** The order's orderId, which a step needing it cannot do without. */
export function orderIdOf(record: OrderRecord): string {
  if (record.orderId === undefined) throw new ExpectationError(`the order of externalOrderId ${record.externalOrderId} has no orderId yet: MS gives it in its order.notFound webhook (interface §4)`);
  return record.orderId;
}

export function resourceId(record: CashRecord): string {
  switch (record.kind) {
    case 'order':
      return orderIdOf(record);
    case 'transaction':
      return record.transactionId;
    case 'transfer':
      return record.transferId;
    case 'payoutMerchant':
      return record.payoutMerchantId;
    case 'payoutSeller':
      return record.payoutSellerId;
    case 'payoutSellerAmount':
      return record.payoutSellerAmountId;
  }
}

export function readResource(world: KitWorld, record: CashRecord): Promise<ApiResponse> {
  return world.api.send({ method: 'GET', path: resourcePath(world, record), ...(record.kind === 'order' && record.owner ? { as: record.owner } : {}) });
}

/** GET that must answer the profile's "read" status; returns the body. */
export async function requireResource(world: KitWorld, name: string, record: CashRecord): Promise<Record<string, unknown>> {
  const response = await readResource(world, record);
  world.expectStatus('read');
  if (response.body === null || typeof response.body !== 'object') throw new ExpectationError(`reading ${describeKind(record.kind)} "${name}" gave no JSON object`);
  return response.body as Record<string, unknown>;
}

export function deleteResource(world: KitWorld, record: CashRecord): Promise<ApiResponse> {
  return world.api.send({ method: 'DELETE', path: resourcePath(world, record) });
}

export function updateWebhookOf(record: CashRecord): string {
  const type = updateWebhook[record.kind];
  if (!type) throw new ExpectationError(`${describeKind(record.kind)} has no status webhook`);
  return type;
}

/**
 * Waits for the resource's status webhook, requires `status` in it and in a fresh GET. A second
 * status webhook among those arrived by the end of the scenario fails it too; no quiet window is
 * kept open for one, since the promise here is the final state, read back.
 */
export async function expectFinalStatus(world: KitWorld, name: string, record: CashRecord, status: string): Promise<void> {
  const type = updateWebhookOf(record);
  const event = await world.webhooks.expectExactlyOnce(type, resourceId(record), { quietWindow: false });
  const announced = readPointer(event.data, '/status');
  if (announced !== status) throw new ExpectationError(`the ${type} webhook for ${describeKind(record.kind)} "${name}" announced ${JSON.stringify(announced)}, expected ${status}`);
  const body = await requireResource(world, name, record);
  if (body.status !== status) throw new ExpectationError(`${describeKind(record.kind)} "${name}" reads ${JSON.stringify(body.status)} after its ${type} webhook announced ${status}`);
}

/**
 * Still waiting: reads PENDING, and no status webhook has come for it so far. The state read is the
 * evidence; the scenario's next step may legitimately execute it, so no quiet window is kept open.
 */
export async function expectStillPending(world: KitWorld, name: string, record: CashRecord): Promise<void> {
  const body = await requireResource(world, name, record);
  if (body.status !== 'PENDING') throw new ExpectationError(`${describeKind(record.kind)} "${name}" should still be PENDING but reads ${JSON.stringify(body.status)}`);
  const type = updateWebhookOf(record);
  const early = world.webhooks.events({ type, resource: resourceId(record) });
  if (early.length > 0) throw new ExpectationError(`${describeKind(record.kind)} "${name}" reads PENDING but its ${type} webhook already came (${early.map((event) => event.id).join(', ')})`);
}
