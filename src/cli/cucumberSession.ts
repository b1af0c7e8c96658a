// One cucumber configuration with its support code loaded once, run as many times as needed
// (mskit run once; the self-check dozens of times, with tag filters and different targets).
// Support code is imported once per process: ES modules are cached, so a second loadSupport of the
// same files would register no step at all.
import { Writable } from 'node:stream';
import { loadConfiguration, loadSupport, runCucumber, type IRunConfiguration, type ISupportCodeLibrary } from '@cucumber/cucumber/api';
import type { Envelope } from '../report/cucumberMessages.ts';
import { startLedgerGate } from '../concurrency/ledgerGate.ts';
import { laneSeatsParameter } from './inProcessLanes.ts';
import { laneSetup } from './laneRun.ts';
import { buildWorkerBundle } from './workerBundle.ts';
import { supportImports } from './compiledKit.ts';

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
  /** Scenarios at once in lanes of this process (src/cli/inProcessLanes.ts), instead of `parallel` worker processes. */
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
  /** Where the features and steps are (cucumber's cwd). */
  readonly cwd: string;
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
  // Running compiled, cucumber imports the support files' compiled twins (src/cli/compiledKit.ts).
  runConfiguration.support.importPaths = supportImports(runConfiguration.support.importPaths ?? []);
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

  /** One cucumber run; with `laneSeats`, its scenarios run in lanes on those marketplaces. */
  const execute = async (
    run: SuiteRunOptions,
    library: ISupportCodeLibrary,
    baseEnv: NodeJS.ProcessEnv,
    onMessage: (envelope: Envelope) => void,
    laneSeats?: number[],
  ): Promise<SuiteRun> => {
    const envelopes: Envelope[] = [];
    const { stdoutFormat } = run;
    const result = await runCucumber(
      {
        sources: {
          ...runConfiguration.sources,
          ...(run.paths ? { paths: run.paths } : {}),
          ...(run.names ? { names: run.names } : {}),
          tagExpression: combineTags(runConfiguration.sources.tagExpression, run.tags),
        },
        support: library,
        runtime: {
          ...runConfiguration.runtime,
          parallel: laneSeats ? 0 : (run.parallel ?? runConfiguration.runtime.parallel),
          dryRun: run.dryRun ?? false,
          failFast: run.failFast ?? runConfiguration.runtime.failFast,
          ...(laneSeats ? { worldParameters: { ...runConfiguration.runtime.worldParameters, [laneSeatsParameter]: laneSeats } } : {}),
        },
        formats: {
          ...runConfiguration.formats,
          stdout: stdoutFormat ?? 'summary',
          files: run.files ?? {},
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
      const onMessage = (envelope: Envelope) => run.onMessage?.(envelope);
      if ((run.lanes ?? 0) > 1 && !run.dryRun) {
        const lanes = laneSetup(run.lanes!, run.env ?? {});
        return withEnv(lanes.env, () => execute(run, support, process.env, onMessage, lanes.seats));
      }
      const parallel = run.parallel ?? runConfiguration.runtime.parallel;
      return withEnv(run.env ?? {}, () =>
        parallel > 0 && !run.dryRun
          ? withConcurrentWorkers(async (workersEnv) => execute(run, await supportForWorkers(), workersEnv, onMessage))
          : execute(run, support, process.env, onMessage),
      );
    },
  };
  return session;
}
