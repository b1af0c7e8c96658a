import { DomainProblem } from './problem.ts';

/**
 * A marketplace's own time: due dates, scheduled transfers and payouts move only when the
 * simulation API advances it, so nothing in the sandbox ever waits on the wall clock.
 */
export interface VirtualClock {
  now(): Date;
  advanceTo(to: Date): void;
}

export function startVirtualClock(start: Date = new Date()): VirtualClock {
  let current = Math.floor(start.getTime() / 1000) * 1000;
  return {
    now: () => new Date(current),
    advanceTo(to) {
      const target = to.getTime();
      if (Number.isNaN(target)) throw new DomainProblem(422, 'VALIDATION_FAILED', 'the clock target is not a date', [{ field: 'to', message: 'must be an ISO 8601 date-time' }]);
      if (target < current) {
        const now = new Date(current).toISOString();
        throw new DomainProblem(409, 'CLOCK_CANNOT_GO_BACK', `"to" (${to.toISOString()}) is before the current time (${now}): the clock never goes back`, [
          { field: 'to', message: `must not be before ${now}` },
        ]);
      }
      current = target;
    },
  };
}

/** A date (YYYY-MM-DD) starts at 00:00:00 UTC. */
export function instantOf(when: string): number {
  return when.length === 10 ? Date.parse(`${when}T00:00:00Z`) : Date.parse(when);
}

/** A date or date-time is reached once the clock is at or past its start. */
export function isReached(clock: VirtualClock, when: string): boolean {
  return instantOf(when) <= clock.now().getTime();
}
