// Who ran what against which implementation: the kit's version and commit, digests of everything
// the verdict depends on (catalogue, contracts, the profile as merged, deviations, features, steps),
// and whether the run signs off an implementation or only checks the kit against its own sandbox.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../kitPaths.ts';
import { sha256Of } from './fileDigest.ts';

export interface KitProvenance {
  name: string;
  version: string;
  /** The checkout's commit, or `unknown` (an installed package, no git). */
  commit: string;
  /** Whether the checkout had uncommitted changes to tracked files; absent when unknown. */
  modified?: boolean;
}

export interface TreeDigest {
  path: string;
  files: number;
  /** SHA-256 of `sha256sum`'s lines for every file, sorted by path (docs/signoff-report.md). */
  sha256: string;
}

/** The kit's reference targets: a run against them checks the kit, it signs off no implementation. */
export const selfCheckTargets: ReadonlySet<string> = new Set(['sandbox', 'prism']);

export type Subject =
  | { kind: 'kit-self-check'; statement: string }
  | { kind: 'implementation'; implementation: string; statement: string };

export function subjectOf(targetKind: string, implementation: string | undefined): Subject {
  if (selfCheckTargets.has(targetKind)) {
    return {
      kind: 'kit-self-check',
      statement: `a check of the kit itself against its own ${targetKind === 'prism' ? 'Prism mock of the contract' : 'embedded sandbox'}: no implementation was tested, this is not a go-live sign-off`,
    };
  }
  const label = implementation?.trim() || 'unnamed implementation';
  return { kind: 'implementation', implementation: label, statement: `a conformance run of ${label} (${targetKind} target)` };
}

const run = promisify(execFile);

async function git(args: string[]): Promise<string | undefined> {
  try {
    return (await run('git', args, { cwd: repoRoot, timeout: 5000 })).stdout.trim();
  } catch {
    return undefined;
  }
}

export async function kitProvenance(): Promise<KitProvenance> {
  const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  // Only the kit's own repository counts: an installed kit inside someone's project has no commit of its own.
  const top = await git(['rev-parse', '--show-toplevel']);
  const ownRepository = top !== undefined && relative(top, repoRoot).replace(/[\\/]+$/, '') === '';
  const commit = ownRepository ? await git(['rev-parse', 'HEAD']) : undefined;
  if (!commit) return { name: pkg.name, version: pkg.version, commit: 'unknown' };
  const status = await git(['status', '--porcelain', '--untracked-files=no']);
  return { name: pkg.name, version: pkg.version, commit, ...(status !== undefined ? { modified: status !== '' } : {}) };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A folder's digest, reproducible with `find . -type f | cut -c3- | LC_ALL=C sort | xargs sha256sum | sha256sum`. */
export async function treeDigest(dir: string, shownAs: string): Promise<TreeDigest> {
  let files: string[];
  try {
    files = await filesUnder(dir);
  } catch {
    return { path: shownAs, files: 0, sha256: sha256Of('') };
  }
  const lines = await Promise.all(files.map(async (file) => `${sha256Of(await readFile(join(dir, file)))}  ${file}\n`));
  return { path: shownAs, files: files.length, sha256: sha256Of(lines.join('')) };
}

/** JSON with sorted keys: the same merged profile always gives the same digest. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item,
  );
}
