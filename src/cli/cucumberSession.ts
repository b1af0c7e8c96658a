// One cucumber configuration with its support code loaded once, run as many times as needed
// (mskit run once; the self-check dozens of times, with tag filters and different targets).
// Support code is imported once per process: ES modules are cached, so a second loadSupport of the
// same files would register no step at all.
import { Writable } from 'node:stream';
import { loadConfiguration, loadSupport, runCucumber, type IRunConfiguration, type ISupportCodeLibrary } from '@cucumber/cucumber/api';
import type { Envelope } from '../report/cucumberMessages.ts';
import { startLedgerGate } from '../concurrency/ledgerGate.ts';
import { runInLanes } from './laneRun.ts';
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
  /** Scenarios at once in lanes of this process (src/cli/laneRun.ts), instead of `parallel` worker processes. */
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

/** One lane: a serial run of some scenarios (`uri:line`) on one marketplace seat. */
export interface LaneSpec {
  paths: string[];
  seat: number;
  /** Report files of this lane (its rerun file). */
  files: Record<string, string>;
}

export interface LaneGroupOptions extends Pick<SuiteRunOptions, 'tags' | 'names' | 'failFast'> {
  /** Variables the steps read (the target, the ledger gate, the seats in use). */
  env: Record<string, string>;
  /** Every lane's messages, as they come. */
  onMessage(envelope: Envelope): void;
  /** Run after the lanes, with nothing beside it. */
  alone?: LaneSpec;
}

export interface CucumberSession {
  readonly configuration: IRunConfiguration;
  readonly support: ISupportCodeLibrary;
  /** Where the features and steps are (cucumber's cwd). */
  readonly cwd: string;
  run(options?: SuiteRunOptions): Promise<SuiteRun>;
  /** Runs `lanes` at the same time in this process, the run's BeforeAll and AfterAll hooks once around them all. */
  runLanes(lanes: readonly LaneSpec[], options: LaneGroupOptions): Promise<SuiteRun[]>;
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
 * scenarios on one marketplace (src/concurrency/lanePlan.ts).
 * The lanes share the support code, the kit runtime (one set of contracts and validators, one
 * webhook receiver) and the ledger gate, and their messages are merged as a single run's. Against a
 * distant target a scenario mostly waits: lanes overlap the waits without a process each. The
 * run's BeforeAll and AfterAll hooks run once around all lanes, not once per lane: a lane that
 * finishes first must not stop what the others still use.
 */
async function inLanes(support: ISupportCodeLibrary, env: Record<string, string>, lanes: (library: ISupportCodeLibrary) => Promise<SuiteRun[]>): Promise<SuiteRun[]> {
  // cucumber's API type hides the hooks the loaded library holds.
  const { beforeTestRunHookDefinitions: beforeAll, afterTestRunHookDefinitions: afterAll } = support as unknown as RunHooks;
  // In this process's environment: the BeforeAll hooks read it.
  return withEnv(env, async () => {
    for (const hook of beforeAll) await hook.code.apply(null, []);
    try {
      return await lanes({ ...support, beforeTestRunHookDefinitions: [], afterTestRunHookDefinitions: [] } as ISupportCodeLibrary);
    } finally {
      for (const hook of [...afterAll].reverse()) await hook.code.apply(null, []);
    }
  });
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

  /** One cucumber run; `lane` narrows it to some scenarios on one seat, with its own report files. */
  const execute = async (
    run: SuiteRunOptions,
    library: ISupportCodeLibrary,
    baseEnv: NodeJS.ProcessEnv,
    onMessage: (envelope: Envelope) => void,
    lane?: LaneSpec,
  ): Promise<SuiteRun> => {
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
        runtime: {
          ...runConfiguration.runtime,
          parallel: lane ? 0 : (run.parallel ?? runConfiguration.runtime.parallel),
          dryRun: run.dryRun ?? false,
          failFast: run.failFast ?? runConfiguration.runtime.failFast,
          ...(lane ? { worldParameters: { ...runConfiguration.runtime.worldParameters, seat: lane.seat } } : {}),
        },
        formats: {
          ...runConfiguration.formats,
          stdout: stdoutFormat ?? 'summary',
          files: lane ? lane.files : (run.files ?? {}),
          publish: false,
        },
      },
      {
        cwd: options.cwd,
        env: { ...baseEnv, ...run.env },
        ...(stdoutFormat ? {} : { stdout: silentStream() }),
      },
      (envelope) => {
        envelopes.push(envelope as Envelope);
        onMessage(envelope as Envelope);
      },
    );
    return { success: result.success, envelopes };
  };

  const session: CucumberSession = {
    configuration: runConfiguration,
    support,
    cwd: options.cwd,
    async run(run: SuiteRunOptions = {}): Promise<SuiteRun> {
      if ((run.lanes ?? 0) > 1 && !run.dryRun) return runInLanes(session, run);
      const env = run.env ?? {};
      const parallel = run.parallel ?? runConfiguration.runtime.parallel;
      const onMessage = (envelope: Envelope) => run.onMessage?.(envelope);
      return withEnv(env, () =>
        parallel > 0 && !run.dryRun
          ? withConcurrentWorkers(async (workersEnv) => execute(run, await supportForWorkers(), workersEnv, onMessage))
          : execute(run, support, process.env, onMessage),
      );
    },
    runLanes(lanes, group) {
      // cucumber listens for uncaught exceptions once per run: as many listeners as lanes are expected.
      process.setMaxListeners(Math.max(process.getMaxListeners(), lanes.length + 10));
      const run: SuiteRunOptions = { tags: group.tags, names: group.names, failFast: group.failFast };
      return inLanes(support, group.env, async (library) => {
        const together = await Promise.all(lanes.map((lane) => execute(run, library, process.env, group.onMessage, lane)));
        if (!group.alone) return together;
        return [...together, await execute(run, library, process.env, group.onMessage, group.alone)];
      });
    },
  };
  return session;
}
