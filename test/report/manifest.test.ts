import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEnvelopes } from '../../src/report/cucumberMessages.ts';
import { verifyManifest } from '../../src/report/manifest.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';
import { buildSignoff } from '../../src/report/signoff.ts';
import { inputDigests, writeSignoffPackage } from '../../src/report/signoffPackage.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function writePackage(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mskit-report-'));
  await writeFile(join(dir, 'messages.ndjson'), await readFile(fixture('messages.ndjson')));
  const report = buildSignoff({
    runId: 'run-manifest-test',
    generatedAt: new Date().toISOString(),
    kit: { name: 'ms-conformance-kit', version: '0.1.0' },
    target: { kind: 'sandbox', description: 'embedded sandbox', capabilities: { simulation: true } },
    envelopes: await readEnvelopes(join(dir, 'messages.ndjson')),
    catalogue: await loadRuleCatalogue(fixture('rules.yaml')),
    deviations: [],
    digests: await inputDigests({ catalogue: fixture('rules.yaml') }),
  });
  const manifest = await writeSignoffPackage(dir, report);
  assert.deepEqual(
    manifest.files.map((f) => f.path),
    ['messages.ndjson', 'signoff.html', 'signoff.json'],
  );
  return dir;
}

test('a fresh package verifies; one changed byte is named', async (t) => {
  const dir = await writePackage();
  t.after(() => rm(dir, { recursive: true, force: true }));
  assert.deepEqual(await verifyManifest(dir), { runId: 'run-manifest-test', ok: true, changed: [], missing: [], added: [] });

  const html = await readFile(join(dir, 'signoff.html'));
  html[html.indexOf('NO-GO')] = 'X'.charCodeAt(0);
  await writeFile(join(dir, 'signoff.html'), html);
  const check = await verifyManifest(dir);
  assert.equal(check.ok, false);
  assert.deepEqual(check.changed, ['signoff.html']);
});

test('missing and added files are named', async (t) => {
  const dir = await writePackage();
  t.after(() => rm(dir, { recursive: true, force: true }));
  await unlink(join(dir, 'messages.ndjson'));
  await writeFile(join(dir, 'extra.txt'), 'slipped in');
  const check = await verifyManifest(dir);
  assert.equal(check.ok, false);
  assert.deepEqual([check.missing, check.added, check.changed], [['messages.ndjson'], ['extra.txt'], []]);
});

test('a signoff.json from another run is caught even with a rewritten hash', async (t) => {
  const dir = await writePackage();
  t.after(() => rm(dir, { recursive: true, force: true }));
  const manifestPath = join(dir, 'manifest.json');
  const signoff = JSON.parse(await readFile(join(dir, 'signoff.json'), 'utf8'));
  signoff.runId = 'run-someone-else';
  const text = `${JSON.stringify(signoff, null, 2)}\n`;
  await writeFile(join(dir, 'signoff.json'), text);
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const { createHash } = await import('node:crypto');
  manifest.files.find((f: { path: string }) => f.path === 'signoff.json').sha256 = createHash('sha256').update(text).digest('hex');
  await writeFile(manifestPath, JSON.stringify(manifest));
  const check = await verifyManifest(dir);
  assert.equal(check.ok, false);
  assert.match(check.runMismatch ?? '', /run-someone-else/);
});

test('a folder without a manifest is one clear line', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'mskit-empty-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await assert.rejects(verifyManifest(dir), /no manifest\.json in .*: is this a report folder written by mskit run\?/);
});
