import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingCapabilityNote } from '../../src/world/capabilityTags.ts';
import { RunIds, ScenarioIds, workerLabel } from '../../src/world/scenarioIds.ts';
import { resourceKeysOf, ScenarioMemory } from '../../src/world/scenarioMemory.ts';
import { withOptionalDocString } from '../../steps/support/optionalDocString.ts';

const everything = { simulation: true, secondMarketplace: true, readerClient: true, webhooks: true, vouchers: true };

test('ids are run prefix + worker + counter, unique within a worker', () => {
  const run = new RunIds('7f3a9c', workerLabel({ CUCUMBER_WORKER_ID: '0' }));
  const first = new ScenarioIds(run);
  const second = new ScenarioIds(run);
  assert.equal(first.next(), 'mskit-7f3a9c-w1-0001');
  assert.equal(second.next(), 'mskit-7f3a9c-w1-0002');
  assert.deepEqual(first.all(), ['mskit-7f3a9c-w1-0001']);
  assert.equal(workerLabel({}), 'w0');
});

test('recalling what was never remembered names it', () => {
  const memory = new ScenarioMemory();
  memory.remember('orderId', 'ord-1');
  assert.equal(memory.recall('orderId'), 'ord-1');
  assert.throws(() => memory.recall('Acme', 'seller'), { message: 'no seller called "Acme" in this scenario' });
});

test('remembered values interpolate into paths and bodies, fields by dotted names', () => {
  const memory = new ScenarioMemory();
  memory.remember('seller', { merchantSellerId: 'm-1', sellerId: 's-1', country: 'FR' });
  memory.remember('amount', 12.5);
  assert.equal(memory.interpolate('/sellers/${seller.merchantSellerId}/contacts'), '/sellers/m-1/contacts');
  assert.equal(memory.interpolate('{"amount": ${amount}}'), '{"amount": 12.5}');
  assert.throws(() => memory.interpolate('/sellers/${seller}'), /is a structure, not a value: name one of its fields, e\.g\. \$\{seller\.merchantSellerId\}/);
  assert.throws(() => memory.interpolate('/orders/${order}'), { message: 'no value called "order" in this scenario' });
});

test('a remembered object stands for its id fields', () => {
  assert.deepEqual(resourceKeysOf({ merchantSellerId: 'm-1', sellerId: 's-1', country: 'FR', bankIban: 'FR76…' }), ['m-1', 's-1']);
  assert.deepEqual(resourceKeysOf('tr-1'), ['tr-1']);
  assert.deepEqual(resourceKeysOf([1, 2]), []);
});

test('a capability the target lacks gives the not-verified note; an unknown tag is refused', () => {
  assert.equal(missingCapabilityNote(['@TRX-CREATE', '@needs-simulation'], everything), undefined);
  assert.equal(missingCapabilityNote(['@needs-second-marketplace'], { ...everything, secondMarketplace: false }), 'not verified: the target has no second marketplace (@needs-second-marketplace)');
  assert.throws(() => missingCapabilityNote(['@needs-simulator'], everything), /unknown capability tag @needs-simulator: use one of @needs-simulation, /);
});

test('a step with an optional doc string runs with and without one', async () => {
  const seen: unknown[] = [];
  const step = withOptionalDocString(1, async function (this: { name: string }, [method]: [string], docString) {
    seen.push([this.name, method, docString]);
  });
  assert.equal(step.length, 2, 'cucumber sees the parameter plus the doc string or callback');
  await step.call({ name: 'with' }, 'POST', '{"a":1}');
  await new Promise<void>((resolve, reject) => step.call({ name: 'without' }, 'GET', (error?: unknown) => (error ? reject(error) : resolve())));
  assert.deepEqual(seen, [
    ['with', 'POST', '{"a":1}'],
    ['without', 'GET', undefined],
  ]);
  const failing = withOptionalDocString(0, async () => {
    throw new Error('boom');
  });
  await assert.rejects(new Promise<void>((resolve, reject) => failing.call({}, (error?: unknown) => (error ? reject(error) : resolve()))), /boom/);
});
