import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { openCucumberSession } from '../../src/cli/cucumberSession.ts';
import { runAndReport, type RunPlan } from '../../src/cli/runAndReport.ts';
import { verifyManifest } from '../../src/report/manifest.ts';
import { newKeyPair } from '../../src/report/packageSeal.ts';
import { loadSigningKey } from '../../src/report/packageSeal.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';
import { startCalculator } from './fixtures/calculator/calculatorTarget.ts';

const fixtureDir = fileURLToPath(new URL('./fixtures/calculator/', import.meta.url));
const session = await openCucumberSession({ cwd: fixtureDir, configFile: false, provided: { paths: ['features/**/*.feature'], import: ['steps/**/*.ts'] } });
const catalogue = await loadRuleCatalogue(join(fixtureDir, 'rules.yaml'));

async function runWith(faults: string[], plan: Partial<RunPlan> = {}, reportsDir?: string) {
  const dir = reportsDir ?? (await mkdtemp(join(tmpdir(), 'mskit-run-')));
  const target = await startCalculator(faults);
  const out = new PassThrough();
  let printed = '';
  out.on('data', (chunk) => (printed += chunk));
  try {
    const outcome = await runAndReport({
      session,
      target: { kind: 'url', description: 'calculator fixture', capabilities: { simulation: true }, workerEnv: target.workerEnv },
      implementation: 'calculator 1.0.0',
      catalogue,
      cataloguePath: join(fixtureDir, 'rules.yaml'),
      tags: 'not @worker-sensitive',
      reportsDir: dir,
      reportsShown: 'reports',
      runName: 'fixture run',
      knownSecrets: [],
      progressFormat: 'summary',
      out,
      ...plan,
    });
    return { ...outcome, printed, reportsDir: dir };
  } finally {
    await target.stop();
  }
}

test('a clean run writes the whole package, says GO and exits 0', async (t) => {
  const run = await runWith([]);
  t.after(() => rm(run.reportsDir, { recursive: true, force: true }));
  assert.equal(run.exitCode, 0);
  assert.deepEqual((await readdir(run.reportsDir)).sort(), ['cucumber.html', 'junit.xml', 'manifest.json', 'messages.ndjson', 'signoff.html', 'signoff.json', 'summary.json']);
  assert.equal(run.report.verdict.decision, 'GO');
  assert.equal(run.report.runName, 'fixture run');
  assert.deepEqual(run.report.subject, { kind: 'implementation', implementation: 'calculator 1.0.0', statement: 'a conformance run of calculator 1.0.0 (url target)' });
  assert.equal(run.printed.trimEnd().split('\n').at(-1), '5 passed, 0 failed, 0 skipped');
  assert.match(run.printed, /NOT SEALED \(no signing key\)/);
  const check = await verifyManifest(run.reportsDir);
  assert.equal(check.ok, true);
  assert.equal(check.seal, 'unsigned');
  assert.match(await readFile(join(run.reportsDir, 'junit.xml'), 'utf8'), /<testsuite/);
  assert.equal(run.report.inputs.catalogue.path, 'test/cli/fixtures/calculator/rules.yaml');
  const summary = JSON.parse(await readFile(join(run.reportsDir, 'summary.json'), 'utf8'));
  assert.equal(summary.verdict, 'GO');
  assert.deepEqual(summary.blocking, {});
});

test('a failing run names the scenario, its rule and reason, says NO-GO and exits 1', async (t) => {
  const run = await runWith(['add-off-by-one']);
  t.after(() => rm(run.reportsDir, { recursive: true, force: true }));
  assert.equal(run.exitCode, 1);
  assert.match(run.printed, /✗ features\/calculator\.feature:4 adding two numbers \[FIX-ADD\]: Expected values to be strictly equal: 6 !== 5$/m);
  assert.match(run.printed, /Verdict: NO-GO — 1 go-live rule\(s\) block: FIX-ADD \(failed\)/);
  assert.match(run.printed, /^arithmetic\s+2\s+1\s+0\s+0\s+0$/m);
  assert.equal(run.printed.trimEnd().split('\n').at(-1), '4 passed, 1 failed, 0 skipped');
  const signoff = JSON.parse(await readFile(join(run.reportsDir, 'signoff.json'), 'utf8'));
  assert.equal(signoff.failures[0].step, 'Then the answer is 5');
  for (const file of await readdir(run.reportsDir)) {
    const text = await readFile(join(run.reportsDir, file), 'utf8');
    assert.ok(!text.includes(fixtureDir) && !text.includes(process.cwd() + '/'), `${file} names no folder of this machine`);
  }
});

test('a NO-GO with nothing failed (go-live rules not verified) exits 1', async (t) => {
  const run = await runWith([], { tags: '@FIX-ADD and not @worker-sensitive' });
  t.after(() => rm(run.reportsDir, { recursive: true, force: true }));
  assert.equal(run.report.counts.scenarios.failed, 0);
  assert.equal(run.report.verdict.decision, 'NO-GO');
  assert.equal(run.exitCode, 1);
});

test('a selection that matches no scenario is refused and writes nothing', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'mskit-run-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await assert.rejects(runWith([], { tags: '@NO-SUCH-RULE' }, dir), /^Error: the selection matches no scenario \(tags: @NO-SUCH-RULE\): nothing ran and no report was written$/);
  assert.deepEqual(await readdir(dir), []);
});

test('a folder holding other files is refused before the run; --clean empties it; a sealed run verifies', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'mskit-run-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(join(dir, 'notes.txt'), 'not the kit\'s');
  await assert.rejects(runWith([], {}, dir), /reports holds files the kit did not write \(notes\.txt\): choose an empty folder with --reports, or add --clean to empty it/);

  const pair = newKeyPair();
  await writeFile(join(dir, 'key.pem'), pair.privatePem);
  const signingKey = await loadSigningKey(join(dir, 'key.pem'));
  const reportsDir = join(dir, 'reports');
  await runWith([], {}, reportsDir);
  await writeFile(join(reportsDir, 'stale.txt'), 'left over');
  await assert.rejects(runWith([], {}, reportsDir), /stale\.txt/);
  const run = await runWith([], { clean: true, signingKey }, reportsDir);
  assert.ok(!(await readdir(reportsDir)).includes('stale.txt'), 'nothing stale is sealed');
  const { createPublicKey } = await import('node:crypto');
  const check = await verifyManifest(reportsDir, createPublicKey(pair.publicPem));
  assert.equal(check.ok, true);
  assert.equal(check.seal, 'verified');
  assert.match(run.printed, /sealed with key sha256:/);
});
