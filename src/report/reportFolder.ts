// The reports folder holds one package and nothing else: a run writes only into an empty folder or
// one holding what an earlier run of the kit wrote (replaced as a whole), so that a stale or foreign
// file is never sealed into a new package. `--clean` empties a folder holding anything else.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { repoRoot } from '../kitPaths.ts';

/** Every file a package may hold (the approval files are added beside it by `mskit approve`). */
export const packageFiles = {
  cucumberHtml: 'cucumber.html',
  junit: 'junit.xml',
  messages: 'messages.ndjson',
  signoffJson: 'signoff.json',
  signoffHtml: 'signoff.html',
  summary: 'summary.json',
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  approval: 'approval.json',
  approvalSignature: 'approval.sig',
} as const;

/** Kept in place: the repository's placeholder for its default reports folder. */
const placeholders = new Set(['.gitkeep']);
const kitOwned = new Set<string>([...Object.values(packageFiles), ...placeholders]);

/** Whether emptying `dir` would wipe the current folder, the home folder or the kit itself. */
function containsWorkingPlace(dir: string): boolean {
  return [process.cwd(), homedir(), repoRoot].some((place) => !relative(resolve(dir), place).startsWith('..'));
}

/** Makes `dir` ready for a new package: created if absent, the previous package removed. */
export async function prepareReportsFolder(dir: string, options: { clean?: boolean; shownAs?: string } = {}): Promise<void> {
  if (options.clean && containsWorkingPlace(dir)) {
    throw new Error(`--clean refuses to empty ${options.shownAs ?? dir}: it is the current folder, the home folder, the kit's own folder or one holding them; give a folder of its own with --reports`);
  }
  await mkdir(dir, { recursive: true });
  const entries = await readdir(dir, { withFileTypes: true });
  const foreign = entries.filter((e) => !(e.isFile() && kitOwned.has(e.name)));
  if (foreign.length > 0 && !options.clean) {
    const named = foreign.slice(0, 3).map((e) => e.name + (e.isDirectory() ? '/' : '')).join(', ');
    throw new Error(
      `${options.shownAs ?? dir} holds files the kit did not write (${named}${foreign.length > 3 ? `, … ${foreign.length - 3} more` : ''}): choose an empty folder with --reports, or add --clean to empty it`,
    );
  }
  await Promise.all(entries.filter((e) => !placeholders.has(e.name)).map((e) => rm(join(dir, e.name), { recursive: true, force: true })));
}
