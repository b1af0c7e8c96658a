// Which scenario a concurrent lane runs next, and on which marketplace it may ("seat": 0 is the
// primary marketplace, N the pool's N-th, docs/parallel.md). Lanes take scenarios from one queue as
// they become free, so they finish together whatever each scenario waits for. Lanes that share a
// seat keep apart what scenarios of one marketplace share (the support code's parallelCanAssign
// rule, src/concurrency/sharedScenarios.ts): a lane alone on its seat may run anything but what
// every lane shares (the second marketplace).
import { emptySecondMarketplaceTag, keptApart, needsOwnMarketplace, primaryOnlyTag } from './sharedScenarios.ts';

export interface LaneScenario {
  tags: readonly string[];
  /** Its step count: heavier scenarios start first. */
  weight: number;
}

/** Whether a scenario may start beside those already running on the same marketplace. */
export type CanAssign<T> = (scenario: T, besideOnSeat: readonly T[]) => boolean;

/**
 * The order lanes take scenarios in: those that need the second marketplace empty first (before
 * any other uses it); then those that need a marketplace to themselves (on a shared marketplace
 * they run one at a time, so their chain starts at once); heaviest first; then the run's order.
 */
function queueOrder<T extends LaneScenario>(scenarios: readonly T[]): T[] {
  const rank = (s: T) => (s.tags.includes(emptySecondMarketplaceTag) ? 0 : needsOwnMarketplace(s.tags) ? 1 : 2);
  const position = new Map(scenarios.map((s, i) => [s, i]));
  return [...scenarios].sort((a, b) => rank(a) - rank(b) || b.weight - a.weight || position.get(a)! - position.get(b)!);
}

export class LaneScheduler<T extends LaneScenario> {
  private readonly queue: T[];
  private readonly running = new Map<number, T>();
  private wakers: (() => void)[] = [];

  /** `seats[i]` is lane i's marketplace. */
  constructor(
    scenarios: readonly T[],
    private readonly seats: readonly number[],
    private readonly canAssign: CanAssign<T>,
  ) {
    this.queue = queueOrder(scenarios);
  }

  /** The lane's next scenario, once one may start; undefined when none is left for it. */
  async next(lane: number): Promise<T | undefined> {
    const seat = this.seats[lane]!;
    for (;;) {
      // The reader client reads the primary marketplace only.
      const forSeat = this.queue.filter((s) => seat === 0 || !s.tags.includes(primaryOnlyTag));
      if (forSeat.length === 0) return undefined;
      const beside = [...this.running].filter(([other]) => this.seats[other] === seat).map(([, s]) => s);
      const anywhere = [...this.running.values()];
      const free = (s: T) => this.canAssign(s, beside) && !anywhere.some((other) => keptApart(s.tags, other.tags));
      // With nothing running anywhere, waiting cannot help: the first one starts (as cucumber's workers do).
      const chosen = forSeat.find(free) ?? (this.running.size === 0 ? forSeat[0] : undefined);
      if (chosen) {
        this.queue.splice(this.queue.indexOf(chosen), 1);
        this.running.set(lane, chosen);
        return chosen;
      }
      await new Promise<void>((resolve) => this.wakers.push(resolve));
    }
  }

  /** The lane's scenario ended: lanes waiting for it look again. */
  finished(lane: number): void {
    this.running.delete(lane);
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }
}

/** Lane i's seat: its own marketplace while the pool lasts, then the primary one, shared. */
export function laneSeats(lanes: number, seats: number): number[] {
  return Array.from({ length: lanes }, (_, i) => (i < seats ? i : 0));
}
