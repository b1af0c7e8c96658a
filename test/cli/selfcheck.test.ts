import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCucumberSession } from '../../src/cli/cucumberSession.ts';
import { repoRoot } from '../../src/kitPaths.ts';
import { formatSelfCheck } from '../../src/selfcheck/killMatrix.ts';
import { selfCheck } from '../../src/selfcheck/selfCheck.ts';
import { calculatorDialects, calculatorFaults, startCalculator } from './fixtures/calculator/calculatorTarget.ts';

const fixtureDir = fileURLToPath(new URL('./fixtures/calculator/', import.meta.url));
const session = await openCucumberSession({ cwd: fixtureDir, configFile: false, provided: { paths: ['features/**/*.feature'], import: ['steps/**/*.ts'] } });

test('a fault no scenario catches and a serial/parallel difference both fail the self-check', async () => {
  const report = await selfCheck({ session, faults: calculatorFaults, startTarget: startCalculator, parallel: 2 });
  assert.equal(report.ok, false);
  assert.deepEqual(report.clean, { ...report.clean, passed: 6, failed: 0, skipped: 0 });
  assert.deepEqual(
    report.kills.map((k) => [k.fault, k.stage, k.caughtBy]),
    [
      ['add-off-by-one', 'rule scenarios', ['features/calculator.feature:4 adding two numbers']],
      ['sub-swapped', 'whole suite', ['features/calculator.feature:14 subtracting a smaller number']],
      ['mul-by-zero-wrong', 'survived', []],
    ],
  );
  assert.deepEqual(report.parity.differences, [{ key: 'features/calculator.feature:29', serial: 'passed', parallel: 'failed' }]);
  const printed = formatSelfCheck(report);
  assert.match(printed, /^mul-by-zero-wrong\s+FIX-MUL\s+SURVIVED/m);
  assert.match(printed, /survived: mul-by-zero-wrong/);
  assert.match(printed, /self-check FAILED/);
});

test('when every fault is caught and workers agree, the self-check passes', async () => {
  const report = await selfCheck({
    session,
    faults: calculatorFaults.filter((f) => f.name !== 'mul-by-zero-wrong'),
    startTarget: startCalculator,
    tags: 'not @worker-sensitive',
    parallel: 2,
  });
  assert.equal(report.ok, true, formatSelfCheck(report));
  assert.equal(report.parity.differences.length, 0);
  assert.match(formatSelfCheck(report), /self-check passed/);
});

test('a dialect the scenarios wrongly refuse is a false alarm that fails the self-check; faults are checked again with all dialects on', async () => {
  const report = await selfCheck({
    session,
    faults: calculatorFaults.filter((f) => f.name !== 'mul-by-zero-wrong'),
    startTarget: startCalculator,
    tags: 'not @worker-sensitive',
    parallel: 0,
    dialects: calculatorDialects,
  });
  assert.equal(report.ok, false);
  assert.deepEqual(
    report.dialects.map((d) => [d.dialect, d.failed]),
    [['extra-field', 0], ['result-as-text', 5], ['all', 5]],
  );
  assert.equal(report.dialectKills.length, 2);
  const printed = formatSelfCheck(report);
  assert.match(printed, /^\(d\) dialects: FAILED — 2 dialects alone and all at once, false alarms with result-as-text, all$/m);
  assert.match(printed, /^result-as-text\s+0\s+5\s+0\s+[\d.]+ s\s+features\/calculator\.feature:4 adding two numbers: /m);

  const legal = await selfCheck({ session, faults: calculatorFaults.filter((f) => f.name !== 'mul-by-zero-wrong'), startTarget: startCalculator, tags: 'not @worker-sensitive', parallel: 0, dialects: calculatorDialects.slice(0, 1) });
  assert.equal(legal.ok, true, formatSelfCheck(legal));
  assert.deepEqual(legal.dialectKills.map((k) => [k.fault, k.stage]), [['add-off-by-one', 'rule scenarios'], ['sub-swapped', 'whole suite']]);
  assert.match(formatSelfCheck(legal), /^add-off-by-one\s+FIX-ADD\s+rule scenarios\s+rule scenarios\s/m);
});

test('the kit passes its own self-check: clean sandbox, every fault caught, same results with 2 workers, no false alarm with any dialect', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/mskit.ts'), 'self-check'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout.slice(Math.max(0, run.stdout.indexOf('(a) clean target')))}\n${run.stderr}`);
  assert.match(run.stdout, /self-check passed in [\d.]+ s/);
  assert.doesNotMatch(run.stdout, /SURVIVED/);
  assert.match(run.stdout, /^\(d\) dialects: OK — 19 dialects alone and all at once, no false alarm$/m);
  assert.match(run.stdout, /^\(e\) faults with all dialects: OK/m);
});
