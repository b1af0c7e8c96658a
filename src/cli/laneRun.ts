// Concurrent scenarios in lanes: each lane is a serial cucumber run of a share of the scenarios on
// one marketplace (src/concurrency/lanePlan.ts). A lane mostly waits (for the target, for webhooks,
// for quiet windows): lanes in one process overlap those waits and share one kit runtime (contracts
// and validators, one webhook receiver, the ledger gate), and their messages are merged into one
// run's. (A second process for half the lanes was measured slower on two cores: it pays its own
// start-up and runtime, and the target shares the cores.)
import type { Envelope as CucumberEnvelope } from '@cucumber/messages';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { startLedgerGate } from '../concurrency/ledgerGate.ts';
import { planLanes } from '../concurrency/lanePlan.ts';
import { seatsInUse } from '../concurrency/marketplaceSeats.ts';
import type { Envelope } from '../report/cucumberMessages.ts';
import { mergeShardMessages } from '../report/shardMessages.ts';
import { readWorkerTarget } from '../targets/index.ts';
import type { CucumberSession, LaneSpec, SuiteRun, SuiteRunOptions } from './cucumberSession.ts';
import { FeatureProgress } from './featureProgressFormatter.ts';
import { plannedScenarios } from './shards.ts';

/** Lines of cucumber's rerun format (`uri:line:line`) with one line per feature file, as a single run writes. */
function joinRerunLines(lines: string[]): string {
  const byUri = new Map<string, string[]>();
  for (const line of lines) {
    const found = /^(.*?)((?::\d+)+)$/.exec(line.trim());
    if (!found) continue;
    const [, uri, numbers] = found;
    byUri.set(uri!, [...(byUri.get(uri!) ?? []), ...numbers!.slice(1).split(':')]);
  }
  return [...byUri].map(([uri, numbers]) => `${uri}:${numbers.join(':')}`).join('\n');
}

/** Each lane's failures to run again (cucumber's rerun formatter), joined into the run's file. */
async function joinLaneFiles(files: string[], lanes: number): Promise<void> {
  for (const file of files) {
    const parts = Array.from({ length: lanes }, (_, i) => `${file}.lane-${i}`);
    const texts = await Promise.all(parts.map((part) => readFile(part, 'utf8').catch(() => '')));
    await writeFile(file, joinRerunLines(texts.flatMap((text) => text.split('\n'))));
    await Promise.all(parts.map((part) => rm(part, { force: true })));
  }
}

export async function runInLanes(session: CucumberSession, run: SuiteRunOptions): Promise<SuiteRun> {
  const env = run.env ?? {};
  const { paths, names, tags, failFast } = run;
  const gate = await startLedgerGate();
  try {
    const planned = await plannedScenarios(session, { paths, names, tags });
    const plan = planLanes(planned, run.lanes!, 1 + (readWorkerTarget(env)?.clients.pool?.length ?? 0));
    const rerunFiles = Object.entries(run.files ?? {}).filter(([, formatter]) => formatter === 'rerun').map(([file]) => file);
    const laneFiles = (i: number) => Object.fromEntries(rerunFiles.map((file) => [`${file}.lane-${i}`, 'rerun']));
    const lanes: LaneSpec[] = plan.together.map((lane, i) => ({ paths: lane.keys, seat: lane.seat, files: laneFiles(i) }));
    const alone: LaneSpec | undefined = plan.alone.length > 0 ? { paths: plan.alone, seat: 0, files: laneFiles(lanes.length) } : undefined;
    // Lanes share the console: one line per feature of the whole run as soon as its last scenario finishes, in whichever lane.
    const progress = run.stdoutFormat ? new FeatureProgress((text) => process.stdout.write(text)) : undefined;
    const runs = await session.runLanes(lanes, {
      tags,
      names,
      failFast,
      env: { ...env, ...gate.env, ...seatsInUse([...lanes, ...(alone ? [alone] : [])].map((lane) => lane.seat)) },
      onMessage: (envelope) => {
        // One lane's end is not the run's: features still running elsewhere must not print early.
        if (!envelope.testRunFinished) progress?.read(envelope as CucumberEnvelope);
      },
      ...(alone ? { alone } : {}),
    });
    await joinLaneFiles(rerunFiles, runs.length);
    const envelopes = mergeShardMessages(runs.map((lane) => lane.envelopes));
    progress?.finish();
    envelopes.forEach((envelope) => run.onMessage?.(envelope));
    return { success: runs.every((lane) => lane.success), envelopes };
  } finally {
    await gate.close();
  }
}
