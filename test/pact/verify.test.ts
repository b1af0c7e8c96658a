// Provider verification of the committed pact against the embedded sandbox, in a child process as
// `mskit pact verify` runs it: it passes on the clean sandbox, and a fault switch of each area makes
// it fail, naming the interaction the fault breaks and no other. All runs go in one child process
// (the kit loads once) and fault runs verify a few interactions around the fault, to stay fast.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { httpInteractions, messageInteractions } from '../../src/pact/consumer/backOfficeContract.ts';
import { committedPactFile } from '../../src/pact/pactParties.ts';
import { pactVerifyCommand, PactVerificationError, runPactVerifications, type VerificationResult } from '../../src/pact/verify.ts';

const interactionCount = httpInteractions.length + messageInteractions.length;

const refundRefused = 'a REFUND before any PAYMENT on the order is refused';
const noDocumentContent = "reading a seller never gives back a document's content";
const exactSplit = "splitting exactly the order's payment in cents is accepted";
const transferWebhook = 'a transfer.update webhook with the final status of a transfer';

const faultCases = [
  {
    fault: 'refund-before-payment-accepted',
    only: [refundRefused, 'a REFUND after the PAYMENT is registered', 'registering a PAYMENT answers its id with nothing paid yet'],
    why: /^status 201 instead of 422/,
  },
  {
    fault: 'document-content-returned',
    only: [noDocumentContent, 'reading a seller ready for KYC gives back its data, contacts and documents, COMPLETE and REGISTERED', 'deleting a seller document'],
    why: /\$\.(contacts\[0\]\.)?documents\[0\]\.fileContent: Expected 'fileContent' to match/,
  },
  {
    fault: 'split-ceiling-binary-float',
    only: [exactSplit, "a split above the order's transactions is refused"],
    why: /^status 422 instead of 201/,
  },
  {
    fault: 'webhook-signature-wrong-secret',
    only: [transferWebhook, 'a transfer from the marketplace to a seller is answered PENDING'],
    why: /the target did not emit it: .*refused: mismatch signature/,
  },
];

/**
 * A Pact Broker reduced to the HAL walk Pact's verifier makes: the index, the provider's pacts for
 * verification (one pact of two interactions), the pact with its publishing link, the results, and
 * can-i-deploy. What it received is kept for the assertions.
 */
function fakeBroker() {
  const received: { method: string; path: string; authorization?: string; body: string }[] = [];
  const pact = JSON.parse(readFileSync(committedPactFile, 'utf8'));
  pact.interactions = pact.interactions.filter((interaction: { description: string }) => ['reading an order', 'deleting a contact'].includes(interaction.description));
  const forVerification = '/pacts/provider/marketplace-services/for-verification';
  const pactPath = '/pacts/provider/marketplace-services/consumer/marketplace-back-office/pact-version/7f3a';
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const path = request.url ?? '/';
      received.push({ method: request.method ?? '', path, authorization: request.headers.authorization, body });
      const send = (status: number, json: unknown) => response.writeHead(status, { 'content-type': 'application/hal+json' }).end(JSON.stringify(json));
      if (path === '/') return send(200, { _links: { 'pb:provider-pacts-for-verification': { href: `${base}/pacts/provider/{provider}/for-verification`, templated: true } } });
      if (path === forVerification && request.method === 'GET') return send(200, { _links: { self: { href: `${base}${forVerification}` } } });
      if (path === forVerification) return send(200, { _embedded: { pacts: [{ shortDescription: 'latest', verificationProperties: { pending: false, notices: [] }, _links: { self: { href: `${base}${pactPath}` } } }] } });
      if (path === pactPath) return send(200, { ...pact, _links: { 'pb:publish-verification-results': { href: `${base}${pactPath}/verification-results` } } });
      if (path === `${pactPath}/verification-results`) return send(201, {});
      if (path.startsWith('/can-i-deploy?')) return send(200, { summary: { deployable: true, reason: 'all required verification results are published and successful' } });
      send(404, {});
    });
  });
  return { server, received };
}

const broker = fakeBroker();
const brokerToken = 'fake-broker-token';
let clean: VerificationResult;
let published: VerificationResult;
const faulty = new Map<string, VerificationResult>();

before(async () => {
  await new Promise<void>((resolve) => broker.server.listen(0, '127.0.0.1', () => resolve()));
  const saved = { url: process.env.MSKIT_PACT_BROKER_URL, token: process.env.MSKIT_PACT_BROKER_TOKEN };
  process.env.MSKIT_PACT_BROKER_URL = `http://127.0.0.1:${(broker.server.address() as AddressInfo).port}`;
  process.env.MSKIT_PACT_BROKER_TOKEN = brokerToken;
  const pending = runPactVerifications([
    {},
    ...faultCases.map(({ fault, only }) => ({ faults: [fault], only })),
    { publish: true, providerVersion: 'abc123', canIDeployTo: 'production' },
  ]);
  for (const [name, value] of [['MSKIT_PACT_BROKER_URL', saved.url], ['MSKIT_PACT_BROKER_TOKEN', saved.token]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  const outcomes = await pending;
  for (const outcome of outcomes) if (outcome instanceof PactVerificationError) throw outcome;
  [clean, published] = [outcomes[0], outcomes.at(-1)] as VerificationResult[];
  faultCases.forEach(({ fault }, index) => faulty.set(fault, outcomes[index + 1] as VerificationResult));
});

after(() => new Promise<void>((resolve) => broker.server.close(() => resolve())));

test('the committed pact verifies against the clean embedded sandbox', () => {
  const result = clean;
  assert.deepEqual(result.failed, []);
  assert.deepEqual(result.notVerified, []);
  assert.equal(result.passed.length, interactionCount);
  assert.equal(result.ok, true);
  assert.equal(result.lines.at(-1)?.split(' (')[0], `verified: ${interactionCount} passed, 0 failed, 0 not verified of ${interactionCount} interactions`);
  assert.match(result.report, /Verifying a pact between marketplace-back-office and marketplace-services/);
});

for (const { fault, only, why } of faultCases) {
  test(`with the sandbox fault ${fault}, verification fails naming the interaction it breaks`, () => {
    const result = faulty.get(fault)!;
    assert.equal(result.ok, false);
    assert.equal(result.failed.length, 1, result.lines.join('\n'));
    const [failure] = result.failed;
    assert.equal(failure.description, only[0]);
    assert.match(failure.reason, why);
    assert.equal(result.passed.length, only.length - 1);
    assert.ok(result.lines.some((line) => line.startsWith(`FAILED  ${only[0]}: `)));
  });
}

test("publishing verifies the broker's pacts and sends the results as the provider version, then asks can-i-deploy", () => {
  assert.equal(published.ok, true, published.lines.join('\n'));
  assert.deepEqual(published.passed.sort(), ['deleting a contact', 'reading an order']);
  const results = broker.received.find((call) => call.path.endsWith('/verification-results'));
  assert.ok(results, `no results published; the broker received ${broker.received.map((call) => `${call.method} ${call.path}`).join(', ')}`);
  assert.equal(results.method, 'POST');
  const sent = JSON.parse(results.body) as { providerApplicationVersion?: string; success?: boolean };
  assert.equal(sent.providerApplicationVersion, 'abc123');
  assert.equal(sent.success, true);
  assert.ok(broker.received.every((call) => call.authorization === `Bearer ${brokerToken}`));
  assert.ok(broker.received.some((call) => call.path === '/can-i-deploy?pacticipant=marketplace-services&version=abc123&to=production'));
  assert.match(published.lines.join('\n'), /can-i-deploy: marketplace-services abc123 can be deployed to production/);
  assert.ok(published.lines.every((line) => !line.includes(brokerToken)));
});

test('mskit pact verify: one line and exit code 2 when it cannot run', async () => {
  const out = new PassThrough();
  const err = new PassThrough();
  assert.equal(await pactVerifyCommand(['--target', 'url'], out, err), 2);
  const line = String(err.read());
  assert.match(line, /^mskit: config \(environment\): target\.apiBaseUrl is required when target\.kind is url/);
  assert.equal(line.trim().split('\n').length, 1);

  assert.equal(await pactVerifyCommand(['--can-i-deploy'], out, err), 2);
  assert.match(String(err.read()), /--can-i-deploy needs --provider-version <version> and --to <tag>/);

  assert.equal(await pactVerifyCommand(['--target', 'mainframe'], out, err), 2);
  assert.match(String(err.read()), /^mskit: option '--target <kind>' argument 'mainframe' is invalid/);
});
