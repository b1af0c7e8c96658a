// `mskit run --shard K/N`: the K-th of N deterministic, balanced shares of the selected scenarios,
// for CI runners that each run one share (docs/parallel.md). Every runner computes the same split
// from the same features and selection, so no coordination is needed: scenarios are weighed by
// their step count and dealt, heaviest first, to the lightest share (ties by name). Scenarios that
// must not run beside one another (@marketplace-wide: they move the marketplace's clock or run its
// bank batches) form one group that stays on one share, where the run keeps them apart.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadSources } from '@cucumber/cucumber/api';
import { generateMessages } from '@cucumber/gherkin';
import { IdGenerator, SourceMediaType } from '@cucumber/messages';
import { oneAtATimeTag } from '../concurrency/sharedScenarios.ts';
import { combineTags, type CucumberSession, type SuiteRunOptions } from './cucumberSession.ts';

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

/**
 * The scenarios a selection would run, in cucumber's order: cucumber selects them (paths and lines,
 * names, tags) without matching a step; their tags and steps are read from the same feature files.
 */
export async function plannedScenarios(session: CucumberSession, selection: Pick<SuiteRunOptions, 'paths' | 'names' | 'tags'>): Promise<PlannedScenario[]> {
  const { sources } = session.configuration;
  const { plan } = await loadSources(
    { ...sources, ...(selection.paths ? { paths: selection.paths } : {}), ...(selection.names ? { names: selection.names } : {}), tagExpression: combineTags(sources.tagExpression, selection.tags) },
    { cwd: session.cwd },
  );
  const pickles = await picklesOf(session.cwd, [...new Set(plan.map((planned) => planned.uri))], sources.defaultDialect);
  return plan.map(({ uri, location }) => {
    const key = `${uri}:${location.line}`;
    const pickle = pickles.get(key);
    if (!pickle) throw new Error(`${key} is planned by cucumber but not found in the feature file: the file changed during the run`);
    return { key, ...pickle };
  });
}

/** Step count and tags of every pickle of the feature files, by `uri:line`. */
async function picklesOf(cwd: string, uris: string[], defaultDialect: string): Promise<Map<string, Omit<PlannedScenario, 'key'>>> {
  const pickles = new Map<string, Omit<PlannedScenario, 'key'>>();
  for (const uri of uris) {
    const data = await readFile(resolve(cwd, uri), 'utf8');
    const envelopes = generateMessages(data, uri, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN, { newId: IdGenerator.incrementing(), includePickles: true, defaultDialect });
    for (const { pickle } of envelopes) if (pickle) pickles.set(`${uri}:${pickle.location?.line ?? 0}`, { steps: pickle.steps.length, tags: pickle.tags.map((tag) => tag.name) });
  }
  return pickles;
}
