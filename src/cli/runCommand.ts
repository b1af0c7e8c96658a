// `mskit run`: configuration → target → the suite (cucumber's JavaScript API) → the report package.
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultWorkers, runsInLanes } from '../concurrency/workerCount.ts';
import { transportSecrets } from '../client/index.ts';
import { loadRunConfig, type RunConfig, type TargetKind } from '../config/index.ts';
import { loadSigningKey } from '../report/packageSeal.ts';
import { loadRuleCatalogue } from '../report/ruleCatalogue.ts';
import { defaultCataloguePath } from '../report/signoffPackage.ts';
import { readWorkerTarget, resolveTarget, targetTagExpression } from '../targets/index.ts';
import { repoRoot } from '../kitPaths.ts';
import { compiledTwin } from './compiledKit.ts';
import { scenarioSelection } from './scenarioSelection.ts';
import type { CucumberSession, SuiteRunOptions } from './cucumberSession.ts';
import { parseShard, plannedScenarios, shareOf, type Shard } from './shards.ts';

/** Without a terminal (CI logs), one line per feature as it finishes instead of a redrawn bar. */
const featureProgress = pathToFileURL(compiledTwin(join(repoRoot, 'src/cli/featureProgressFormatter.ts'))).href;

export interface RunCommandOptions {
  target?: string;
  config?: string;
  tags?: string;
  parallel?: string;
  profile?: string;
  deviations?: string;
  fault?: string[];
  dialect?: string[];
  image?: string;
  reports?: string;
  nameOfRun?: string;
  implementation?: string;
  signingKey?: string;
  evidence?: 'brief' | 'full';
  clean?: boolean;
  /** Feature files or folders (positional), `--name` patterns, `--rerun`. */
  features?: string[];
  name?: string[];
  rerun?: boolean;
  /** `K/N`: only the K-th of N balanced shares of the selected scenarios (src/cli/shards.ts). */
  shard?: string;
}

/** A run against a real implementation must say which one, and which version, was tested. */
export function implementationLabel(kind: string, given: string | undefined): string | undefined {
  const label = given?.trim();
  if (!label && (kind === 'url' || kind === 'container')) {
    throw new Error(`a ${kind} run must name the implementation tested and its version: --implementation "acme-ms 4.2.1" (or MSKIT_IMPLEMENTATION)`);
  }
  return label || undefined;
}

export function parseWorkers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new Error(`--parallel must be a whole number of workers (got "${value}")`);
  return Number(value);
}

/** Secret values of this run: the report must not contain any of them, wherever they turn up. */
export function secretsOf(config: RunConfig, workerEnv: Record<string, string>): string[] {
  const target = config.target as Record<string, any>;
  const worker = readWorkerTarget(workerEnv);
  return [
    target.clientSecret,
    target.secondMarketplace?.clientSecret,
    target.readerClient?.clientSecret,
    target.webhookSecret,
    ...Object.values(worker?.clients ?? {}).flat().map((client) => client?.clientSecret),
    worker?.webhooks?.secret,
    worker?.staticToken,
    ...transportSecrets(worker?.connection),
  ].filter((value): value is string => typeof value === 'string' && value !== '');
}

/** The `uri:line` paths of this shard's scenarios; a shard left empty is a mistake, not a pass. */
async function shardPaths(session: CucumberSession, selection: Pick<SuiteRunOptions, 'paths' | 'names' | 'tags'>, shard: Shard): Promise<string[]> {
  const planned = await plannedScenarios(session, selection);
  const share = shareOf(planned, shard);
  if (share.length === 0) throw new Error(`--shard ${shard.index}/${shard.count} has no scenario: the selection holds ${planned.length}; use fewer shards`);
  return share;
}

/** The target settings a command line gives, over the run configuration's. */
export function targetOverrides(options: Pick<RunCommandOptions, 'target' | 'profile' | 'fault' | 'dialect'>) {
  return {
    ...(options.target ? { kind: options.target as TargetKind } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.fault?.length ? { faults: options.fault } : {}),
    ...(options.dialect?.length ? { dialects: options.dialect } : {}),
  };
}

export async function runCommand(options: RunCommandOptions): Promise<number> {
  const parallel = parseWorkers(options.parallel);
  const shard = parseShard(options.shard);
  const config = await loadRunConfig({
    configPath: options.config,
    env: process.env,
    overrides: {
      ...targetOverrides(options),
      ...(options.deviations ? { deviations: options.deviations } : {}),
      ...(options.image ? { image: options.image } : {}),
    },
  });
  const implementation = implementationLabel(config.target.kind, options.implementation ?? process.env.MSKIT_IMPLEMENTATION);
  const signingKeyPath = options.signingKey ?? process.env.MSKIT_SIGNING_KEY_FILE;
  const signingKey = signingKeyPath ? await loadSigningKey(signingKeyPath) : undefined;
  const selected = await scenarioSelection({ features: options.features, name: options.name, tags: options.tags, rerun: options.rerun });
  const catalogue = await loadRuleCatalogue(defaultCataloguePath);
  const target = await resolveTarget(config);
  const stopOnInterrupt = () => {
    void target.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnInterrupt);
  try {
    // cucumber is loaded only once the target answers: a wrong URL or secret is reported in a blink.
    const [{ openKitSuite }, { runAndReport }] = await Promise.all([import('./kitSuite.ts'), import('./runAndReport.ts')]);
    const kitSuite = await openKitSuite();
    // `--parallel N` is N scenarios at once, in lanes or in worker processes (src/concurrency/workerCount.ts).
    const session: CucumberSession = runsInLanes(target.kind) ? { ...kitSuite, run: (run) => kitSuite.run({ ...run, lanes: run?.parallel, parallel: 0 }) } : kitSuite;
    const tags = targetTagExpression(target.kind, options.tags);
    if (shard) selected.paths = await shardPaths(session, { ...selected, tags }, shard);
    const reportsDir = resolve(options.reports ?? 'reports');
    const shown = relative(process.cwd(), reportsDir) || '.';
    const outcome = await runAndReport({
      session,
      target: {
        kind: target.kind,
        description: { target: target.description, ...Object.fromEntries(Object.entries(target.urls).filter(([, url]) => url !== undefined)) },
        capabilities: { ...target.capabilities },
        workerEnv: target.workerEnv,
      },
      implementation,
      catalogue,
      deviations: config.deviations,
      profilePath: config.profile,
      tags,
      parallel: parallel ?? defaultWorkers[target.kind],
      reportsDir,
      reportsShown: shown.startsWith('..') ? reportsDir : shown,
      runName: options.nameOfRun,
      clean: options.clean,
      evidence: options.evidence,
      signingKey,
      knownSecrets: secretsOf(config, target.workerEnv),
      selected,
      progressFormat: process.stdout.isTTY ? 'progress-bar' : featureProgress,
      out: process.stdout,
    });
    return outcome.exitCode;
  } finally {
    process.removeListener('SIGINT', stopOnInterrupt);
    await target.stop();
  }
}
