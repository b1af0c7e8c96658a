// The cash lists against the names a scenario gave its resources. A list may hold resources of
// other scenarios, and a target may ignore every query filter (interface §8 "Lists"): an assertion
// is about the listed resources it covers, found by the ids the scenario knows.
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { recallCash, resourceId } from './cashResources.ts';
import type { ListedResource } from './listAnswers.ts';

export interface ListScope {
  /** The list as a failure message names it: `the transactions of order "O1"`. */
  what: string;
  /** The field holding a listed resource's MS id. */
  idField: string;
  /** Whether a listed resource is one the assertion is about, by an id the scenario knows. */
  covers: (item: ListedResource) => boolean;
}

/** Of the resources the scope covers (and the named ones), the list holds exactly the named ones, each once. */
export function expectNamedSet(world: KitWorld, scope: ListScope, items: readonly ListedResource[], names: readonly string[]): void {
  const expected = new Map(names.map((name) => [resourceId(recallCash(world, name)), name]));
  const listed = items.map((item) => String(item[scope.idField])).filter((id, index) => expected.has(id) || scope.covers(items[index]!));
  const missing = [...expected].filter(([id]) => !listed.includes(id)).map(([, name]) => `"${name}"`);
  const extra = listed.filter((id) => !expected.has(id));
  const twice = listed.length !== new Set(listed).size;
  if (missing.length > 0 || extra.length > 0 || twice) {
    const problems = [missing.length > 0 ? `misses ${missing.join(', ')}` : undefined, extra.length > 0 ? `also holds ${extra.join(', ')}` : undefined, twice ? 'lists one twice' : undefined];
    throw new ExpectationError(`${scope.what} ${problems.filter(Boolean).join(' and ')} (expected ${names.length > 0 ? names.map((name) => `"${name}"`).join(', ') : 'none'})`);
  }
}
