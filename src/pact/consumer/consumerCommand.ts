// `npm run pact:consumer`: run the consumer tests into a fresh folder (Pact merges into existing
// files), replace the committed pact with the result, and optionally publish it to the Pact Broker
// and ask can-i-deploy. Every failure ends as one line.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { repoRoot } from '../../kitPaths.ts';
import { BrokerError, canIDeploy, publishPact, requireBroker } from '../broker/pactBroker.ts';
import { committedPactDir, consumerName, pactFileName } from '../pactParties.ts';
import { writeConsumerPact, type ConsumerPactSummary } from './writeConsumerPact.ts';

/** Writes the pact into `dir` (default: contracts/pacts/), replacing the file there. */
export async function refreshPact(dir: string = committedPactDir): Promise<ConsumerPactSummary> {
  const scratch = mkdtempSync(join(tmpdir(), 'mskit-pact-'));
  try {
    const summary = await writeConsumerPact(scratch);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, pactFileName);
    rmSync(file, { force: true });
    copyFileSync(summary.file, file);
    return { ...summary, file };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

interface ConsumerOptions {
  pactDir?: string;
  publish?: boolean;
  consumerVersion?: string;
  tag: string[];
  canIDeploy?: boolean;
  to?: string;
}

function parse(args: string[]): ConsumerOptions {
  const command = new Command('pact:consumer')
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} })
    .option('--pact-dir <dir>', 'where to write the pact (default: contracts/pacts/)')
    .option('--publish', 'publish the pact to the Pact Broker (MSKIT_PACT_BROKER_URL, MSKIT_PACT_BROKER_TOKEN)')
    .option('--consumer-version <version>', 'the back-office version the pact belongs to (a commit sha)')
    .option('--tag <tag>', 'tag the published version (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--can-i-deploy', 'ask the broker whether this consumer version can be deployed')
    .option('--to <tag>', 'with --can-i-deploy: the environment tag to deploy to, e.g. production');
  try {
    command.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) throw new BrokerError(`${error.message.replace(/^error:\s*/, '')} (options: --pact-dir <dir> --publish --consumer-version <v> --tag <t> --can-i-deploy --to <tag>)`);
    throw error;
  }
  const options = command.opts<ConsumerOptions>();
  if ((options.publish || options.canIDeploy) && !options.consumerVersion) throw new BrokerError('--publish and --can-i-deploy need --consumer-version <version>');
  if (options.canIDeploy && !options.to) throw new BrokerError('--can-i-deploy needs --to <tag>, the environment to deploy to');
  return options;
}

/** The command's exit code: 0 done, 1 not deployable, 2 failure. */
export async function pactConsumerCommand(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  try {
    const options = parse(args);
    const broker = options.publish || options.canIDeploy ? requireBroker() : undefined;
    const started = Date.now();
    const summary = await refreshPact(options.pactDir === undefined ? undefined : resolve(options.pactDir));
    out.write(`wrote ${relative(repoRoot, summary.file)}: ${summary.http} HTTP interactions, ${summary.messages} webhook messages (${Date.now() - started} ms)\n`);
    if (broker && options.publish && options.consumerVersion) {
      const pact = JSON.parse(readFileSync(summary.file, 'utf8'));
      for (const line of await publishPact(broker, { pact, consumerVersion: options.consumerVersion, tags: options.tag })) out.write(`${line}\n`);
    }
    if (broker && options.canIDeploy && options.consumerVersion && options.to) {
      const answer = await canIDeploy(broker, { pacticipant: consumerName, version: options.consumerVersion, to: options.to });
      out.write(`${answer.line}\n`);
      return answer.deployable ? 0 : 1;
    }
    return 0;
  } catch (error) {
    err.write(`pact:consumer: ${(error as Error).message.split('\n')[0]}\n`);
    return 2;
  }
}
