import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signWebhook, verifyWebhookSignature } from '../../src/webhooks/signature.ts';
import { receiveInProcess } from '../../src/webhooks/inProcessReceivers.ts';
import { startWebhookReceiver } from '../../src/webhooks/webhookReceiver.ts';
import { WebhookInbox, type WebhookDelivery } from '../../src/webhooks/webhookInbox.ts';

const secret = 'whsec-test-0123456789abcdef';
const now = 1_800_000_000;
const envelope = { id: '/id', type: '/type', createdAt: '/createdAt', data: '/data' };

function verify(header: string | undefined, rawBody: string, nowSeconds = now) {
  return verifyWebhookSignature({ header, headerName: 'MS-Signature', rawBody, secret, toleranceSeconds: 300, nowSeconds });
}

test('a signature made with the secret over "<t>.<raw body>" is valid', () => {
  const body = '{"id":"evt-1","type":"MP_KYC_VALIDATED"}';
  assert.deepEqual(verify(signWebhook(secret, body, now), body), { valid: true });
});

test('a forged, unsigned, malformed or stale signature is refused with its reason', () => {
  const body = '{"id":"evt-1"}';
  const forged = verify(signWebhook('another-secret-value', body, now), body);
  assert.equal(forged.valid, false);
  assert.equal(!forged.valid && forged.problem, 'mismatch');
  const tampered = verify(signWebhook(secret, body, now), '{"id":"evt-2"}');
  assert.equal(!tampered.valid && tampered.problem, 'mismatch');
  const unsigned = verify(undefined, body);
  assert.equal(!unsigned.valid && unsigned.problem, 'unsigned');
  const malformed = verify('sha256=abcdef', body);
  assert.equal(!malformed.valid && malformed.problem, 'malformed');
  const stale = verify(signWebhook(secret, body, now - 301), body);
  assert.equal(!stale.valid && stale.problem, 'stale');
  assert.match(!stale.valid ? stale.detail : '', /301 s old \(tolerance 300 s\)/);
  const future = verify(signWebhook(secret, body, now + 400), body);
  assert.equal(!future.valid && future.problem, 'stale');
});

function delivery(body: object, valid = true): WebhookDelivery {
  return {
    rawBody: JSON.stringify(body),
    headers: {},
    path: '/primary',
    signature: valid ? { valid: true } : { valid: false, problem: 'mismatch', detail: 'MS-Signature v1 does not match' },
  };
}

function event(id: string, type: string, data: object) {
  return { id, type, createdAt: '2026-11-23T10:00:00Z', data };
}

test('waitFor resolves on an event that arrives later', async () => {
  const inbox = new WebhookInbox({ envelope });
  const waiting = inbox.waitFor({ type: 'MP_KYC_VALIDATED', resource: 'seller-1' }, { deadlineMs: 2000 });
  inbox.record(delivery(event('e1', 'MP_KYC_IN_PROGRESS', { merchantSellerId: 'seller-1' })));
  inbox.record(delivery(event('e2', 'MP_KYC_VALIDATED', { merchantSellerId: 'seller-2' })));
  inbox.record(delivery(event('e3', 'MP_KYC_VALIDATED', { merchantSellerId: 'seller-1' })));
  const found = await waiting;
  assert.equal(found.id, 'e3');
});

test('a resource is found at any depth of the data, each event once and in arrival order whatever key names it', () => {
  const inbox = new WebhookInbox({ envelope });
  inbox.record(delivery(event('e1', 'order.update', { orderId: 'o-1', splits: [{ sellerId: 's-1' }] })));
  inbox.record(delivery(event('e2', 'transfer.update', { transferId: 't-1', sellerId: 's-2' })));
  inbox.record(delivery(event('e3', 'order.update', { orderId: 'o-1', lines: [{ sellerId: 's-1', note: 'o-1' }] })));
  inbox.record(delivery(event('e4', 'payoutSeller.update', { amount: 12, seller: { id: 's-1' } })));
  assert.deepEqual(inbox.events({ resource: ['s-1', 'o-1'] }).map((e) => e.id), ['e1', 'e3', 'e4']);
  assert.deepEqual(inbox.events({ resource: 's-1', type: 'order.update' }).map((e) => e.id), ['e1', 'e3']);
  assert.deepEqual(inbox.events({ resource: '12' }), [], 'a number is an amount, never an id');
  assert.deepEqual(inbox.events({ resource: 'unknown' }), []);
});

test('waitFor rejects at the deadline listing what did arrive for the resource', async () => {
  const inbox = new WebhookInbox({ envelope });
  inbox.record(delivery(event('e1', 'MP_IBAN_AVAILABLE_FOR_PAYMENT', { merchantSellerId: 'seller-1' })));
  inbox.record(delivery(event('e2', 'MP_KYC_IN_PROGRESS', { merchantSellerId: 'seller-1' })));
  await assert.rejects(
    inbox.waitFor({ type: 'MP_KYC_VALIDATED', resource: 'seller-1' }, { deadlineMs: 30 }),
    { message: 'no MP_KYC_VALIDATED webhook for "seller-1" within 30 ms; arrived for it: MP_IBAN_AVAILABLE_FOR_PAYMENT → MP_KYC_IN_PROGRESS' },
  );
});

test('a wrongly signed delivery never satisfies a wait and fails it at once', async () => {
  const inbox = new WebhookInbox({ envelope });
  const waiting = inbox.waitFor({ type: 'MP_KYC_VALIDATED', resource: 'seller-1' }, { deadlineMs: 5000 });
  inbox.record(delivery(event('e9', 'MP_KYC_VALIDATED', { merchantSellerId: 'seller-1' }), false));
  await assert.rejects(waiting, /MP_KYC_VALIDATED delivery \(id e9\).*was refused: mismatch signature/);
  assert.equal(inbox.events().length, 0);
  assert.equal(inbox.refused({ resource: 'seller-1' }).length, 1);
});

test('redeliveries of one envelope id are counted, not dropped, and do not break "exactly once"', async () => {
  const inbox = new WebhookInbox({ envelope });
  const iban = event('e1', 'MP_IBAN_AVAILABLE_FOR_PAYMENT', { merchantSellerId: 's' });
  inbox.record(delivery(iban));
  inbox.record(delivery(iban));
  assert.equal(inbox.events().length, 1);
  assert.equal(inbox.events()[0].deliveries, 2);
  const once = await inbox.expectExactlyOnce('MP_IBAN_AVAILABLE_FOR_PAYMENT', { resource: 's' }, { deadlineMs: 100 });
  assert.equal(once.id, 'e1');
  inbox.record(delivery(event('e2', 'MP_IBAN_AVAILABLE_FOR_PAYMENT', { merchantSellerId: 's' })));
  await assert.rejects(
    inbox.expectExactlyOnce('MP_IBAN_AVAILABLE_FOR_PAYMENT', { resource: 's' }, { deadlineMs: 100 }),
    /expected exactly one MP_IBAN_AVAILABLE_FOR_PAYMENT webhook for "s", received 2 distinct events: e1 \(delivered 2×\), e2/,
  );
});

test('expectSequence waits for the whole sequence and checks its order', async () => {
  const inbox = new WebhookInbox({ envelope });
  const types = ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS', 'MP_KYC_VALIDATED'];
  const inOrder = inbox.expectSequence('s1', types, { deadlineMs: 2000 });
  types.forEach((type, index) => inbox.record(delivery(event(`a${index}`, type, { merchantSellerId: 's1' }))));
  assert.equal((await inOrder).length, 3);

  inbox.record(delivery(event('b1', 'MP_KYC_IN_PROGRESS', { merchantSellerId: 's2' })));
  inbox.record(delivery(event('b2', 'MP_IBAN_AVAILABLE_FOR_PAYMENT', { merchantSellerId: 's2' })));
  inbox.record(delivery(event('b3', 'MP_KYC_VALIDATED', { merchantSellerId: 's2' })));
  await assert.rejects(
    inbox.expectSequence('s2', types, { deadlineMs: 100 }),
    { message: 'webhooks for "s2" arrived out of order: expected MP_IBAN_AVAILABLE_FOR_PAYMENT → MP_KYC_IN_PROGRESS → MP_KYC_VALIDATED, received MP_KYC_IN_PROGRESS → MP_IBAN_AVAILABLE_FOR_PAYMENT → MP_KYC_VALIDATED' },
  );
  await assert.rejects(inbox.expectSequence('s3', types, { deadlineMs: 20 }), /did not arrive as .* within 20 ms; received: nothing/);
});

test('a quiet window sees a late delivery at once, and passes quietly when nothing comes', async () => {
  const inbox = new WebhookInbox({ envelope });
  const late = () => (inbox.events({ type: 'MP_KYC_IN_PROGRESS', resource: 's' }).length > 0 ? 'MP_KYC_IN_PROGRESS arrived' : undefined);
  const started = Date.now();
  const watching = inbox.quietWindow(late, { windowMs: 5000, openedAt: started });
  setTimeout(() => inbox.record(delivery(event('e1', 'MP_KYC_IN_PROGRESS', { merchantSellerId: 's' }))), 30);
  assert.equal(await watching, 'MP_KYC_IN_PROGRESS arrived');
  assert.ok(Date.now() - started < 1000, 'the window ends when the forbidden event arrives');
  const other = () => (inbox.events({ resource: 'another-seller' }).length > 0 ? 'arrived' : undefined);
  assert.equal(await inbox.quietWindow(other, { windowMs: 40, openedAt: Date.now() }), undefined);
  assert.equal(await inbox.quietWindow(other, { windowMs: 40, openedAt: Date.now() - 100 }), undefined, 'a window already over settles at once');
});

test('a payload breaking the contract fails the wait that finds it', async () => {
  const inbox = new WebhookInbox({ envelope, validate: (type) => (type === 'transfer.update' ? [{ pointer: '/data/status', rule: 'enum', message: 'must be equal to one of the allowed values' }] : []) });
  inbox.record(delivery(event('t1', 'transfer.update', { transferId: 'tr-1', status: 'DONE' })));
  await assert.rejects(inbox.waitFor({ type: 'transfer.update', resource: 'tr-1' }, { deadlineMs: 100 }), /violates the contract at \/data\/status: must be equal to one of the allowed values \(enum\)/);
});

test('the receiver verifies, records and answers 2xx on loopback', async () => {
  const inbox = new WebhookInbox({ envelope });
  const receiver = await startWebhookReceiver({ inbox, secret, signatureHeader: 'MS-Signature', toleranceSeconds: 300 });
  try {
    assert.match(receiver.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const good = JSON.stringify(event('r1', 'transfer.update', { transferId: 'tr-9', status: 'VALIDATED' }));
    const bad = JSON.stringify(event('r2', 'transfer.update', { transferId: 'tr-9', status: 'CANCELLED' }));
    const signed = await fetch(`${receiver.url}/primary`, { method: 'POST', headers: { 'content-type': 'application/json', 'ms-signature': signWebhook(secret, good, Math.floor(Date.now() / 1000)) }, body: good });
    const unsigned = await fetch(`${receiver.url}/primary`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bad });
    assert.equal(signed.status, 204);
    assert.equal(unsigned.status, 204);
    assert.deepEqual(inbox.events().map((e) => [e.id, e.path]), [['r1', '/primary']]);
    assert.deepEqual(inbox.refused().map((r) => [r.id, r.reason]), [['r2', 'unsigned signature: no MS-Signature header']]);
  } finally {
    await receiver.close();
  }
});

test('a target in this process delivers to the receiver without a socket, checked and recorded as over HTTP; other URLs are not its', async () => {
  const inbox = new WebhookInbox({ envelope });
  const receiver = await startWebhookReceiver({ inbox, secret, signatureHeader: 'MS-Signature', toleranceSeconds: 300 });
  try {
    const good = JSON.stringify(event('p1', 'transfer.update', { transferId: 'tr-7', status: 'VALIDATED' }));
    const forged = JSON.stringify(event('p2', 'transfer.update', { transferId: 'tr-7', status: 'CANCELLED' }));
    assert.equal(receiveInProcess(`${receiver.url}/primary?x=1`, { headers: { 'MS-Signature': signWebhook(secret, good, Math.floor(Date.now() / 1000)) }, body: good }), true);
    assert.equal(receiveInProcess(`${receiver.url}/primary`, { headers: { 'MS-Signature': signWebhook('another-secret-value', forged, Math.floor(Date.now() / 1000)) }, body: forged }), true);
    assert.deepEqual(inbox.events().map((e) => [e.id, e.path]), [['p1', '/primary?x=1']]);
    assert.deepEqual(inbox.refused().map((r) => r.id), ['p2']);
    assert.match(inbox.refused()[0]!.reason, /^mismatch/);
    assert.equal(receiveInProcess('http://127.0.0.1:9/primary', { headers: {}, body: '{}' }), undefined, 'not a receiver of this process');
  } finally {
    await receiver.close();
  }
  assert.equal(receiveInProcess(`${receiver.url}/primary`, { headers: {}, body: '{}' }), undefined, 'a closed receiver is no longer reached in-process');
});

test("deliveries to an earlier run's registration are left out, and each event says which registration it came through", async () => {
  const inbox = new WebhookInbox({ envelope });
  const receiver = await startWebhookReceiver({ inbox, secret, signatureHeader: 'MS-Signature', toleranceSeconds: 300, accepts: (path) => path.split('/').includes('run42') });
  try {
    const post = (path: string, body: string, key = secret) =>
      fetch(`${receiver.url}${path}`, { method: 'POST', headers: { 'ms-signature': signWebhook(key, body, Math.floor(Date.now() / 1000)) }, body });
    const body = JSON.stringify(event('x1', 'transfer.update', { transferId: 'tr-1', status: 'VALIDATED' }));
    assert.equal((await post('/old-run/primary', body, 'an-older-secret-value')).status, 204);
    assert.equal((await post('/run42/second', body)).status, 204);
    assert.deepEqual(inbox.refused(), []);
    assert.equal(inbox.events({ endpoint: 'second' }).length, 1);
    assert.equal(inbox.events({ endpoint: 'primary' }).length, 0);
  } finally {
    await receiver.close();
  }
});
