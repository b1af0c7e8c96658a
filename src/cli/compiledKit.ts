// Which file to load when the kit runs precompiled (bin/mskit.js, src/cli/kitBuild.ts): a module
// named by path at run time (a support file, a formatter, an optional command) must be its compiled
// twin, which shares the compiled modules, not the TypeScript source beside it.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../kitPaths.ts';

/** Set by the launcher to the compiled kit's folder before it imports the compiled command line. */
const compiledKitMarker = Symbol.for('mskit.compiledKit');

function compiledKitDir(): string | undefined {
  const dir = (globalThis as Record<symbol, unknown>)[compiledKitMarker];
  return typeof dir === 'string' ? dir : undefined;
}

/** The compiled twin of a TypeScript source of the kit, or the source itself when the kit runs from its sources. */
export function compiledTwin(sourcePath: string): string {
  const dir = compiledKitDir();
  const inKit = relative(repoRoot, sourcePath);
  if (!dir || !sourcePath.endsWith('.ts') || inKit.startsWith('..')) return sourcePath;
  const twin = join(dir, inKit.replace(/\.ts$/, '.mjs'));
  return existsSync(twin) ? twin : sourcePath;
}

/** What the compiled kit records of the configuration's support files (written by src/cli/kitBuild.ts). */
export interface CompiledSupport {
  /** The import globs of the configuration the kit was built from. */
  patterns: string[];
  /** The files they name, relative to the kit's root, in cucumber's import order. */
  files: string[];
}

export const compiledSupportFile = 'support.json';

/**
 * The support files cucumber imports for these import globs: their compiled twins when the kit runs
 * compiled from the same configuration, else the globs unchanged (cucumber expands them).
 */
export function supportImports(patterns: string[]): string[] {
  const dir = compiledKitDir();
  if (!dir) return patterns;
  const support = JSON.parse(readFileSync(join(dir, compiledSupportFile), 'utf8')) as CompiledSupport;
  if (JSON.stringify(support.patterns) !== JSON.stringify(patterns)) return patterns;
  return support.files.map((file) => compiledTwin(join(repoRoot, file)));
}
