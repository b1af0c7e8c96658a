import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseShard, shareOf, type PlannedScenario } from '../../src/cli/shards.ts';
import { repoRoot } from '../../src/kitPaths.ts';
import { verifyManifest } from '../../src/report/manifest.ts';
import type { SignoffReport } from '../../src/report/signoff.ts';

test('--shard takes K/N with 1 ≤ K ≤ N, and says so in one line otherwise', () => {
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  assert.equal(parseShard(undefined), undefined);
  for (const wrong of ['0/4', '5/4', '2', 'a/b', '1/0']) assert.throws(() => parseShard(wrong), /^Error: --shard must be K\/N with 1 ≤ K ≤ N, e\.g\. --shard 2\/4 \(got ".*"\)$/);
});

const planned: PlannedScenario[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ key: `features/a.feature:${10 + i}`, steps: 3 + (i % 5), tags: [] })),
  { key: 'features/cash/payouts.feature:5', steps: 9, tags: ['@marketplace-wide'] },
  { key: 'features/cash/payouts.feature:15', steps: 7, tags: ['@marketplace-wide'] },
  { key: 'features/cash/ledger.feature:30', steps: 12, tags: ['@LED-CONSERVATION', '@marketplace-wide'] },
];

test('shards share every scenario once, deterministically, balanced by steps, with the @marketplace-wide group whole', () => {
  const shares = [1, 2, 3].map((index) => shareOf(planned, { index, count: 3 }));
  assert.deepEqual(shares.flat().sort(), planned.map((s) => s.key).sort());
  assert.deepEqual([1, 2, 3].map((index) => shareOf([...planned].reverse().reverse(), { index, count: 3 })), shares);
  const wide = planned.filter((s) => s.tags.includes('@marketplace-wide')).map((s) => s.key);
  assert.equal(shares.filter((share) => wide.some((key) => share.includes(key))).length, 1);
  assert.ok(shares.some((share) => wide.every((key) => share.includes(key))));
  const weights = shares.map((share) => share.reduce((n, key) => n + planned.find((s) => s.key === key)!.steps, 0));
  const heaviestUnit = 9 + 7 + 12;
  assert.ok(Math.max(...weights) - Math.min(...weights) <= heaviestUnit, `weights ${weights.join(', ')}`);
  // In feature order within a share, as cucumber runs them.
  for (const share of shares) assert.deepEqual(share, planned.map((s) => s.key).filter((key) => share.includes(key)));
});

function mskit(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MSKIT_')));
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/mskit.ts'), ...args], { cwd: repoRoot, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const readReport = async (dir: string) => JSON.parse(await readFile(join(dir, 'signoff.json'), 'utf8')) as SignoffReport;
/** What a run concluded, without what names the run (its id, its times). */
const conclusions = (report: SignoffReport) => ({
  verdict: report.verdict,
  counts: report.counts,
  rules: report.rules,
  scenarios: [...report.scenarios].sort((a, b) => (a.key < b.key ? -1 : 1)),
  failures: report.failures.map((f) => ({ key: f.key, step: f.step, message: f.message })),
  target: report.target.kind,
  subject: report.subject,
  inputs: report.inputs,
});

// A part of the suite with the @marketplace-wide payouts (kept whole on one shard) and KYC journeys.
const selection = ['features/kyc', 'features/cash/payout-merchant.feature', 'features/cash/ledger.feature'];

test('shards of a run against the sandbox, merged, give the whole run’s rule matrix and verdict in one sealed package', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'mskit-shards-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  const whole = mskit(['run', '--target', 'sandbox', ...selection, '--reports', join(root, 'whole')]);
  assert.ok(whole.status === 0 || whole.status === 1, whole.stderr);
  const shardDirs = [1, 2, 3].map((k) => join(root, `shard-${k}`));
  for (const [i, dir] of shardDirs.entries()) {
    const shard = mskit(['run', '--target', 'sandbox', ...selection, '--shard', `${i + 1}/3`, '--reports', dir]);
    assert.ok(shard.status === 0 || shard.status === 1, shard.stderr);
  }
  const merge = mskit(['report', 'merge', ...shardDirs, '--reports', join(root, 'merged')]);
  assert.ok(merge.status === 0 || merge.status === 1, merge.stderr);

  const [wholeReport, mergedReport, ...shardReports] = await Promise.all([readReport(join(root, 'whole')), readReport(join(root, 'merged')), ...shardDirs.map(readReport)]);
  // Each scenario ran on exactly one shard; the @marketplace-wide ones all on the same.
  const keysOf = (report: SignoffReport) => report.scenarios.map((s) => s.key);
  assert.deepEqual(shardReports.flatMap(keysOf).sort(), keysOf(wholeReport).sort());
  const wide = new Set(['features/cash/payout-merchant.feature']);
  assert.equal(shardReports.filter((r) => keysOf(r).some((key) => wide.has(key.split(':')[0]!))).length, 1);

  assert.deepEqual(conclusions(mergedReport), conclusions(wholeReport));
  assert.notEqual(mergedReport.runId, wholeReport.runId);
  assert.equal(merge.status, whole.status);
  assert.equal((await verifyManifest(join(root, 'merged'))).ok, true);

  // A shard of another kit version is not part of the same run: refused in one line, nothing written.
  const stranger = join(root, 'stranger');
  await cp(shardDirs[1]!, stranger, { recursive: true });
  const strangerReport = await readReport(stranger);
  await writeFile(join(stranger, 'signoff.json'), JSON.stringify({ ...strangerReport, kit: { ...strangerReport.kit, version: '9.9.9' } }));
  const refused = mskit(['report', 'merge', shardDirs[0]!, stranger, '--reports', join(root, 'refused')]);
  assert.equal(refused.status, 2, refused.stdout + refused.stderr);
  assert.match(refused.stderr.trim(), /^mskit: .*stranger is not a shard of the same run as .*shard-1: it ran kit ms-conformance-kit 9\.9\.9.*$/);
  assert.equal(refused.stderr.trim().split('\n').length, 1);
});
