// Security and error phrases (interface §1–§2): who may call, what another marketplace sees, and
// how refusals are answered.
import { Then, When } from '@cucumber/cucumber';
import type { Caller } from '../src/client/index.ts';
import { dataConcerns } from '../src/webhooks/webhookInbox.ts';
import { ExpectationError, type KitWorld } from '../src/world/index.ts';
import { listedResources } from '../src/journeys/listAnswers.ts';
import { currentSeller } from '../src/journeys/onboarding.ts';
import { expectFieldNamedWithMessage, expectFieldsNamed, expectProblem, expectRefused } from '../src/journeys/onboardingRefusals.ts';
import { callsMissingConfiguredHeaders, expectAnsweredAsUnknown, expectBearerToken, expectSellerUnchanged, requestClientCredentialsToken, sendSellerRequest, type TokenAnswer } from '../src/journeys/securityRequests.ts';

const tokenAnswerKey = 'token endpoint answer';

When('{caller} {sellerRequest}', async function (this: KitWorld, caller: Caller, phrase: string) {
  const dossier = this.isRemembered('current seller') ? currentSeller(this) : undefined;
  if (!dossier && phrase.includes('seller')) throw new ExpectationError(`"${phrase}" needs a seller: start the scenario with a Given that makes one`);
  await sendSellerRequest(this, dossier ?? { merchantSellerId: this.ids.next(), owner: 'primary', country: 'FR', bankIban: '', bankAccountName: '', contacts: {}, documents: {} }, phrase, caller);
});

When('the marketplace asks the token endpoint for a client-credentials token', async function (this: KitWorld) {
  const answer = await requestClientCredentialsToken();
  if (!answer) {
    this.attach('not verified: the target takes any bearer token (it has no token URL)', 'text/plain');
    return 'skipped';
  }
  this.remember(tokenAnswerKey, answer);
  return undefined;
});

Then('it receives a Bearer access token with its lifetime and the marketplace:rw scope', function (this: KitWorld) {
  expectBearerToken(this.recall<TokenAnswer>(tokenAnswerKey, 'token answer'));
});

Then('every call of the scenario carried the configured extra headers', function (this: KitWorld) {
  const missing = callsMissingConfiguredHeaders(this);
  if (missing === undefined) {
    this.attach('not verified: the run configuration declares no extra headers (target.headers, e.g. the seed\'s solutionCode)', 'text/plain');
    return 'skipped';
  }
  if (missing.length > 0) throw new ExpectationError(`calls without the configured headers: ${missing.join('; ')}`);
  return undefined;
});

Then('the seller reads exactly as before that request', async function (this: KitWorld) {
  await expectSellerUnchanged(this, currentSeller(this));
});

Then('the answer is the same as for a seller that does not exist', async function (this: KitWorld) {
  await expectAnsweredAsUnknown(this);
});

Then('the request is refused as {refusal}', function (this: KitWorld, situation: string) {
  expectRefused(this, situation);
});

Then('the request is refused as {refusal} with error {word}', function (this: KitWorld, situation: string, codeKey: string) {
  expectRefused(this, situation, codeKey);
});

Then('the request is refused as unprocessable naming the field {fieldPath}', function (this: KitWorld, path: string) {
  expectRefused(this, 'unprocessable');
  expectFieldsNamed(this, [path]);
});

Then('the answer is a problem with a type, a title, a status, a detail and a code', function (this: KitWorld) {
  expectProblem(this);
});

Then('the problem names the field {fieldPath} with a message', function (this: KitWorld, path: string) {
  expectFieldNamedWithMessage(this, path);
});

/** By the remembered ids: the list may hold any other resource of the caller's marketplace. */
Then(/^the list (does not contain|contains) "([^"]+)"$/, function (this: KitWorld, verdict: string, name: string) {
  const items = listedResources(this, this.lastResponse);
  const listed = items.some((item) => dataConcerns(item, this.resourceKeys(name)));
  if (listed !== (verdict === 'contains')) throw new ExpectationError(`the list ${listed ? 'contains' : 'does not contain'} "${name}" (${items.length} items)`);
});

Then('the server-owned fields are ignored or refused', function (this: KitWorld) {
  this.expectStatus('serverOwnedField');
});
