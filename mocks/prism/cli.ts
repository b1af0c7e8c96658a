// `npm run mock`: Prism serves the Marketplace Services contract, answering from its examples
// and validating requests (an invalid request is refused with 422).
import { Command, InvalidArgumentError } from 'commander';
import { contractNames, type ContractName } from '../../src/contract/index.ts';
import { startPrismMock } from './prismMock.ts';

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new InvalidArgumentError('a port is a whole number from 1 to 65535.');
  return port;
}

const program = new Command('mock')
  .description('Serve a contract of the kit with the Prism mock on a loopback address')
  .option('-p, --port <port>', 'port to listen on', portNumber, 4010)
  .option('-h, --host <host>', 'address to listen on', '127.0.0.1')
  .option('-c, --contract <name>', `contract to serve (${contractNames.join(', ')})`, 'marketplace-services')
  .option('-q, --quiet', 'do not print the request log')
  .parse();

const options = program.opts<{ port: number; host: string; contract: string; quiet?: boolean }>();
if (!contractNames.includes(options.contract as ContractName)) {
  console.error(`mock: unknown contract "${options.contract}"; choose one of ${contractNames.join(', ')}`);
  process.exit(2);
}

try {
  const mock = await startPrismMock({
    contract: options.contract as ContractName,
    host: options.host,
    port: options.port,
    onLog: options.quiet ? undefined : (line) => console.log(line),
  });
  console.log(`Prism mock of ${options.contract}: ${mock.baseUrl}  (Ctrl-C to stop)`);
  const stop = () => void mock.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const message = (error as Error).message;
  console.error(`mock: ${/EADDRINUSE|address already in use/i.test(message) ? `port ${options.port} is in use: pass --port <another port>` : message}`);
  process.exit(1);
}
