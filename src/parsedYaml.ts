// YAML the kit reads in every process: the MS contract (~200 KB) takes about 0.8 s to parse cold and
// the rule catalogue 0.3 s, and each worker of a concurrent run parsed them again. A JSON copy of
// each parsed text, named by the text's hash, parses in milliseconds; a text that changed has
// another hash, so a stale copy is never read. Where the cache cannot be written, YAML is parsed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cacheDir } from './kitPaths.ts';

const yamlCacheDir = join(cacheDir, 'yaml');

/** Texts below this size parse faster than their copy is read. */
const worthCaching = 16_384;

/** What `parse` from the yaml package returns for `text` (invalid YAML throws its error). */
export function parseYaml(text: string): unknown {
  if (text.length < worthCaching) return parse(text);
  const file = join(yamlCacheDir, `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // not cached yet (or unreadable): parse, then keep a copy for the next process
  }
  const value: unknown = parse(text);
  try {
    mkdirSync(yamlCacheDir, { recursive: true });
    // Written aside and renamed: concurrent workers never read half a file.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(value));
    renameSync(partial, file);
  } catch {
    // a read-only installation: every process parses the YAML itself
  }
  return value;
}
