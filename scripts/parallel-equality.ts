// `npm run check:parallel-equality`: does concurrency change any result? One serial run, then
// repeated concurrent runs of the whole suite, each compared with the serial one scenario by
// scenario (passed / failed / skipped). Against the embedded sandbox, or against the sandbox as a
// distant `url` target (its own process behind a loopback latency proxy). Exits 1 on any difference.
//
//   npm run check:parallel-equality -- [--target sandbox|url] [--runs 20] [--workers N] [--rtt 20] [--keep DIR]
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startRemoteSandbox } from '../src/bench/remoteSandbox.ts';
import { measureSuiteRun, type SuiteRunFigures } from '../src/bench/suiteRun.ts';
import { defaultWorkers } from '../src/concurrency/workerCount.ts';

const { values } = parseArgs({
  options: {
    target: { type: 'string', default: 'sandbox' },
    runs: { type: 'string', default: '20' },
    workers: { type: 'string' },
    rtt: { type: 'string', default: '20' },
    keep: { type: 'string' },
  },
});
const target = values.target;
const runs = Number(values.runs);
const workers = Number(values.workers ?? (target === 'url' ? defaultWorkers.url : defaultWorkers.sandbox));
const roundTripMs = Number(values.rtt);
if ((target !== 'sandbox' && target !== 'url') || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(workers) || workers < 1 || !(roundTripMs >= 0)) {
  console.error('check:parallel-equality: --target sandbox|url, --runs and --workers whole numbers ≥ 1, --rtt milliseconds');
  process.exit(2);
}

async function suiteRun(label: string, parallel: number): Promise<SuiteRunFigures> {
  const reports = await mkdtemp(join(tmpdir(), 'mskit-equality-'));
  const remote = target === 'url' ? await startRemoteSandbox({ roundTripMs }) : undefined;
  try {
    const figures = await measureSuiteRun(['run', '--target', target, '--parallel', String(parallel)], remote?.env ?? {}, reports);
    if (values.keep) await cp(reports, join(values.keep, label), { recursive: true });
    return figures;
  } finally {
    await remote?.stop();
    await rm(reports, { recursive: true, force: true });
  }
}

/** Scenarios whose outcome differs, one line each. */
function differences(serial: SuiteRunFigures, concurrent: SuiteRunFigures): string[] {
  const before = new Map(serial.scenarios.map((s) => [s.key, s]));
  const after = new Map(concurrent.scenarios.map((s) => [s.key, s]));
  const lines: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const one = before.get(key);
    const other = after.get(key);
    if (one?.status === other?.status) continue;
    lines.push(`${key}: serial ${one?.status ?? 'absent'}, concurrent ${other?.status ?? 'absent'}${other?.reason ? ` (${other.reason})` : one?.reason ? ` (serial: ${one.reason})` : ''}`);
  }
  return lines;
}

const where = target === 'url' ? `the sandbox as a url target at ${roundTripMs} ms RTT` : 'the embedded sandbox';
console.log(`against ${where}: 1 serial run, then ${runs} runs with ${workers} scenarios at once`);
const serial = await suiteRun('serial', 0);
const count = (figures: SuiteRunFigures, status: string) => figures.scenarios.filter((s) => s.status === status).length;
console.log(`serial: ${count(serial, 'passed')} passed, ${count(serial, 'failed')} failed, ${count(serial, 'skipped')} skipped (${serial.wallS.toFixed(1)} s)`);
let differing = 0;
for (let run = 1; run <= runs; run += 1) {
  const concurrent = await suiteRun(`concurrent-${run}`, workers);
  const found = differences(serial, concurrent);
  differing += found.length;
  console.log(`run ${run}/${runs}: ${found.length} difference(s) (${concurrent.wallS.toFixed(1)} s)${found.map((line) => `\n  ${line}`).join('')}`);
}
console.log(`${runs} concurrent runs, ${differing} difference(s) from the serial run`);
process.exit(differing === 0 ? 0 : 1);
