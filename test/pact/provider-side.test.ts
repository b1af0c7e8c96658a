import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpInteractions, messageInteractions } from '../../src/pact/consumer/backOfficeContract.ts';
import { stateName } from '../../src/pact/consumer/interactionSpec.ts';
import { committedPactFile } from '../../src/pact/pactParties.ts';
import { providerStateNamed, providerStates } from '../../src/pact/providerStates.ts';
import { selectVerifiable } from '../../src/pact/provider/pactSelection.ts';
import type { ProviderSession } from '../../src/pact/provider/providerSession.ts';
import { stateHandlers } from '../../src/pact/provider/stateHandlers.ts';
import { StateSetup } from '../../src/pact/provider/stateSetup.ts';
import { VerificationContext } from '../../src/pact/provider/verificationContext.ts';
import { outcomeOf, verdictLine } from '../../src/pact/provider/verificationOutcome.ts';

type Interaction = { type: string; description: string; providerStates: { name: string }[]; request?: { generators?: Record<string, any> } };
const pact = JSON.parse(readFileSync(committedPactFile, 'utf8')) as { interactions: Interaction[] };
const everyCapability = { simulation: true, secondMarketplace: true, readerClient: true, webhooks: true, vouchers: true };
const noCapability = { simulation: false, secondMarketplace: false, readerClient: false, webhooks: false, vouchers: false };

test('the consumer uses only catalogued provider states, and every catalogued state', () => {
  const used = new Set([...httpInteractions, ...messageInteractions].map((spec) => stateName(spec.given)));
  const catalogued = new Set(Object.values(providerStates).map((state) => state.name));
  assert.deepEqual([...used].filter((name) => !catalogued.has(name)), []);
  assert.deepEqual([...catalogued].filter((name) => !used.has(name)), []);
});

test("every value a replayed request takes from its provider state is one the state's handler gives", () => {
  const expressionsOf = (generators: Record<string, any> | undefined): string[] =>
    JSON.stringify(generators ?? {}).match(/\$\{(\w+)\}/g)?.map((expression) => expression.slice(2, -1)) ?? [];
  const missing = pact.interactions.flatMap((interaction) => {
    const state = providerStateNamed(interaction.providerStates[0].name);
    assert.ok(state, `unknown state "${interaction.providerStates[0].name}"`);
    return expressionsOf(interaction.request?.generators)
      .filter((name) => !state.gives.includes(name))
      .map((name) => `${interaction.description}: \${${name}} is not given by "${state.name}"`);
  });
  assert.deepEqual(missing, []);
  assert.ok(pact.interactions.some((interaction) => expressionsOf(interaction.request?.generators).includes('transactionId')));
});

test('there is one state handler per catalogued state', () => {
  const handlers = stateHandlers(new StateSetup({} as ProviderSession), new VerificationContext());
  assert.deepEqual(Object.keys(handlers).sort(), Object.values(providerStates).map((state) => state.name).sort());
});

test('a state handler answers what it made, and the reason it failed is kept for the report', async () => {
  const context = new VerificationContext();
  const handlers = stateHandlers(new StateSetup({ ids: { next: () => 'mskit-t-pact-0001' } } as unknown as ProviderSession), context);
  assert.deepEqual(await handlers[providerStates.noSeller.name]({ merchantSellerId: 'seller-0001' }), { merchantSellerId: 'mskit-t-pact-0001' });
  assert.equal(context.value('merchantSellerId'), 'mskit-t-pact-0001');
  await assert.rejects(handlers[providerStates.orderWithPayment.name]({ amount: 'none' }), /positive amount/);
  assert.match(context.stateFailure(providerStates.orderWithPayment.name) ?? '', /positive amount/);
});

test('interactions a target cannot set up are left out and reported as not verified', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mskit-pact-selection-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const all = selectVerifiable(committedPactFile, everyCapability, dir);
  assert.equal(all.verifiable.length, pact.interactions.length);
  assert.deepEqual(all.notVerified, []);

  const bare = selectVerifiable(committedPactFile, noCapability, dir);
  const written = JSON.parse(readFileSync(bare.file, 'utf8')) as { interactions: Interaction[] };
  assert.deepEqual(written.interactions.map((interaction) => interaction.description), bare.verifiable);
  assert.ok(bare.verifiable.includes("reading a seller never gives back a document's content"));
  assert.ok(written.interactions.every((interaction) => interaction.type === 'Synchronous/HTTP'));
  assert.equal(bare.verifiable.length + bare.notVerified.length, pact.interactions.length);
  const refund = bare.notVerified.find((skipped) => skipped.description === 'a REFUND before any PAYMENT on the order is refused');
  assert.deepEqual(refund?.missing, ['simulation']);
  const webhook = bare.notVerified.find((skipped) => skipped.description.startsWith('an MP_KYC_VALIDATED webhook'));
  assert.deepEqual(webhook?.missing.sort(), ['simulation', 'webhooks']);

  const one = selectVerifiable(committedPactFile, everyCapability, dir, ['reading an order']);
  assert.deepEqual(one.verifiable, ['reading an order']);
  assert.throws(() => selectVerifiable(committedPactFile, everyCapability, dir, ['reading a unicorn']), /the pact has no interaction "reading a unicorn": check --only/);
});

test("the outcome names each failed interaction with Pact's mismatch or the kit's reason", () => {
  const context = new VerificationContext();
  context.stateFailed('a transfer {externalTransferId} already executed', 'no transfer.update webhook for trf_1 within 5000 ms; arrived for it: nothing');
  context.messageFailed('a transfer.update webhook with the final status of a transfer', 'a transfer.update delivery for trf_2 was refused: mismatch signature');
  const results = {
    interactionResults: [
      { description: 'reading an order', result: 'OK' },
      { description: 'a REFUND before any PAYMENT on the order is refused', result: 'Error' },
      { description: 'deleting an executed transfer is refused', result: 'Error' },
      { description: 'a transfer.update webhook with the final status of a transfer', result: 'Error' },
    ],
    errors: [
      {
        interaction: 'Verifying a pact between a and b Given an order {externalOrderId} - a REFUND before any PAYMENT on the order is refused',
        mismatch: { type: 'mismatches', mismatches: [{ type: 'StatusMismatch', expected: 422, actual: 201, mismatch: 'expected 422 but was 201' }, { type: 'BodyMismatch', path: '$.code', mismatch: "Expected 'REFUND_BEFORE_PAYMENT'" }] },
      },
      { interaction: 'Verifying a pact between a and b Given a transfer {externalTransferId} already executed - deleting an executed transfer is refused', mismatch: { type: 'error', message: 'One or more of the setup state change handlers has failed' } },
    ],
  };
  const states: Record<string, string> = { 'deleting an executed transfer is refused': 'a transfer {externalTransferId} already executed' };
  const outcome = outcomeOf(results, [{ description: 'listing transfers', missing: ['webhooks'] }], context, (description) => states[description]);
  assert.equal(outcome.ok, false);
  assert.deepEqual(outcome.passed, ['reading an order']);
  assert.deepEqual(outcome.lines, [
    "FAILED  a REFUND before any PAYMENT on the order is refused: status 201 instead of 422; $.code: Expected 'REFUND_BEFORE_PAYMENT'",
    'FAILED  deleting an executed transfer is refused: the provider state "a transfer {externalTransferId} already executed" could not be set up: no transfer.update webhook for trf_1 within 5000 ms; arrived for it: nothing',
    'FAILED  a transfer.update webhook with the final status of a transfer: the target did not emit it: a transfer.update delivery for trf_2 was refused: mismatch signature',
    "not verified  listing transfers: needs webhook delivery to the kit's receiver, which this target does not offer",
  ]);
});

test('the verdict counts what was verified and never calls an unverifiable pact verified', () => {
  const context = new VerificationContext();
  const passing = outcomeOf({ interactionResults: [{ description: 'reading an order', result: 'OK' }] }, [{ description: 'listing transfers', missing: ['webhooks'] }], context, () => undefined);
  assert.equal(verdictLine(passing, 2345), 'verified: 1 passed, 0 failed, 1 not verified of 2 interactions (2.3 s)');
  const unverifiable = outcomeOf({ interactionResults: [] }, [{ description: 'listing transfers', missing: ['simulation'] }], context, () => undefined);
  assert.equal(unverifiable.ok, false);
  assert.equal(verdictLine(unverifiable, 100), 'nothing verified: none of the 1 interactions can be set up on this target (0.1 s)');
  const empty = outcomeOf({}, [], context, () => undefined);
  assert.equal(empty.ok, false);
  assert.match(verdictLine(empty, 0), /^nothing verified: the pact source has no interaction/);
});
