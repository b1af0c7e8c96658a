import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contractsDir, repoRoot } from '../../src/kitPaths.ts';

// Each rule's implementation carries its rule id in a comment, so a reader finds it: those ids must
// be the catalogue's, and every go-live rule must be found somewhere in the sandbox.

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))));
  return nested.flat();
}

test('every rule id cited in the sandbox is in the catalogue, and every go-live rule is cited', async () => {
  const catalogue = parse(await readFile(join(contractsDir, 'rules.yaml'), 'utf8')) as { rules: Array<{ id: string; goLive: boolean }> };
  const ids = new Set(catalogue.rules.map((rule) => rule.id));
  const prefixes = new Set(catalogue.rules.map((rule) => rule.id.split('-')[0]));
  const cited = new Map<string, string>();
  let everything = '';
  for (const file of await sources(join(repoRoot, 'mocks/sandbox'))) {
    // The fault list names every rule: it must not count as the rules' implementation.
    if (file.endsWith('faults.ts')) continue;
    const text = await readFile(file, 'utf8');
    everything += text;
    for (const comment of text.match(/\/\/.*|\/\*[\s\S]*?\*\//g) ?? []) {
      for (const id of comment.match(/\b[A-Z]{2,5}(?:-[A-Z0-9]+)+\b/g) ?? []) if (prefixes.has(id.split('-')[0]!)) cited.set(id, file);
    }
  }
  assert.ok(cited.size > 50, `only ${cited.size} rule ids cited`);
  assert.deepEqual([...cited].filter(([id]) => !ids.has(id)).map(([id, file]) => `${id} in ${file}`), []);
  assert.deepEqual(catalogue.rules.filter((rule) => rule.goLive && !new RegExp(`\\b${rule.id}\\b`).test(everything)).map((rule) => rule.id), []);
});
