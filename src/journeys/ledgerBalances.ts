// The ledger (interface §4 "Ledger", §6 GET /accounts): one cantonment account, one marketplace
// account and one per seller, each with an available (cashed) and a previsional (registered, not yet
// cashed) balance. A scenario owns its sellers, so their balances are checked exactly; the
// cantonment and marketplace accounts are shared by every scenario of the marketplace, so they are
// checked through the ledger's identity instead: Σ balances = money entered − money left.
import type { Decimal } from 'decimal.js';
import { readPointer } from '../client/index.ts';
import { ExpectationError, kitRuntime, type KitWorld } from '../world/index.ts';
import type { LedgerAccount } from '../world/index.ts';
import { amountFromAnswer, cashAmount, shownAmount } from './cashAmounts.ts';
import { cashSellerId } from './cashResources.ts';
import { readList } from './listAnswers.ts';
import { isSharedSeller } from './orderJourney.ts';

export interface SellerBalanceRow {
  seller: string;
  available: string;
  previsional: string;
  currency?: string;
}

function accountOf(accounts: readonly LedgerAccount[], sellerId: string, currency: string): LedgerAccount | undefined {
  return accounts.find((account) => account.account === 'SELLER' && account.sellerId === sellerId && account.currency === currency);
}

/** Every row's seller has exactly these balances (a seller without an account has 0.00 and 0.00). */
export async function expectSellerBalances(world: KitWorld, rows: readonly SellerBalanceRow[]): Promise<void> {
  const accounts = await world.simulation.accounts();
  const wrong = rows.flatMap((row) => {
    const currency = row.currency ?? 'EUR';
    const sellerId = cashSellerId(world, row.seller);
    if (isSharedSeller(sellerId)) throw new ExpectationError(`seller "${row.seller}" is the marketplace's shared seller, whose balances mix every scenario's: give the scenario its own seller ("a KYC-validated French seller") to check balances`);
    const account = accountOf(accounts, sellerId, currency);
    const available = account ? amountFromAnswer(account.available, `the available balance of seller "${row.seller}"`) : cashAmount('0');
    const previsional = account ? amountFromAnswer(account.previsional, `the previsional balance of seller "${row.seller}"`) : cashAmount('0');
    if (available.equals(cashAmount(row.available)) && previsional.equals(cashAmount(row.previsional))) return [];
    return [`seller "${row.seller}" has ${shownAmount(available)} available and ${shownAmount(previsional)} previsional ${currency}, expected ${row.available} and ${row.previsional}`];
  });
  if (wrong.length > 0) throw new ExpectationError(wrong.join('; '));
}

/** The available money of the marketplace's account, or of a seller's, in `currency` (0 without an account). */
export async function availableMoney(world: KitWorld, owner: { seller?: string }, currency = 'EUR'): Promise<Decimal> {
  const accounts = await world.simulation.accounts();
  const account =
    owner.seller === undefined ? accounts.find((each) => each.account === 'MARKETPLACE' && each.currency === currency) : accountOf(accounts, cashSellerId(world, owner.seller), currency);
  return account ? amountFromAnswer(account.available, `the available balance of ${owner.seller === undefined ? "the marketplace's account" : `seller "${owner.seller}"`}`) : cashAmount('0');
}

/** LED-ACCOUNTS: one cantonment, one marketplace and one account per named seller, in `currency`. */
export async function expectLedgerAccounts(world: KitWorld, sellers: readonly string[], currency = 'EUR'): Promise<void> {
  const accounts = (await world.simulation.accounts()).filter((account) => account.currency === currency);
  const count = (kind: LedgerAccount['account'], sellerId?: string) => accounts.filter((account) => account.account === kind && (sellerId === undefined || account.sellerId === sellerId)).length;
  const problems = [
    count('CANTONMENT') === 1 ? undefined : `${count('CANTONMENT')} cantonment accounts`,
    count('MARKETPLACE') === 1 ? undefined : `${count('MARKETPLACE')} marketplace accounts`,
    ...sellers.map((seller) => (count('SELLER', cashSellerId(world, seller)) === 1 ? undefined : `${count('SELLER', cashSellerId(world, seller))} accounts for seller "${seller}"`)),
  ].filter((problem): problem is string => problem !== undefined);
  for (const account of accounts) {
    amountFromAnswer(account.available, `the available balance of a ${account.account} account`);
    amountFromAnswer(account.previsional, `the previsional balance of a ${account.account} account`);
  }
  if (problems.length > 0) throw new ExpectationError(`the ledger in ${currency} should hold one cantonment account, one marketplace account and one account per seller, but it holds ${problems.join(', ')}`);
}

const signOf: Record<string, number> = { PAYMENT: 1, REFUND: -1, CREDIT: -1 };

interface LedgerTotals {
  available: Decimal;
  previsional: Decimal;
}

/** Money that entered (registered and cashed) and left (VALIDATED payouts), per currency. */
interface MoneyFlows {
  registered: Map<string, Decimal>;
  cashed: Map<string, Decimal>;
  paidOut: Map<string, Decimal>;
}

/** A payout as the ledger counts it: what it pays (`askedAmount` of a payoutSellerAmount, `amount` of the others), once VALIDATED. */
interface Payout {
  status: unknown;
  paid: unknown;
  currency: unknown;
}

/** The payouts of a list, each paying the field its kind pays (which list it came from tells the kind). */
async function payoutsListed(world: KitWorld, path: string, paidField: 'amount' | 'askedAmount', options: { missingIsEmpty?: boolean } = {}): Promise<Payout[]> {
  return (await readList(world, path, options)).map((payout) => ({ status: payout.status, paid: payout[paidField], currency: payout.currency }));
}

function add(totals: Map<string, Decimal>, currency: string, amount: Decimal): void {
  totals.set(currency, (totals.get(currency) ?? cashAmount('0')).plus(amount));
}

/**
 * What one seller was paid out (VALIDATED payouts), read from its payout lists. A marketplace holds
 * every seller a run (or a UAT's history) created, and most never receive money, so the lists are
 * kept per seller and read again only when its balances moved or a payoutSeller.update about it
 * arrived. That is a hint, not a proof (a webhook may still be on its way while a seller paid out
 * in full is back to its old balances): a ledger that does not balance on kept lists is checked
 * again on lists read afresh before anything is reported.
 */
interface SellerPayouts {
  /** The seller's balances and the payout webhooks received about it, when the lists were read. */
  state: string;
  payouts: Payout[];
}

const payoutsBySeller = new Map<string, SellerPayouts>();

async function payoutsOf(world: KitWorld, sellerId: string, state: string, fresh: boolean): Promise<Payout[]> {
  const known = payoutsBySeller.get(sellerId);
  if (!fresh && known?.state === state) return known.payouts;
  const seller = `/sellers/${encodeURIComponent(sellerId)}`;
  // A seller the target lists no payouts for (its "not found" status) has none.
  const lists = [payoutsListed(world, `${seller}/payoutSellers`, 'amount', { missingIsEmpty: true }), payoutsListed(world, `${seller}/payoutSellerAmount`, 'askedAmount', { missingIsEmpty: true })];
  const payouts = (await Promise.all(lists)).flat();
  payoutsBySeller.set(sellerId, { state, payouts });
  return payouts;
}

/** How many payoutSeller.update webhooks arrived about each seller (none when the target sends none). */
function payoutWebhooksBySeller(world: KitWorld): Map<string, number> {
  const counts = new Map<string, number>();
  if (!world.capabilities.webhooks) return counts;
  for (const event of world.webhooks.events({ type: 'payoutSeller.update' })) {
    const sellerId = readPointer(event.data, '/sellerId');
    if (typeof sellerId === 'string') counts.set(sellerId, (counts.get(sellerId) ?? 0) + 1);
  }
  return counts;
}

/** Money registered and cashed over the marketplace's transactions, per currency (REFUND and CREDIT negative). */
async function transactionFlows(world: KitWorld): Promise<Pick<MoneyFlows, 'registered' | 'cashed'>> {
  const flows = { registered: new Map<string, Decimal>(), cashed: new Map<string, Decimal>() };
  for (const transaction of await readList(world, '/transactions')) {
    const sign = signOf[String(transaction.type)] ?? 0;
    const currency = String(transaction.currency);
    add(flows.registered, currency, amountFromAnswer(transaction.amount, 'a transaction amount').times(sign));
    add(flows.cashed, currency, amountFromAnswer(transaction.paidAmount, 'a transaction paidAmount').times(sign));
  }
  return flows;
}

/** Money paid out by VALIDATED payouts of the marketplace and of every seller in `accounts`, per currency. */
async function paidOutFlows(world: KitWorld, accounts: readonly LedgerAccount[], fresh: boolean): Promise<Map<string, Decimal>> {
  const paidOut = new Map<string, Decimal>();
  const announced = payoutWebhooksBySeller(world);
  const stateBySeller = new Map<string, string>();
  for (const account of accounts) {
    if (account.account !== 'SELLER' || !account.sellerId) continue;
    stateBySeller.set(account.sellerId, `${stateBySeller.get(account.sellerId) ?? `${announced.get(account.sellerId) ?? 0}#`}${account.currency}:${account.available}/${account.previsional};`);
  }
  // Many sellers at a time: the reading holds other workers' writes back (the ledger gate), so the
  // fewer round trips it takes the better; a bounded number, not to flood the target.
  const sellers = [...stateBySeller];
  const payouts = await payoutsListed(world, '/payoutMerchants', 'amount');
  for (let start = 0; start < sellers.length; start += 32) {
    const lists = await Promise.all(sellers.slice(start, start + 32).map(([sellerId, state]) => payoutsOf(world, sellerId, state, fresh)));
    payouts.push(...lists.flat());
  }
  for (const payout of payouts) {
    if (payout.status === 'VALIDATED') add(paidOut, String(payout.currency), amountFromAnswer(payout.paid, 'a payout amount'));
  }
  return paidOut;
}

function totalsByCurrency(accounts: readonly LedgerAccount[]): Map<string, LedgerTotals> {
  const totals = new Map<string, LedgerTotals>();
  for (const account of accounts) {
    const current = totals.get(account.currency) ?? { available: cashAmount('0'), previsional: cashAmount('0') };
    totals.set(account.currency, {
      available: current.available.plus(amountFromAnswer(account.available, `the available balance of a ${account.account} account`)),
      previsional: current.previsional.plus(amountFromAnswer(account.previsional, `the previsional balance of a ${account.account} account`)),
    });
  }
  return totals;
}

function shownTotals(totals: ReadonlyMap<string, unknown>): string {
  return JSON.stringify([...totals].sort(([x], [y]) => x.localeCompare(y)).map(([currency, value]) => [currency, JSON.stringify(value)]));
}

/**
 * Whether money entered or left between two readings: the ledger's totals and what the transactions
 * registered and cashed (movements between accounts and new empty accounts change neither). Both are
 * compared, so that a settlement and a payout of the same amount cannot hide each other.
 */
function stillSame(before: LedgerReading, after: LedgerReading): boolean {
  return (
    shownTotals(totalsByCurrency(before.accounts)) === shownTotals(totalsByCurrency(after.accounts)) &&
    shownTotals(before.flows.registered) === shownTotals(after.flows.registered) &&
    shownTotals(before.flows.cashed) === shownTotals(after.flows.cashed)
  );
}

interface LedgerReading {
  accounts: LedgerAccount[];
  flows: Pick<MoneyFlows, 'registered' | 'cashed'>;
}

async function readLedger(world: KitWorld): Promise<LedgerReading> {
  const [accounts, flows] = await Promise.all([world.simulation.accounts(), transactionFlows(world)]);
  return { accounts, flows };
}

function imbalances(accounts: readonly LedgerAccount[], flows: MoneyFlows): string[] {
  const problems: string[] = [];
  const zero = cashAmount('0');
  for (const [currency, totals] of totalsByCurrency(accounts)) {
    const cashed = flows.cashed.get(currency) ?? zero;
    const paidOut = flows.paidOut.get(currency) ?? zero;
    const registered = flows.registered.get(currency) ?? zero;
    if (!totals.available.equals(cashed.minus(paidOut))) {
      problems.push(`Σ available ${currency} is ${shownAmount(totals.available)} but cashed − paid out is ${shownAmount(cashed)} − ${shownAmount(paidOut)} = ${shownAmount(cashed.minus(paidOut))}`);
    }
    if (!totals.previsional.equals(registered.minus(cashed))) {
      problems.push(`Σ previsional ${currency} is ${shownAmount(totals.previsional)} but registered − cashed is ${shownAmount(registered)} − ${shownAmount(cashed)} = ${shownAmount(registered.minus(cashed))}`);
    }
  }
  return problems;
}

/**
 * LED-CONSERVATION, LED-ENTRY-AND-EXIT: Σ available = cashed − paid out, and Σ previsional =
 * registered − cashed, over the whole marketplace. The ledger is read before and after the flows;
 * when money entered or left meanwhile, the reading starts again. The kit's own concurrent
 * scenarios write nothing during a reading (the ledger gate); the target's own movements, or
 * another client's, may still move it.
 */
export async function expectLedgerBalances(world: KitWorld, attempts = 10): Promise<void> {
  let fresh = false;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const { before, paidOut, after } = await kitRuntime().ledgerGate.read(async () => {
      const before = await readLedger(world);
      return { before, paidOut: await paidOutFlows(world, before.accounts, fresh), after: await readLedger(world) };
    }, world.seat);
    if (!stillSame(before, after)) continue;
    const problems = imbalances(after.accounts, { ...after.flows, paidOut });
    if (problems.length === 0) return;
    if (fresh) throw new ExpectationError(`the ledger does not balance: ${problems.join('; ')}`);
    fresh = true;
  }
  throw new ExpectationError(`the ledger kept moving while it was read (${attempts} attempts): other scenarios are moving this marketplace's money; run the ledger scenarios without parallel workers`);
}
