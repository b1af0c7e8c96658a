// The expectation profile that declares a set of dialects: their partial profiles merged into one,
// mappings key by key, as loadProfile merges a profile over the default. A run against a sandbox
// with several dialects on passes this one file as its profile.
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { repoRoot } from '../../src/kitPaths.ts';
import { chooseDialects, dialects } from './dialects.ts';

type Mapping = Record<string, unknown>;

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Two dialects may declare the same key only alike: a profile cannot hold two answers to one question. */
function mergeInto(target: Mapping, source: Mapping, owner: string, owners: Map<string, string>, path: string): void {
  for (const [key, value] of Object.entries(source)) {
    const at = path ? `${path}.${key}` : key;
    const current = target[key];
    if (isMapping(current) && isMapping(value)) {
      mergeInto(current, value, owner, owners, at);
    } else if (current !== undefined && !isDeepStrictEqual(current, value)) {
      throw new Error(`dialects ${owners.get(at)} and ${owner} declare the profile key ${at} differently`);
    } else {
      target[key] = isMapping(value) ? structuredClone(value) : value;
      owners.set(at, owner);
    }
  }
}

/** The partial profile declaring the named dialects (`all`: every one); `{}` when none needs declaring. */
export function dialectProfile(names: readonly string[]): Mapping {
  const chosen = new Set<string>(chooseDialects(names).names);
  const merged: Mapping = {};
  const owners = new Map<string, string>();
  for (const dialect of dialects) {
    if (!chosen.has(dialect.name) || !('profile' in dialect)) continue;
    const partial = parse(readFileSync(join(repoRoot, dialect.profile), 'utf8')) as Mapping;
    mergeInto(merged, partial, dialect.name, owners, '');
  }
  return merged;
}

/** dialectProfile(names) written to a new file under the system's temporary directory: its path. */
export async function writeDialectProfile(names: readonly string[]): Promise<string> {
  const profile = dialectProfile(names);
  const file = join(await mkdtemp(join(tmpdir(), 'mskit-dialects-')), 'profile.yaml');
  const header = `# The partial profile declaring the sandbox dialects ${chooseDialects(names).names.join(', ') || '(none)'}.\n`;
  await writeFile(file, header + (Object.keys(profile).length > 0 ? stringify(profile) : '{}\n'));
  return file;
}
