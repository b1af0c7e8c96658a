// The verifier's translation of a target's declared dialect into the pact's canonical terms: each
// piece re-shapes only what the profile declares (or interface §8 leaves open), and passes anything
// else through as the target answered it, so that Pact still sees its faults.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadProfile, type Profile } from '../../src/profile/index.ts';
import { canonicalAnswer, dialectOf, type Dialect } from '../../src/pact/provider/canonicalAnswer.ts';
import { canonicalProblem } from '../../src/pact/provider/canonicalProblem.ts';
import { canonicalWebhook } from '../../src/pact/provider/canonicalWebhook.ts';
import { startTranslatingProxy, type TranslatingProxy } from '../../src/pact/provider/translatingProxy.ts';

let defaults: Profile;
let plain: Dialect;
let created200: Dialect;
let upstream: Server;
let proxy: TranslatingProxy;
const seen: { method?: string; url?: string; authorization?: string; body: string }[] = [];
const json = 'application/json';

/** The default profile with `changes` merged over it, as a partial profile would be. */
function profileWith(changes: Partial<Profile>): Profile {
  return { ...structuredClone(defaults), ...changes };
}

/** A target under /ms answering a creation 200 and a list as a bare array, behind the proxy (created-200 declared). */
async function startUpstream(): Promise<void> {
  upstream = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      seen.push({ method: request.method, url: request.url, authorization: request.headers.authorization, body });
      if (request.url === '/ms/orders') return response.writeHead(200, { 'content-type': json, 'x-request-id': 'r-1' }).end(JSON.stringify({ orderId: 'o-1' }));
      if (request.url?.startsWith('/ms/transfers')) return response.writeHead(200, { 'content-type': json }).end(JSON.stringify([{ transferId: 't-1' }]));
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not JSON');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/ms`;
  proxy = await startTranslatingProxy({ upstream: base, dialect: created200, timeoutMs: 2000 });
}

before(async () => {
  defaults = await loadProfile();
  plain = await dialectOf(defaults);
  created200 = await dialectOf(profileWith({ statuses: { ...defaults.statuses, created: 200 }, operationStatuses: { upsertSeller: { created: 201 } } }));
  await startUpstream();
});

test('the contract\'s list operations are the ones re-wrapped', () => {
  const lists = plain.contract.operations().filter((operation) => plain.contract.isListOperation(operation.operationId)).map((operation) => operation.operationId);
  assert.deepEqual(lists.sort(), ['listPayoutMerchants', 'listPayoutSellerAmounts', 'listPayoutSellers', 'listTransactions', 'listTransfers']);
});

test('a status the profile moved is read as the interface status of its situation, any other as answered', () => {
  const order = { method: 'POST', path: '/orders' };
  assert.equal(canonicalAnswer(created200, order, { status: 200, contentType: json, body: { orderId: 'o' } }).status, 201);
  assert.equal(canonicalAnswer(plain, order, { status: 200, contentType: json, body: { orderId: 'o' } }).status, 200, 'undeclared: Pact sees the 200');
  const newSeller = { method: 'PUT', path: '/sellers/s-1' };
  assert.equal(canonicalAnswer(created200, newSeller, { status: 201, contentType: json, body: {} }).status, 201);
  assert.equal(canonicalAnswer(created200, newSeller, { status: 200, contentType: json, body: {} }).status, 200, 'an update stays an update');
  const unknown = { method: 'GET', path: '/not-an-ms-path' };
  assert.equal(canonicalAnswer(created200, unknown, { status: 200, contentType: json, body: {} }).status, 200);
});

test('a list answer is re-wrapped as { items } from where the profile, or the one array, holds it', () => {
  const list = { method: 'GET', path: '/transactions?externalOrderId=o-1' };
  const items = [{ transactionId: 't-1' }];
  for (const body of [items, { transactions: items, count: 1 }, { items }]) {
    assert.deepEqual(canonicalAnswer(plain, list, { status: 200, contentType: json, body }).body, { items });
  }
  const declared = { ...plain, profile: profileWith({ lists: { listTransactions: '/page/content' } }) };
  assert.deepEqual(canonicalAnswer(declared, list, { status: 200, contentType: json, body: { page: { content: items }, links: [] } }).body, { items });
  const ambiguous = { transactions: items, refunds: [] };
  assert.equal(canonicalAnswer(plain, list, { status: 200, contentType: json, body: ambiguous }).body, ambiguous, 'unreadable: Pact sees it as answered');
  assert.deepEqual(canonicalAnswer(plain, { method: 'GET', path: '/transactions/t-1' }, { status: 200, contentType: json, body: items }).body, items, 'not a list operation');
});

test("an error's declared media type and pointers become interface §2's, and nothing else is touched", () => {
  const errors = { ...defaults.errors, contentType: 'application/json', codePointer: '/error/code', fieldsPointer: '/error/violations', fieldNamePointer: '/path' };
  const answer = { contentType: 'application/json; charset=utf-8', body: { error: { code: 'E_SPLIT', violations: [{ path: 'splits[0].fee', reason: 'too high' }] } } };
  assert.deepEqual(canonicalProblem(errors, answer), {
    contentType: 'application/problem+json; charset=utf-8',
    body: { ...answer.body, code: 'E_SPLIT', errors: [{ path: 'splits[0].fee', reason: 'too high', field: 'splits[0].fee' }] },
  });
  const html = { contentType: 'text/html', body: undefined };
  assert.deepEqual(canonicalProblem(errors, html), html);
  const standard = { contentType: 'application/problem+json', body: { code: 'X', errors: [{ field: 'a', message: 'm' }] } };
  assert.deepEqual(canonicalProblem(defaults.errors, standard), standard);
  const refused = canonicalAnswer(created200, { method: 'POST', path: '/orders' }, { status: 422, ...standard });
  assert.equal(refused.status, 422);
});

test('a webhook is rebuilt as { id, type, createdAt, data } from the envelope pointers, naming the resource by every id the kit knows', () => {
  const envelope = { id: '/eventId', type: '/eventType', createdAt: '/occurredAt', data: '/payload' };
  const delivered = { eventId: 'e-1', eventType: 'transfer.update', occurredAt: '2026-11-23T10:00:00Z', payload: { externalTransferId: 'x-1', status: 'VALIDATED' }, extra: 1 };
  assert.deepEqual(canonicalWebhook(delivered, envelope, { transferId: 'trf_1', externalTransferId: 'x-1' }), {
    id: 'e-1',
    type: 'transfer.update',
    createdAt: '2026-11-23T10:00:00Z',
    data: { transferId: 'trf_1', externalTransferId: 'x-1', status: 'VALIDATED' },
  });
  const aboutAnother = { ...delivered, payload: { externalTransferId: 'x-2', status: 'VALIDATED' } };
  assert.deepEqual(canonicalWebhook(aboutAnother, envelope, { transferId: 'trf_1', externalTransferId: 'x-1' }).data, aboutAnother.payload, 'names none of its ids: nothing added');
  assert.deepEqual(canonicalWebhook({ eventType: 'transfer.update' }, envelope, {}), { type: 'transfer.update' }, 'what is missing stays missing');
});

after(async () => {
  await proxy.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

test('the proxy relays each request unchanged and answers in canonical terms', async () => {
  const created = await fetch(`${proxy.url}/orders`, { method: 'POST', headers: { authorization: 'Bearer t', 'content-type': json }, body: '{"amount":1}' });
  assert.equal(created.status, 201);
  assert.equal(created.headers.get('x-request-id'), 'r-1');
  assert.deepEqual(await created.json(), { orderId: 'o-1' });
  assert.deepEqual(seen.at(-1), { method: 'POST', url: '/ms/orders', authorization: 'Bearer t', body: '{"amount":1}' });

  const listed = await fetch(`${proxy.url}/transfers?sellerId=s`);
  assert.deepEqual(await listed.json(), { items: [{ transferId: 't-1' }] });
  assert.equal(seen.at(-1)?.url, '/ms/transfers?sellerId=s');

  const missing = await fetch(`${proxy.url}/nowhere`);
  assert.equal(missing.status, 404);
  assert.equal(await missing.text(), 'not JSON');
});
