// The `mskit` launcher (bin/mskit.js) runs the kit compiled once to JavaScript (src/cli/kitBuild.ts):
// the compiled kit runs the suite as the sources do, names the TypeScript in step locations, and is
// built again only when what it was built from changes. The compiled kit lives in the kit's own
// cache (where its packages resolve): these tests share it with any other run, and only ever make it
// build again, which a concurrent run survives.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Envelope } from '@cucumber/messages';
import { cacheDir, repoRoot } from '../../src/kitPaths.ts';

const run = promisify(execFile);
const scratch = await mkdtemp(join(tmpdir(), 'mskit-compiled-'));
after(() => rm(scratch, { recursive: true, force: true }));
const kitsDir = join(cacheDir, 'kit');

/** `node bin/mskit.js …` as a user runs it: without the TypeScript loader of this test process. */
function mskit(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MSKIT_') && key !== 'NODE_OPTIONS'));
  return run(process.execPath, [join(repoRoot, 'bin/mskit.js'), ...args], { cwd: repoRoot, env: { ...clean, ...env }, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ status: error.code ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
}

const manifest = async () => JSON.parse(await readFile(join(kitsDir, 'current.json'), 'utf8')) as { dir: string; key: string; inputs: string[] };

test('the compiled kit runs the suite, and its step locations name the TypeScript lines', async () => {
  const reports = join(scratch, 'reports');
  const result = await mskit(['run', '--tags', '@smoke', '--reports', reports]);
  // A few scenarios leave most go-live rules not verified: NO-GO, exit 1.
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout.trimEnd().split('\n').at(-1) ?? '', /^[1-9]\d* passed, 0 failed, 0 skipped$/);
  const { inputs, dir } = await manifest();
  assert.ok(inputs.includes('src/cli/mskit.ts') && inputs.includes('steps/support/hooks.ts'), 'the fingerprint covers the command line and the steps');
  assert.ok((await readdir(kitsDir)).includes(dir), 'the kit ran compiled');

  const envelopes = (await readFile(join(reports, 'messages.ndjson'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Envelope);
  const definitions = envelopes.flatMap((e) => (e.stepDefinition ? [e.stepDefinition] : []));
  assert.ok(definitions.length > 100);
  for (const definition of definitions.filter((_, index) => index % 20 === 0)) {
    const { uri, location } = definition.sourceReference;
    assert.match(uri ?? '', /^steps\/.+\.ts$/);
    const line = (await readFile(join(repoRoot, uri!), 'utf8')).split('\n')[location!.line - 1] ?? '';
    const words = definition.pattern.source.replace(/\{[^}]*\}|[()^$\\]/g, ' ').trim().split(/\s+/)[0] ?? '';
    assert.ok(line.includes(words), `${uri}:${location!.line} defines "${definition.pattern.source}" (the line reads: ${line.trim()})`);
  }
});

test('the compiled kit is built once, and again when the sources it was built from no longer match', async () => {
  assert.match((await mskit(['--version'])).stdout, /^ms-conformance-kit /);
  const first = await manifest();
  const builtAt = (await stat(join(kitsDir, 'current.json'))).mtimeMs;
  assert.match((await mskit(['--version'])).stdout, /^ms-conformance-kit /);
  assert.equal((await stat(join(kitsDir, 'current.json'))).mtimeMs, builtAt, 'an unchanged checkout is not built again');

  // As if a source had changed since: the recorded fingerprint no longer matches the files.
  await writeFile(join(kitsDir, 'current.json'), JSON.stringify({ ...first, key: 'stale' }));
  assert.match((await mskit(['--version'])).stdout, /^ms-conformance-kit /);
  assert.equal((await manifest()).key, first.key, 'built again, with the fingerprint of the files as they are');
});

test('MSKIT_FROM_SOURCES=1 runs the TypeScript sources as they are', async () => {
  const result = await mskit(['run', '--tags', '@smoke', '--reports', join(scratch, 'from-sources')], { MSKIT_FROM_SOURCES: '1' });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout.trimEnd().split('\n').at(-1) ?? '', /^[1-9]\d* passed, 0 failed, 0 skipped$/);
});
