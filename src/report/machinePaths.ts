// No report may reveal where the kit ran: stack traces and file URLs name the checkout, the current
// folder or the home folder. They are rewritten relative to the kit (`steps/x.ts:12`) or to `~`.
import { homedir } from 'node:os';
import { repoRoot } from '../kitPaths.ts';

interface Place {
  root: string;
  shownAs: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function placesOf(roots: Place[]): Place[] {
  return roots
    .map((p) => ({ ...p, root: p.root.replace(/\/+$/, '') }))
    // A root of `/` (or empty) would strip every slash: such a machine has nothing to hide there.
    .filter((p) => p.root.split('/').filter(Boolean).length > 0)
    .sort((a, b) => b.root.length - a.root.length);
}

/** Rewrites a text with the machine's folders made relative. */
export function machinePathText(roots: Place[] = defaultPlaces()): (text: string) => string {
  const places = placesOf(roots);
  if (places.length === 0) return (text) => text;
  const pattern = new RegExp(`(?:file://)?(${places.map((p) => escape(p.root)).join('|')})(/|(?![\\w.-]))`, 'g');
  const shown = new Map(places.map((p) => [p.root, p.shownAs]));
  return (text) =>
    text.replace(pattern, (_match, root: string, slash: string) => {
      const as = shown.get(root) ?? '';
      return as === '' ? (slash ? '' : '.') : `${as}${slash}`;
    });
}

/** Rewrites every string of `value` (any JSON) with the machine's folders made relative. */
export function machinePathStripper(roots: Place[] = defaultPlaces()): <T>(value: T) => T {
  const strip = machinePathText(roots);
  return <T>(value: T): T => JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? strip(item) : item))) as T;
}

/** The kit's checkout and the current folder become relative; the home folder becomes `~`. */
export function defaultPlaces(): Place[] {
  return [
    { root: repoRoot, shownAs: '' },
    { root: process.cwd(), shownAs: '' },
    { root: homedir(), shownAs: '~' },
  ];
}
