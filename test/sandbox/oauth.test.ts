import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from '../../mocks/sandbox/index.ts';
import { ClientsFileError, readClientsFile } from '../../mocks/sandbox/clientsFile.ts';

// OAuth 2.0 client credentials (interface §1, RFC 6749 §4.4).

const form = (fields: Record<string, string>) => ({ 'content-type': 'application/x-www-form-urlencoded', payload: new URLSearchParams(fields).toString() });

async function token(sandbox: ReturnType<typeof createSandbox>, fields: Record<string, string>, authorization?: string) {
  const { payload, ...headers } = form(fields);
  return sandbox.inject({ method: 'POST', url: '/oauth/token', headers: { ...headers, ...(authorization ? { authorization } : {}) }, payload });
}

test('client credentials in the form or by HTTP Basic give a Bearer token with its expiry and scope', async () => {
  const sandbox = createSandbox();
  try {
    const byForm = await token(sandbox, { grant_type: 'client_credentials', client_id: 'marketplace-a', client_secret: 'sandbox-secret-a', scope: 'marketplace:rw' });
    assert.equal(byForm.statusCode, 200);
    assert.equal(byForm.headers['cache-control'], 'no-store');
    const body = byForm.json();
    assert.deepEqual([body.token_type, body.expires_in, body.scope], ['Bearer', 3600, 'marketplace:rw']);
    const byBasic = await token(sandbox, { grant_type: 'client_credentials' }, `Basic ${Buffer.from('marketplace-b:sandbox-secret-b').toString('base64')}`);
    assert.equal(byBasic.statusCode, 200);
    const call = await sandbox.inject({ method: 'GET', url: '/simulation/clock', headers: { authorization: `Bearer ${byBasic.json().access_token}` } });
    assert.equal(call.statusCode, 200);
  } finally {
    await sandbox.close();
  }
});

test('bad credentials are 401 invalid_client; a bad grant or scope is 400 with the RFC 6749 error', async () => {
  const sandbox = createSandbox();
  try {
    const wrong = await token(sandbox, { grant_type: 'client_credentials', client_id: 'marketplace-a', client_secret: 'nope' });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error, 'invalid_client');
    assert.match(String(wrong.headers['www-authenticate']), /^Basic/);
    assert.equal((await token(sandbox, { grant_type: 'password', client_id: 'marketplace-a', client_secret: 'sandbox-secret-a' })).json().error, 'unsupported_grant_type');
    assert.equal((await token(sandbox, { client_id: 'marketplace-a', client_secret: 'sandbox-secret-a' })).json().error, 'invalid_request');
    const scope = await token(sandbox, { grant_type: 'client_credentials', client_id: 'reader', client_secret: 'sandbox-secret-reader', scope: 'marketplace:rw' });
    assert.equal(scope.statusCode, 400);
    assert.equal(scope.json().error, 'invalid_scope');
  } finally {
    await sandbox.close();
  }
});

test('an expired token is 401; a token without marketplace:rw is 403 on the MS and simulation APIs', async () => {
  const expiring = createSandbox({ tokenTtlSeconds: 0 });
  const sandbox = createSandbox();
  try {
    const expired = (await token(expiring, { grant_type: 'client_credentials', client_id: 'marketplace-a', client_secret: 'sandbox-secret-a' })).json().access_token;
    const answer = await expiring.inject({ method: 'GET', url: '/sellers/x', headers: { authorization: `Bearer ${expired}` } });
    assert.equal(answer.statusCode, 401);
    assert.equal(answer.json().code, 'UNAUTHENTICATED');
    const reader = (await token(sandbox, { grant_type: 'client_credentials', client_id: 'reader', client_secret: 'sandbox-secret-reader' })).json().access_token;
    for (const url of ['/sellers/x', '/simulation/clock']) {
      const forbidden = await sandbox.inject({ method: 'GET', url, headers: { authorization: `Bearer ${reader}` } });
      assert.equal(forbidden.statusCode, 403);
      assert.equal(forbidden.json().code, 'INSUFFICIENT_SCOPE');
    }
  } finally {
    await expiring.close();
    await sandbox.close();
  }
});

test('clients are configurable', async () => {
  const sandbox = createSandbox({ clients: [{ clientId: 'shop', clientSecret: 'shop-secret', marketplace: 'shop', scopes: ['marketplace:rw'] }] });
  try {
    assert.equal((await token(sandbox, { grant_type: 'client_credentials', client_id: 'shop', client_secret: 'shop-secret' })).statusCode, 200);
    assert.equal((await token(sandbox, { grant_type: 'client_credentials', client_id: 'marketplace-a', client_secret: 'sandbox-secret-a' })).statusCode, 401);
  } finally {
    await sandbox.close();
  }
});

test('--clients reads a YAML file of clients and refuses a malformed one in one line', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-clients-'));
  await writeFile(join(dir, 'good.yaml'), 'clients:\n  - { clientId: shop, clientSecret: s3cret }\n  - { clientId: viewer, clientSecret: v, marketplace: shop, scope: "marketplace:read" }\n');
  assert.deepEqual(await readClientsFile(join(dir, 'good.yaml')), [
    { clientId: 'shop', clientSecret: 's3cret', marketplace: 'shop', scopes: ['marketplace:rw'] },
    { clientId: 'viewer', clientSecret: 'v', marketplace: 'shop', scopes: ['marketplace:read'] },
  ]);
  await writeFile(join(dir, 'bad.yaml'), 'clients:\n  - { clientId: shop }\n');
  await assert.rejects(readClientsFile(join(dir, 'bad.yaml')), (error: unknown) => {
    assert.ok(error instanceof ClientsFileError);
    assert.match(error.message, /^clients file .*bad\.yaml: clients\.0 must have required property 'clientSecret' \(expected/);
    assert.ok(!error.message.includes('\n'));
    return true;
  });
  await assert.rejects(readClientsFile(join(dir, 'missing.yaml')), /cannot read the clients file .* \(ENOENT\): check the --clients path/);
});
