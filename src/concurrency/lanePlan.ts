// Which scenarios each concurrent lane runs, and on which marketplace ("seat": 0 is the primary
// marketplace, N the pool's N-th, docs/parallel.md). A lane runs its scenarios one after the other,
// so a lane alone on its marketplace may run any of them. Lanes that share the primary marketplace
// must not run the scenarios that need a marketplace to themselves: those go to lanes with a seat of
// their own; without a pool, they keep the shared rules (one @marketplace-wide lane, the
// @marketplace-account scenarios after every lane). Scenarios are weighed by their step count and
// dealt, heaviest first, to the lightest lane that may run them (ties by order), so every plan is
// the same for the same features.
import type { PlannedScenario } from '../cli/shards.ts';
import { shareOf } from '../cli/shards.ts';
import { needsOwnMarketplace, primaryOnlyTag, runsAlone } from './sharedScenarios.ts';

export interface Lane {
  seat: number;
  keys: string[];
}

export interface LanePlan {
  /** Lanes that run at the same time. */
  together: Lane[];
  /** Run after them, with nothing beside (on the primary marketplace). */
  alone: string[];
}

/** The plan for `count` lanes given `seats` marketplaces (the primary and the pool). */
export function planLanes(planned: readonly PlannedScenario[], count: number, seats: number): LanePlan {
  const ownSeats = Math.min(count, seats);
  if (ownSeats < 2) return sharedPlan(planned, count);
  const lanes = Array.from({ length: count }, (_, i) => ({ seat: i < ownSeats ? i : 0, keys: [] as string[], weight: 0 }));
  // Lanes beside which nothing else uses the marketplace.
  const shared = count > ownSeats;
  const mayRun = (lane: (typeof lanes)[number], tags: readonly string[]) =>
    tags.includes(primaryOnlyTag) ? lane.seat === 0 && !(needsOwnMarketplace(tags) && shared) : !(shared && lane.seat === 0 && needsOwnMarketplace(tags));
  const order = new Map(planned.map((s, i) => [s.key, i]));
  const byWeight = [...planned].sort((a, b) => Number(needsOwnMarketplace(b.tags)) - Number(needsOwnMarketplace(a.tags)) || b.steps - a.steps || order.get(a.key)! - order.get(b.key)!);
  const alone: string[] = [];
  for (const scenario of byWeight) {
    const candidates = lanes.filter((lane) => mayRun(lane, scenario.tags));
    if (candidates.length === 0) {
      alone.push(scenario.key);
      continue;
    }
    const lightest = candidates.reduce((best, lane) => (lane.weight < best.weight ? lane : best));
    lightest.keys.push(scenario.key);
    lightest.weight += scenario.steps;
  }
  const inOrder = (keys: string[]) => keys.sort((a, b) => order.get(a)! - order.get(b)!);
  return { together: lanes.filter((lane) => lane.keys.length > 0).map(({ seat, keys }) => ({ seat, keys: inOrder(keys) })), alone: inOrder(alone) };
}

/** One marketplace for every lane: @marketplace-wide scenarios share one lane, @marketplace-account ones run after. */
function sharedPlan(planned: readonly PlannedScenario[], count: number): LanePlan {
  const together = planned.filter((scenario) => !runsAlone(scenario.tags));
  return {
    together: Array.from({ length: count }, (_, i) => ({ seat: 0, keys: shareOf(together, { index: i + 1, count }) })).filter((lane) => lane.keys.length > 0),
    alone: planned.filter((scenario) => runsAlone(scenario.tags)).map((scenario) => scenario.key),
  };
}
