// `npm run mock` serves the MS contract with Prism: a valid request is answered from the contract's
// examples, an invalid one is refused with 422.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startPrismMock, type PrismMock } from '../../mocks/prism/prismMock.ts';
import { loadContract } from '../../src/contract/index.ts';

let mock: PrismMock;
before(async () => {
  mock = await startPrismMock({ port: 0 });
});
after(() => mock?.stop());

const headers = { authorization: 'Bearer prism-test', 'content-type': 'application/json' };
const validOrder = { externalOrderId: 'ORD-1', amount: 120.5, currency: 'EUR', externalCustomerId: 'CUS-1' };

async function postOrder(body: unknown) {
  const response = await fetch(`${mock.baseUrl}/orders`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown>, violations: response.headers.get('sl-violations') };
}

test('a valid POST /orders is answered 201 with a body that conforms to the contract', async () => {
  const answer = await postOrder(validOrder);
  assert.equal(answer.status, 201);
  const contract = await loadContract('marketplace-services');
  assert.deepEqual(contract.validateResponse('createOrder', answer.status, answer.type ?? undefined, answer.body), []);
  assert.equal(typeof answer.body.orderId, 'string');
});

for (const [situation, body, field] of [
  ['a missing required field', { amount: 10, currency: 'EUR' }, 'externalOrderId'],
  ['an amount of zero', { ...validOrder, amount: 0 }, 'amount'],
  ['a negative amount', { ...validOrder, amount: -5 }, 'amount'],
  ['an unknown currency code', { ...validOrder, currency: 'EUX' }, 'currency'],
] as const) {
  test(`an order with ${situation} is refused with 422 naming ${field}`, async () => {
    const answer = await postOrder(body);
    assert.equal(answer.status, 422);
    assert.match(answer.violations ?? JSON.stringify(answer.body), new RegExp(field));
  });
}

test('an unknown enum value in a transaction is refused with 422', async () => {
  const response = await fetch(`${mock.baseUrl}/transactions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ externalOrderId: 'ORD-1', externalTransactionId: 'TRX-1', type: 'CHARGEBACK', amount: 10, currency: 'EUR', paymentMethodName: 'CB' }),
  });
  assert.equal(response.status, 422);
  assert.match(response.headers.get('sl-violations') ?? '', /type/);
});
