// `npm run bench:remote`: the whole suite against the sandbox made distant. The sandbox runs in its
// own process behind a loopback proxy adding half the round trip in each direction, and the kit
// reaches it as a `url` target, serially and with concurrent lanes, at 0, 20 and 50 ms RTT, with
// the sandbox's marketplace pool given as `marketplacePool` (`--no-pool`: without it, every lane on
// the primary marketplace); the embedded sandbox (no proxy) comes first for reference. Prints wall
// time, HTTP exchanges, the longest scenario's chain and the peak memory of the kit's processes.
// Not a test: figures depend on the machine and its load. Only 127.0.0.1 is used.
//
//   npm run bench:remote -- [--rtt 0,20,50] [--workers N (scenarios at once)] [--modes serial,concurrent] [--no-embedded] [--no-pool]
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startRemoteSandbox } from '../src/bench/remoteSandbox.ts';
import { measureSuiteRun, type SuiteRunFigures } from '../src/bench/suiteRun.ts';
import { defaultWorkers } from '../src/concurrency/workerCount.ts';

const { values } = parseArgs({
  options: {
    rtt: { type: 'string', default: '0,20,50' },
    workers: { type: 'string', default: String(defaultWorkers.url) },
    modes: { type: 'string', default: 'serial,concurrent' },
    'no-embedded': { type: 'boolean', default: false },
    'no-pool': { type: 'boolean', default: false },
  },
});
const roundTrips = values.rtt.split(',').map(Number);
const workers = Number(values.workers);
const modes = values.modes.split(',');
if (roundTrips.some((ms) => !Number.isFinite(ms) || ms < 0) || !Number.isInteger(workers) || workers < 1 || modes.some((m) => m !== 'serial' && m !== 'concurrent')) {
  console.error('bench:remote: --rtt takes milliseconds (0,20,50), --workers a whole number ≥ 1, --modes serial and/or concurrent');
  process.exit(2);
}

interface Row {
  target: string;
  mode: string;
  figures: SuiteRunFigures;
}

async function measure(target: string, mode: string, env: Record<string, string>, args: string[]): Promise<Row> {
  const reports = await mkdtemp(join(tmpdir(), 'mskit-bench-remote-'));
  try {
    const figures = await measureSuiteRun(['run', ...args], env, reports);
    const row = { target, mode, figures };
    console.error(`  ${target}, ${mode}: ${figures.wallS.toFixed(1)} s`);
    return row;
  } finally {
    await rm(reports, { recursive: true, force: true });
  }
}

const parallelArgs = (mode: string, count: number) => ['--parallel', mode === 'serial' ? '0' : String(count)];
const rows: Row[] = [];
if (!values['no-embedded']) {
  for (const mode of modes) rows.push(await measure('embedded sandbox', mode === 'serial' ? 'serial' : `${defaultWorkers.sandbox} lanes`, {}, ['--target', 'sandbox', ...parallelArgs(mode, defaultWorkers.sandbox)]));
}
for (const roundTripMs of roundTrips) {
  for (const mode of modes) {
    // A fresh sandbox per run: every run starts from the same (empty) marketplace.
    const remote = await startRemoteSandbox({ roundTripMs, pool: !values['no-pool'] });
    try {
      const lanes = `${workers} lanes${values['no-pool'] ? ', no pool' : ''}`;
      rows.push(await measure(`url, ${roundTripMs} ms RTT`, mode === 'serial' ? 'serial' : lanes, remote.env, ['--target', 'url', ...parallelArgs(mode, workers)]));
    } finally {
      await remote.stop();
    }
  }
}

const header = ['target', 'mode', 'wall (s)', 'passed', 'failed', 'skipped', 'exchanges', 'longest chain', 'peak memory (MiB)'];
const cells = rows.map(({ target, mode, figures }) => {
  const count = (status: string) => figures.scenarios.filter((s) => s.status === status).length;
  const chain = figures.longestChain ? `${figures.longestChain.exchanges} (${figures.longestChain.key.replace(/^features\//, '')})` : '-';
  return [target, mode, figures.wallS.toFixed(1), count('passed'), count('failed'), count('skipped'), figures.exchanges, chain, Math.round(figures.peakMemoryMiB)].map(String);
});
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n'));
console.log(`node ${process.version}, ${availableParallelism()} cores; targets: embedded ≤ 5 s, 20 ms RTT ≤ 12 s, 50 ms RTT ≤ 25 s, peak memory ≤ 1536 MiB`);
const failures = rows.flatMap(({ target, mode, figures }) => figures.scenarios.filter((s) => s.status === 'failed').map((s) => `${target}, ${mode}: ${s.key}: ${s.reason ?? ''}`));
if (failures.length > 0) console.log(`failures (timings still stand):\n${failures.join('\n')}`);
