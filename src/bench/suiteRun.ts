// One `mskit run` in a fresh process, as a user starts it, measured from outside: wall time, the
// peak memory of its whole process tree (the coordinator and its workers), and what its messages
// say (each scenario's outcome and how many HTTP exchanges it made, in sequence).
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../kitPaths.ts';
import { readEnvelopes } from '../report/cucumberMessages.ts';
import { scenarioResults, type ScenarioStatus } from '../report/scenarioResults.ts';

export interface ScenarioFigure {
  key: string;
  status: ScenarioStatus;
  /** The first line of its failure, if it failed. */
  reason?: string;
  exchanges: number;
}

export interface SuiteRunFigures {
  exitCode: number | null;
  wallS: number;
  peakMemoryMiB: number;
  scenarios: ScenarioFigure[];
  /** HTTP exchanges of every scenario together. */
  exchanges: number;
  /** The scenario making the most exchanges: the floor of a run however concurrent. */
  longestChain: ScenarioFigure | undefined;
}

/** Resident memory of a process and all its descendants, in KiB (Linux /proc). */
async function treeMemoryKiB(pid: number): Promise<number> {
  let total = 0;
  const children: number[] = [];
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    total += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const list = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
      children.push(...list.split(/\s+/).filter(Boolean).map(Number));
    }
  } catch {
    return total; // the process ended meanwhile
  }
  for (const child of children) total += await treeMemoryKiB(child);
  return total;
}

function countExchanges(evidence: unknown[]): number {
  return evidence.reduce<number>((n, item) => n + ((item as { exchanges?: unknown[] })?.exchanges?.length ?? 0), 0);
}

let compiled: Promise<unknown> | undefined;

/** The first `mskit` after a change of the sources compiles the kit (bin/mskit.js): done once, before any timing. */
function compiledKit(env: NodeJS.ProcessEnv): Promise<unknown> {
  compiled ??= new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/mskit.js'), '--version'], { cwd: repoRoot, env, stdio: 'ignore' });
    child.once('error', reject);
    child.once('close', resolve);
  });
  return compiled;
}

/** Runs `mskit <args>` with `env` added to a clean environment (no MSKIT_ variable of this shell). */
export async function measureSuiteRun(args: string[], env: Record<string, string>, reportsDir: string): Promise<SuiteRunFigures> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MSKIT_')));
  await compiledKit(clean);
  const started = performance.now();
  const child = spawn(process.execPath, [join(repoRoot, 'bin/mskit.js'), ...args, '--reports', reportsDir], {
    cwd: repoRoot,
    env: { ...clean, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peakKiB = 0;
  const sampler = setInterval(() => {
    if (child.pid) void treeMemoryKiB(child.pid).then((kib) => (peakKiB = Math.max(peakKiB, kib)));
  }, 100);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  clearInterval(sampler);
  const wallS = (performance.now() - started) / 1000;
  const { scenarios } = scenarioResults(await readEnvelopes(join(reportsDir, 'messages.ndjson')));
  const figures = scenarios.map((s) => ({ key: s.key, status: s.status, ...(s.failure ? { reason: s.failure.reason } : {}), exchanges: countExchanges(s.evidence) }));
  return {
    exitCode,
    wallS,
    peakMemoryMiB: peakKiB / 1024,
    scenarios: figures,
    exchanges: figures.reduce((n, s) => n + s.exchanges, 0),
    longestChain: figures.reduce<ScenarioFigure | undefined>((longest, s) => (!longest || s.exchanges > longest.exchanges ? s : longest), undefined),
  };
}
