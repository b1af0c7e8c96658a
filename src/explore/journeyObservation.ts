// What explore reads of a side after a step, in the normative view: only what the documents define
// (interface §8 leaves ids, timestamps, extra fields and the bodies of simulation answers open).
import { Decimal } from 'decimal.js';
import type { ApiResponse } from '../client/index.ts';
import type { WebhookEvent } from '../webhooks/index.ts';
import { acceptedStatuses, alternativeSituations, situations } from '../profile/index.ts';
import type { ExploreSide } from './exploreSide.ts';
import { sellerNames, type JourneyAction } from './journeyActions.ts';
import type { LedgerAccount, ResourceKind, SideJourney } from './sideJourney.ts';

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
  /** Per named transaction, transfer or payout, the webhook types about it in arrival order. */
  webhooks: Record<string, string[]>;
}

/** The documented fields of each kind (seed §3, interface §4); a payoutSeller's amount once it is final. */
const documented: Record<ResourceKind, readonly string[]> = {
  order: ['amount'],
  transaction: ['type', 'amount', 'paidAmount'],
  transfer: ['status', 'amount'],
  payoutMerchant: ['status', 'amount'],
  payoutSeller: ['status', 'amount'],
  payoutSellerAmount: ['status', 'askedAmount'],
};

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
 * payout once VALIDATED or CANCELLED (seed §3: definitive statuses).
 */
async function readResources(journey: SideJourney, action: JourneyAction | undefined): Promise<Record<string, Record<string, unknown> | undefined>> {
  const stale = [...journey.records].filter(([name, record]) => {
    if (!journey.bodies.has(name)) return true;
    if (record.kind === 'transaction') return action?.kind === 'settlement' && action.transaction === name;
    if (record.kind === 'order') return false;
    return !finalStatuses.has(String(journey.bodies.get(name)?.status));
  });
  await Promise.all(
    stale.map(async ([name, record]) => {
      const response = await journey.side.ms({ method: 'GET', path: journey.resourcePath(record) });
      const body = response.status >= 200 && response.status < 300 && response.body !== null && typeof response.body === 'object' ? (response.body as Record<string, unknown>) : undefined;
      journey.bodies.set(name, body);
    }),
  );
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

/** The strings an event's data holds (ids among them), read once per event: a journey reads its inbox after every step. */
const eventValues = new WeakMap<WebhookEvent, Set<string>>();

function valuesOf(event: WebhookEvent): Set<string> {
  let values = eventValues.get(event);
  if (!values) {
    values = new Set();
    const collect = (data: unknown): void => {
      if (typeof data === 'string') values!.add(data);
      else if (Array.isArray(data)) data.forEach(collect);
      else if (data !== null && typeof data === 'object') Object.values(data).forEach(collect);
    };
    collect(event.data);
    eventValues.set(event, values);
  }
  return values;
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
  const [bodies, accounts] = await Promise.all([readResources(journey, action), journey.accounts()]);
  const resources: Observation['resources'] = {};
  const webhooks: Observation['webhooks'] = {};
  const events = journey.side.webhooks ? journey.side.inbox.events() : [];
  for (const [name, record] of journey.records) {
    const body = bodies[name];
    const fields: Record<string, string> = { found: body ? 'yes' : 'no' };
    for (const field of body ? documented[record.kind] : []) {
      if (record.kind === 'payoutSeller' && field === 'amount' && !finalStatuses.has(String(body!.status))) continue;
      fields[field] = shown(body![field]);
    }
    resources[name] = fields;
    if (record.kind !== 'order' && journey.side.webhooks) webhooks[name] = events.filter((event) => valuesOf(event).has(record.id)).map((event) => event.type);
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
