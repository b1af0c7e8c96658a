// mskit explore, proved on the embedded sandbox: with a fixed seed and budget it finds faults that a
// reduced suite lets through, finds nothing against the sandbox speaking every dialect with its
// profile, and a finding's scenario fails against the faulty sandbox and passes against the clean one.
//
// The reduced suite is the order and transaction features only (features/cash/orders.feature,
// features/cash/transactions.feature): a suite a team might keep for "the cash basics". Its sellers
// are onboarded by the KYC-validated Given, which never refuses a KYC, and it creates no split,
// transfer, payout or voucher order, so it cannot see the five faults picked here, one or more per
// family explore draws: splits (fee-direction-reversed), transfers (transfer-execution-date-ignored),
// payouts (payout-merchant-immediate), KYC decisions (refused-seller-document-not-marked: a refused
// seller document goes back to REGISTERED) and vouchers (voucher-tie-item-order: a tie goes to the
// first item's seller, whatever the contract numbers). All five are existing fault switches, each
// killed by the full suite's self-check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDialectProfile } from '../../mocks/sandbox/dialectProfile.ts';
import { faultSwitches } from '../../mocks/sandbox/faults.ts';
import { openKitSuite } from '../../src/cli/kitSuite.ts';
import { loadRunConfig } from '../../src/config/index.ts';
import { explore, type ExploreResult } from '../../src/explore/exploration.ts';
import { findingFeature } from '../../src/explore/findingScenario.ts';
import { openSidePairs } from '../../src/explore/sidePairs.ts';
import { loadProfile } from '../../src/profile/index.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';
import { scenarioResults } from '../../src/report/scenarioResults.ts';
import { defaultCataloguePath } from '../../src/report/signoffPackage.ts';
import { resolveTarget } from '../../src/targets/index.ts';

const seed = 7;
const budget = { steps: 500, maxTimeMs: 60_000, shrinkTimeMs: 5_000 };
/** Faults of splits, transfers, payouts, KYC decisions and vouchers: a suite reduced to orders and transactions cannot see them. */
const faults = ['fee-direction-reversed', 'transfer-execution-date-ignored', 'payout-merchant-immediate', 'refused-seller-document-not-marked', 'voucher-tie-item-order'] as const;
const reducedSuite = ['features/cash/orders.feature', 'features/cash/transactions.feature'];
const knownRules = new Set((await loadRuleCatalogue(defaultCataloguePath)).rules.map((rule) => rule.id));

async function exploreSandbox(overrides: { faults?: string[]; dialects?: string[]; profile?: string }): Promise<ExploreResult> {
  const config = await loadRunConfig({ env: {}, overrides: { kind: 'sandbox', ...overrides } });
  const pairs = await openSidePairs(config, { target: await loadProfile(config.profile), reference: await loadProfile() });
  try {
    return await explore(pairs, { seed, ...budget });
  } finally {
    await pairs.close();
  }
}

/** The keys of the scenarios that failed, running `paths` against the sandbox with `faultNames` on. */
async function failedScenarios(paths: string[], faultNames: readonly string[]): Promise<string[]> {
  const suite = await openKitSuite();
  const target = await resolveTarget(await loadRunConfig({ env: {}, overrides: { kind: 'sandbox', faults: [...faultNames] } }));
  try {
    const run = await suite.run({ paths, env: target.workerEnv, parallel: 0 });
    return scenarioResults(run.envelopes).scenarios.filter((scenario) => scenario.status === 'failed').map((scenario) => scenario.key);
  } finally {
    await target.stop();
  }
}

const findings = new Map<string, string>();

for (const fault of faults) {
  test(`explore finds ${fault} and shrinks it to at most 10 steps, tagged with its rule`, async () => {
    const result = await exploreSandbox({ faults: [fault] });
    assert.ok(result.finding, `no finding for ${fault} in ${result.steps} steps`);
    assert.ok(result.finding.steps.length <= 10, `shrunk to ${result.finding.steps.length} steps`);
    const rule = faultSwitches.find((candidate) => candidate.name === fault)!.ruleId;
    const feature = findingFeature(result.finding, seed, knownRules);
    assert.match(feature, new RegExp(`@${rule}\\b`));
    findings.set(fault, feature);
  });
}

test('the reduced suite (orders and transactions) fails no more scenarios with the five faults on than without: they survive it', async () => {
  assert.deepEqual(await failedScenarios(reducedSuite, faults), await failedScenarios(reducedSuite, []));
});

test("each finding's scenario fails against the faulty sandbox and passes against the clean one", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'mskit-explore-'));
  for (const fault of faults) {
    const feature = findings.get(fault);
    assert.ok(feature, `no scenario for ${fault}`);
    const file = join(dir, `${fault}.feature`);
    await writeFile(file, feature);
    assert.equal((await failedScenarios([file], [fault])).length, 1, `the scenario for ${fault} passes against the faulty sandbox:\n${feature}`);
    assert.deepEqual(await failedScenarios([file], []), [], `the scenario for ${fault} fails against the clean sandbox:\n${feature}`);
  }
});

test('against the sandbox speaking every dialect, with the profile declaring them, explore finds nothing', async () => {
  const result = await exploreSandbox({ dialects: ['all'], profile: await writeDialectProfile(['all']) });
  assert.equal(result.finding, undefined, result.finding ? `${result.finding.message}\n${findingFeature(result.finding, seed, knownRules)}` : '');
  assert.ok(result.steps >= budget.steps, `only ${result.steps} steps explored`);
});
