// The client's transport to a real UAT, against real servers on loopback: mutual TLS with a private
// CA (certificates made here with openssl), an HTTP proxy (CONNECT tunnels for https://, absolute
// URIs for http://, NO_PROXY), and client_secret_basic at the token endpoint. No nock in this file:
// it replaces fetch and would not carry the transport's dispatcher.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { ApiClient, httpTransport, Redactor, TokenStore, TransportError, transportSecrets, type HttpTransport } from '../../src/client/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'mskit-tls-'));
const file = (name: string) => join(dir, name);
const clientSecret = 'transport-secret-7d1e9a';

/** A CA, a server certificate for 127.0.0.1 and a client certificate, all signed by the CA. */
function makeCertificates(): void {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const key = (name: string) => openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', name);
  key('ca.key');
  openssl('req', '-x509', '-new', '-key', 'ca.key', '-subj', '/CN=mskit test CA', '-days', '1', '-out', 'ca.pem');
  writeFileSync(file('server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  writeFileSync(file('client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const [name, subject] of [['server', '/CN=127.0.0.1'], ['client', '/CN=mskit-client']]) {
    key(`${name}.key`);
    openssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`);
    openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '1', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
  }
  openssl('pkcs8', '-topk8', '-in', 'client.key', '-passout', 'pass:key-passphrase-42', '-out', 'client-encrypted.key');
  key('other.key');
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

function tokensWith(transport: HttpTransport, tokenUrl?: string, tokenAuth?: 'client_secret_basic' | 'client_secret_post') {
  return new TokenStore({
    tokenUrl,
    staticToken: tokenUrl ? undefined : 'static-token-123456',
    clients: { primary: { clientId: 'acme:uat', clientSecret, scope: 'marketplace:rw', configKeys: 'clientId/clientSecret' } },
    tokenAuth,
    transport,
    timeoutMs: 2000,
    redactor: new Redactor(),
  });
}

function apiClient(baseUrl: string, transport: HttpTransport) {
  return new ApiClient({ api: 'MS', baseUrl, baseUrlKey: 'target.apiBaseUrl', tokens: tokensWith(transport), timeoutMs: 2000, redactor: new Redactor() });
}

/** The MS API over mutual TLS: answers with the name on the client's certificate. */
let mtlsServer: Server;
let mtlsUrl: string;

before(async () => {
  makeCertificates();
  mtlsServer = createHttpsServer(
    { key: readFileSync(file('server.key')), cert: readFileSync(file('server.pem')), ca: readFileSync(file('ca.pem')), requestCert: true, rejectUnauthorized: true },
    (request, response) => {
      const peer = (request.socket as TLSSocket).getPeerCertificate();
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ client: peer.subject?.CN }));
    },
  );
  mtlsUrl = `https://127.0.0.1:${await listen(mtlsServer)}`;
});

after(async () => {
  await close(mtlsServer);
  rmSync(dir, { recursive: true, force: true });
});

test('mutual TLS: the client certificate is presented and the private CA trusted', async () => {
  const transport = httpTransport({ tls: { cert: file('client.pem'), key: file('client.key'), ca: file('ca.pem') } });
  const answer = await apiClient(mtlsUrl, transport).send({ method: 'GET', path: '/sellers/x' });
  assert.deepEqual([answer.status, answer.body], [200, { client: 'mskit-client' }]);
});

test('mutual TLS: an encrypted key opens with its passphrase, which counts as a secret', async () => {
  const tls = { cert: file('client.pem'), key: file('client-encrypted.key'), passphrase: 'key-passphrase-42', ca: file('ca.pem') };
  const answer = await apiClient(mtlsUrl, httpTransport({ tls })).send({ method: 'GET', path: '/sellers/x' });
  assert.equal(answer.status, 200);
  assert.deepEqual(transportSecrets({ tls }), ['key-passphrase-42']);
  assert.throws(() => httpTransport({ tls: { ...tls, passphrase: 'wrong-passphrase' } }), (error: unknown) => {
    assert.ok(error instanceof TransportError);
    assert.match(error.message, /^target\.tls cannot be used \(.+\): check that tls\.cert and tls\.key are the PEM certificate and its key, and the key passphrase$/);
    assert.doesNotMatch(error.message, /wrong-passphrase|\n/);
    return true;
  });
});

test('mutual TLS: without a certificate, with an unknown CA or a key of another certificate, one line each', async () => {
  const noCertificate = httpTransport({ tls: { ca: file('ca.pem') } });
  await assert.rejects(apiClient(mtlsUrl, noCertificate).send({ method: 'GET', path: '/sellers/x' }), (error: unknown) => {
    assert.ok(error instanceof TransportError);
    assert.match(error.message, new RegExp(`^target ${mtlsUrl} is unreachable \\(.+\\): check target\\.apiBaseUrl$`));
    return true;
  });
  const publicCasOnly = httpTransport({ tls: { cert: file('client.pem'), key: file('client.key') } });
  await assert.rejects(apiClient(mtlsUrl, publicCasOnly).send({ method: 'GET', path: '/sellers/x' }), {
    message: `target ${mtlsUrl} is unreachable (self-signed TLS certificate in the chain): check target.tls.ca (the CA that signed the target's certificate) or target.apiBaseUrl`,
  });
  assert.throws(() => httpTransport({ tls: { cert: file('client.pem'), key: file('other.key') } }), /^TransportError: target\.tls cannot be used \(.*key values mismatch.*\)/i);
  assert.throws(() => httpTransport({ tls: { cert: file('missing.pem'), key: file('client.key') } }), { message: `cannot read tls.cert ${file('missing.pem')} (ENOENT): check target.tls.cert` });
});

/** A forward proxy on loopback: CONNECT tunnels and absolute-URI requests, with Basic credentials. */
async function startProxy(credentials?: string) {
  const seen: string[] = [];
  const authorized = (request: IncomingMessage) => !credentials || request.headers['proxy-authorization'] === `Basic ${Buffer.from(credentials).toString('base64')}`;
  const proxy = createHttpServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    if (!authorized(request)) return response.writeHead(407, { 'proxy-authenticate': 'Basic' }).end();
    const upstream = httpRequest(request.url ?? '', { method: request.method, headers: { ...request.headers, 'proxy-authorization': '' } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    request.pipe(upstream);
  });
  const tunnels = new Set<Socket>();
  proxy.on('connect', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    seen.push(`CONNECT ${request.url}`);
    tunnels.add(socket);
    if (!authorized(request)) return socket.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
  });
  // Tunnels are no longer the server's connections: they are closed by hand.
  const stop = () => {
    for (const socket of tunnels) socket.destroy();
    return close(proxy);
  };
  return { url: `http://127.0.0.1:${await listen(proxy)}`, seen, close: stop };
}

test('an https target is reached through the proxy in a CONNECT tunnel, with mutual TLS inside it', async () => {
  const proxy = await startProxy();
  try {
    const transport = httpTransport({ proxy: { url: proxy.url }, tls: { cert: file('client.pem'), key: file('client.key'), ca: file('ca.pem') } });
    const answer = await apiClient(mtlsUrl, transport).send({ method: 'GET', path: '/sellers/x' });
    assert.deepEqual([answer.status, answer.body], [200, { client: 'mskit-client' }]);
    assert.deepEqual(proxy.seen, [`CONNECT ${new URL(mtlsUrl).host}`]);
  } finally {
    await proxy.close();
  }
});

test('an http target goes through the proxy with its credentials, the token request too; NO_PROXY hosts go direct', async () => {
  const proxy = await startProxy('kit:proxy-password-55');
  const requests: string[] = [];
  const target = createHttpServer((request, response) => {
    requests.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/oauth/token') return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: `token-for-${body}`, expires_in: 60 }));
      response.writeHead(404, { 'content-type': 'application/problem+json' }).end('{"status":404,"code":"NOT_FOUND"}');
    });
  });
  const origin = `http://127.0.0.1:${await listen(target)}`;
  try {
    const proxyUrl = proxy.url.replace('http://', 'http://kit:proxy-password-55@');
    const transport = httpTransport({ proxy: { url: proxyUrl } });
    const tokens = tokensWith(transport, `${origin}/oauth/token`, 'client_secret_basic');
    const api = new ApiClient({ api: 'MS', baseUrl: origin, baseUrlKey: 'target.apiBaseUrl', tokens, timeoutMs: 2000, redactor: new Redactor() });
    assert.equal((await api.send({ method: 'GET', path: '/sellers/x' })).status, 404);
    assert.deepEqual(proxy.seen, [`POST ${origin}/oauth/token`, `GET ${origin}/sellers/x`]);
    assert.deepEqual(transportSecrets({ proxy: { url: proxyUrl } }).includes('proxy-password-55'), true);

    const direct = httpTransport({ proxy: { url: proxyUrl, noProxy: '127.0.0.1' } });
    assert.equal((await apiClient(origin, direct).send({ method: 'GET', path: '/sellers/y' })).status, 404);
    assert.equal(proxy.seen.length, 2, 'NO_PROXY: not through the proxy');
  } finally {
    await proxy.close();
    await close(target);
  }
});

test('client_secret_basic sends the credentials form-encoded in an HTTP Basic header, client_secret_post in the body', async () => {
  const seen: { authorization?: string; body: string }[] = [];
  const server = createHttpServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ authorization: request.headers.authorization, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"issued-token-123456","expires_in":60}');
    });
  });
  const tokenUrl = `http://127.0.0.1:${await listen(server)}/oauth/token`;
  try {
    await tokensWith(httpTransport(), tokenUrl, 'client_secret_basic').tokenFor('primary');
    await tokensWith(httpTransport(), tokenUrl, 'client_secret_post').tokenFor('primary');
    await tokensWith(httpTransport(), tokenUrl).tokenFor('primary');
    const basic = `Basic ${Buffer.from(`acme%3Auat:${clientSecret}`).toString('base64')}`;
    assert.deepEqual(seen, [
      { authorization: basic, body: 'grant_type=client_credentials&scope=marketplace%3Arw' },
      { authorization: undefined, body: `grant_type=client_credentials&client_id=acme%3Auat&client_secret=${clientSecret}&scope=marketplace%3Arw` },
      { authorization: undefined, body: `grant_type=client_credentials&client_id=acme%3Auat&client_secret=${clientSecret}&scope=marketplace%3Arw` },
    ]);
  } finally {
    await close(server);
  }
});
