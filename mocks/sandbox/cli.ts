import { Command, InvalidArgumentError, Option } from 'commander';
import { createSandbox, dialects, faultSwitches, type Sandbox } from './index.ts';
import { UnknownFaultError } from './faults.ts';
import { allDialects, UnknownDialectError } from './dialects.ts';
import { writeDialectProfile } from './dialectProfile.ts';
import { ClientsFileError, readClientsFile } from './clientsFile.ts';

// `npm run sandbox`: the embedded sandbox on 127.0.0.1, for developers to build against.

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('must be a port number between 0 and 65535.');
  return port;
}

function collectNames(value: string, names: string[]): string[] {
  return [...names, ...value.split(',').map((name) => name.trim()).filter((name) => name !== '')];
}

function fail(message: string): never {
  console.error(`sandbox: ${message}`);
  process.exit(1);
}

const program = new Command('sandbox')
  .description('Start the embedded Marketplace Services sandbox (MS API, OAuth token endpoint, simulation API, voucher API).')
  // Each setting can also come from the environment: that is how a container is configured (mocks/container/).
  .addOption(new Option('-p, --port <port>', 'port to listen on (0: a random free port)').argParser(portNumber).default(4011).env('MSKIT_SANDBOX_PORT'))
  .addOption(new Option('--host <host>', 'interface to listen on').default('127.0.0.1').env('MSKIT_SANDBOX_HOST'))
  .addOption(new Option('--fault <name>', 'turn a fault switch on (repeatable or comma-separated; see --list-faults)').argParser(collectNames).default([]).env('MSKIT_SANDBOX_FAULTS'))
  .option('--list-faults', 'list the fault switches with the rule each breaks, then exit')
  .addOption(new Option('--dialect <name>', `speak a dialect: a legal variation of the answers (repeatable or comma-separated; "${allDialects}" for every one; see --list-dialects)`).argParser(collectNames).default([]).env('MSKIT_SANDBOX_DIALECTS'))
  .option('--list-dialects', 'list the dialects with the expectation profile that declares each, then exit')
  .addOption(new Option('--clients <file.yaml>', 'OAuth clients to use instead of the built-in ones').env('MSKIT_SANDBOX_CLIENTS'))
  .showHelpAfterError();

program.parse();
const options = program.opts<{ port: number; host: string; fault: string[]; listFaults?: boolean; dialect: string[]; listDialects?: boolean; clients?: string }>();

if (options.listFaults) {
  const width = Math.max(...faultSwitches.map((fault) => fault.name.length));
  const ruleWidth = Math.max(...faultSwitches.map((fault) => fault.ruleId.length));
  for (const fault of faultSwitches) console.log(`${fault.name.padEnd(width)}  ${fault.ruleId.padEnd(ruleWidth)}  ${fault.description}`);
  process.exit(0);
}

if (options.listDialects) {
  const width = Math.max(...dialects.map((dialect) => dialect.name.length));
  const profileOf = (dialect: (typeof dialects)[number]) => ('profile' in dialect ? dialect.profile : '-');
  const profileWidth = Math.max(...dialects.map((dialect) => profileOf(dialect).length));
  for (const dialect of dialects) console.log(`${dialect.name.padEnd(width)}  ${profileOf(dialect).padEnd(profileWidth)}  ${dialect.description}`);
  process.exit(0);
}

let sandbox: Sandbox;
try {
  const clients = options.clients ? await readClientsFile(options.clients) : undefined;
  sandbox = createSandbox({ faults: options.fault, dialects: options.dialect, ...(clients ? { clients } : {}) });
} catch (error) {
  if (error instanceof UnknownFaultError || error instanceof UnknownDialectError || error instanceof ClientsFileError) fail(error.message);
  throw error;
}

try {
  const urls = await sandbox.listen({ port: options.port, host: options.host });
  console.log(`MS API base URL:   ${urls.apiBaseUrl}`);
  console.log(`OAuth token URL:   ${urls.tokenUrl}`);
  console.log(`Simulation URL:    ${urls.simulationUrl}`);
  console.log(`Vouchers URL:      ${urls.vouchersUrl}`);
  // Public sandbox credentials, printed on purpose; access tokens are never printed.
  for (const client of sandbox.clients) console.log(`client ${client.clientId} / ${client.clientSecret} (marketplace ${client.marketplace}, scope ${client.scopes.join(' ')})`);
  if (sandbox.faults.length > 0) console.log(`fault switches on: ${sandbox.faults.join(', ')}`);
  if (sandbox.dialects.length > 0) {
    console.log(`dialects on: ${sandbox.dialects.join(', ')}`);
    console.log(`expectation profile for them: ${await writeDialectProfile(sandbox.dialects)} (mskit run --profile <it>)`);
  }
  console.log('Ctrl-C to stop.');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') fail(`port ${options.port} is in use: pass --port <another port> (or --port 0 for a random free one)`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') fail(`cannot listen on host ${options.host}: pass --host with an address of this machine (127.0.0.1 by default)`);
  if (code === 'EACCES') fail(`not allowed to listen on port ${options.port}: pass --port above 1023`);
  fail(`could not start: ${(error as Error).message.split('\n')[0]}`);
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping the sandbox`);
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
