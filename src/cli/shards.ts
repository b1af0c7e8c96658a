// `mskit run --shard K/N`: the K-th of N deterministic, balanced shares of the selected scenarios,
// for CI runners that each run one share (docs/parallel.md). Every runner computes the same split
// from the same features and selection, so no coordination is needed: scenarios are weighed by
// their step count and dealt, heaviest first, to the lightest share (ties by name). Scenarios that
// must not run beside one another (@marketplace-wide: they move the marketplace's clock or run its
// bank batches) form one group that stays on one share, where the run keeps them apart.
import { oneAtATimeTag } from '../concurrency/sharedScenarios.ts';
import type { CucumberSession, SuiteRunOptions } from './cucumberSession.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Tags whose scenarios stay together on one shard. */
export const wholeGroupTags = [oneAtATimeTag];

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const found = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = Number(found?.[1]);
  const count = Number(found?.[2]);
  if (!found || count < 1 || index < 1 || index > count) throw new Error(`--shard must be K/N with 1 ≤ K ≤ N, e.g. --shard 2/4 (got "${value}")`);
  return { index, count };
}

export interface PlannedScenario {
  /** `uri:line` of the scenario or of its example row: what cucumber selects one scenario by. */
  key: string;
  steps: number;
  tags: string[];
}

/** The keys of shard `index` (1-based) of `count`, in feature order. */
export function shareOf(scenarios: readonly PlannedScenario[], shard: Shard): string[] {
  const grouped = scenarios.filter((s) => s.tags.some((tag) => wholeGroupTags.includes(tag)));
  const units = [
    ...(grouped.length > 0 ? [{ keys: grouped.map((s) => s.key), weight: grouped.reduce((n, s) => n + s.steps, 0) }] : []),
    ...scenarios.filter((s) => !grouped.includes(s)).map((s) => ({ keys: [s.key], weight: s.steps })),
  ].sort((a, b) => b.weight - a.weight || (a.keys[0]! < b.keys[0]! ? -1 : 1));
  const shares = Array.from({ length: shard.count }, () => ({ keys: [] as string[], weight: 0 }));
  for (const unit of units) {
    // The lightest share so far; the first of equals, so every runner deals alike.
    const lightest = shares.reduce((best, share) => (share.weight < best.weight ? share : best));
    lightest.keys.push(...unit.keys);
    lightest.weight += unit.weight;
  }
  const order = new Map(scenarios.map((s, i) => [s.key, i]));
  return shares[shard.index - 1]!.keys.sort((a, b) => order.get(a)! - order.get(b)!);
}

/** The scenarios a selection would run, from a dry run (no target needed: nothing is executed). */
export async function plannedScenarios(session: CucumberSession, selection: Pick<SuiteRunOptions, 'paths' | 'names' | 'tags'>): Promise<PlannedScenario[]> {
  const { paths, names, tags } = selection;
  const { envelopes } = await session.run({ paths, names, tags, dryRun: true, parallel: 0 });
  return envelopes.flatMap((e) => (e.pickle ? [{ key: `${e.pickle.uri}:${e.pickle.location?.line ?? 0}`, steps: e.pickle.steps.length, tags: e.pickle.tags.map((t) => t.name) }] : []));
}
