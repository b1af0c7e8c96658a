// Which scenarios `mskit run` runs, as cucumber users select them: feature files or folders (with
// `:line`), `--name` patterns, `--tags`, and `--rerun` (the failures of the last run, which cucumber's
// rerun formatter wrote). Mistakes are one line in the kit's words, before anything starts.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import parseTagExpression from '@cucumber/tag-expressions';
import { repoRoot } from '../kitPaths.ts';

export interface SelectionOptions {
  /** Feature files or folders, relative to the working directory (or to the kit's own folder). */
  features?: string[];
  name?: string[];
  tags?: string;
  rerun?: boolean;
}

export interface ScenarioSelection {
  /** Relative to the kit's folder, cucumber's working directory; absent: every feature. */
  paths?: string[];
  names?: string[];
  /** Where cucumber's rerun formatter writes this run's failures: absolute path → formatter. */
  files: Record<string, string>;
}

/**
 * The failures of the last run, kept in the working directory like pytest's `--last-failed` cache:
 * not in the reports folder, whose package is sealed and replaced as a whole. Named with an @, as
 * cucumber-js reads such a file given as an argument (`npx cucumber-js .mskit/@rerun.txt`).
 */
export const rerunFile = (cwd = process.cwd()) => join(cwd, '.mskit', '@rerun.txt');

export function checkTagExpression(expression: string | undefined): void {
  if (expression === undefined) return;
  try {
    parseTagExpression(expression);
  } catch (error) {
    const reason = /syntax error: (.*?)\.?$/.exec((error as Error).message)?.[1]?.toLowerCase() ?? 'it cannot be read';
    throw new Error(`--tags "${expression}" is not a tag expression (${reason}): combine tags with and, or, not and parentheses, e.g. "@kyc and not @needs-webhooks"`);
  }
}

function checkNamePatterns(patterns: string[]): void {
  for (const pattern of patterns) {
    try {
      new RegExp(pattern);
    } catch (error) {
      throw new Error(`--name "${pattern}" is not a regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`);
    }
  }
}

/** A feature path as cucumber (working in the kit's folder) reads it; `features/…` also names the kit's own. */
function featurePath(given: string, cwd: string): string {
  const [, file = given, lines = ''] = /^(.*?)((?::\d+)*)$/.exec(given) ?? [];
  const candidates = [resolve(cwd, file), ...(isAbsolute(file) ? [] : [resolve(repoRoot, file)])];
  const found = candidates.find((candidate) => existsSync(candidate));
  const kitToo = !isAbsolute(file) && resolve(cwd) !== resolve(repoRoot);
  if (!found) throw new Error(`no feature file or folder "${file}" (looked in ${cwd}${kitToo ? ` and in the kit's folder ${repoRoot}` : ''})`);
  const inKit = relative(repoRoot, found);
  return `${inKit.startsWith('..') || isAbsolute(inKit) ? found : inKit || '.'}${lines}`;
}

async function lastFailures(cwd: string): Promise<string[]> {
  const file = rerunFile(cwd);
  const text = existsSync(file) ? await readFile(file, 'utf8') : undefined;
  if (text === undefined) throw new Error(`--rerun: no earlier run recorded its failures here (${relative(cwd, file)} is missing); run mskit run first`);
  const paths = text.split(/\s+/).filter(Boolean);
  if (paths.length === 0) throw new Error('--rerun: the last run had no failing scenario; nothing to run again');
  return paths;
}

export async function scenarioSelection(options: SelectionOptions, cwd = process.cwd()): Promise<ScenarioSelection> {
  checkTagExpression(options.tags);
  const names = options.name ?? [];
  checkNamePatterns(names);
  if (options.rerun && options.features?.length) throw new Error('--rerun runs the failures of the last run: give either feature paths or --rerun, not both');
  const paths = options.rerun ? await lastFailures(cwd) : options.features?.length ? options.features.map((path) => featurePath(path, cwd)) : undefined;
  await mkdir(join(cwd, '.mskit'), { recursive: true });
  return { ...(paths ? { paths } : {}), ...(names.length ? { names } : {}), files: { [rerunFile(cwd)]: 'rerun' } };
}
