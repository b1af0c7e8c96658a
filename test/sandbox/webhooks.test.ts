import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SandboxDriver } from './sandboxDriver.ts';

// Webhook delivery (interface §5): signed, at least once with retries, in lifecycle order per resource.

function verify(secret: string, header: string, raw: string): boolean {
  const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header) ?? [];
  return t !== undefined && createHmac('sha256', secret).update(`${t}.${raw}`).digest('hex') === v1;
}

test('every webhook is signed with the endpoint secret over "<t>.<raw body>" and carries the envelope', async () => {
  const driver = await SandboxDriver.start({ receiver: true });
  try {
    await driver.validatedSeller();
    const webhooks = await driver.webhooks();
    assert.equal(webhooks.length, 3);
    for (const webhook of webhooks) {
      assert.ok(verify(driver.webhookSecret, String(webhook.headers['ms-signature']), webhook.raw), 'signature verifies');
      assert.ok(!verify('another-secret-entirely', String(webhook.headers['ms-signature']), webhook.raw));
      assert.deepEqual(Object.keys(webhook.body).sort(), ['createdAt', 'data', 'id', 'type']);
    }
    assert.equal(new Set(webhooks.map((webhook) => webhook.body.id)).size, 3);
  } finally {
    await driver.close();
  }
});

test('a delivery answered non-2xx is retried with the same id until acknowledged; a dead endpoint is given up after the last attempt', async () => {
  const driver = await SandboxDriver.start({ receiver: true, webhooks: { maxAttempts: 3, backoffMs: 1, timeoutMs: 1000 } });
  try {
    driver.receiver!.fail(1, 500);
    driver.receiver!.fail(1, 503);
    const { merchantSellerId } = await driver.completeSeller();
    await driver.expect(202, 'POST', `/sellers/${merchantSellerId}/_assess-kyc`);
    const attempts = await driver.webhooks();
    assert.equal(attempts.length, 3);
    assert.equal(new Set(attempts.map((attempt) => attempt.body.id)).size, 1, 'same event id on every attempt');
    driver.receiver!.fail(4);
    await driver.oneEuro(merchantSellerId);
    assert.equal((await driver.webhooks()).length, 6, 'three more attempts, then given up');
  } finally {
    await driver.close();
  }
});

test('no answer within the timeout counts as a failed attempt and is retried', async () => {
  const received: string[] = [];
  const hanging: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      received.push(JSON.parse(raw).id);
      // The first attempt never gets an answer; the retry does.
      if (received.length === 1) hanging.push(response);
      else response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const driver = await SandboxDriver.start({ webhooks: { timeoutMs: 50, backoffMs: 1, maxAttempts: 3 } });
  try {
    await driver.sim('POST', '/webhook-endpoints', { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, secret: driver.webhookSecret });
    const { merchantSellerId } = await driver.completeSeller();
    await driver.expect(202, 'POST', `/sellers/${merchantSellerId}/_assess-kyc`);
    await driver.sandbox.webhooksIdle();
    assert.equal(received.length, 2);
    assert.equal(received[0], received[1]);
  } finally {
    for (const response of hanging) response.destroy();
    await driver.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test("a resource's next event waits until the previous one is acknowledged; other resources do not wait", async () => {
  const driver = await SandboxDriver.start({ receiver: true, webhooks: { maxAttempts: 4, backoffMs: 1, timeoutMs: 5000 } });
  try {
    const first = await driver.completeSeller();
    const second = await driver.completeSeller();
    await driver.expect(202, 'POST', `/sellers/${first.merchantSellerId}/_assess-kyc`);
    await driver.sandbox.webhooksIdle();
    const receiver = driver.receiver!;
    const isFirst = (type: string) => (body: any) => body.data.merchantSellerId === first.merchantSellerId && body.type === type;
    // The first seller's MP_KYC_IN_PROGRESS fails once, then its retry is held unanswered.
    receiver.fail(1, 500, isFirst('MP_KYC_IN_PROGRESS'));
    const release = receiver.hold(isFirst('MP_KYC_IN_PROGRESS'));
    await driver.oneEuro(first.merchantSellerId);
    await driver.sim('POST', `/sellers/${first.merchantSellerId}/kyc-review`, { decision: 'VALIDATED' });
    await driver.expect(202, 'POST', `/sellers/${second.merchantSellerId}/_assess-kyc`);
    // Another resource is not blocked: the second seller's webhook arrives while the first queue waits.
    await receiver.waitFor((body) => body.data.merchantSellerId === second.merchantSellerId);
    const whileHeld = receiver.received.map((webhook) => `${webhook.body.data.merchantSellerId}:${webhook.body.type}`);
    assert.ok(!whileHeld.includes(`${first.merchantSellerId}:MP_KYC_VALIDATED`), 'MP_KYC_VALIDATED waits for MP_KYC_IN_PROGRESS to be acknowledged');
    release();
    const ofFirst = (await driver.webhooks()).filter((webhook) => webhook.body.data.merchantSellerId === first.merchantSellerId).map((webhook) => webhook.body.type);
    assert.deepEqual(ofFirst, ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS', 'MP_KYC_IN_PROGRESS', 'MP_KYC_VALIDATED']);
  } finally {
    await driver.close();
  }
});

test('createdAt follows the virtual clock and never goes backwards', async () => {
  const driver = await SandboxDriver.start({ receiver: true, clockStart: new Date('2026-03-01T08:30:15.750Z') });
  try {
    assert.deepEqual((await driver.sim('GET', '/clock')).body, { now: '2026-03-01T08:30:15Z' });
    const { merchantSellerId } = await driver.completeSeller();
    await driver.expect(202, 'POST', `/sellers/${merchantSellerId}/_assess-kyc`);
    await driver.sim('POST', '/clock/advance', { to: '2026-03-02T09:00:00Z' });
    await driver.oneEuro(merchantSellerId);
    assert.equal((await driver.sim('POST', '/clock/advance', { to: '2026-03-01T00:00:00Z' })).status, 409);
    const createdAt = (await driver.webhooks()).map((webhook) => webhook.body.createdAt);
    assert.deepEqual(createdAt, ['2026-03-01T08:30:15.000Z', '2026-03-02T09:00:00.000Z']);
  } finally {
    await driver.close();
  }
});

test("webhooks go only to the marketplace's own endpoints", async () => {
  const driver = await SandboxDriver.start({ receiver: true });
  try {
    const { merchantSellerId } = await driver.completeSeller('b');
    await driver.expect(202, 'POST', `/sellers/${merchantSellerId}/_assess-kyc`, undefined, 'b');
    const endpoint = await driver.sim('POST', '/webhook-endpoints', { url: 'http://127.0.0.1:9/never', secret: 'whsec_never_0123456789' }, 'a');
    assert.deepEqual(Object.keys(endpoint.body).sort(), ['id', 'url'], 'the secret is never echoed');
    assert.equal((await driver.webhooks()).length, 1);
  } finally {
    await driver.close();
  }
});
