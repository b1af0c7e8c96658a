// `npm run bench:sandbox`: requests per second of the embedded sandbox and of the Prism mock on the
// same operations, side by side (autocannon, 10 connections). Not a test: a figure for the README.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';

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

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

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
  const iban = 'FR7630006000011234567890189';
  await send('PUT', `/sellers/${merchantSellerId}`, {
    legalEntityName: 'Bench SAS',
    address: { streetNumber: '1', streetName: 'rue du Banc', zipCode: '75001', cityName: 'Paris', countryCode: 'FR' },
    email: 'bench@example.fr',
    phoneNumber: '+33612345678',
    legalFormAcronym: 'SAS',
    legalEntityCapitalizationAmount: 1000,
    legalEntityCapitalizationCurrency: 'EUR',
    businessActivity: { typeCode: 'NACE', code: '47.91' },
    externalRegistrations: [
      { code: 'VAT', value: 'FR12345678901', date: '2020-01-01' },
      { code: 'SIRET', value: '12345678900012', date: '2020-01-01' },
    ],
    legalNumberOfEmployeeRange: '1-9',
    legalNetIncomeRange: '0-100K',
    legalAnnualTurnover: '0-1M',
    bankingInformation: { accountName: 'Bench SAS', iban, bic: 'BNPAFRPPXXX', currency: 'EUR' },
  });
  const { contactId } = await send('POST', `/sellers/${merchantSellerId}/contacts`, {
    firstName: 'Ada', lastName: 'Banc', email: 'ada@example.fr', phoneNumber: '+33698765432',
    involvement: { type: 'CEO', startDateTime: '2020-01-01T00:00:00Z' }, occupationType: 'EMPLOYEE', personalAssets: '0-100K',
    address: { streetNumber: '1', streetName: 'rue du Banc', zipCode: '75001', cityName: 'Paris', countryCode: 'FR' },
    effectiveBeneficiary: 100, commonTitle: 'MRS', birthDate: '1980-01-01', birthCityName: 'Paris', birthCountryCode: 'FR',
    nationality: 'FR', incomeRange: '0-5K', taxResidenceCountryCode: 'FR', taxResidenceTaxPayerId: '1234567890123',
  });
  const fileContent = Buffer.from('%PDF-1.4 bench').toString('base64');
  await send('POST', `/sellers/${merchantSellerId}/documents`, { name: 'kbis.pdf', type: 'COMPANY_REGISTRATION', fileContent });
  await send('POST', `/sellers/${merchantSellerId}/contacts/${contactId}/documents`, { name: 'id.pdf', type: 'IDENTITY_CARD', fileContent });
  await send('POST', `/sellers/${merchantSellerId}/_assess-kyc`);
  await send('POST', `/simulation/sellers/${merchantSellerId}/incoming-transfers`, { amount: 1, currency: 'EUR', debtorName: 'Bench SAS', debtorIban: iban });
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
try {
  const [sandboxPort, prismPort] = [await freePort(), await freePort()];
  console.log(`starting the sandbox on ${sandboxPort} and Prism on ${prismPort} (each in its own process)…`);
  children.push(await start(process.execPath, ['--import', 'tsx', 'mocks/sandbox/cli.ts', '--port', String(sandboxPort)], /Ctrl-C to stop/, 'the sandbox'));
  children.push(await start(process.execPath, ['node_modules/@stoplight/prism-cli/dist/index.js', 'mock', '-h', '127.0.0.1', '-p', String(prismPort), 'contracts/marketplace-services.openapi.yaml'], /Prism is listening/, 'Prism'));
  const sandboxBase = `http://127.0.0.1:${sandboxPort}`;
  const prismBase = `http://127.0.0.1:${prismPort}`;
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
}
