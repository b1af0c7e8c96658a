import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadRunConfig } from '../../src/config/index.ts';
import type { UrlTargetConfig } from '../../src/config/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'mskit-config-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const urlEnv = {
  MSKIT_TARGET: 'url',
  MSKIT_API_BASE_URL: 'https://uat.example.test/ms/v1',
  MSKIT_TOKEN_URL: 'https://uat.example.test/oauth/token',
  MSKIT_CLIENT_ID: 'acme-uat',
  MSKIT_CLIENT_SECRET: 'very-secret-value',
};

async function configError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => assert.fail('expected a configuration error'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
  assert.doesNotMatch(error.message, /\n/, 'the message is one line');
  return error.message;
}

test('with nothing configured the target is the embedded sandbox', async () => {
  const config = await loadRunConfig({ env: {} });
  assert.deepEqual(config.target, { kind: 'sandbox', faults: [], dialects: [] });
  assert.equal(config.requestTimeoutMs, 10000);
  assert.equal(config.origin, 'config (environment)');
});

test('the environment alone configures a url target, with defaults and JSON headers', async () => {
  const config = await loadRunConfig({ env: { ...urlEnv, MSKIT_HEADERS: '{"solutionCode":"SC-42"}', MSKIT_SECOND_CLIENT_ID: 'b', MSKIT_SECOND_CLIENT_SECRET: 'b-secret-value' } });
  const target = config.target as UrlTargetConfig;
  assert.equal(target.kind, 'url');
  assert.equal(target.scope, 'marketplace:rw');
  assert.deepEqual(target.headers, { solutionCode: 'SC-42' });
  assert.deepEqual(target.secondMarketplace, { clientId: 'b', clientSecret: 'b-secret-value' });
  assert.equal(target.readerClient, undefined);
});

test('environment variables win over the file, and file paths are relative to the file', async () => {
  const path = file(
    'env-wins.yaml',
    ['target:', '  kind: url', '  apiBaseUrl: https://from-file.example.test', '  tokenUrl: https://from-file.example.test/oauth/token', '  clientId: file-client', '  clientSecret: file-secret-value', 'requestTimeoutMs: 2500'].join('\n'),
  );
  const config = await loadRunConfig({ configPath: path, env: { MSKIT_API_BASE_URL: 'https://from-env.example.test' } });
  const target = config.target as UrlTargetConfig;
  assert.equal(target.apiBaseUrl, 'https://from-env.example.test');
  assert.equal(target.clientId, 'file-client');
  assert.equal(config.requestTimeoutMs, 2500);
  assert.equal(config.origin, `config ${path}`);
});

test('a non-URL base URL in the file is named with its key and value', async () => {
  const path = file('bad-url.yaml', ['target:', '  kind: url', '  apiBaseUrl: localhost:8080', '  tokenUrl: http://localhost:8080/oauth/token', '  clientId: a', '  clientSecret: secret-a'].join('\n'));
  const message = await configError(loadRunConfig({ configPath: path, env: {} }));
  assert.equal(message, `config ${path}: target.apiBaseUrl must be an http(s) URL (got "localhost:8080")`);
});

test('a bad value from the environment names the variable', async () => {
  const message = await configError(loadRunConfig({ env: { ...urlEnv, MSKIT_TOKEN_URL: 'ftp://x.example.test/token' } }));
  assert.equal(message, 'config (environment): MSKIT_TOKEN_URL (target.tokenUrl) must be an http(s) URL (got "ftp://x.example.test/token")');
});

test('a missing required key says which and how to set it', async () => {
  const { MSKIT_TOKEN_URL: _omitted, ...env } = urlEnv;
  const message = await configError(loadRunConfig({ env }));
  assert.equal(message, 'config (environment): target.tokenUrl is required when target.kind is url (set it in the config file or with MSKIT_TOKEN_URL)');
});

test('an unknown key suggests the key it resembles', async () => {
  const path = file('typo.yaml', ['target:', '  kind: url', '  apiBaseUrl: https://a.example.test', '  tokenUrl: https://a.example.test/t', '  clientId: a', '  clientSecret: secret-a', '  simulationBaseUri: https://a.example.test/sim'].join('\n'));
  const message = await configError(loadRunConfig({ configPath: path, env: {} }));
  assert.equal(message, `config ${path}: unknown key "target.simulationBaseUri" when target.kind is url (did you mean "target.simulationBaseUrl"?)`);
});

test('an unknown target kind lists the kinds', async () => {
  const message = await configError(loadRunConfig({ env: { MSKIT_TARGET: 'sandbx' } }));
  assert.match(message, /target\.kind must be one of sandbox, prism, url, container \(got "sandbx"\)/);
});

test('a secret of the wrong type is named without its value', async () => {
  const path = file('secret-type.yaml', ['target:', '  kind: url', '  apiBaseUrl: https://a.example.test', '  tokenUrl: https://a.example.test/t', '  clientId: a', '  clientSecret: 123456789'].join('\n'));
  const message = await configError(loadRunConfig({ configPath: path, env: {} }));
  assert.equal(message, `config ${path}: target.clientSecret must be a string`);
});

test('YAML that does not parse gives its line', async () => {
  const path = file('broken.yaml', 'target:\n  kind: url\n  apiBaseUrl: [unclosed\n');
  const message = await configError(loadRunConfig({ configPath: path, env: {} }));
  assert.match(message, new RegExp(`^config ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML at line \\d+: `));
});

test('a target that is not a mapping is refused rather than ignored', async () => {
  const path = file('flat-target.yaml', 'target: url\n');
  assert.equal(await configError(loadRunConfig({ configPath: path, env: {} })), `config ${path}: target must be a mapping with a kind, e.g. "target: { kind: url, apiBaseUrl: … }" (got "url")`);
});

test('a missing config file says so', async () => {
  const message = await configError(loadRunConfig({ configPath: join(dir, 'nope.yaml'), env: {} }));
  assert.match(message, /nope\.yaml: file not found: check --config or MSKIT_CONFIG$/);
});

test('MSKIT_HEADERS that is not a JSON object is one line', async () => {
  const message = await configError(loadRunConfig({ env: { ...urlEnv, MSKIT_HEADERS: 'solutionCode=1' } }));
  assert.match(message, /^config \(environment\): MSKIT_HEADERS must be a JSON object/);
});

test('MSKIT_MARKETPLACE_POOL gives more marketplaces as JSON; text that is not a JSON array, or a client without its secret, is one line', async () => {
  const config = await loadRunConfig({ env: { ...urlEnv, MSKIT_MARKETPLACE_POOL: '[{"clientId":"mp-2","clientSecret":"mp-2-secret"}]' } });
  assert.deepEqual((config.target as UrlTargetConfig).marketplacePool, [{ clientId: 'mp-2', clientSecret: 'mp-2-secret' }]);
  assert.match(await configError(loadRunConfig({ env: { ...urlEnv, MSKIT_MARKETPLACE_POOL: 'mp-2:secret' } })), /^config \(environment\): MSKIT_MARKETPLACE_POOL must be a JSON array of clients/);
  const missing = await configError(loadRunConfig({ env: { ...urlEnv, MSKIT_MARKETPLACE_POOL: '[{"clientId":"mp-2"}]' } }));
  assert.match(missing, /marketplacePool/);
  assert.equal(missing.split('\n').length, 1);
});

test('switching the kind from the environment leaves the file target behind', async () => {
  const path = file('switch.yaml', ['target:', '  kind: url', '  apiBaseUrl: https://a.example.test', '  tokenUrl: https://a.example.test/t', '  clientId: a', '  clientSecret: secret-a'].join('\n'));
  const config = await loadRunConfig({ configPath: path, env: { MSKIT_TARGET: 'sandbox', MSKIT_SANDBOX_FAULTS: 'siren-accepted, no-lock-during-review' } });
  assert.deepEqual(config.target, { kind: 'sandbox', faults: ['siren-accepted', 'no-lock-during-review'], dialects: [] });
});

test('command-line overrides win, and --fault needs the sandbox', async () => {
  const config = await loadRunConfig({ env: urlEnv, overrides: { kind: 'sandbox', faults: ['siren-accepted'] } });
  assert.deepEqual(config.target, { kind: 'sandbox', faults: ['siren-accepted'], dialects: [] });
  const message = await configError(loadRunConfig({ env: urlEnv, overrides: { faults: ['siren-accepted'] } }));
  assert.match(message, /--fault only applies to the sandbox target/);
});

test('a malformed profile is refused at configuration time, in one line', async () => {
  const profile = file('profile.yaml', 'statuses:\n  created: abc\n');
  const message = await configError(loadRunConfig({ env: { MSKIT_PROFILE: profile } }));
  assert.match(message, /statuses\.created/);
});

test('a deviation naming no catalogue rule is refused', async () => {
  const deviations = file('deviations.yaml', '- rule: TRX-NOT-A-RULE\n  justification: accepted by the approver\n');
  const message = await configError(loadRunConfig({ env: { MSKIT_DEVIATIONS: deviations } }));
  assert.match(message, /unknown rule "TRX-NOT-A-RULE" \(not in contracts\/rules\.yaml/);
});

test('a url target authenticates with client_secret_post unless told client_secret_basic, and refuses another method', async () => {
  assert.equal(((await loadRunConfig({ env: urlEnv })).target as UrlTargetConfig).tokenAuth, 'client_secret_post');
  assert.equal(((await loadRunConfig({ env: { ...urlEnv, MSKIT_TOKEN_AUTH: 'client_secret_basic' } })).target as UrlTargetConfig).tokenAuth, 'client_secret_basic');
  assert.equal(
    await configError(loadRunConfig({ env: { ...urlEnv, MSKIT_TOKEN_AUTH: 'private_key_jwt' } })),
    'config (environment): MSKIT_TOKEN_AUTH (target.tokenAuth) must be one of client_secret_post, client_secret_basic (got "private_key_jwt")',
  );
});

test('mutual TLS files are relative to the config file (or, from the environment, to the working directory) and must exist', async () => {
  const pem = file('client.pem', 'not checked here');
  file('client.key', 'not checked here');
  const config = file('mtls.yaml', 'target: { kind: url, tls: { cert: client.pem, key: client.key } }\n');
  const target = (await loadRunConfig({ configPath: config, env: { ...urlEnv, MSKIT_TARGET: '' } })).target as UrlTargetConfig;
  assert.deepEqual(target.tls, { cert: pem, key: join(dir, 'client.key') });
  const fromEnv = (await loadRunConfig({ env: { ...urlEnv, MSKIT_TLS_CA: 'client.pem' }, cwd: dir })).target as UrlTargetConfig;
  assert.deepEqual(fromEnv.tls, { ca: pem });
  assert.equal(
    await configError(loadRunConfig({ env: { ...urlEnv, MSKIT_TLS_CERT: 'nowhere.pem', MSKIT_TLS_KEY: 'client.key' }, cwd: dir })),
    `config (environment): MSKIT_TLS_CERT (target.tls.cert): no such file ${join(dir, 'nowhere.pem')}`,
  );
  assert.equal(await configError(loadRunConfig({ env: { ...urlEnv, MSKIT_TLS_CERT: 'client.pem' }, cwd: dir })), 'config (environment): target.tls.key is required with target.tls.cert');
  const lonePassphrase = await configError(loadRunConfig({ env: { ...urlEnv, MSKIT_TLS_CA: 'client.pem', MSKIT_TLS_KEY_PASSPHRASE: 'pass-phrase-1' }, cwd: dir }));
  assert.equal(lonePassphrase, 'config (environment): target.tls.key is required with target.tls.passphrase', 'the passphrase is not repeated');
});

test('the proxy comes from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (lower case first) unless the file names one, and its password is never repeated', async () => {
  const proxied = (env: Record<string, string>) => loadRunConfig({ env: { ...urlEnv, ...env } }).then((config) => (config.target as UrlTargetConfig).proxy);
  assert.equal(await proxied({}), undefined);
  assert.deepEqual(await proxied({ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: 'localhost,.corp' }), { url: 'http://proxy.corp:3128', noProxy: 'localhost,.corp' });
  assert.deepEqual(await proxied({ https_proxy: 'http://lower:3128', HTTPS_PROXY: 'http://upper:3128' }), { url: 'http://lower:3128' });
  assert.deepEqual(await proxied({ HTTP_PROXY: 'http://plain:8080' }), { url: 'http://plain:8080' });
  assert.deepEqual(await proxied({ HTTPS_PROXY: 'http://tls:3128', HTTP_PROXY: 'http://plain:8080' }), { url: 'http://tls:3128', httpUrl: 'http://plain:8080' });
  const config = file('proxy.yaml', 'target: { kind: url, proxy: { url: "http://file-proxy:3128" } }\n');
  const fromFile = await loadRunConfig({ configPath: config, env: { ...urlEnv, MSKIT_TARGET: '', HTTPS_PROXY: 'http://env-proxy:3128' } });
  assert.deepEqual((fromFile.target as UrlTargetConfig).proxy, { url: 'http://file-proxy:3128' });
  const message = await configError(loadRunConfig({ env: { ...urlEnv, HTTPS_PROXY: 'proxy-user:proxy-password@corp:3128' } }));
  assert.equal(message, 'config (environment): HTTPS_PROXY (target.proxy.url) must be an http(s) URL');
  const sandbox = await loadRunConfig({ env: { HTTPS_PROXY: 'http://proxy.corp:3128' } });
  assert.deepEqual(sandbox.target, { kind: 'sandbox', faults: [], dialects: [] }, 'the embedded sandbox is never proxied');
});
