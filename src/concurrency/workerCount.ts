// How many scenarios run at once when the user does not say (`--parallel N` does), and where.
// A scenario mostly waits: for answers, for webhooks, for the quiet window after which "never"
// holds. Lanes overlap those waits (src/cli/inProcessLanes.ts). With a marketplace per lane (the embedded
// sandbox has a pool of them; a url or container target's `marketplacePool`), nothing makes
// scenarios wait for one another, and the run's floor is what the kit computes, spread over two
// processes; without a pool, the @marketplace-wide scenarios, one after the other, are the floor
// (measured with npm run bench:remote). The Prism mock answers from its examples: its run is short
// and stays serial unless asked (then in worker processes).
import type { TargetKind } from '../config/index.ts';

export const defaultWorkers: Record<TargetKind, number> = {
  sandbox: 9,
  prism: 0,
  url: 16,
  container: 6,
};

/** Where concurrent scenarios run: in lanes against the implementations, in worker processes against Prism. */
export function runsInLanes(kind: TargetKind): boolean {
  return kind !== 'prism';
}
