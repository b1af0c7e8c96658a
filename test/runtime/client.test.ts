import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { Contract } from '../../src/contract/index.ts';
import { ApiClient, ContractViolationError, Redactor, TokenStore, TransportError, type Exchange } from '../../src/client/index.ts';

const api = 'https://ms.example.test';
const tokenUrl = 'https://auth.example.test/oauth/token';
const clientSecret = 'client-secret-4f9d2c';
const accessToken = 'eyJhbGciOiJIUzI1NiJ9.access-token-7a1b2c3d';

const orderContract = new Contract('marketplace-services', {
  openapi: '3.1.0',
  info: { title: 'orders', version: '1' },
  paths: {
    '/orders': {
      post: {
        operationId: 'createOrder',
        responses: {
          '201': { description: 'created', content: { 'application/json': { schema: { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' }, amount: { type: 'number' } } } } } },
        },
      },
    },
    '/sellers/{merchantSellerId}/documents': {
      post: { operationId: 'addSellerDocument', responses: { '201': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } } },
    },
  },
});

function client(options: { exchanges?: Exchange[]; timeoutMs?: number; baseUrl?: string; tokenUrl?: string; redactor?: Redactor } = {}) {
  const redactor = options.redactor ?? new Redactor();
  const tokens = new TokenStore({
    tokenUrl: options.tokenUrl ?? tokenUrl,
    clients: { primary: { clientId: 'acme', clientSecret, scope: 'marketplace:rw', configKeys: 'clientId/clientSecret' } },
    timeoutMs: 1000,
    redactor,
  });
  return new ApiClient({
    api: 'MS',
    baseUrl: options.baseUrl ?? api,
    baseUrlKey: 'target.apiBaseUrl',
    contract: orderContract,
    tokens,
    headers: { solutionCode: 'SC-1' },
    timeoutMs: options.timeoutMs ?? 1000,
    redactor,
    onExchange: (exchange) => options.exchanges?.push(exchange),
  });
}

function tokenEndpoint() {
  return nock('https://auth.example.test').post('/oauth/token').reply(200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3600, scope: 'marketplace:rw' });
}

before(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
after(() => nock.enableNetConnect());

test('a response breaking the contract fails with the operation, the place and the rule', async () => {
  tokenEndpoint();
  nock(api).post('/orders').reply(201, { orderId: 42 });
  const error = await client().send({ method: 'POST', path: '/orders', body: { externalOrderId: 'o-1' } }).catch((caught: unknown) => caught);
  assert.ok(error instanceof ContractViolationError);
  assert.equal(error.message, 'response of createOrder (201) violates the contract at /orderId: must be string (type)');
  assert.equal(error.response.status, 201);
});

test('a conforming answer comes back with its operation, and the token is cached and sent with the extra headers', async () => {
  const token = tokenEndpoint();
  const orders = nock(api, { reqheaders: { authorization: `Bearer ${accessToken}`, solutioncode: 'SC-1' } })
    .post('/orders')
    .times(2)
    .reply(201, { orderId: 'ord-1', amount: 12.5 });
  const ms = client();
  const first = await ms.send({ method: 'POST', path: '/orders', body: {} });
  await ms.send({ method: 'POST', path: '/orders', body: {} });
  assert.equal(first.operationId, 'createOrder');
  assert.deepEqual(first.body, { orderId: 'ord-1', amount: 12.5 });
  assert.ok(token.isDone(), 'one token request');
  assert.ok(orders.isDone(), 'both calls carried the token and the extra header');
});

test('anonymous and forged callers get no token or a token nobody issued', async () => {
  const problem = [401, { status: 401 }, { 'content-type': 'application/problem+json' }] as const;
  const anonymous = nock(api, { badheaders: ['authorization'] }).get('/orders/x').reply(...problem);
  const forged = nock(api, { reqheaders: { authorization: (value: string) => /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/.test(value) && value !== `Bearer ${accessToken}` } })
    .get('/orders/x')
    .reply(...problem);
  const ms = client();
  assert.equal((await ms.send({ method: 'GET', path: '/orders/x', as: 'anonymous' })).status, 401);
  assert.equal((await ms.send({ method: 'GET', path: '/orders/x', as: 'forged' })).status, 401);
  assert.ok(anonymous.isDone() && forged.isDone());
});

test('tokens, client secrets, webhook secrets and document contents never reach the evidence', async () => {
  const redactor = new Redactor();
  const exchanges: Exchange[] = [];
  const content = Buffer.alloc(3000, 7).toString('base64');
  tokenEndpoint();
  nock(api)
    .post('/sellers/s-1/documents')
    .reply(201, { documentId: 'd-1', fileContent: content, echo: `token was ${accessToken}`, secret: 'whsec-abcdef-123456' });
  const ms = client({ exchanges, redactor });
  redactor.addSecret('whsec-abcdef-123456');
  await ms.send({ method: 'POST', path: '/sellers/s-1/documents', body: { name: 'kbis.pdf', type: 'COMPANY_REGISTRATION', fileContent: content, client_secret: clientSecret, secret: 'whsec-abcdef-123456' } });
  const evidence = JSON.stringify(exchanges);
  assert.equal(exchanges.length, 1);
  for (const secret of [accessToken, clientSecret, 'whsec-abcdef-123456', content]) assert.ok(!evidence.includes(secret), `evidence leaks ${secret.slice(0, 12)}…`);
  assert.equal(exchanges[0].request.headers.authorization, 'Bearer <redacted>');
  assert.equal((exchanges[0].request.body as { fileContent: string }).fileContent, `<elided ${content.length} base64 chars>`);
  assert.equal((exchanges[0].response?.body as { fileContent: string }).fileContent, `<elided ${content.length} base64 chars>`);
  assert.equal((exchanges[0].response?.body as { echo: string }).echo, 'token was <redacted>');
});

test('an HTML page or broken JSON instead of an API answer is one line', async () => {
  tokenEndpoint();
  nock(api).post('/orders').reply(200, '<!doctype html><html><body>Login</body></html>', { 'content-type': 'text/html; charset=utf-8' });
  nock(api).post('/orders').reply(201, '{"orderId":', { 'content-type': 'application/json' });
  const ms = client();
  await assert.rejects(ms.send({ method: 'POST', path: '/orders', body: {} }), { name: 'TransportError', message: `target answered text/html instead of JSON at POST ${api}/orders: is target.apiBaseUrl right?` });
  await assert.rejects(ms.send({ method: 'POST', path: '/orders', body: {} }), { name: 'TransportError', message: `target answered application/json that is not valid JSON at POST ${api}/orders: is target.apiBaseUrl right?` });
});

test('a refused client, a failing or a wrong token endpoint is one line', async () => {
  nock('https://auth.example.test').post('/oauth/token').reply(401, { error: 'invalid_client' });
  await assert.rejects(client().send({ method: 'GET', path: '/orders/x' }), { message: 'token endpoint refused client "acme" (401 invalid_client): check clientId/clientSecret' });
  nock('https://auth.example.test').post('/oauth/token').reply(503, 'upstream down', { 'content-type': 'text/plain' });
  await assert.rejects(client().send({ method: 'GET', path: '/orders/x' }), { message: `token endpoint answered 503 at POST ${tokenUrl}: the target is failing; try again later or ask its operators` });
  nock('https://auth.example.test').post('/oauth/token').reply(200, '<html>portal</html>', { 'content-type': 'text/html' });
  await assert.rejects(client().send({ method: 'GET', path: '/orders/x' }), { message: `target answered text/html instead of JSON at POST ${tokenUrl}: is tokenUrl right?` });
});

test('an unreachable target and a silent one are one line, with no retry', async () => {
  nock.enableNetConnect('127.0.0.1');
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const exchanges: Exchange[] = [];
  const unreachable = client({ baseUrl: `http://127.0.0.1:${closedPort}`, exchanges, tokenUrl: '' });
  await assert.rejects(unreachable.send({ method: 'GET', path: '/orders/x' }), { message: `target http://127.0.0.1:${closedPort} is unreachable (connection refused): check target.apiBaseUrl` });
  assert.equal(exchanges.length, 1, 'one attempt, recorded');
  assert.match(exchanges[0].problem ?? '', /unreachable/);

  let requests = 0;
  const silent = createServer(() => {
    requests += 1;
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const silentPort = (silent.address() as AddressInfo).port;
  try {
    await assert.rejects(client({ baseUrl: `http://127.0.0.1:${silentPort}`, timeoutMs: 150, tokenUrl: '' }).send({ method: 'GET', path: '/orders/x' }), (error: unknown) => {
      assert.ok(error instanceof TransportError);
      assert.equal(error.message, `no answer from GET http://127.0.0.1:${silentPort}/orders/x within 150 ms: the target is too slow or not answering (check target.apiBaseUrl)`);
      return true;
    });
    assert.equal(requests, 1);
  } finally {
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }
});

test("a client at a pool seat acts with that marketplace's token, keeps the primary's elsewhere, and names a missing seat", async () => {
  const redactor = new Redactor();
  const tokens = new TokenStore({
    tokenUrl,
    clients: { primary: { clientId: 'acme', clientSecret, configKeys: 'clientId/clientSecret' } },
    pool: [{ clientId: 'acme-pool-1', clientSecret: 'pool-secret-1', configKeys: 'marketplacePool[0].clientId/clientSecret' }],
    timeoutMs: 1000,
    redactor,
  });
  const tokenFor = (clientId: string, token: string) =>
    nock('https://auth.example.test')
      .post('/oauth/token', (body: Record<string, string>) => body.client_id === clientId)
      .reply(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
  tokenFor('acme', 'primary-token-123456');
  tokenFor('acme-pool-1', 'pool-token-123456');
  const atPool = nock(api, { reqheaders: { authorization: 'Bearer pool-token-123456' } }).post('/orders').reply(201, { orderId: 'o1' });
  const atPrimary = nock(api, { reqheaders: { authorization: 'Bearer primary-token-123456' } }).post('/orders').reply(201, { orderId: 'o2' });
  const primary = new ApiClient({ api: 'MS', baseUrl: api, baseUrlKey: 'target.apiBaseUrl', tokens, timeoutMs: 1000, redactor });
  assert.deepEqual((await primary.atSeat(1).send({ method: 'POST', path: '/orders', body: {} })).body, { orderId: 'o1' });
  assert.deepEqual((await primary.send({ method: 'POST', path: '/orders', body: {} })).body, { orderId: 'o2' });
  assert.ok(atPool.isDone() && atPrimary.isDone());
  assert.equal(tokens.seats, 2);
  await assert.rejects(primary.atSeat(2).send({ method: 'POST', path: '/orders', body: {} }), /no marketplace 2 in its marketplacePool/);
  assert.equal(redactor.text('pool-secret-1'), '<redacted>', 'pool secrets are redacted like the others');
});
