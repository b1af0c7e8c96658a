// Concurrent scenarios in lanes of this process (src/cli/inProcessLanes.ts): each lane acts as its
// own marketplace while the target's pool lasts (src/concurrency/laneScheduler.ts), the lanes
// beyond share the primary one. A lane mostly waits (for the target, for webhooks, for quiet
// windows): lanes in one process overlap those waits and share one kit runtime (contracts and
// validators, one webhook receiver, the ledger gate). (A second process for half the lanes was
// measured slower on two cores: it pays its own start-up and runtime, and the target shares the cores.)
import { inProcessGate, ledgerGateVariable } from '../concurrency/ledgerGate.ts';
import { laneSeats } from '../concurrency/laneScheduler.ts';
import { seatsInUse } from '../concurrency/marketplaceSeats.ts';
import { readWorkerTarget } from '../targets/index.ts';
import { installLaneAdapter } from './inProcessLanes.ts';

export interface LaneSetup {
  /** Lane i's marketplace. */
  seats: number[];
  /** What the run's steps read besides the target: the seats in use, the lanes' ledger gate. */
  env: Record<string, string>;
}

/** The lanes of a run with `lanes` concurrent scenarios against the target `env` describes. */
export function laneSetup(lanes: number, env: Record<string, string>): LaneSetup {
  installLaneAdapter();
  // cucumber listens for uncaught exceptions around each step it runs: one listener per lane is expected.
  process.setMaxListeners(Math.max(process.getMaxListeners(), lanes + 10));
  const seats = laneSeats(lanes, 1 + (readWorkerTarget(env)?.clients.pool?.length ?? 0));
  return { seats, env: { ...env, [ledgerGateVariable]: inProcessGate, ...seatsInUse(seats) } };
}
