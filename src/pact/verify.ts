// Provider verification of the back-office's pact against any target the suite supports, as
// `mskit pact verify` (and `npm run pact:verify`) runs it. The verification itself runs in a child
// process (provider/verificationProcess.ts) so that the native verifier's report is captured rather
// than printed; `--verbose` prints it after the kit's own lines.
import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { targetKinds } from '../config/index.ts';
import { pactFileName } from './pactParties.ts';
import type { RunReply, VerificationRequest } from './provider/verificationProcess.ts';
import type { VerificationOptions, VerificationResult } from './provider/verifyInProcess.ts';

export type { VerificationResult };

export interface PactVerificationOptions {
  configPath?: string;
  /** sandbox (default), prism, url or container. */
  target?: string;
  /** The target's expectation profile (its statuses, list and webhook envelopes, error pointers), overriding the configuration's. */
  profile?: string;
  /** Sandbox only: fault switches to turn on. */
  faults?: string[];
  /** A pact file, or a folder holding `marketplace-back-office-marketplace-services.json`; the committed pact by default. */
  pact?: string;
  /** Verify only the interactions with these descriptions. */
  only?: string[];
  /** Verify the broker's pacts and publish the results (MSKIT_PACT_BROKER_URL, MSKIT_PACT_BROKER_TOKEN). */
  publish?: boolean;
  providerVersion?: string;
  providerTags?: string[];
  /** Then ask the broker whether providerVersion can be deployed next to this tag. */
  canIDeployTo?: string;
}

export class PactVerificationError extends Error {
  override name = 'PactVerificationError';
}

const childModule = fileURLToPath(new URL('./provider/verificationProcess.ts', import.meta.url));

function pactFileOf(pact: string | undefined): string | undefined {
  if (pact === undefined) return undefined;
  const path = resolve(pact);
  try {
    return statSync(path).isDirectory() ? join(path, pactFileName) : path;
  } catch {
    throw new PactVerificationError(`pact ${pact} does not exist: give a pact file or the folder holding ${pactFileName}`);
  }
}

function toRequest(options: PactVerificationOptions): VerificationOptions {
  return {
    configPath: options.configPath,
    target: options.target,
    profile: options.profile,
    faults: options.faults,
    pactFile: pactFileOf(options.pact),
    only: options.only,
    publish: options.publish,
    providerVersion: options.providerVersion,
    providerTags: options.providerTags,
    canIDeployTo: options.canIDeployTo,
  };
}

/**
 * Runs verifications one after the other in one child process (the kit loads once). Each run
 * gives its outcome (failed interactions are an outcome, `ok: false`), or a one-line
 * PactVerificationError when it could not run at all (bad configuration, unreachable target, wrong
 * credentials, unreadable pact).
 */
export async function runPactVerifications(runs: readonly PactVerificationOptions[]): Promise<(VerificationResult | PactVerificationError)[]> {
  const request: VerificationRequest = { runs: runs.map(toRequest) };
  const env = { ...process.env };
  // The child is not a test file of node's runner, even when a test started it.
  delete env.NODE_TEST_CONTEXT;
  const child = fork(childModule, [], { execArgv: ['--import', import.meta.resolve('tsx')], stdio: ['ignore', 'pipe', 'pipe', 'ipc'], env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolvePromise, reject) => {
    let replied = false;
    child.once('message', (replies: RunReply[]) => {
      replied = true;
      resolvePromise(replies.map((reply) => ('result' in reply ? reply.result : new PactVerificationError(reply.error))));
    });
    child.once('error', (error) => reject(new PactVerificationError(`the verification process did not start: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (replied) return;
      const last = output.trim().split('\n').filter((line) => line.trim() !== '').pop() ?? 'no output';
      reject(new PactVerificationError(`the verification process ended without an answer (${signal ?? `exit code ${code}`}): ${last.slice(0, 300)}`));
    });
    child.send(request);
  });
}

/** One verification (see runPactVerifications); rejects with the PactVerificationError when it cannot run. */
export async function runPactVerification(options: PactVerificationOptions = {}): Promise<VerificationResult> {
  const [outcome] = await runPactVerifications([options]);
  if (outcome instanceof PactVerificationError) throw outcome;
  return outcome;
}

interface CommandOptions {
  config?: string;
  target?: string;
  profile?: string;
  fault: string[];
  pact?: string;
  only: string[];
  publish?: boolean;
  providerVersion?: string;
  tag: string[];
  canIDeploy?: boolean;
  to?: string;
  verbose?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function verifyProgram(out: NodeJS.WritableStream): Command {
  return new Command('mskit pact verify')
    .description('verify the back-office pact against a target: states set up through the MS and simulation APIs, webhooks emitted by the target')
    .exitOverride()
    .configureOutput({ writeOut: (text) => out.write(text), writeErr: () => {} })
    .option('--config <file>', 'run configuration (YAML); MSKIT_* environment variables win over it')
    .addOption(new Option('--target <kind>', 'where to verify: sandbox (default), prism, url or container').choices([...targetKinds]))
    .option('--profile <file>', "the target's expectation profile (YAML): the verifier reads its answers through it")
    .option('--fault <name>', 'sandbox only: switch a fault on (repeatable)', collect, [])
    .option('--pact <file-or-folder>', 'the pact to verify (default: contracts/pacts/)')
    .option('--only <description>', 'verify only this interaction (repeatable)', collect, [])
    .option('--publish', "verify the broker's pacts for marketplace-services and publish the results (MSKIT_PACT_BROKER_URL, MSKIT_PACT_BROKER_TOKEN)")
    .option('--provider-version <version>', 'the provider build the results belong to, e.g. a commit sha')
    .option('--tag <tag>', 'with --publish: tag the provider version (repeatable)', collect, [])
    .option('--can-i-deploy', 'then ask the broker whether --provider-version can be deployed')
    .option('--to <tag>', 'with --can-i-deploy: the environment tag, e.g. production')
    .option('--verbose', "also print Pact's own verification report");
}

/** `mskit pact verify [options]`: the exit code (0 verified, 1 failed or not deployable, 2 could not run). */
export async function pactVerifyCommand(args: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  const program = verifyProgram(out);
  try {
    program.parse(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      err.write(`mskit: ${error.message.replace(/^error:\s*/, '')} (see mskit pact verify --help)\n`);
      return 2;
    }
    throw error;
  }
  const options = program.opts<CommandOptions>();
  if (options.canIDeploy && (!options.to || !options.providerVersion)) {
    err.write('mskit: --can-i-deploy needs --provider-version <version> and --to <tag>\n');
    return 2;
  }
  try {
    const result = await runPactVerification({
      configPath: options.config,
      target: options.target,
      profile: options.profile,
      faults: options.fault.length > 0 ? options.fault : undefined,
      pact: options.pact,
      only: options.only.length > 0 ? options.only : undefined,
      publish: options.publish,
      providerVersion: options.providerVersion,
      providerTags: options.tag,
      canIDeployTo: options.canIDeploy ? options.to : undefined,
    });
    for (const line of result.lines) out.write(`${line}\n`);
    if (options.verbose) out.write(`\n${result.report}\n`);
    return result.ok ? 0 : 1;
  } catch (error) {
    err.write(`mskit: ${(error as Error).message.replace(/^mskit:\s*/, '')}\n`);
    return 2;
  }
}
