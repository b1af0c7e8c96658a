// `npm run bench:suite`: the whole suite against the embedded sandbox, as a user runs it (`mskit run`
// in a fresh process: start-up, target, suite and report included): with the default lanes (several
// times: the median and the range, a shared machine being noisy), serially, and with the default
// lanes against the sandbox speaking every dialect (with the profile declaring them). Prints wall
// time, scenario counts and the HTTP requests the steps made (from their evidence). Not a test: the
// target is ≤ 5 s wall for the whole suite as `mskit run` runs it.
//
//   npm run bench:suite -- [--runs 5]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { writeDialectProfile } from '../mocks/sandbox/dialectProfile.ts';
import { defaultWorkers } from '../src/concurrency/workerCount.ts';
import { repoRoot } from '../src/kitPaths.ts';
import { readEnvelopes } from '../src/report/cucumberMessages.ts';
import { scenarioResults } from '../src/report/scenarioResults.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench:suite: --runs takes a whole number ≥ 1');
  process.exit(2);
}

interface Measure {
  mode: string;
  runs: number;
  /** The median of the runs' wall times, and their range. */
  wallS: number;
  minS: number;
  maxS: number;
  exitCode: number | null;
  scenarios: number;
  passed: number;
  failed: number;
  skipped: number;
  requests: number;
}

function runCli(args: string[]): Promise<number | null> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MSKIT_')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/mskit.js'), ...args], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

function countRequests(evidence: unknown[]): number {
  return evidence.reduce<number>((n, item) => n + (Array.isArray((item as { exchanges?: unknown[] })?.exchanges) ? (item as { exchanges: unknown[] }).exchanges.length : 0), 0);
}

async function measure(mode: string, workers: number, extra: string[] = []): Promise<Measure> {
  const reports = await mkdtemp(join(tmpdir(), 'mskit-bench-'));
  try {
    const started = performance.now();
    const exitCode = await runCli(['run', '--target', 'sandbox', '--parallel', String(workers), '--reports', reports, '--name-of-run', `bench ${mode}`, ...extra]);
    const wallS = (performance.now() - started) / 1000;
    const { scenarios } = scenarioResults(await readEnvelopes(join(reports, 'messages.ndjson')));
    const count = (status: string) => scenarios.filter((s) => s.status === status).length;
    return {
      mode,
      runs: 1,
      wallS,
      minS: wallS,
      maxS: wallS,
      exitCode,
      scenarios: scenarios.length,
      passed: count('passed'),
      failed: count('failed'),
      skipped: count('skipped'),
      requests: scenarios.reduce((n, s) => n + countRequests(s.evidence), 0),
    };
  } finally {
    await rm(reports, { recursive: true, force: true });
  }
}

/** `times` runs of one mode: the median wall time and the range; a failed exit of any run shows. */
async function measureRuns(times: number, mode: string, workers: number, extra: string[] = []): Promise<Measure> {
  const all: Measure[] = [];
  for (let i = 0; i < times; i += 1) all.push(await measure(mode, workers, extra));
  const walls = all.map((m) => m.wallS).sort((a, b) => a - b);
  const middle = Math.floor(times / 2);
  const median = times % 2 === 1 ? walls[middle]! : (walls[middle - 1]! + walls[middle]!) / 2;
  return { ...all[0]!, runs: times, wallS: median, minS: walls[0]!, maxS: walls.at(-1)!, exitCode: all.find((m) => m.exitCode !== 0)?.exitCode ?? all[0]!.exitCode };
}

// The first mskit after a change of the sources compiles the kit (bin/mskit.js): not a figure of a run.
await runCli(['--version']);
const dialectProfile = await writeDialectProfile(['all']);
const lanes = defaultWorkers.sandbox;
const rows = [
  await measureRuns(runs, `${lanes} lanes (default)`, lanes),
  await measure('serial', 0),
  await measure(`all dialects, ${lanes} lanes`, lanes, ['--dialect', 'all', '--profile', dialectProfile]),
];
await rm(join(dialectProfile, '..'), { recursive: true, force: true });
const header = ['mode', 'runs', 'wall (s, median)', 'range (s)', 'scenarios', 'passed', 'failed', 'skipped', 'HTTP requests', 'requests/s'];
const cells = rows.map((r) =>
  [r.mode, r.runs, r.wallS.toFixed(2), r.runs > 1 ? `${r.minS.toFixed(2)}–${r.maxS.toFixed(2)}` : '', r.scenarios, r.passed, r.failed, r.skipped, r.requests, Math.round(r.requests / r.wallS)].map(String),
);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n'));
console.log(`node ${process.version}, ${availableParallelism()} cores; target: whole suite ≤ 5 s wall as mskit run runs it (default lanes)`);
if (rows.some((r) => r.exitCode !== 0)) console.log('note: the suite did not pass everywhere (see the failed column): timings still stand');
