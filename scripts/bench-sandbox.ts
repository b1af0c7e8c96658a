// `npm run bench:sandbox`: requests per second of the embedded sandbox and of the Prism mock on the
// same operations, side by side (autocannon, 10 connections). Not a test: a figure for the README.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { freePort, startPrismMock, type PrismMock } from '../mocks/prism/prismMock.ts';
import { sellerBankAccount, sellerPayload } from '../src/journeys/sellerPayloads.ts';
import { contactPayload } from '../src/journeys/contactPayloads.ts';

interface AutocannonResult {
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method: string;
  headers: Record<string, string>;
  body?: string;
  setupClient?: (client: { setBody(body: string): void; on(event: 'response', listener: () => void): void }) => void;
}

// autocannon ships no types: only the part used here is described.
const autocannon = createRequire(import.meta.url)('autocannon') as (options: AutocannonOptions) => Promise<AutocannonResult>;

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

function positive(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('must be a positive number.');
  return number;
}

const options = new Command('bench:sandbox')
  .description('Requests per second: embedded sandbox vs Prism mock, on POST /orders and GET /sellers/{id}.')
  .option('-d, --duration <seconds>', 'seconds per measurement', positive, 3)
  .option('-c, --connections <n>', 'concurrent connections', positive, 10)
  .parse()
  .opts<{ duration: number; connections: number }>();

/** Starts a child process and resolves once it prints `ready` on stdout. */
async function start(command: string, args: string[], ready: RegExp, what: string): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready: ${output.trim().split('\n').slice(-1)[0] ?? ''}`)));
  });
  return child;
}

async function json(url: string, init: RequestInit): Promise<any> {
  const answer = await fetch(url, init);
  if (!answer.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${answer.status}`);
  return answer.status === 204 ? undefined : answer.json();
}

/** A KYC-validated seller, through the API and the simulation API (orders need one). */
async function validatedSeller(base: string): Promise<{ token: string; merchantSellerId: string }> {
  const { access_token: token } = await json(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=marketplace-a&client_secret=sandbox-secret-a',
  });
  const send = (method: string, path: string, body?: unknown) =>
    json(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const merchantSellerId = 'bench-seller';
  await send('PUT', `/sellers/${merchantSellerId}`, sellerPayload('FR'));
  const { contactId } = await send('POST', `/sellers/${merchantSellerId}/contacts`, contactPayload({ effectiveBeneficiary: 100 }));
  const fileContent = Buffer.from('%PDF-1.4 bench').toString('base64');
  await send('POST', `/sellers/${merchantSellerId}/documents`, { name: 'kbis.pdf', type: 'COMPANY_REGISTRATION', fileContent });
  await send('POST', `/sellers/${merchantSellerId}/contacts/${contactId}/documents`, { name: 'id.pdf', type: 'IDENTITY_CARD', fileContent });
  await send('POST', `/sellers/${merchantSellerId}/_assess-kyc`);
  await send('POST', `/simulation/sellers/${merchantSellerId}/incoming-transfers`, { amount: 1, currency: 'EUR', debtorName: sellerBankAccount('FR').accountName, debtorIban: sellerBankAccount('FR').iban });
  await send('POST', `/simulation/sellers/${merchantSellerId}/kyc-review`, { decision: 'VALIDATED' });
  return { token, merchantSellerId };
}

interface Measurement {
  operation: string;
  sandbox: AutocannonResult;
  prism: AutocannonResult;
}

async function measure(base: string, token: string, operation: 'createOrder' | 'getSeller', merchantSellerId: string): Promise<AutocannonResult> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  if (operation === 'getSeller') {
    return autocannon({ url: `${base}/sellers/${merchantSellerId}`, method: 'GET', headers, connections: options.connections, duration: options.duration });
  }
  let serial = 0;
  const body = () => JSON.stringify({ externalOrderId: `bench-${process.pid}-${Date.now()}-${(serial += 1)}`, amount: 42.5, currency: 'EUR', externalCustomerId: 'bench-customer' });
  return autocannon({
    url: `${base}/orders`,
    method: 'POST',
    headers,
    body: body(),
    connections: options.connections,
    duration: options.duration,
    // A unique externalOrderId per request: a reused one would be a 409.
    setupClient: (client) => {
      client.setBody(body());
      client.on('response', () => client.setBody(body()));
    },
  });
}

const children: ChildProcess[] = [];
let prismMock: PrismMock | undefined;
try {
  const sandboxPort = await freePort();
  console.log(`starting the sandbox on ${sandboxPort} and the Prism mock, each in its own process…`);
  children.push(await start(process.execPath, ['--import', 'tsx', 'mocks/sandbox/cli.ts', '--port', String(sandboxPort)], /Ctrl-C to stop/, 'the sandbox'));
  prismMock = await startPrismMock({ port: 0 });
  const sandboxBase = `http://127.0.0.1:${sandboxPort}`;
  const prismBase = prismMock.baseUrl;
  const { token, merchantSellerId } = await validatedSeller(sandboxBase);
  const results: Measurement[] = [];
  for (const operation of ['createOrder', 'getSeller'] as const) {
    console.log(`measuring ${operation} (${options.duration} s, ${options.connections} connections) on the sandbox, then on Prism…`);
    const sandbox = await measure(sandboxBase, token, operation, merchantSellerId);
    const prism = await measure(prismBase, 'prism-accepts-any-token', operation, merchantSellerId);
    results.push({ operation, sandbox, prism });
  }
  const rows = results.map(({ operation, sandbox, prism }) => [
    operation === 'createOrder' ? 'POST /orders' : 'GET /sellers/{id}',
    sandbox.requests.average.toFixed(0),
    prism.requests.average.toFixed(0),
    `${(sandbox.requests.average / prism.requests.average).toFixed(1)}×`,
    `${sandbox.non2xx + sandbox.errors + sandbox.timeouts} / ${prism.non2xx + prism.errors + prism.timeouts}`,
  ]);
  const header = ['operation', 'sandbox req/s', 'Prism req/s', 'ratio', 'failed (sandbox / Prism)'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n${rows.map(line).join('\n')}`);
  const overall = results.reduce((sum, result) => sum + result.sandbox.requests.average, 0) / results.reduce((sum, result) => sum + result.prism.requests.average, 0);
  console.log(`\noverall: the sandbox answers ${overall.toFixed(1)}× the requests per second of Prism (target ≥ 5×).`);
} catch (error) {
  console.error(`bench:sandbox: ${(error as Error).message.split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  for (const child of children) child.kill('SIGTERM');
  await prismMock?.stop();
}
