// Results a target may give asynchronously (interface §8 "Timing": "Webhooks and asynchronous
// statuses arrive within the profile's deadlines"): tried again until they are there, or the
// profile's deadline has passed.
import { setTimeout as sleep } from 'node:timers/promises';
import { ExpectationError, type KitWorld } from '../world/index.ts';

/** How long the kit waits between two tries. */
const retryMs = 200;

/**
 * The first result `attempt` gives (undefined: not yet), tried until the profile's webhook deadline;
 * past it, fails with `late()`, which may describe the last try.
 */
export async function eventually<T>(world: KitWorld, attempt: () => Promise<T | undefined>, late: (deadlineMs: number) => string): Promise<T> {
  const { deadlineMs } = world.profile.webhooks;
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() >= deadline) throw new ExpectationError(late(deadlineMs));
    await sleep(retryMs);
  }
}
