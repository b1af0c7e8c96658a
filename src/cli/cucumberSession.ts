// One cucumber configuration with its support code loaded once, run as many times as needed
// (mskit run once; the self-check dozens of times, with tag filters and different targets).
// Support code is imported once per process: ES modules are cached, so a second loadSupport of the
// same files would register no step at all.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { loadConfiguration, loadSupport, runCucumber, type IRunConfiguration, type ISupportCodeLibrary } from '@cucumber/cucumber/api';
import type { Envelope } from '../report/cucumberMessages.ts';
import { startLedgerGate } from '../concurrency/ledgerGate.ts';
import { runsAlone } from '../concurrency/sharedScenarios.ts';
import { mergeShardMessages } from '../report/shardMessages.ts';
import { plannedScenarios, shareOf, type PlannedScenario } from './shards.ts';
import { FeatureProgress } from './featureProgressFormatter.ts';
import { buildWorkerBundle } from './workerBundle.ts';

export interface SessionOptions {
  cwd: string;
  /** cucumber configuration file, or false to configure only from `provided`. */
  configFile?: string | false;
  profiles?: string[];
  /** Overrides merged over the file's profile (feature paths, import globs…). */
  provided?: { paths?: string[]; import?: string[] };
}

export interface SuiteRunOptions {
  tags?: string;
  parallel?: number;
  /** Variables the steps read to reach the target (serial: set in this process; parallel: given to workers). */
  env?: Record<string, string>;
  /** Formatter for the console; omitted: the console stays silent. */
  stdoutFormat?: string;
  /** Report files to write: absolute path → formatter name. */
  files?: Record<string, string>;
  onMessage?: (envelope: Envelope) => void;
  /** Match steps to definitions without running anything (the step catalogue). */
  dryRun?: boolean;
  /** Stop at the first failing scenario (enough when the question is "does anything fail?"). */
  failFast?: boolean;
  /** Scenarios at once inside this process (lanes), instead of `parallel` worker processes. */
  lanes?: number;
  /** Only these feature files (relative to the session's cwd) instead of the configured paths. */
  paths?: string[];
  /** Only scenarios whose name matches one of these regular expressions (cucumber's --name). */
  names?: string[];
}

export interface SuiteRun {
  success: boolean;
  envelopes: Envelope[];
}

export interface CucumberSession {
  readonly configuration: IRunConfiguration;
  readonly support: ISupportCodeLibrary;
  run(options?: SuiteRunOptions): Promise<SuiteRun>;
}

const libraries = new Map<string, Promise<ISupportCodeLibrary>>();

export function combineTags(...expressions: (string | undefined)[]): string {
  const present = expressions.map((e) => e?.trim()).filter((e): e is string => Boolean(e));
  return present.length <= 1 ? (present[0] ?? '') : present.map((e) => `(${e})`).join(' and ');
}

function silentStream(): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
}

/** What loads TypeScript on the fly: workers given the precompiled bundle start without it. */
const typescriptLoader = /(^|[\\/])tsx([\\/]|$)|^tsx$/;

/** Node options of this process without the TypeScript loader (`--import tsx`, tsx's preflight and loader). */
function withoutTypescriptLoader(args: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if ((arg === '--import' || arg === '--require' || arg === '--loader') && typescriptLoader.test(args[i + 1] ?? '')) i += 1;
    else if (/^--(import|require|loader)=/.test(arg) && typescriptLoader.test(arg.split('=')[1] ?? '')) continue;
    else kept.push(arg);
  }
  return kept;
}

/**
 * What concurrent workers start with. cucumber forks them with this process's node options: for the
 * length of the run they lose the TypeScript loader (the workers load the bundle). And the ledger
 * gate runs in this process for them (src/concurrency/ledgerGate.ts).
 */
async function withConcurrentWorkers<T>(body: (env: NodeJS.ProcessEnv) => Promise<T>): Promise<T> {
  const execArgv = process.execArgv;
  const gate = await startLedgerGate();
  process.execArgv = withoutTypescriptLoader(execArgv);
  const nodeOptions = withoutTypescriptLoader((process.env.NODE_OPTIONS ?? '').split(/\s+/).filter(Boolean)).join(' ');
  try {
    return await body({ ...process.env, NODE_OPTIONS: nodeOptions, ...gate.env });
  } finally {
    process.execArgv = execArgv;
    await gate.close();
  }
}

interface RunHooks {
  beforeTestRunHookDefinitions: { code: (...args: unknown[]) => unknown }[];
  afterTestRunHookDefinitions: { code: (...args: unknown[]) => unknown }[];
}

/**
 * Concurrent scenarios inside this process: each lane is a serial cucumber run of a share of the
 * scenarios (src/cli/shards.ts, so the @marketplace-wide ones share one lane and run one at a time).
 * The lanes share the support code, the kit runtime (one set of contracts and validators, one
 * webhook receiver) and the ledger gate, and their messages are merged as a single run's. Against a
 * distant target a scenario mostly waits: lanes overlap the waits without a process each. The
 * run's BeforeAll and AfterAll hooks run once around all lanes, not once per lane: a lane that
 * finishes first must not stop what the others still use.
 */
async function inLanes(support: ISupportCodeLibrary, env: Record<string, string>, lanes: (library: ISupportCodeLibrary) => Promise<SuiteRun[]>): Promise<SuiteRun[]> {
  // cucumber's API type hides the hooks the loaded library holds.
  const { beforeTestRunHookDefinitions: beforeAll, afterTestRunHookDefinitions: afterAll } = support as unknown as RunHooks;
  const gate = await startLedgerGate();
  // In this process's environment: the BeforeAll hooks read it.
  try {
    return await withEnv({ ...env, ...gate.env }, async () => {
      for (const hook of beforeAll) await hook.code.apply(null, []);
      try {
        return await lanes({ ...support, beforeTestRunHookDefinitions: [], afterTestRunHookDefinitions: [] } as ISupportCodeLibrary);
      } finally {
        for (const hook of [...afterAll].reverse()) await hook.code.apply(null, []);
      }
    });
  } finally {
    await gate.close();
  }
}

/** Each lane's failures to run again (cucumber's rerun formatter), joined into the run's file. */
async function joinLaneFiles(files: string[], lanes: number): Promise<void> {
  for (const file of files) {
    const parts = Array.from({ length: lanes }, (_, i) => `${file}.lane-${i}`);
    const texts = await Promise.all(parts.map((part) => readFile(part, 'utf8').catch(() => '')));
    await writeFile(file, texts.map((text) => text.trim()).filter(Boolean).join('\n'));
    await Promise.all(parts.map((part) => rm(part, { force: true })));
  }
}

/** The non-empty shares of `planned` for `count` lanes. */
function laneShares(planned: PlannedScenario[], count: number): string[][] {
  return Array.from({ length: count }, (_, i) => shareOf(planned, { index: i + 1, count })).filter((share) => share.length > 0);
}

/** Sets variables for the length of a serial run and puts the previous values back afterwards. */
async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const previous = new Map(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [key, value] of previous) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export async function openCucumberSession(options: SessionOptions): Promise<CucumberSession> {
  const { runConfiguration } = await loadConfiguration(
    { file: options.configFile, profiles: options.profiles, provided: options.provided ?? {} },
    { cwd: options.cwd },
  );
  const key = JSON.stringify([options.cwd, runConfiguration.support]);
  if (!libraries.has(key)) {
    libraries.set(key, loadSupport({ sources: runConfiguration.sources, support: runConfiguration.support }, { cwd: options.cwd }));
  }
  const support = await (libraries.get(key) as Promise<ISupportCodeLibrary>);
  let workerSupport: Promise<ISupportCodeLibrary> | undefined;
  /** The same library, whose workers import the bundle of its support files. */
  const supportForWorkers = () =>
    (workerSupport ??= buildWorkerBundle(support.originalCoordinates.importPaths).then((bundle) => ({
      ...support,
      originalCoordinates: { requireModules: [], requirePaths: [], loaders: [], importPaths: [bundle] },
    })));

  const session: CucumberSession = {
    configuration: runConfiguration,
    support,
    async run(run: SuiteRunOptions = {}): Promise<SuiteRun> {
      const env = run.env ?? {};
      const parallel = run.parallel ?? runConfiguration.runtime.parallel;
      // Lanes share the console: no progress bar of one lane, but one line per feature of the whole
      // run as soon as its last scenario finishes, in whichever lane (when the run shows progress).
      const laneProgress = run.stdoutFormat ? new FeatureProgress((text) => process.stdout.write(text)) : undefined;
      /** One cucumber run; `lane` narrows it to some scenarios, its messages kept for the merge. */
      const execute = async (library: ISupportCodeLibrary, baseEnv: NodeJS.ProcessEnv, lane?: { paths: string[]; files: Record<string, string> }): Promise<SuiteRun> => {
        const envelopes: Envelope[] = [];
        const stdoutFormat = lane ? undefined : run.stdoutFormat;
        const result = await runCucumber(
          {
            sources: {
              ...runConfiguration.sources,
              ...(run.paths ? { paths: run.paths } : {}),
              ...(lane ? { paths: lane.paths } : {}),
              ...(run.names ? { names: run.names } : {}),
              tagExpression: combineTags(runConfiguration.sources.tagExpression, run.tags),
            },
            support: library,
            runtime: { ...runConfiguration.runtime, parallel: lane ? 0 : parallel, dryRun: run.dryRun ?? false, failFast: run.failFast ?? runConfiguration.runtime.failFast },
            formats: {
              ...runConfiguration.formats,
              stdout: stdoutFormat ?? 'summary',
              files: lane ? lane.files : (run.files ?? {}),
              publish: false,
            },
          },
          {
            cwd: options.cwd,
            env: { ...baseEnv, ...env },
            ...(stdoutFormat ? {} : { stdout: silentStream() }),
          },
          (envelope) => {
            envelopes.push(envelope as Envelope);
            if (!lane) run.onMessage?.(envelope as Envelope);
            // One lane's end is not the run's: features still running elsewhere must not print early.
            else if (!envelope.testRunFinished) laneProgress?.read(envelope);
          },
        );
        return { success: result.success, envelopes };
      };
      if ((run.lanes ?? 0) > 1 && !run.dryRun) {
        const { paths, names, tags } = run;
        const planned = await plannedScenarios(session, { paths, names, tags });
        const shares = laneShares(planned.filter((scenario) => !runsAlone(scenario.tags)), run.lanes!);
        const alone = planned.filter((scenario) => runsAlone(scenario.tags)).map((scenario) => scenario.key);
        // cucumber listens for uncaught exceptions once per run: as many listeners as lanes are expected.
        process.setMaxListeners(Math.max(process.getMaxListeners(), shares.length + 10));
        const rerunFiles = Object.entries(run.files ?? {}).filter(([, formatter]) => formatter === 'rerun').map(([file]) => file);
        const laneFiles = (i: number) => Object.fromEntries(rerunFiles.map((file) => [`${file}.lane-${i}`, 'rerun']));
        const lanes = await inLanes(support, env, async (library) => {
          const together = await Promise.all(shares.map((share, i) => execute(library, process.env, { paths: share, files: laneFiles(i) })));
          // Then, with no other lane running, the scenarios that must run alone.
          return alone.length > 0 ? [...together, await execute(library, process.env, { paths: alone, files: laneFiles(shares.length) })] : together;
        });
        await joinLaneFiles(rerunFiles, lanes.length);
        const envelopes = mergeShardMessages(lanes.map((lane) => lane.envelopes));
        laneProgress?.finish();
        envelopes.forEach((envelope) => run.onMessage?.(envelope));
        return { success: lanes.every((lane) => lane.success), envelopes };
      }
      return withEnv(env, () =>
        parallel > 0 && !run.dryRun ? withConcurrentWorkers(async (workersEnv) => execute(await supportForWorkers(), workersEnv)) : execute(support, process.env),
      );
    },
  };
  return session;
}
