// KYC phrases (seed §2.4–§2.8): the assessment, the 1 € transfer, the operator's decision, the
// statuses along the way, and the webhooks that tell the marketplace about each step.
import { AfterAll, Given, Then, When, type DataTable } from '@cucumber/cucumber';
import { isValidBIC } from 'ibantools';
import { acceptedStatuses } from '../src/profile/index.ts';
import { readPointer, type Caller } from '../src/client/index.ts';
import type { WebhookEvent } from '../src/webhooks/webhookInbox.ts';
import { ExpectationError, type KitWorld } from '../src/world/index.ts';
import { judgeIban } from '../src/journeys/ibanChecks.ts';
import { refuseKyc, tryToValidateKyc, type RefusedPart } from '../src/journeys/kycDecisions.ts';
import { closeKycWebhookEndpoints, kycWebhookEndpoint } from '../src/journeys/kycWebhookEndpoint.ts';
import { expectChronological, expectCreatedNotBefore, expectEnvelopes, expectNoReviewAnnounced, expectSeedTypes, expectSigned, sellerKeys } from '../src/journeys/kycWebhooks.ts';
import {
  assessKyc,
  awaitVirtualIban,
  contactIdOf,
  currentSeller,
  decideKyc,
  focusSeller,
  onboardAssessedSeller,
  onboardSellerInReview,
  onboardValidatedSeller,
  readSellerView,
  recallSeller,
  requireAssessment,
  requireStatus,
  sendIncomingTransfer,
  sendOneEuroCheck,
  unnamedSeller,
  virtualIbanOf,
  type SellerDossier,
} from '../src/journeys/onboarding.ts';
import { fieldPathTokens, namesPath } from '../src/journeys/fieldPaths.ts';
import { expectFieldsNamed, expectRefused, fieldErrors } from '../src/journeys/onboardingRefusals.ts';
import { describeParty, parseStatusSubject, type PartyRef } from '../src/journeys/sellerParties.ts';
import { contactsIn, statusIn } from '../src/journeys/sellerView.ts';

/** An IBAN of another account than the seller's (a valid one, so that only its owner is wrong). */
const anotherAccountIban = 'DE89370400440532013000';
const clockMovedKey = 'clock after it moved on';

/** `that seller` is the current one; `the seller "X"` names one. */
function sellerNamed(world: KitWorld, reference: string): SellerDossier {
  const named = /^the seller "([^"]+)"$/.exec(reference);
  return named ? focusSeller(world, named[1]!) : currentSeller(world);
}

// ── sellers along the KYC ──────────────────────────────────────────────────

Given('a {country} seller waiting for its 1 € transfer', async function (this: KitWorld, country: string) {
  await onboardAssessedSeller(this, { name: unnamedSeller, country });
});

Given('a {country} seller {string} waiting for its 1 € transfer', async function (this: KitWorld, country: string, name: string) {
  await onboardAssessedSeller(this, { name, country });
});

Given('a {country} seller whose KYC is in review', async function (this: KitWorld, country: string) {
  await onboardSellerInReview(this, { name: unnamedSeller, country });
});

Given('a {country} seller whose KYC is validated', async function (this: KitWorld, country: string) {
  await onboardValidatedSeller(this, { name: unnamedSeller, country });
});

Given("the seller's KYC is in review", async function (this: KitWorld) {
  const dossier = currentSeller(this);
  await requireAssessment(this, dossier, 'the seller');
  await sendOneEuroCheck(this, dossier);
});

When('{caller} asks for the KYC assessment of the seller {string}', async function (this: KitWorld, caller: Caller, name: string) {
  await assessKyc(this, focusSeller(this, name), caller);
});

Then('the KYC assessment is accepted', function (this: KitWorld) {
  this.expectStatus('kycAccepted');
});

Then('the KYC assessment is refused', function (this: KitWorld) {
  expectRefused(this, 'unprocessable', 'kycPreconditionsNotMet');
});

Then('the KYC assessment is refused, blocked by {fieldPaths}', function (this: KitWorld, paths: string[]) {
  expectRefused(this, 'unprocessable', 'kycPreconditionsNotMet');
  expectFieldsNamed(this, paths);
});

Then('the KYC assessment is refused, blocked by {party}', async function (this: KitWorld, party: PartyRef) {
  expectRefused(this, 'unprocessable', 'kycPreconditionsNotMet');
  if (party.kind === 'seller') throw new ExpectationError('name a contact, or the seller fields that block the assessment');
  const fields = fieldErrors(this).map((error) => error.field);
  const dossier = currentSeller(this);
  const contactId = contactIdOf(dossier, party.name);
  // interface §3 only says "listing what blocks it": the contact may be named by its id or its place in the list.
  const position = contactsIn(await readSellerView(this, dossier)).findIndex((contact) => contact.contactId === contactId);
  if (!fields.some((field) => fieldPathTokens(field).includes(contactId) || namesPath(field, `contacts.${position}`))) {
    throw new ExpectationError(`the refused assessment names ${fields.join(', ') || 'no field'}, none of them ${describeParty(party)} (contactId ${contactId}, contacts.${position})`);
  }
});

Then('the seller is still not under review', async function (this: KitWorld) {
  const view = await readSellerView(this, currentSeller(this));
  const problems = [
    view.dataStatus === 'PENDING_VALIDATION' ? 'its dataStatus is PENDING_VALIDATION' : undefined,
    view.documentListStatus === 'PENDING_VALIDATION' ? 'its documentListStatus is PENDING_VALIDATION' : undefined,
    virtualIbanOf(view) ? 'it has a virtual IBAN' : undefined,
  ].filter(Boolean);
  if (problems.length > 0) throw new ExpectationError(`the refused assessment changed the seller: ${problems.join(', ')}`);
});

Then('the statuses of the seller are:', async function (this: KitWorld, table: DataTable) {
  const dossier = currentSeller(this);
  const view = await readSellerView(this, dossier);
  const wrong = table
    .hashes()
    .map((row) => ({ what: row.what!.trim(), expected: row.status!.trim(), actual: statusIn(view, dossier, parseStatusSubject(row.what!)) }))
    .filter((row) => row.actual !== row.expected);
  if (wrong.length > 0) throw new ExpectationError(`statuses differ: ${wrong.map((row) => `${row.what} is ${String(row.actual)}, expected ${row.expected}`).join('; ')}`);
});

// ── the virtual IBAN and the 1 € transfer ──────────────────────────────────

Then('the seller has a valid virtual IBAN of type VIRTUAL_IBAN for its 1 € transfer', async function (this: KitWorld) {
  const dossier = currentSeller(this);
  const iban = await awaitVirtualIban(this, dossier);
  const verdict = judgeIban(iban.iban, this.profile.formats.ibanNationalCheck);
  for (const advice of verdict.advice) this.attach(`advice (formats.ibanNationalCheck: advice): the virtual IBAN ${advice}`, 'text/plain');
  const problems = [
    ...verdict.failures.map((failure) => `iban ${failure}`),
    typeof iban.bic === 'string' && isValidBIC(iban.bic) ? undefined : `bic ${JSON.stringify(iban.bic)} is not an ISO 9362 BIC`,
    iban.type === 'VIRTUAL_IBAN' ? undefined : `type ${JSON.stringify(iban.type)} instead of VIRTUAL_IBAN`,
  ].filter(Boolean);
  if (problems.length > 0) throw new ExpectationError(`the virtual IBAN is not usable: ${problems.join(', ')}`);
  dossier.virtualIban = String(iban.iban);
});

Then('the seller has no virtual IBAN yet', async function (this: KitWorld) {
  const iban = virtualIbanOf(await readSellerView(this, currentSeller(this)));
  if (iban) throw new ExpectationError(`the seller view shows a virtual IBAN (${String(iban.iban)}) before any accepted assessment`);
});

Then('the sellers {string} and {string} have different virtual IBANs', function (this: KitWorld, first: string, second: string) {
  const [a, b] = [recallSeller(this, first).virtualIban, recallSeller(this, second).virtualIban];
  if (!a || !b) throw new ExpectationError(`both sellers must show a virtual IBAN once assessed (${first}: ${String(a)}, ${second}: ${String(b)})`);
  if (a === b) throw new ExpectationError(`sellers "${first}" and "${second}" were given the same virtual IBAN ${a}`);
});

Then("the seller's virtual IBAN is unchanged", async function (this: KitWorld) {
  const dossier = currentSeller(this);
  if (!dossier.virtualIban) throw new ExpectationError('the scenario never saw the seller\'s virtual IBAN to compare with: check it once the first assessment is accepted');
  const now = virtualIbanOf(await readSellerView(this, dossier))?.iban;
  if (now !== dossier.virtualIban) throw new ExpectationError(`the seller's virtual IBAN changed from ${dossier.virtualIban} to ${String(now)}`);
});

When("the seller's bank sends its 1 € transfer", async function (this: KitWorld) {
  await sendOneEuroCheck(this, currentSeller(this));
});

When("a transfer of {float} {word} from {debtor} reaches the seller's virtual IBAN", async function (this: KitWorld, amount: number, currency: string, debtor: string) {
  await sendIncomingTransfer(this, currentSeller(this), { amount, currency, ...(debtor === 'another' ? { debtorIban: anotherAccountIban } : {}) });
});

Given('a transfer of {float} {word} from the seller\'s account reached the seller before its assessment', async function (this: KitWorld, amount: number, currency: string) {
  await sendIncomingTransfer(this, currentSeller(this), { amount, currency });
});

Given("the marketplace's clock has moved on", async function (this: KitWorld) {
  const now = await this.simulation.now();
  const later = new Date(Date.parse(now) + 1000).toISOString();
  const answer = await this.simulation.advanceClock(later, { allowFailure: true });
  // Another scenario may have moved the shared clock further meanwhile: past `later` is what counts.
  if (answer.status >= 300 && !acceptedStatuses(this.profile, 'clockInPast').includes(answer.status)) requireStatus(this, answer, 'read', 'moving the clock on');
  this.remember(clockMovedKey, await this.simulation.now());
});

// ── the operator's decision ────────────────────────────────────────────────

When("the KYC operator validates the seller's KYC", async function (this: KitWorld) {
  await decideKyc(this, currentSeller(this), { decision: 'VALIDATED' });
});

When("the KYC operator tries to validate the seller's KYC", async function (this: KitWorld) {
  await tryToValidateKyc(this, currentSeller(this));
});

Then('the decision is refused because no review is in progress', function (this: KitWorld) {
  expectRefused(this, 'conflict', 'noKycReviewInProgress');
});

When("the KYC operator refuses the seller's KYC:", async function (this: KitWorld, table: DataTable) {
  await refuseKyc(this, currentSeller(this), table.hashes() as unknown as RefusedPart[]);
});

When("the KYC operator refuses the seller's KYC because {string}", async function (this: KitWorld, comment: string) {
  await refuseKyc(this, currentSeller(this), [{ part: "the seller's data", comment }]);
});

Given("the KYC operator refused the seller's data because {string}", async function (this: KitWorld, comment: string) {
  await refuseKyc(this, currentSeller(this), [{ part: "the seller's data", comment }]);
  await readSellerView(this, currentSeller(this));
});

// ── the seller's webhooks ──────────────────────────────────────────────────

Then(/^an? (\S+) webhook (?:arrives|has arrived) for (that seller|the seller "[^"]+")$/, async function (this: KitWorld, type: string, reference: string) {
  const event = await this.webhooks.waitFor({ type, resource: sellerKeys(sellerNamed(this, reference)) });
  this.remember('latest seller webhook', event);
});

Then(/^an? (\S+) webhook arrives for that seller exactly once$/, async function (this: KitWorld, type: string) {
  const event = await this.webhooks.expectExactlyOnce(type, sellerKeys(currentSeller(this)));
  this.remember('latest seller webhook', event);
});

// "Not yet": the scenario's next step would legitimately bring it, so the quiet window is waited now.
Then('no {word} webhook has arrived for that seller', async function (this: KitWorld, type: string) {
  await this.webhooks.expectAtMostNow(0, { type, resource: sellerKeys(currentSeller(this)) }, `no ${type} webhook yet`);
});

Then('no review webhook arrives for that seller', function (this: KitWorld) {
  expectNoReviewAnnounced(this, sellerKeys(currentSeller(this)));
});

Then('the webhooks for that seller arrive in this order:', async function (this: KitWorld, table: DataTable) {
  await this.webhooks.expectSequence(sellerKeys(currentSeller(this)), table.raw().map((row) => row[0]!.trim()));
});

/**
 * Seed §2.5: after MP_IBAN_AVAILABLE_FOR_PAYMENT "the IBAN will be available on the seller endpoint".
 * No document puts the IBAN in the webhook's data (interface §5: the resource's ids and status), so
 * the seller view must show it; a webhook that does carry one must carry that one.
 */
Then("the webhook carries the seller's virtual IBAN", async function (this: KitWorld) {
  const event = this.recall<WebhookEvent>('latest seller webhook', 'webhook');
  const shown = virtualIbanOf(await readSellerView(this, currentSeller(this)))?.iban;
  if (typeof shown !== 'string') throw new ExpectationError(`the seller view shows no virtual IBAN after ${event.type}`);
  const carried = readPointer(event.data, '/virtualIban/iban');
  if (carried !== undefined && carried !== null && carried !== shown) throw new ExpectationError(`the webhook carries virtual IBAN ${JSON.stringify(carried)}, the seller view ${shown}`);
});

Then('it was created after the 1 € transfer', function (this: KitWorld) {
  const event = this.recall<WebhookEvent>('latest seller webhook', 'webhook');
  expectCreatedNotBefore(event, this.recall<string>(clockMovedKey, 'time'), 'the 1 € transfer was sent');
});

Then('every webhook for that seller has an id, a type, a createdAt and data naming the seller', function (this: KitWorld) {
  expectEnvelopes(this, sellerKeys(currentSeller(this)), 'the seller');
});

Then("every webhook for that seller is signed with the endpoint's secret", function (this: KitWorld) {
  expectSigned(this, sellerKeys(currentSeller(this)), 'the seller');
});

Then('the webhooks for that seller were created in chronological order', function (this: KitWorld) {
  expectChronological(this, sellerKeys(currentSeller(this)), 'the seller');
});

Then('every webhook for {string} has a type the seed names', function (this: KitWorld, name: string) {
  expectSeedTypes(this, this.resourceKeys(name), `"${name}"`);
});

// ── extra endpoints: retries and other marketplaces ────────────────────────

Given('a webhook endpoint of the marketplace that fails the first delivery of each event about that seller', async function (this: KitWorld) {
  (await kycWebhookEndpoint(this, 'primary')).refuseFirstDeliveryAbout(sellerKeys(currentSeller(this)));
});

Then('that endpoint receives {word} for that seller again after refusing it', async function (this: KitWorld, type: string) {
  const endpoint = await kycWebhookEndpoint(this, 'primary');
  const deliveries = await endpoint.waitForDeliveries(sellerKeys(currentSeller(this)), type, 2, this.profile.webhooks.deadlineMs);
  if (deliveries[0]!.answered < 300) throw new ExpectationError(`the first ${type} delivery was acknowledged (${deliveries[0]!.answered}), so nothing had to be retried`);
  this.remember('retried deliveries', deliveries);
});

Then('every delivery of it carries the same event id', function (this: KitWorld) {
  const deliveries = this.recall<{ id?: string }[]>('retried deliveries', 'deliveries');
  const ids = [...new Set(deliveries.map((delivery) => delivery.id))];
  if (ids.length !== 1 || ids[0] === undefined) throw new ExpectationError(`the deliveries of one event carried the ids ${ids.join(', ')}: a retry must keep the event id so that receivers deduplicate`);
});

Given('a webhook endpoint of the second marketplace that records what it receives', async function (this: KitWorld) {
  await kycWebhookEndpoint(this, 'second');
});

Then("the second marketplace's endpoint receives {word} for the seller {string}", async function (this: KitWorld, type: string, name: string) {
  const endpoint = await kycWebhookEndpoint(this, 'second');
  await endpoint.waitForDeliveries(sellerKeys(recallSeller(this, name)), type, 1, this.profile.webhooks.deadlineMs);
});

Then("the second marketplace's endpoint never received a webhook about the seller {string}", async function (this: KitWorld, name: string) {
  const endpoint = await kycWebhookEndpoint(this, 'second');
  const leaked = await endpoint.quietAbout(sellerKeys(recallSeller(this, name)), this.profile.webhooks.quietWindowMs);
  if (leaked.length > 0) throw new ExpectationError(`the second marketplace received ${leaked.map((delivery) => delivery.type ?? 'a webhook').join(', ')} about the seller "${name}" of another marketplace`);
});

When("{float} EUR of the buyer's money is cashed for the transaction {string}", async function (this: KitWorld, amount: number, name: string) {
  await this.simulation.settle(this.recall<string>(name, 'transaction'), amount);
});

AfterAll({ name: 'mskit: close the probe webhook endpoints' }, async function () {
  await closeKycWebhookEndpoints();
});
