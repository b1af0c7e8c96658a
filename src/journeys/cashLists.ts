// The lists of the cash API ({ items: [...] }) against the names a scenario gave its resources.
import { ExpectationError, type KitWorld } from '../world/index.ts';
import { recallCash, resourceId } from './cashResources.ts';

/** The list holds exactly the named resources, in any order (by their MS id in `idField`). */
export function expectNamedSet(world: KitWorld, what: string, items: readonly Record<string, unknown>[], idField: string, names: readonly string[]): void {
  const expected = new Map(names.map((name) => [resourceId(recallCash(world, name)), name]));
  const listed = items.map((item) => String(item[idField]));
  const missing = [...expected].filter(([id]) => !listed.includes(id)).map(([, name]) => `"${name}"`);
  const extra = listed.filter((id) => !expected.has(id));
  if (missing.length > 0 || extra.length > 0 || listed.length !== expected.size) {
    const problems = [missing.length > 0 ? `misses ${missing.join(', ')}` : undefined, extra.length > 0 ? `also holds ${extra.join(', ')}` : undefined, listed.length !== new Set(listed).size ? 'lists one twice' : undefined];
    throw new ExpectationError(`${what} ${problems.filter(Boolean).join(' and ')} (expected ${names.length > 0 ? names.map((name) => `"${name}"`).join(', ') : 'none'})`);
  }
}
