import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { openCucumberSession } from '../../src/cli/cucumberSession.ts';
import { runAndReport } from '../../src/cli/runAndReport.ts';
import { verifyManifest } from '../../src/report/manifest.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';
import { startCalculator } from './fixtures/calculator/calculatorTarget.ts';

const fixtureDir = fileURLToPath(new URL('./fixtures/calculator/', import.meta.url));
const session = await openCucumberSession({ cwd: fixtureDir, configFile: false, provided: { paths: ['features/**/*.feature'], import: ['steps/**/*.ts'] } });
const catalogue = await loadRuleCatalogue(join(fixtureDir, 'rules.yaml'));

async function runWith(faults: string[]) {
  const reportsDir = await mkdtemp(join(tmpdir(), 'mskit-run-'));
  const target = await startCalculator(faults);
  const out = new PassThrough();
  let printed = '';
  out.on('data', (chunk) => (printed += chunk));
  try {
    const outcome = await runAndReport({
      session,
      target: { kind: 'sandbox', description: 'calculator fixture', capabilities: { simulation: true }, workerEnv: target.workerEnv },
      catalogue,
      cataloguePath: join(fixtureDir, 'rules.yaml'),
      tags: 'not @worker-sensitive',
      reportsDir,
      reportsShown: 'reports',
      runName: 'fixture run',
      knownSecrets: [],
      progressFormat: 'summary',
      out,
    });
    return { ...outcome, printed, reportsDir };
  } finally {
    await target.stop();
  }
}

test('a clean run writes the whole package, says GO and exits 0', async (t) => {
  const run = await runWith([]);
  t.after(() => rm(run.reportsDir, { recursive: true, force: true }));
  assert.equal(run.exitCode, 0);
  assert.deepEqual((await readdir(run.reportsDir)).sort(), ['cucumber.html', 'junit.xml', 'manifest.json', 'messages.ndjson', 'signoff.html', 'signoff.json']);
  assert.equal(run.report.verdict.decision, 'GO');
  assert.equal(run.report.runName, 'fixture run');
  assert.equal(run.printed.trimEnd().split('\n').at(-1), '5 passed, 0 failed, 0 skipped');
  assert.equal((await verifyManifest(run.reportsDir)).ok, true);
  assert.match(await readFile(join(run.reportsDir, 'junit.xml'), 'utf8'), /<testsuite/);
  assert.equal(run.report.inputs.catalogue.path, 'test/cli/fixtures/calculator/rules.yaml');
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
});
