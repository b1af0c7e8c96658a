// Cash-management phrases (seed §3): orders, transactions, splits, transfers and payouts. Each step
// parses its phrase and calls a journey of src/journeys/; the checks read the expectation profile.
import { Given, Then, When, parallelCanAssignHelpers, setParallelCanAssign, type DataTable } from '@cucumber/cucumber';
import type { Caller } from '../src/client/index.ts';
import { keptApart, oneAtATimeTag, runsAlone } from '../src/concurrency/sharedScenarios.ts';
import { ExpectationError, type KitWorld } from '../src/world/index.ts';
import { amountFromAnswer, cashAmount, shownAmount } from '../src/journeys/cashAmounts.ts';
import { dayFromStart, reachDay } from '../src/journeys/cashCalendar.ts';
import { marketplaceEarnsFees, orderWithPayment, sellerReceives } from '../src/journeys/cashFunding.ts';
import { expectRefusal, expectRefusalNaming } from '../src/journeys/cashRefusals.ts';
import {
  deleteResource,
  expectFinalStatus,
  expectStillPending,
  readResource,
  recallByNoun,
  recallCash,
  requireResource,
  resourceId,
  type CashNoun,
} from '../src/journeys/cashResources.ts';
import {
  changeOrderAmount,
  ensureMarketplaceHasValidatedSeller,
  nameSharedSeller,
  orderForSeller,
  registerOrder,
  registerOrderReusingId,
  registerOrderUnderIdOf,
  registerOrderWithout,
  secondMarketplaceHasNoSeller,
  type WrittenMoney,
} from '../src/journeys/orderJourney.ts';
import { expectPayoutAmount, expectPayoutListed, orderMerchantPayout, orderSellerAmountPayout, orderSellerPayout } from '../src/journeys/payoutJourney.ts';
import { splitOrder, splitOrderAccepted, splitUnknownOrder } from '../src/journeys/splitLines.ts';
import {
  changeTransactionDueDate,
  changeTransactionField,
  expectPaidAmount,
  expectTransactionsOfOrder,
  registerTransaction,
  registerTransactionForUnknownOrder,
  registerTransactionForUnknownOrderWhose,
  registerTransactionReusingId,
  registerTransactionWhose,
  registerTransactionWithout,
  settleTransaction,
  transactionOnOrder,
  type TransactionType,
} from '../src/journeys/transactionJourney.ts';
import { expectTransferRefusedToSeller, expectTransfersOfSeller, makeTransfer, makeTransferReusingId, transferDirection, type CashParty } from '../src/journeys/transferJourney.ts';
import { expectCashUpdates, expectDueDateAnnounced, expectNoDueDateAnnounced, expectOnlyTransactionUpdates, expectOrderNotFoundAnnounced } from '../src/journeys/transactionWebhooks.ts';

/** Parallel workers keep apart what scenarios share (src/concurrency/sharedScenarios.ts). */
const oneMarketplaceWideAtATime = parallelCanAssignHelpers.atMostOnePicklePerTag([oneAtATimeTag]);
const tagsOf = (pickle: { tags: readonly { name: string }[] }) => pickle.tags.map((tag) => tag.name);
const alone = (pickle: { tags: readonly { name: string }[] }) => runsAlone(tagsOf(pickle));
setParallelCanAssign(
  (pickle, running) =>
    (alone(pickle) ? running.length === 0 : !running.some(alone) && oneMarketplaceWideAtATime(pickle, running)) && !running.some((other) => keptApart(tagsOf(pickle), tagsOf(other))),
);

// ── setting the scene ──────────────────────────────────────────────────────

Given('the marketplace has a KYC-validated seller', async function (this: KitWorld) {
  await ensureMarketplaceHasValidatedSeller(this);
});

/** The worker's shared seller under a name: for splits whose balances the scenario does not check. */
Given('the marketplace has a KYC-validated seller, called {string} here', async function (this: KitWorld, name: string) {
  await nameSharedSeller(this, name);
});

Given('an order {string} of {cashMoney}', async function (this: KitWorld, order: string, money: WrittenMoney) {
  await orderForSeller(this, order, money);
});

Given('a/an {cashedState} order {string} of {cashMoney}', async function (this: KitWorld, paid: boolean, order: string, money: WrittenMoney) {
  await orderWithPayment(this, order, money, undefined, paid);
});

Given('an order {string} of {cashMoney} for seller {string}', async function (this: KitWorld, order: string, money: WrittenMoney, seller: string) {
  await orderForSeller(this, order, money, seller);
});

Given('a/an {cashedState} order {string} of {cashMoney} for seller {string}', async function (this: KitWorld, paid: boolean, order: string, money: WrittenMoney, seller: string) {
  await orderWithPayment(this, order, money, seller, paid);
});

Given('order {string} has a/an {cashedState} {transactionType} {string} of {cashMoney}', async function (this: KitWorld, order: string, paid: boolean, type: TransactionType, name: string, money: WrittenMoney) {
  await transactionOnOrder(this, name, order, type, money, paid);
});

Given(
  'order {string} has a/an {cashedState} {transactionType} {string} of {cashMoney} due on day {int}',
  async function (this: KitWorld, order: string, paid: boolean, type: TransactionType, name: string, money: WrittenMoney, day: number) {
    await transactionOnOrder(this, name, order, type, money, paid, { dueOnDay: day });
  },
);

Given('seller {string} has {cashMoney} available', async function (this: KitWorld, seller: string, money: WrittenMoney) {
  await sellerReceives(this, seller, money, true);
});

Given('seller {string} has {cashMoney} available from order {string}', async function (this: KitWorld, seller: string, money: WrittenMoney, order: string) {
  await sellerReceives(this, seller, money, true, order);
});

Given('seller {string} has {cashMoney} previsional', async function (this: KitWorld, seller: string, money: WrittenMoney) {
  await sellerReceives(this, seller, money, false);
});

Given('the marketplace has earned {cashMoney} of fees from seller {string}', async function (this: KitWorld, money: WrittenMoney, seller: string) {
  await marketplaceEarnsFees(this, money, seller);
});

Given('the marketplace has earned {cashMoney} of fees', async function (this: KitWorld, money: WrittenMoney) {
  await marketplaceEarnsFees(this, money);
});

Given('the marketplace has split order {string}:', async function (this: KitWorld, order: string, lines: DataTable) {
  await splitOrderAccepted(this, order, lines.hashes());
});

// ── orders ─────────────────────────────────────────────────────────────────

When('{caller} registers an order {string} of {cashMoney}', async function (this: KitWorld, caller: Caller, order: string, money: WrittenMoney) {
  await registerOrder(this, order, money, caller);
});

/** On a target whose second marketplace already has sellers, the scenario is not verified (skipped, with a note). */
Given('the second marketplace has no seller yet', async function (this: KitWorld) {
  if (await secondMarketplaceHasNoSeller(this)) return undefined;
  this.attach('not verified: the second marketplace already has sellers, and this rule needs a marketplace without a KYC-validated seller (run it on a fresh target)', 'text/plain');
  return 'skipped';
});

When('the marketplace registers an order {string} without its {word}', async function (this: KitWorld, order: string, field: string) {
  await registerOrderWithout(this, order, field);
});

When('the marketplace registers another order of {cashMoney} with the externalOrderId of order {string}', async function (this: KitWorld, money: WrittenMoney, order: string) {
  await registerOrderReusingId(this, order, money);
});

When('{caller} registers its own order {string} of {cashMoney} with the externalOrderId of order {string}', async function (this: KitWorld, caller: Caller, order: string, money: WrittenMoney, existing: string) {
  await registerOrderUnderIdOf(this, order, money, existing, caller);
});

When('the marketplace changes the amount of order {string} to {cashMoney}', async function (this: KitWorld, order: string, money: WrittenMoney) {
  await changeOrderAmount(this, order, money.amount);
});

/** An order needs only its amount (seed §3 Orders): a currency is compared when the order answers one. */
Then('order {string} reads {cashMoney}', async function (this: KitWorld, order: string, money: WrittenMoney) {
  const body = await requireResource(this, order, recallCash(this, order, 'order'));
  const amount = amountFromAnswer(body.amount, `the amount of order "${order}"`);
  const currencyAnswered = body.currency !== undefined && body.currency !== null;
  if (!amount.equals(cashAmount(money.amount)) || (currencyAnswered && body.currency !== money.currency)) {
    throw new ExpectationError(`order "${order}" reads ${shownAmount(amount)} ${String(body.currency)}, expected ${money.amount} ${money.currency}`);
  }
});

Then('order {string} has no amount yet', async function (this: KitWorld, order: string) {
  const body = await requireResource(this, order, recallCash(this, order, 'order'));
  if (body.amount !== undefined && body.amount !== null) throw new ExpectationError(`order "${order}" already has an amount: ${JSON.stringify(body.amount)}`);
});

When('the marketplace registers a/an {transactionType} {string} of {cashMoney} on an order {string} MS does not know', async function (this: KitWorld, type: TransactionType, name: string, money: WrittenMoney, order: string) {
  await registerTransactionForUnknownOrder(this, name, order, type, money);
});

Then('order.notFound announces order {string} once, with its orderId and externalOrderId', async function (this: KitWorld, order: string) {
  await expectOrderNotFoundAnnounced(this, order);
});

// ── transactions ───────────────────────────────────────────────────────────

When('the marketplace registers a/an {transactionType} {string} of {cashMoney} on order {string}', async function (this: KitWorld, type: TransactionType, name: string, money: WrittenMoney, order: string) {
  await registerTransaction(this, name, order, type, money);
});

When('the marketplace registers a transaction on order {string} without its {word}', async function (this: KitWorld, order: string, field: string) {
  await registerTransactionWithout(this, 'the new transaction', order, field);
});

When('the marketplace registers a transaction on order {string} whose {word} is {string}', async function (this: KitWorld, order: string, field: string, value: string) {
  await registerTransactionWhose(this, 'the new transaction', order, field, value);
});

When('the marketplace registers a transaction on an order MS does not know, whose {word} is {string}', async function (this: KitWorld, field: string, value: string) {
  await registerTransactionForUnknownOrderWhose(this, 'the new transaction', 'the unknown order', field, value);
});

When(
  'the marketplace registers another transaction of {cashMoney} on order {string} with the externalTransactionId of {string}',
  async function (this: KitWorld, money: WrittenMoney, order: string, existing: string) {
    await registerTransactionReusingId(this, existing, order, money);
  },
);

When('the marketplace changes the due date of transaction {string} to day {int}', async function (this: KitWorld, name: string, day: number) {
  await changeTransactionDueDate(this, name, day);
});

When('the marketplace changes the {word} of transaction {string} to {string}', async function (this: KitWorld, field: string, name: string, value: string) {
  await changeTransactionField(this, name, field, value);
});

/** Cashing 0.00 is the bank cashing nothing: no settlement is sent (outlines use it for "unpaid"). */
When('the bank cashes {cashMoney} for transaction {string}', async function (this: KitWorld, money: WrittenMoney, name: string) {
  if (cashAmount(money.amount).isZero()) return;
  await settleTransaction(this, name, money.amount);
});

When('the bank tries to cash {cashMoney} for transaction {string}', async function (this: KitWorld, money: WrittenMoney, name: string) {
  await settleTransaction(this, name, money.amount, true);
});

Then('the transaction is accepted with a transactionId and a paidAmount of {cashAmount}', function (this: KitWorld, paid: string) {
  this.expectStatus('created');
  const body = (this.lastResponse.body ?? {}) as Record<string, unknown>;
  if (typeof body.transactionId !== 'string' || body.transactionId === '') throw new ExpectationError('the new transaction has no transactionId');
  expectPaidAmount(body, 'just registered', paid);
});

Then('transaction {string} has cashed {cashAmount}', async function (this: KitWorld, name: string, paid: string) {
  expectPaidAmount(await requireResource(this, name, recallCash(this, name, 'transaction')), name, paid);
});

Then('transaction {string} reads a/an {transactionType} of {cashMoney}', async function (this: KitWorld, name: string, type: TransactionType, money: WrittenMoney) {
  const body = await requireResource(this, name, recallCash(this, name, 'transaction'));
  const amount = amountFromAnswer(body.amount, `the amount of transaction "${name}"`);
  if (body.type !== type || !amount.equals(cashAmount(money.amount)) || body.currency !== money.currency) {
    throw new ExpectationError(`transaction "${name}" reads a ${String(body.type)} of ${shownAmount(amount)} ${String(body.currency)}, expected a ${type} of ${money.amount} ${money.currency}`);
  }
});

Then('transaction {string} is due on day {int}', async function (this: KitWorld, name: string, day: number) {
  const body = await requireResource(this, name, recallCash(this, name, 'transaction'));
  const expected = await dayFromStart(this, day);
  if (body.dueDate !== expected) throw new ExpectationError(`transaction "${name}" is due on ${JSON.stringify(body.dueDate)}, expected ${expected}`);
});

Then('the transactions of order {string} are {cashNames}', async function (this: KitWorld, order: string, names: string[]) {
  await expectTransactionsOfOrder(this, order, names);
});

Then('order {string} has no transactions', async function (this: KitWorld, order: string) {
  await expectTransactionsOfOrder(this, order, []);
});

Then('the transaction.update webhooks for {string} announce:', async function (this: KitWorld, name: string, updates: DataTable) {
  await expectCashUpdates(this, name, updates.hashes());
});

Then('the due date of transaction {string} is announced with a paidAmount of {cashAmount}', async function (this: KitWorld, name: string, paid: string) {
  await expectDueDateAnnounced(this, name, paid);
});

Then('no due date has been announced for transaction {string}', async function (this: KitWorld, name: string) {
  await expectNoDueDateAnnounced(this, name);
});

When("the marketplace's clock reaches day {int}", async function (this: KitWorld, day: number) {
  await reachDay(this, day);
});

// ── splits ─────────────────────────────────────────────────────────────────

When('the marketplace splits order {string}:', async function (this: KitWorld, order: string, lines: DataTable) {
  await splitOrder(this, order, lines.hashes());
});

When('the marketplace splits an order MS does not know:', async function (this: KitWorld, lines: DataTable) {
  await splitUnknownOrder(this, lines.hashes());
});

Then('the split is accepted without a status', function (this: KitWorld) {
  this.expectStatus('created');
  // An optional field answered null is absent (interface §8).
  const status = (this.lastResponse.body as Record<string, unknown> | null | undefined)?.status;
  if (status !== undefined && status !== null) throw new ExpectationError(`an accepted split carries the status ${JSON.stringify(status)}, but splits have none (seed §3 OrderSplit)`);
});

Then('the only webhooks about order {string} are transaction.update', async function (this: KitWorld, order: string) {
  await expectOnlyTransactionUpdates(this, order);
});

// ── transfers ──────────────────────────────────────────────────────────────

When('the marketplace makes transfer {string} of {cashMoney} from {cashParty} to {cashParty}', async function (this: KitWorld, name: string, money: WrittenMoney, from: CashParty, to: CashParty) {
  const { accountingEntry, seller } = transferDirection(from, to);
  await makeTransfer(this, name, money, seller, accountingEntry);
});

When(
  'the marketplace makes transfer {string} of {cashMoney} from {cashParty} to {cashParty} on day {int}',
  async function (this: KitWorld, name: string, money: WrittenMoney, from: CashParty, to: CashParty, day: number) {
    const { accountingEntry, seller } = transferDirection(from, to);
    await makeTransfer(this, name, money, seller, accountingEntry, { executionOnDay: day });
  },
);

Then('the transfer to seller {string} is refused and it has received nothing', async function (this: KitWorld, seller: string) {
  await expectTransferRefusedToSeller(this, seller);
});

When('the marketplace makes transfer {string} of {cashMoney} with seller {string} and accountingEntry {string}', async function (this: KitWorld, name: string, money: WrittenMoney, seller: string, entry: string) {
  await makeTransfer(this, name, money, seller, entry);
});

When('the marketplace makes another transfer of {cashMoney} with the externalTransferId of {string}', async function (this: KitWorld, money: WrittenMoney, existing: string) {
  await makeTransferReusingId(this, existing, money);
});

Then('the transfers of seller {string} are {cashNames}', async function (this: KitWorld, seller: string, names: string[]) {
  await expectTransfersOfSeller(this, seller, names);
});

// ── payouts ────────────────────────────────────────────────────────────────

When('the marketplace orders merchant payout {string} of {cashMoney}', async function (this: KitWorld, name: string, money: WrittenMoney) {
  await orderMerchantPayout(this, name, money);
});

When('the marketplace orders merchant payout {string} of {cashMoney} on day {int}', async function (this: KitWorld, name: string, money: WrittenMoney, day: number) {
  await orderMerchantPayout(this, name, money, { executionOnDay: day });
});

When('the marketplace orders seller payout {string} for seller {string} of:', async function (this: KitWorld, name: string, seller: string, rows: DataTable) {
  await orderSellerPayout(this, name, seller, rows.hashes());
});

When('the marketplace orders seller payout {string} for seller {string} of every payable order', async function (this: KitWorld, name: string, seller: string) {
  await orderSellerPayout(this, name, seller, undefined);
});

When('the marketplace orders seller amount payout {string} of {cashMoney} for seller {string}', async function (this: KitWorld, name: string, money: WrittenMoney, seller: string) {
  await orderSellerAmountPayout(this, name, seller, money);
});

When('a bank batch runs', async function (this: KitWorld) {
  await this.simulation.runBankBatch();
});

Then('payout {string} pays {cashMoney}', async function (this: KitWorld, name: string, money: WrittenMoney) {
  await expectPayoutAmount(this, name, money);
});

Then('payouts {string} and {string} are distinct', function (this: KitWorld, first: string, second: string) {
  const ids = [first, second].map((name) => resourceId(recallByNoun(this, 'payout', name)));
  if (ids[0] === ids[1]) throw new ExpectationError(`payouts "${first}" and "${second}" are the same payout (${ids[0]}): each call must be a new wire`);
});

Then('payout {string} is listed', async function (this: KitWorld, name: string) {
  await expectPayoutListed(this, name);
});

// ── any cash resource ──────────────────────────────────────────────────────

When('the marketplace deletes {cashResource} {string}', async function (this: KitWorld, noun: CashNoun, name: string) {
  await deleteResource(this, recallByNoun(this, noun, name));
});

Then('{cashResource} {string} no longer exists', async function (this: KitWorld, noun: CashNoun, name: string) {
  await readResource(this, recallByNoun(this, noun, name));
  this.expectStatus('notFound');
});

Then('{cashResource} {string} is still there', async function (this: KitWorld, noun: CashNoun, name: string) {
  await requireResource(this, name, recallByNoun(this, noun, name));
});

Then('{cashResource} {string} reads {operationStatus}', async function (this: KitWorld, noun: CashNoun, name: string, status: string) {
  const body = await requireResource(this, name, recallByNoun(this, noun, name));
  if (body.status !== status) throw new ExpectationError(`${noun} "${name}" reads ${JSON.stringify(body.status)}, expected ${status}`);
});

Then('{cashResource} {string} ends {finalStatus}', async function (this: KitWorld, noun: CashNoun, name: string, status: string) {
  await expectFinalStatus(this, name, recallByNoun(this, noun, name), status);
});

Then('{cashResource} {string} is still pending', async function (this: KitWorld, noun: CashNoun, name: string) {
  await expectStillPending(this, name, recallByNoun(this, noun, name));
});

// ── answers ────────────────────────────────────────────────────────────────

const acceptedAs: Record<string, string> = { change: 'updated', deletion: 'deleted' };

Then('the {cashRequest} is accepted', function (this: KitWorld, request: string) {
  this.expectStatus(acceptedAs[request] ?? 'created');
});

Then('the {cashRequest} is accepted as PENDING', function (this: KitWorld, request: string) {
  this.expectStatus('created');
  const status = (this.lastResponse.body as Record<string, unknown> | null | undefined)?.status;
  if (status !== 'PENDING') throw new ExpectationError(`the new ${request} is ${JSON.stringify(status)}, expected PENDING until it is executed`);
});

Then("the {cashRequest} is refused with the profile's {string} error", function (this: KitWorld, _request: string, codeKey: string) {
  expectRefusal(this, codeKey);
});

Then('the {cashRequest} is refused naming {string}', function (this: KitWorld, _request: string, field: string) {
  expectRefusalNaming(this, field);
});
