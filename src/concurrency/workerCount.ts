// How many scenarios run at once when the user does not say (`--parallel N` does), and where.
// Against a target elsewhere, a scenario mostly waits for answers: the run's floor is the longest
// chain of exchanges that must follow one another (the @marketplace-wide scenarios, one at a time),
// and more concurrent scenarios get closer to it (measured with npm run bench:remote). The embedded
// sandbox answers in-process on the same two cores, and the Prism mock is one more local process:
// there, scenarios compute more than they wait, and the default stays serial.
import type { TargetKind } from '../config/index.ts';

export const defaultWorkers: Record<TargetKind, number> = {
  sandbox: 0,
  prism: 0,
  url: 6,
  container: 4,
};

/**
 * Where concurrent scenarios run: in lanes of the coordinating process against a target elsewhere
 * (scenarios mostly wait; one process holds one set of contracts and validators, and one webhook
 * receiver, so a fixed webhookListenPort is no obstacle), in worker processes against the embedded
 * sandbox and Prism (scenarios compute, on every core).
 */
export function runsInLanes(kind: TargetKind): boolean {
  return kind === 'url' || kind === 'container';
}
