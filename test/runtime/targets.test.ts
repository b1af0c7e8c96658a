import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadRunConfig } from '../../src/config/index.ts';
import { createSandbox } from '../../mocks/sandbox/index.ts';
import { writeDialectProfile } from '../../mocks/sandbox/dialectProfile.ts';
import { noContainerRuntime, readWorkerTarget, resolveTarget, TargetError, targetTagExpression } from '../../src/targets/index.ts';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** A pretend implementation on loopback: `routes` maps "METHOD /path-prefix" to a handler. */
async function fakeTarget(routes: Record<string, Handler>) {
  const server = createServer((request, response) => {
    const route = Object.entries(routes).find(([key]) => {
      const [method, prefix] = key.split(' ');
      return request.method === method && (request.url ?? '').startsWith(prefix);
    });
    request.resume();
    request.on('end', () => (route ? route[1](request, response) : response.writeHead(404, { 'content-type': 'application/problem+json' }).end('{"status":404}')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const json = (status: number, body: object): Handler => (_request, response) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const goodToken = json(200, { access_token: 'tok-123456789', token_type: 'Bearer', expires_in: 3600 });
/** The MS API's GET /sellers/{id} for a seller that does not exist: 401 without a token, a 404 problem answer with one. */
const notFound: Handler = (request, response) => {
  const [status, code] = request.headers.authorization ? [404, 'RESOURCE_NOT_FOUND'] : [401, 'UNAUTHENTICATED'];
  response.writeHead(status, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ status, code }));
};

async function urlConfig(origin: string, extra: Record<string, string> = {}) {
  return loadRunConfig({
    env: { MSKIT_TARGET: 'url', MSKIT_API_BASE_URL: origin, MSKIT_TOKEN_URL: `${origin}/oauth/token`, MSKIT_CLIENT_ID: 'acme', MSKIT_CLIENT_SECRET: 'acme-secret-value', MSKIT_REQUEST_TIMEOUT_MS: '2000', ...extra },
  });
}

async function preflightMessage(origin: string, extra: Record<string, string> = {}): Promise<string> {
  const error = await resolveTarget(await urlConfig(origin, extra)).then(
    () => assert.fail('the preflight should have failed'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof TargetError, `a TargetError, got ${String(error)}`);
  assert.doesNotMatch(error.message, /\n|acme-secret-value|tok-123456789/);
  return error.message;
}

test('preflight: an unreachable host names the API base URL', async () => {
  const gone = await fakeTarget({});
  await gone.close();
  assert.equal(await preflightMessage(gone.origin), `target ${gone.origin} is unreachable (connection refused): check target.apiBaseUrl`);
});

test('preflight: wrong credentials name the client', async () => {
  const target = await fakeTarget({ 'POST /oauth/token': json(401, { error: 'invalid_client' }), 'GET /sellers/': notFound });
  try {
    assert.equal(await preflightMessage(target.origin), 'token endpoint refused client "acme" (401 invalid_client): check clientId/clientSecret');
  } finally {
    await target.close();
  }
});

test('preflight: a marketplace of the pool with wrong credentials is named with its configuration key', async () => {
  // HTTP Basic client authentication: the client is in a header (this fake server reads no body).
  const clientOf = (request: IncomingMessage) => Buffer.from((request.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':')[0];
  const token: Handler = (request, response) => (clientOf(request) === 'mp-lane-2' ? json(401, { error: 'invalid_client' }) : goodToken)(request, response);
  const target = await fakeTarget({ 'POST /oauth/token': token, 'GET /sellers/': notFound });
  const pool = JSON.stringify([{ clientId: 'mp-lane-1', clientSecret: 'lane-secret-1' }, { clientId: 'mp-lane-2', clientSecret: 'lane-secret-2' }]);
  try {
    const message = await preflightMessage(target.origin, { MSKIT_TOKEN_AUTH: 'client_secret_basic', MSKIT_MARKETPLACE_POOL: pool });
    assert.equal(message, 'token endpoint refused client "mp-lane-2" (401 invalid_client): check marketplacePool[1].clientId/clientSecret');
  } finally {
    await target.close();
  }
});

test('preflight: an HTML page instead of the token endpoint says which URL to check', async () => {
  const html: Handler = (_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Portal</title>');
  const target = await fakeTarget({ 'POST /oauth/token': html, 'GET /sellers/': notFound });
  try {
    assert.equal(await preflightMessage(target.origin), `target answered text/html instead of JSON at POST ${target.origin}/oauth/token: is tokenUrl right?`);
  } finally {
    await target.close();
  }
});

test('preflight: a failing API is one line with its status', async () => {
  const target = await fakeTarget({ 'POST /oauth/token': goodToken, 'GET /sellers/': json(500, { error: 'boom' }) });
  try {
    assert.match(await preflightMessage(target.origin), new RegExp(`^target answered 500 at GET ${target.origin}/sellers/mskit-preflight-[0-9a-f]+: the target is failing; try again later or ask its operators$`));
  } finally {
    await target.close();
  }
});

test('preflight: a token the API refuses points at mismatched environments', async () => {
  const target = await fakeTarget({ 'POST /oauth/token': goodToken, 'GET /sellers/': json(401, { status: 401 }) });
  try {
    assert.match(await preflightMessage(target.origin), /^target refused the token issued to client "acme" \(401\) at GET .*: do tokenUrl and target\.apiBaseUrl belong to the same environment\?$/);
  } finally {
    await target.close();
  }
});

test('preflight: a base URL that is not the API (its paths answer 404 even without a token) says so and what to fix', async () => {
  const target = await fakeTarget({ 'POST /oauth/token': goodToken, 'GET /sellers/': notFound });
  try {
    assert.match(
      await preflightMessage(`${target.origin}/wrong`, { MSKIT_TOKEN_URL: `${target.origin}/oauth/token` }),
      new RegExp(`^${target.origin}/wrong is not the MS API: GET ${target.origin}/wrong/sellers/mskit-preflight-[0-9a-f]+ without a token answered 404, where the API refuses it as unauthenticated \\(401\\); check target\\.apiBaseUrl \\(the documented paths, e\\.g\\. /sellers/\\{id\\}, are relative to it\\)$`),
    );
  } finally {
    await target.close();
  }
});

test('preflight: behind a gateway that asks for a token first, a 404 that is not a problem answer is not the API', async () => {
  const gateway: Handler = (request, response) => {
    if (!request.headers.authorization) response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Unauthorized"}');
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('Cannot GET');
  };
  const target = await fakeTarget({ 'POST /oauth/token': goodToken, 'GET /': gateway });
  try {
    assert.match(
      await preflightMessage(`${target.origin}/v2`, { MSKIT_TOKEN_URL: `${target.origin}/oauth/token` }),
      new RegExp(`^${target.origin}/v2 is not the MS API: GET ${target.origin}/v2/sellers/mskit-preflight-[0-9a-f]+, a seller that does not exist, answered 404 text/plain instead of a 404 application/problem\\+json answer; check target\\.apiBaseUrl \\(or errors\\.contentType in the profile\\)$`),
    );
  } finally {
    await target.close();
  }
});

test('preflight: the sandbox passes with every dialect on and the profile declaring them, and its wrong path does not', async (t) => {
  const sandbox = createSandbox({ dialects: ['all'] });
  const urls = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  try {
    const profile = await writeDialectProfile(sandbox.dialects);
    t.after(() => rm(dirname(profile), { recursive: true, force: true }));
    const env = { MSKIT_TOKEN_URL: urls.tokenUrl, MSKIT_CLIENT_ID: 'marketplace-a', MSKIT_CLIENT_SECRET: 'sandbox-secret-a', MSKIT_PROFILE: profile };
    const resolved = await resolveTarget(await urlConfig(urls.apiBaseUrl, env));
    await resolved.stop();
    assert.match(await preflightMessage(`${urls.apiBaseUrl}/wrong`, env), /\/wrong is not the MS API: GET .* without a token answered 404/);
  } finally {
    await sandbox.close();
  }
});

test('a healthy url target resolves with capabilities from its configuration and a worker env with no stray secrets in its description', async () => {
  const target = await fakeTarget({ 'POST /oauth/token': goodToken, 'GET /sellers/': notFound, 'GET /sim/clock': json(200, { now: '2026-11-23T10:00:00Z' }) });
  try {
    const resolved = await resolveTarget(await urlConfig(target.origin, { MSKIT_SIMULATION_BASE_URL: `${target.origin}/sim`, MSKIT_SECOND_CLIENT_ID: 'b', MSKIT_SECOND_CLIENT_SECRET: 'b-secret-value' }));
    assert.deepEqual(resolved.capabilities, { simulation: true, secondMarketplace: true, readerClient: false, webhooks: true, vouchers: false });
    assert.doesNotMatch(resolved.description, /secret/);
    const worker = readWorkerTarget(resolved.workerEnv);
    assert.equal(worker?.clients.second?.clientSecret, 'b-secret-value');
    assert.equal(worker?.webhooks?.registration, 'simulation');
    assert.match(worker?.webhooks?.secret ?? '', /^mskit-whsec-[0-9a-f]{48}$/);
    await resolved.stop();
  } finally {
    await target.close();
  }
});

test('the container target without a container runtime fails fast with one line', async () => {
  // No engine, whatever this machine has (test/targets/container.test.ts uses a real one): nothing is pulled.
  process.env.DOCKER_HOST = 'unix:///nonexistent/docker.sock';
  const config = await loadRunConfig({ env: { MSKIT_TARGET: 'container', MSKIT_CONTAINER_IMAGE: 'ghcr.io/example/ms:1.0', MSKIT_CLIENT_ID: 'a', MSKIT_CLIENT_SECRET: 'secret-a' } });
  await assert.rejects(resolveTarget(config), (error: unknown) => {
    assert.ok(error instanceof TargetError);
    assert.equal(error.message, noContainerRuntime);
    return true;
  });
});

test('the Prism target runs @stateless scenarios only', () => {
  assert.equal(targetTagExpression('prism'), '@stateless');
  assert.equal(targetTagExpression('prism', '@SEC-AUTH-REQUIRED'), '(@stateless) and (@SEC-AUTH-REQUIRED)');
  assert.equal(targetTagExpression('sandbox', 'not @slow'), 'not @slow');
  assert.equal(targetTagExpression('url'), undefined);
});

test("the kit's sandbox clients, pool included, are clients the sandbox knows", async () => {
  const { builtInClients } = await import('../../mocks/sandbox/index.ts');
  const { sandboxClients } = await import('../../src/targets/index.ts');
  const known = new Map(builtInClients.map((client) => [client.clientId, client.clientSecret]));
  for (const client of [sandboxClients.primary, sandboxClients.second, sandboxClients.reader, ...sandboxClients.pool]) assert.equal(known.get(client.clientId), client.clientSecret, client.clientId);
  const marketplaces = new Set(builtInClients.filter((client) => sandboxClients.pool.some((pooled) => pooled.clientId === client.clientId)).map((client) => client.marketplace));
  assert.equal(marketplaces.size, sandboxClients.pool.length, 'each pool client is a marketplace of its own');
});

test('the embedded sandbox of this process is reached in-process while it runs, and no longer once stopped', async () => {
  const { inProcessTransport } = await import('../../src/targets/inProcessTargets.ts');
  const target = await resolveTarget(await loadRunConfig({ env: {}, overrides: { kind: 'sandbox' } }));
  const { apiBaseUrl } = readWorkerTarget(target.workerEnv)!;
  try {
    const transport = inProcessTransport(apiBaseUrl);
    assert.ok(transport, 'an in-process transport for the running sandbox');
    const answer = await transport.fetch(`${apiBaseUrl}/sellers/nobody?x=1`, { method: 'GET', headers: { accept: 'application/json' } });
    assert.equal(answer.status, 401, 'no token: refused as unauthenticated, as over a socket');
    assert.match(answer.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal(answer.ok, false);
    assert.equal(typeof (JSON.parse(await answer.text()) as { status?: unknown }).status, 'number');
  } finally {
    await target.stop();
  }
  assert.equal(inProcessTransport(apiBaseUrl), undefined);
});
