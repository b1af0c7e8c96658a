// What explore reads of a side after a step, in the normative view: only what the documents define
// (interface §8 leaves ids, timestamps, extra fields and the bodies of simulation answers open).
import { Decimal } from 'decimal.js';
import type { ApiResponse } from '../client/index.ts';
import { acceptedStatuses, alternativeSituations, situations } from '../profile/index.ts';
import type { ExploreSide } from './exploreSide.ts';
import { sellerNames, type JourneyAction } from './journeyActions.ts';
import { isOnboarding } from './onboardingActions.ts';
import { onboardingResourceKinds, type LedgerAccount, type ResourceKind, type ResourceRecord, type SideJourney } from './sideJourney.ts';
import type { CashKind } from '../journeys/cashResources.ts';

export interface Balance {
  available: string;
  previsional: string;
}

export interface Observation {
  /** The situations (interface §2, read through the side's profile) the step's answer stands for. */
  answer?: { status: number; situations: string[] };
  /** Per named resource, its documented fields (`found: no` once it cannot be read). */
  resources: Record<string, Record<string, string>>;
  /** Per seller of the journey (and the marketplace when the side started empty), the change since the journey began. */
  balances: Record<string, Balance>;
  /** Where Σ balances ≠ money entered − money left on this side (only when the side started empty). */
  conservation: string[];
  /** Per named transaction, transfer, payout or onboarded seller, the webhook types about it in arrival order. */
  webhooks: Record<string, string[]>;
}

/**
 * The documented fields of each kind: cash resources (seed §3, interface §4; a payoutSeller's amount
 * once it is final), a party's statuses and missing data and a document's status (seed §2.4,
 * interface §3). A voucher order's documented state, each voucher object's is_selected (interface
 * §7), is named per item and contract type from its answer (SideJourney): every field it has counts.
 */
const documented: Record<Exclude<ResourceKind, 'voucherOrder'>, readonly string[]> = {
  order: ['amount'],
  transaction: ['type', 'amount', 'paidAmount'],
  transfer: ['status', 'amount'],
  payoutMerchant: ['status', 'amount'],
  payoutSeller: ['status', 'amount'],
  payoutSellerAmount: ['status', 'askedAmount'],
  seller: ['dataStatus', 'documentListStatus', 'missingData'],
  contact: ['dataStatus', 'documentListStatus', 'missingData'],
  document: ['status'],
};

/** Kinds whose webhooks the seed names (interface §5); contacts, documents and voucher orders have none. */
const announced = new Set<ResourceKind>(['transaction', 'transfer', 'payoutMerchant', 'payoutSeller', 'payoutSellerAmount', 'seller']);

/** Actions that move money or a cash resource's state; onboarding and voucher orders do neither (seed §2, interface §7). */
const movesCash = (action: JourneyAction | undefined) => action === undefined || (!isOnboarding(action) && action.kind !== 'voucherOrder');

const finalStatuses = new Set(['VALIDATED', 'CANCELLED']);

function decimalOf(value: unknown): Decimal | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  try {
    return new Decimal(value);
  } catch {
    return undefined;
  }
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  // An amount may come as a number or a numeric string: 12.3, "12.30" and 12.30 are one amount.
  const amount = typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) ? decimalOf(value) : undefined;
  return amount ? amount.toFixed(2) : typeof value === 'string' ? value : JSON.stringify(value);
}

function situationsOf(side: ExploreSide, response: ApiResponse): string[] {
  return [...situations, ...alternativeSituations].filter((situation) => {
    try {
      return acceptedStatuses(side.profile, situation, response.operationId).includes(response.status);
    } catch {
      return false;
    }
  });
}

/**
 * The bodies of the journey's resources. What cannot change any more is not read again: an order
 * (nothing in a journey changes it), a transaction other than the one just settled, a transfer or
 * payout once VALIDATED or CANCELLED (seed §3: definitive statuses). A PENDING one changes only when
 * it executes (interface §4): right after its creation, at a bank batch, or when the clock reaches
 * its date; it is read again only after such a step (money moved otherwise shows in the ledger).
 */
async function readResources(journey: SideJourney, action: JourneyAction | undefined): Promise<Record<string, Record<string, unknown> | undefined>> {
  const cash = [...journey.records].filter((entry): entry is [string, ResourceRecord & { kind: CashKind }] => !onboardingResourceKinds.has(entry[1].kind) && entry[1].kind !== 'voucherOrder');
  const stale = cash.filter(([name, record]) => {
    if (!journey.bodies.has(name)) return true;
    if (!movesCash(action)) return false;
    if (record.kind === 'transaction') return action?.kind === 'settlement' && action.transaction === name;
    if (record.kind === 'order') return false;
    const executes = action?.kind === 'bankBatch' || action?.kind === 'clock' || (action !== undefined && 'name' in action && action.name === name);
    return executes && !finalStatuses.has(String(journey.bodies.get(name)?.status));
  });
  // The seller view holds K1, its contacts and documents: read once, after K1's own operations.
  const onboarding = action !== undefined && isOnboarding(action) ? journey.onboarding.read() : undefined;
  await Promise.all([
    ...stale.map(async ([name, record]) => {
      const response = await journey.side.ms({ method: 'GET', path: journey.resourcePath(record) });
      const body = response.status >= 200 && response.status < 300 && response.body !== null && typeof response.body === 'object' ? (response.body as Record<string, unknown>) : undefined;
      journey.bodies.set(name, body);
    }),
    onboarding?.then((states) => {
      for (const [name, state] of states) if (journey.records.has(name)) journey.bodies.set(name, state);
    }),
  ]);
  return Object.fromEntries(journey.bodies);
}

function balanceOf(accounts: readonly LedgerAccount[], kind: string, sellerId?: string): { available: Decimal; previsional: Decimal } {
  const account = accounts.find((candidate) => candidate.account === kind && candidate.currency === 'EUR' && (sellerId === undefined || candidate.sellerId === sellerId));
  return { available: decimalOf(account?.available) ?? new Decimal(0), previsional: decimalOf(account?.previsional) ?? new Decimal(0) };
}

function change(journey: SideJourney, accounts: readonly LedgerAccount[], kind: string, sellerId?: string): Balance {
  const now = balanceOf(accounts, kind, sellerId);
  const then = balanceOf(journey.startAccounts, kind, sellerId);
  return { available: now.available.minus(then.available).toFixed(2), previsional: now.previsional.minus(then.previsional).toFixed(2) };
}

const signOf: Record<string, number> = { PAYMENT: 1, REFUND: -1, CREDIT: -1 };

/**
 * LED-CONSERVATION, LED-ENTRY-AND-EXIT over the journey: the change of Σ available is what its
 * transactions cashed minus what its VALIDATED payouts paid; the change of Σ previsional is what
 * they registered minus what they cashed.
 */
function conservationProblems(journey: SideJourney, accounts: readonly LedgerAccount[], bodies: Record<string, Record<string, unknown> | undefined>): string[] {
  const total = (list: readonly LedgerAccount[], field: 'available' | 'previsional') =>
    list.filter((account) => account.currency === 'EUR').reduce((sum, account) => sum.plus(decimalOf(account[field]) ?? 0), new Decimal(0));
  let registered = new Decimal(0);
  let cashed = new Decimal(0);
  let paidOut = new Decimal(0);
  for (const [name, record] of journey.records) {
    const body = bodies[name];
    if (!body) continue;
    if (record.kind === 'transaction') {
      const sign = signOf[String(body.type)] ?? 0;
      registered = registered.plus((decimalOf(body.amount) ?? new Decimal(0)).times(sign));
      cashed = cashed.plus((decimalOf(body.paidAmount) ?? new Decimal(0)).times(sign));
    } else if (record.kind.startsWith('payout') && body.status === 'VALIDATED') {
      paidOut = paidOut.plus(decimalOf(record.kind === 'payoutSellerAmount' ? body.askedAmount : body.amount) ?? 0);
    }
  }
  const available = total(accounts, 'available').minus(total(journey.startAccounts, 'available'));
  const previsional = total(accounts, 'previsional').minus(total(journey.startAccounts, 'previsional'));
  const problems: string[] = [];
  if (!available.equals(cashed.minus(paidOut))) problems.push(`Σ available moved by ${available.toFixed(2)} but cashed − paid out is ${cashed.minus(paidOut).toFixed(2)}`);
  if (!previsional.equals(registered.minus(cashed))) problems.push(`Σ previsional moved by ${previsional.toFixed(2)} but registered − cashed is ${registered.minus(cashed).toFixed(2)}`);
  return problems;
}

export async function observe(journey: SideJourney, answer: ApiResponse | undefined, fresh: boolean, action?: JourneyAction): Promise<Observation> {
  const [bodies, accounts] = await Promise.all([readResources(journey, action), movesCash(action) ? journey.accounts() : journey.lastAccounts]);
  journey.lastAccounts = accounts;
  const resources: Observation['resources'] = {};
  const webhooks: Observation['webhooks'] = {};
  for (const [name, record] of journey.records) {
    const body = bodies[name];
    const fields: Record<string, string> = { found: body ? 'yes' : 'no' };
    for (const field of body ? (record.kind === 'voucherOrder' ? Object.keys(body) : documented[record.kind]) : []) {
      if (record.kind === 'payoutSeller' && field === 'amount' && !finalStatuses.has(String(body!.status))) continue;
      fields[field] = shown(body![field]);
    }
    resources[name] = fields;
    if (announced.has(record.kind) && journey.side.webhooks) webhooks[name] = journey.webhooks.typesAbout(record.alias === undefined ? [record.id] : [record.id, record.alias]);
  }
  const balances: Observation['balances'] = {};
  for (const seller of sellerNames) balances[`seller "${seller}"`] = change(journey, accounts, 'SELLER', journey.sellerId(seller));
  if (fresh) balances['the marketplace'] = change(journey, accounts, 'MARKETPLACE');
  return {
    answer: answer ? { status: answer.status, situations: situationsOf(journey.side, answer) } : undefined,
    resources,
    balances,
    conservation: fresh ? conservationProblems(journey, accounts, bodies) : [],
    webhooks,
  };
}
