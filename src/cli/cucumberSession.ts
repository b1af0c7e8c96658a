// One cucumber configuration with its support code loaded once, run as many times as needed
// (mskit run once; the self-check dozens of times, with tag filters and different targets).
// Support code is imported once per process: ES modules are cached, so a second loadSupport of the
// same files would register no step at all.
import { Writable } from 'node:stream';
import { loadConfiguration, loadSupport, runCucumber, type IRunConfiguration, type ISupportCodeLibrary } from '@cucumber/cucumber/api';
import type { Envelope } from '../report/cucumberMessages.ts';

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
  /** Only these feature files (relative to the session's cwd) instead of the configured paths. */
  paths?: string[];
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

  return {
    configuration: runConfiguration,
    support,
    async run(run: SuiteRunOptions = {}): Promise<SuiteRun> {
      const envelopes: Envelope[] = [];
      const env = run.env ?? {};
      const parallel = run.parallel ?? runConfiguration.runtime.parallel;
      const execute = () =>
        runCucumber(
          {
            sources: {
              ...runConfiguration.sources,
              ...(run.paths ? { paths: run.paths } : {}),
              tagExpression: combineTags(runConfiguration.sources.tagExpression, run.tags),
            },
            support,
            runtime: { ...runConfiguration.runtime, parallel, dryRun: run.dryRun ?? false, failFast: run.failFast ?? runConfiguration.runtime.failFast },
            formats: {
              ...runConfiguration.formats,
              stdout: run.stdoutFormat ?? 'summary',
              files: run.files ?? {},
              publish: false,
            },
          },
          {
            cwd: options.cwd,
            env: { ...process.env, ...env },
            ...(run.stdoutFormat ? {} : { stdout: silentStream() }),
          },
          (envelope) => {
            envelopes.push(envelope as Envelope);
            run.onMessage?.(envelope as Envelope);
          },
        );
      const result = await withEnv(env, execute);
      return { success: result.success, envelopes };
    },
  };
}
