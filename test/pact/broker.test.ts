import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import nock from 'nock';
import { BrokerError, brokerFromEnvironment, canIDeploy, publishPact } from '../../src/pact/broker/pactBroker.ts';
import { pactConsumerCommand } from '../../src/pact/consumer/consumerCommand.ts';
import { committedPactFile, consumerName, pactFileName, providerName } from '../../src/pact/pactParties.ts';
import { verifierSource } from '../../src/pact/provider/verifyInProcess.ts';

const brokerUrl = 'https://broker.example.test';
const token = 'broker-token-that-must-never-show';
const broker = { url: brokerUrl, token };
const pact = JSON.parse(readFileSync(committedPactFile, 'utf8'));
const pactPath = `/pacts/provider/${providerName}/consumer/${consumerName}/version/1.4.2`;

before(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());
after(() => nock.enableNetConnect());

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof BrokerError, `not a BrokerError: ${String(error)}`);
    return error.message;
  }
  assert.fail('expected a rejection');
}

test('publishing PUTs the pact JSON with the bearer token, then tags the version', async () => {
  const published = nock(brokerUrl, { reqheaders: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } })
    .put(pactPath, (body) => body.consumer.name === consumerName && body.interactions.length === pact.interactions.length)
    .reply(201, { _links: {} }, { 'content-type': 'application/hal+json' })
    .put(`/pacticipants/${consumerName}/versions/1.4.2/tags/main`, {})
    .reply(201, {}, { 'content-type': 'application/hal+json' });
  const lines = await publishPact(broker, { pact, consumerVersion: '1.4.2', tags: ['main'] });
  assert.ok(published.isDone());
  assert.equal(lines.length, 2);
  assert.ok(lines.every((line) => !line.includes(token)));
});

test('can-i-deploy reads the verdict and the reason of the matrix', async () => {
  nock(brokerUrl)
    .get('/can-i-deploy')
    .query({ pacticipant: providerName, version: 'abc123', to: 'production' })
    .reply(200, { summary: { deployable: false, reason: 'the verification for marketplace-back-office 1.4.2 failed', success: 0, failed: 1, unknown: 0 } });
  const answer = await canIDeploy(broker, { pacticipant: providerName, version: 'abc123', to: 'production' });
  assert.equal(answer.deployable, false);
  assert.match(answer.line, /marketplace-services abc123 cannot be deployed to production: the verification .* failed/);

  nock(brokerUrl).get('/can-i-deploy').query(true).reply(200, { summary: { deployable: true, reason: 'all verified' } });
  assert.equal((await canIDeploy(broker, { pacticipant: providerName, version: 'abc123', to: 'production' })).deployable, true);
});

test('a refused token, an HTML page and an unreachable broker each give one line without the token', async () => {
  nock(brokerUrl).put(pactPath).reply(401, { error: 'unauthorized' });
  const refused = await rejection(publishPact(broker, { pact, consumerVersion: '1.4.2' }));
  assert.match(refused, /refused the request \(401\).*check MSKIT_PACT_BROKER_TOKEN/);

  nock(brokerUrl).get('/can-i-deploy').query(true).reply(200, '<!doctype html><html>login</html>', { 'content-type': 'text/html' });
  const html = await rejection(canIDeploy(broker, { pacticipant: providerName, version: 'v', to: 'prod' }));
  assert.match(html, /text\/html instead of JSON .* is MSKIT_PACT_BROKER_URL a Pact Broker\?/);

  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  const unreachable = await rejection(canIDeploy({ url: `http://127.0.0.1:${port}`, token }, { pacticipant: providerName, version: 'v', to: 'prod' }));
  assert.match(unreachable, /^pact broker http:\/\/127\.0\.0\.1:\d+ is unreachable \(connection refused\): check MSKIT_PACT_BROKER_URL$/);

  for (const message of [refused, html, unreachable]) {
    assert.ok(!message.includes(token));
    assert.equal(message.split('\n').length, 1);
  }
});

test('the broker settings come from the environment and are checked', () => {
  assert.equal(brokerFromEnvironment({}), undefined);
  assert.deepEqual(brokerFromEnvironment({ MSKIT_PACT_BROKER_URL: 'https://b.example/', MSKIT_PACT_BROKER_TOKEN: 't0k3n' }), { url: 'https://b.example', token: 't0k3n' });
  assert.throws(() => brokerFromEnvironment({ MSKIT_PACT_BROKER_URL: 'broker.example' }), /must be an http\(s\) URL/);
  assert.throws(() => brokerFromEnvironment({ MSKIT_PACT_BROKER_TOKEN: 't0k3n' }), /MSKIT_PACT_BROKER_URL is not/);
});

test("publishing verification results makes Pact's verifier read the broker and publish as the provider version", () => {
  const local = verifierSource({}, '/tmp/some-pact.json', undefined);
  assert.deepEqual(local, { provider: providerName, pactUrls: ['/tmp/some-pact.json'] });
  const published = verifierSource({ publish: true, providerVersion: 'abc123', providerTags: ['main'] }, '/tmp/some-pact.json', broker);
  assert.equal(published.pactBrokerUrl, brokerUrl);
  assert.equal(published.pactBrokerToken, token);
  assert.equal(published.publishVerificationResult, true);
  assert.equal(published.providerVersion, 'abc123');
  assert.deepEqual(published.providerVersionTags, ['main']);
  assert.ok(!('pactUrls' in published));
  assert.throws(() => verifierSource({ publish: true }, '/tmp/p.json', broker), /--provider-version/);
  assert.throws(() => verifierSource({ publish: true, providerVersion: 'v' }, '/tmp/p.json', undefined), /MSKIT_PACT_BROKER_URL/);
});

test('pact:consumer --publish writes the pact, publishes it and asks can-i-deploy', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mskit-pact-publish-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const saved = { url: process.env.MSKIT_PACT_BROKER_URL, token: process.env.MSKIT_PACT_BROKER_TOKEN };
  process.env.MSKIT_PACT_BROKER_URL = brokerUrl;
  process.env.MSKIT_PACT_BROKER_TOKEN = token;
  t.after(() => {
    for (const [name, value] of [['MSKIT_PACT_BROKER_URL', saved.url], ['MSKIT_PACT_BROKER_TOKEN', saved.token]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  const calls = nock(brokerUrl, { reqheaders: { authorization: `Bearer ${token}` } })
    .put(pactPath)
    .reply(201, {})
    .get('/can-i-deploy')
    .query({ pacticipant: consumerName, version: '1.4.2', to: 'production' })
    .reply(200, { summary: { deployable: true, reason: 'all required verification results are published and successful' } });
  const out = new PassThrough();
  const err = new PassThrough();
  const code = await pactConsumerCommand(['--pact-dir', dir, '--publish', '--consumer-version', '1.4.2', '--can-i-deploy', '--to', 'production'], out, err);
  const printed = String(out.read() ?? '');
  assert.equal(code, 0, String(err.read() ?? ''));
  assert.ok(calls.isDone());
  assert.match(printed, /wrote .*: \d+ HTTP interactions, 10 webhook messages/);
  assert.match(printed, /can-i-deploy: marketplace-back-office 1\.4\.2 can be deployed to production/);
  assert.ok(!printed.includes(token));
  assert.equal(JSON.parse(readFileSync(join(dir, pactFileName), 'utf8')).interactions.length, pact.interactions.length);
});
