// One provider verification, in this process: resolve the target like the suite does (the embedded
// sandbox by default), open a session on it (tokens, webhook receiver), keep the interactions it can
// set up, and let Pact's verifier replay them with real tokens, state handlers and message providers.
// The pact is written in the interface's canonical terms; the target answers in the dialect its
// expectation profile declares, so Pact replays through a translating proxy (translatingProxy.ts)
// and the message providers hand it canonical webhook envelopes.
// Pact's native verifier writes its report to this process's stdout: run it in a child process
// (src/pact/verify.ts does) to keep a command's output readable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import { loadRunConfig, type TargetKind } from '../../config/index.ts';
import { loadProfile } from '../../profile/index.ts';
import { readWorkerTarget, resolveTarget, TargetError, type ResolvedTarget } from '../../targets/index.ts';
import { brokerTokenVariable, canIDeploy, requireBroker, type BrokerSettings } from '../broker/pactBroker.ts';
import { committedPactFile, consumerName, providerName } from '../pactParties.ts';
import { dialectOf } from './canonicalAnswer.ts';
import { messageProviders } from './messageProviders.ts';
import { readPact, selectVerifiable, stateNamesOf, type NotVerified } from './pactSelection.ts';
import { openProviderSession, type ProviderSession } from './providerSession.ts';
import { stateHandlers } from './stateHandlers.ts';
import { StateSetup } from './stateSetup.ts';
import { startTranslatingProxy, type TranslatingProxy } from './translatingProxy.ts';
import { VerificationContext } from './verificationContext.ts';
import { outcomeOf, verdictLine, type FailedInteraction, type VerifierResults } from './verificationOutcome.ts';

export interface VerificationOptions {
  /** Run configuration file (else MSKIT_CONFIG, else the environment alone). */
  configPath?: string;
  /** Target kind, overriding the configuration: sandbox (default), prism, url or container. */
  target?: string;
  /** The target's expectation profile, overriding the configuration's. */
  profile?: string;
  /** Sandbox only: fault switches to turn on. */
  faults?: string[];
  /** The pact file to verify; the committed one by default. */
  pactFile?: string;
  /** Verify only these interactions (by description). */
  only?: string[];
  /** Verify the broker's pacts for the provider and publish the results (needs providerVersion). */
  publish?: boolean;
  providerVersion?: string;
  providerTags?: string[];
  /** After verifying, ask the broker whether providerVersion can be deployed to this tag. */
  canIDeployTo?: string;
}

export interface VerificationResult {
  ok: boolean;
  lines: string[];
  passed: string[];
  failed: FailedInteraction[];
  notVerified: NotVerified[];
  durationMs: number;
  /** Pact's own report of the run (colour codes removed, secrets redacted). */
  report: string;
}

type RequestFilter = (request: { path: string; headers: Record<string, string | string[] | undefined> }, response: unknown, next: (error?: unknown) => void) => void;

const setupPaths = new Set(['/_pactSetup', '/_messages']);

/** The real token (and the configured static headers) on every replayed request, never on Pact's own calls. */
function realCredentials(session: ProviderSession): RequestFilter {
  return (request, _response, next) => {
    if (setupPaths.has(request.path)) {
      next();
      return;
    }
    session.tokens
      .tokenFor('primary')
      .then((token) => {
        for (const [name, value] of Object.entries(session.target.headers ?? {})) request.headers[name.toLowerCase()] = value;
        request.headers.authorization = `Bearer ${token}`;
      })
      .then(() => next(), next);
  };
}

/** Where Pact's verifier takes the pacts from, and whether it publishes its results. */
export interface PactSource {
  provider: string;
  pactUrls?: string[];
  pactBrokerUrl?: string;
  pactBrokerToken?: string;
  consumerVersionSelectors?: { latest?: boolean }[];
  publishVerificationResult?: boolean;
  providerVersion?: string;
  providerVersionTags?: string[];
}

/**
 * A local pact file, or, to publish results (Pact publishes only for pacts it fetched from a
 * broker, through their links), the broker's latest pacts for the provider.
 */
export function verifierSource(options: VerificationOptions, pactFile: string, broker: BrokerSettings | undefined): PactSource {
  if (!options.publish) return { provider: providerName, pactUrls: [pactFile] };
  if (!broker) throw new TargetError(`--publish needs a Pact Broker: set MSKIT_PACT_BROKER_URL and ${brokerTokenVariable}`);
  if (!options.providerVersion) throw new TargetError('--publish needs --provider-version <version> (the provider build, e.g. a commit sha)');
  return {
    provider: providerName,
    pactBrokerUrl: broker.url,
    pactBrokerToken: broker.token,
    consumerVersionSelectors: [{ latest: true }],
    publishVerificationResult: true,
    providerVersion: options.providerVersion,
    providerVersionTags: options.providerTags ?? [],
  };
}

function parseResults(error: unknown): VerifierResults {
  const message = error instanceof Error ? error.message : String(error);
  try {
    return JSON.parse(message) as VerifierResults;
  } catch {
    throw new Error(`Pact's verifier could not run: ${message.split('\n')[0]}`);
  }
}

function displayPath(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
}

async function startTarget(options: VerificationOptions): Promise<ResolvedTarget> {
  const config = await loadRunConfig({ configPath: options.configPath, overrides: { kind: options.target as TargetKind | undefined, profile: options.profile, faults: options.faults } });
  return resolveTarget(config);
}

function checkCombination(options: VerificationOptions): void {
  if (options.publish && (options.pactFile || options.only)) {
    throw new TargetError("--publish verifies the broker's pacts whole: drop --pact and --only");
  }
}

export async function verifyInProcess(options: VerificationOptions): Promise<VerificationResult> {
  const started = Date.now();
  checkCombination(options);
  const broker = options.publish || options.canIDeployTo ? requireBroker() : undefined;
  const pactFile = options.pactFile ?? committedPactFile;
  if (!options.publish) readPact(pactFile);
  const resolved = await startTarget(options);
  const scratch = mkdtempSync(join(tmpdir(), 'mskit-pact-verify-'));
  let session: ProviderSession | undefined;
  let proxy: TranslatingProxy | undefined;
  try {
    const target = readWorkerTarget(resolved.workerEnv);
    if (!target) throw new TargetError('the target gave no description to verify against');
    session = await openProviderSession(target, await loadProfile(target.profile));
    proxy = await startTranslatingProxy({ upstream: target.apiBaseUrl, dialect: await dialectOf(session.profile), timeoutMs: target.requestTimeoutMs });
    const selection = options.publish ? { file: pactFile, verifiable: [], notVerified: [] } : selectVerifiable(pactFile, session.capabilities, scratch, options.only);
    const context = new VerificationContext();
    const setup = new StateSetup(session);
    // Publishing verifies the broker's pacts; the committed one names the same states.
    const stateNames = stateNamesOf(readPact(options.publish ? committedPactFile : selection.file));
    const verifier = new Verifier({
      ...verifierSource(options, selection.file, broker),
      providerBaseUrl: proxy.url,
      stateHandlers: stateHandlers(setup, context),
      messageProviders: messageProviders(setup, session, context),
      requestFilter: realCredentials(session) as never,
      logLevel: 'error',
    });
    const results = await verifier.verifyProvider().then((answer) => JSON.parse(answer) as VerifierResults, parseResults);
    const outcome = outcomeOf(results, selection.notVerified, context, (description) => stateNames.get(description));
    const redact = (text: string) => session!.redactor.text(text);
    const profileNote = target.profile ? `, profile ${displayPath(target.profile)}` : '';
    const lines = [`pact ${consumerName} → ${providerName} verified against ${resolved.description}${profileNote}`, ...outcome.lines.map(redact), verdictLine(outcome, Date.now() - started)];
    let ok = outcome.ok;
    if (options.publish && outcome.passed.length + outcome.failed.length > 0) {
      lines.push(`published the verification results of ${providerName} version ${options.providerVersion} to ${broker?.url}`);
    }
    if (broker && options.canIDeployTo && options.providerVersion) {
      const answer = await canIDeploy(broker, { pacticipant: providerName, version: options.providerVersion, to: options.canIDeployTo });
      lines.push(answer.line);
      ok &&= answer.deployable;
    }
    const report = redact((results.output ?? []).join('\n').replace(/\u001b\[[0-9;]*m/g, ''));
    return { ok, lines, passed: outcome.passed, failed: outcome.failed, notVerified: outcome.notVerified, durationMs: Date.now() - started, report };
  } finally {
    await proxy?.close();
    await session?.stop();
    await resolved.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
