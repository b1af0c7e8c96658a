// The kit proves itself: (a) the suite passes against the clean sandbox, (b) every fault switch of
// the sandbox makes at least one scenario fail, (c) two workers give the same per-scenario results
// as one. Everything runs in this process on one loaded support library; only (c) forks workers.
import { performance } from 'node:perf_hooks';
import type { CucumberSession } from '../cli/cucumberSession.ts';
import { combineTags } from '../cli/cucumberSession.ts';
import { scenarioResults, type ScenarioResult } from '../report/scenarioResults.ts';

export interface Fault {
  name: string;
  ruleId: string;
  description?: string;
}

export interface SelfCheckTarget {
  workerEnv: Record<string, string>;
  stop(): Promise<void>;
}

export interface SelfCheckOptions {
  session: CucumberSession;
  faults: Fault[];
  /** Starts a fresh target with exactly these faults switched on (none: the clean target). */
  startTarget(faults: string[]): Promise<SelfCheckTarget>;
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
  totalMs: number;
}

interface RunChoice {
  tags?: string;
  parallel?: number;
  paths?: string[];
  failFast?: boolean;
}

async function runAgainst(options: SelfCheckOptions, faults: string[], extra: RunChoice): Promise<ScenarioResult[]> {
  const target = await options.startTarget(faults);
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

  // A scenario that already fails on the clean target proves nothing about a fault.
  const passedClean = new Set(clean.filter((s) => s.status === 'passed').map((s) => s.key));
  const newlyFailed = (results: ScenarioResult[]) => results.filter((s) => s.status === 'failed' && passedClean.has(s.key));
  const kills: KillRow[] = [];
  for (const fault of options.faults) {
    mark = performance.now();
    const tagged = clean.filter((s) => hasTag(s, fault.ruleId));
    let stage: KillStage = 'survived';
    let caught: ScenarioResult[] = [];
    if (tagged.length > 0) {
      // Only the feature files holding the rule's scenarios: cucumber parses every path it is given.
      const paths = [...new Set(tagged.map((s) => s.uri))];
      caught = newlyFailed(await runAgainst(options, [fault.name], { tags: `@${fault.ruleId}`, paths }));
      if (caught.length > 0) stage = 'rule scenarios';
    }
    if (caught.length === 0) {
      // One failure anywhere is enough to call the fault caught: stop there (unless the clean run
      // already fails somewhere, which could stop the run before the fault shows).
      caught = newlyFailed(await runAgainst(options, [fault.name], { failFast: cleanFailures.length === 0 }));
      if (caught.length > 0) stage = 'whole suite';
    }
    const row: KillRow = { fault: fault.name, ruleId: fault.ruleId, stage, caughtBy: caught.map(label), ruleScenarios: tagged.length, ms: performance.now() - mark };
    kills.push(row);
    progress(`fault ${fault.name} (${fault.ruleId}): ${stage === 'survived' ? 'SURVIVED' : `caught by ${caught.length} scenario(s) (${stage})`} in ${Math.round(row.ms)} ms`);
  }

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

  const ok = cleanSummary.failed === 0 && cleanSummary.passed > 0 && kills.every((k) => k.stage !== 'survived') && parity.differences.length === 0;
  return { ok, clean: cleanSummary, kills, parity, totalMs: performance.now() - started };
}
