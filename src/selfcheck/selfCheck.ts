// The kit proves itself, both ways: (a) the suite passes against the clean sandbox, (b) every fault
// switch of the sandbox makes at least one scenario fail, (c) two workers give the same per-scenario
// results as one, (d) the suite passes against every dialect of the sandbox (a legal variation,
// declared in its profile) alone and against all of them at once: a failure there is a false alarm
// of the kit, and (e) every fault is still caught with all dialects on. Everything runs in this
// process on one loaded support library; only (c) forks workers.
import { performance } from 'node:perf_hooks';
import type { CucumberSession } from '../cli/cucumberSession.ts';
import { combineTags } from '../cli/cucumberSession.ts';
import { scenarioResults, type ScenarioResult } from '../report/scenarioResults.ts';

export interface Fault {
  name: string;
  ruleId: string;
  description?: string;
}

export interface Dialect {
  name: string;
  /** The catalogue rules this dialect varies (an alternative, or a profile key of theirs): a fault of such a rule is checked without it. */
  ruleIds: string[];
  /** The `@variant:` alternatives this dialect makes not applicable: a fault whose rule's scenarios assert one is checked without it. */
  skipsVariants: string[];
}

export interface SelfCheckTarget {
  workerEnv: Record<string, string>;
  stop(): Promise<void>;
}

export interface SelfCheckOptions {
  session: CucumberSession;
  faults: Fault[];
  /** Starts a fresh target with exactly these faults and dialects switched on (none: the clean target), with the profile declaring the dialects. */
  startTarget(faults: string[], dialects?: string[]): Promise<SelfCheckTarget>;
  /** The target's dialects, for (d) and (e); none skips both. */
  dialects?: Dialect[];
  /** Restricts every run to these scenarios (tag expression). */
  tags?: string;
  /** Workers for the parity check; 1 or less skips it. */
  parallel?: number;
  onProgress?(line: string): void;
}

export type KillStage = 'rule scenarios' | 'whole suite' | 'survived';

export interface KillRow {
  fault: string;
  ruleId: string;
  stage: KillStage;
  /** Scenarios that failed with the fault on (`uri:line name`). */
  caughtBy: string[];
  /** How many scenarios are tagged with the fault's rule. */
  ruleScenarios: number;
  ms: number;
  /** With all dialects on: the dialects left out because they take an alternative of the fault's own rule. */
  withoutDialects?: string[];
}

export interface DialectRow {
  /** A dialect's name, or `all` for every dialect at once. */
  dialect: string;
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
  ms: number;
}

export interface ParityDifference {
  key: string;
  serial: string;
  parallel: string;
}

export interface SelfCheckReport {
  ok: boolean;
  clean: { passed: number; failed: number; skipped: number; failures: string[]; ms: number };
  kills: KillRow[];
  parity: { checked: boolean; workers: number; differences: ParityDifference[]; ms: number };
  /** (d) the suite against each dialect and all of them: every row must have 0 failures. */
  dialects: DialectRow[];
  /** (e) every fault again, with every dialect on that does not take an alternative of its rule. */
  dialectKills: KillRow[];
  totalMs: number;
}

interface RunChoice {
  tags?: string;
  parallel?: number;
  paths?: string[];
  failFast?: boolean;
}

async function runAgainst(options: SelfCheckOptions, faults: string[], extra: RunChoice, dialects: string[] = []): Promise<ScenarioResult[]> {
  const target = await options.startTarget(faults, dialects);
  try {
    const run = await options.session.run({
      env: target.workerEnv,
      tags: combineTags(options.tags, extra.tags),
      parallel: extra.parallel ?? 0,
      paths: extra.paths,
      failFast: extra.failFast,
    });
    return scenarioResults(run.envelopes).scenarios;
  } finally {
    await target.stop();
  }
}

const label = (s: ScenarioResult) => `${s.key} ${s.name}`;

function hasTag(scenario: ScenarioResult, ruleId: string): boolean {
  return scenario.tags.includes(`@${ruleId}`);
}

export async function selfCheck(options: SelfCheckOptions): Promise<SelfCheckReport> {
  const progress = options.onProgress ?? (() => {});
  const started = performance.now();

  let mark = performance.now();
  const clean = await runAgainst(options, [], {});
  const cleanFailures = clean.filter((s) => s.status === 'failed');
  const cleanSummary = {
    passed: clean.filter((s) => s.status === 'passed').length,
    failed: cleanFailures.length,
    skipped: clean.filter((s) => s.status === 'skipped').length,
    failures: cleanFailures.map((s) => `${label(s)}: ${s.failure?.reason ?? 'failed'}`),
    ms: performance.now() - mark,
  };
  progress(`clean target: ${cleanSummary.passed} passed, ${cleanSummary.failed} failed, ${cleanSummary.skipped} skipped (${Math.round(cleanSummary.ms)} ms)`);

  const passedClean = new Set(clean.filter((s) => s.status === 'passed').map((s) => s.key));
  const kills = await killFaults(options, clean, passedClean, cleanFailures.length === 0, () => [], progress, '');

  const workers = options.parallel ?? 2;
  const parity = { checked: workers > 1, workers, differences: [] as ParityDifference[], ms: 0 };
  if (parity.checked) {
    mark = performance.now();
    const parallel = await runAgainst(options, [], { parallel: workers });
    const serialByKey = new Map(clean.map((s) => [s.key, s.status]));
    const parallelByKey = new Map(parallel.map((s) => [s.key, s.status]));
    for (const key of new Set([...serialByKey.keys(), ...parallelByKey.keys()])) {
      const serial = serialByKey.get(key) ?? 'did not run';
      const inParallel = parallelByKey.get(key) ?? 'did not run';
      if (serial !== inParallel) parity.differences.push({ key, serial, parallel: inParallel });
    }
    parity.ms = performance.now() - mark;
    progress(`${workers} workers: ${parity.differences.length === 0 ? 'same results as serial' : `${parity.differences.length} scenario(s) differ from serial`} (${Math.round(parity.ms)} ms)`);
  }

  const dialects: DialectRow[] = [];
  let dialectKills: KillRow[] = [];
  const known = options.dialects ?? [];
  if (known.length > 0) {
    let allResults: ScenarioResult[] = [];
    for (const chosen of [...known.map((dialect) => [dialect.name]), known.map((dialect) => dialect.name)]) {
      mark = performance.now();
      const results = await runAgainst(options, [], {}, chosen);
      allResults = results;
      const failures = results.filter((s) => s.status === 'failed');
      const row: DialectRow = {
        dialect: chosen.length === 1 ? chosen[0]! : 'all',
        passed: results.filter((s) => s.status === 'passed').length,
        failed: failures.length,
        skipped: results.filter((s) => s.status === 'skipped').length,
        failures: failures.map((s) => `${label(s)}: ${s.failure?.reason ?? 'failed'}`),
        ms: performance.now() - mark,
      };
      dialects.push(row);
      progress(`dialect ${row.dialect}: ${row.passed} passed, ${row.failed} failed, ${row.skipped} skipped (${Math.round(row.ms)} ms)`);
    }
    // A scenario proves a fault when it passed where it applies: with all dialects on, or on the clean
    // target (it may be skipped under an alternative a dialect declares), and never failed (a false
    // alarm, reported above).
    const failedWithAll = new Set(allResults.filter((s) => s.status === 'failed').map((s) => s.key));
    const passedWithAll = new Set([...passedClean, ...allResults.filter((s) => s.status === 'passed').map((s) => s.key)].filter((key) => !failedWithAll.has(key)));
    // A dialect that varies the fault's own rule, or skips every scenario that checks it, would hide the fault by design.
    const skippedUnder = (dialect: Dialect, scenario: ScenarioResult) => dialect.skipsVariants.some((variant) => scenario.tags.includes(`@variant:${variant}`));
    const hides = (dialect: Dialect, fault: Fault) => {
      const checking = clean.filter((s) => hasTag(s, fault.ruleId));
      return dialect.ruleIds.includes(fault.ruleId) || (checking.length > 0 && checking.every((s) => skippedUnder(dialect, s)));
    };
    const dialectsFor = (fault: Fault) => known.filter((dialect) => !hides(dialect, fault)).map((dialect) => dialect.name);
    dialectKills = await killFaults(options, clean, passedWithAll, failedWithAll.size === 0, dialectsFor, progress, ' with all dialects');
    dialectKills.forEach((row) => (row.withoutDialects = known.filter((dialect) => hides(dialect, { name: row.fault, ruleId: row.ruleId })).map((dialect) => dialect.name)));
  }

  const ok =
    cleanSummary.failed === 0 &&
    cleanSummary.passed > 0 &&
    kills.every((k) => k.stage !== 'survived') &&
    parity.differences.length === 0 &&
    dialects.every((row) => row.failed === 0 && row.passed > 0) &&
    dialectKills.every((k) => k.stage !== 'survived');
  return { ok, clean: cleanSummary, kills, parity, dialects, dialectKills, totalMs: performance.now() - started };
}

/** Each fault: caught by its rule's scenarios, else by any scenario of the whole suite, else survived. */
async function killFaults(
  options: SelfCheckOptions,
  clean: ScenarioResult[],
  passedClean: ReadonlySet<string>,
  cleanPasses: boolean,
  dialectsFor: (fault: Fault) => string[],
  progress: (line: string) => void,
  where: string,
): Promise<KillRow[]> {
  // A scenario that already fails without the fault proves nothing about it.
  const newlyFailed = (results: ScenarioResult[]) => results.filter((s) => s.status === 'failed' && passedClean.has(s.key));
  const kills: KillRow[] = [];
  for (const fault of options.faults) {
    const mark = performance.now();
    const dialects = dialectsFor(fault);
    const tagged = clean.filter((s) => hasTag(s, fault.ruleId));
    let stage: KillStage = 'survived';
    let caught: ScenarioResult[] = [];
    if (tagged.length > 0) {
      // Only the feature files holding the rule's scenarios: cucumber parses every path it is given.
      const paths = [...new Set(tagged.map((s) => s.uri))];
      caught = newlyFailed(await runAgainst(options, [fault.name], { tags: `@${fault.ruleId}`, paths }, dialects));
      if (caught.length > 0) stage = 'rule scenarios';
    }
    if (caught.length === 0) {
      // One failure anywhere is enough to call the fault caught: stop there (unless the run without
      // the fault already fails somewhere, which could stop the run before the fault shows).
      caught = newlyFailed(await runAgainst(options, [fault.name], { failFast: cleanPasses }, dialects));
      if (caught.length > 0) stage = 'whole suite';
    }
    const row: KillRow = { fault: fault.name, ruleId: fault.ruleId, stage, caughtBy: caught.map(label), ruleScenarios: tagged.length, ms: performance.now() - mark };
    kills.push(row);
    progress(`fault ${fault.name} (${fault.ruleId})${where}: ${stage === 'survived' ? 'SURVIVED' : `caught by ${caught.length} scenario(s) (${stage})`} in ${Math.round(row.ms)} ms`);
  }
  return kills;
}
