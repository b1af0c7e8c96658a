// npm run bench:explore — how fast mskit explore runs against the embedded sandbox (both sides
// included: both are embedded sandboxes asked in-process, a fresh marketplace per journey), how soon
// it finds a sandbox fault of each family it draws (splits, transfers, payouts, KYC decisions,
// vouchers), and how short the shrunk reproduction is. A benchmark, not a test: the figures depend
// on the machine and its load.
import { loadRunConfig } from '../src/config/index.ts';
import { explore, type ExploreResult } from '../src/explore/exploration.ts';
import { openSidePairs } from '../src/explore/sidePairs.ts';
import { loadProfile } from '../src/profile/index.ts';

const seed = 7;
const faults = ['fee-direction-reversed', 'transfer-execution-date-ignored', 'payout-merchant-immediate', 'refused-seller-document-not-marked', 'voucher-tie-item-order'];

async function exploreSandbox(faultNames: string[], budget: { steps: number; maxTimeMs: number }): Promise<ExploreResult> {
  const config = await loadRunConfig({ env: {}, overrides: { kind: 'sandbox', faults: faultNames } });
  const profile = await loadProfile();
  const pairs = await openSidePairs(config, { target: profile, reference: profile });
  try {
    return await explore(pairs, { seed, ...budget });
  } finally {
    await pairs.close();
  }
}

const clean = await exploreSandbox([], { steps: 2000, maxTimeMs: 60_000 });
const seconds = clean.elapsedMs / 1000;
console.log(`clean sandbox, seed ${seed}: ${clean.journeys} journeys, ${clean.steps} steps in ${seconds.toFixed(1)} s`);
console.log(`  ${(clean.steps / seconds).toFixed(0)} steps/s, ${(clean.journeys / seconds).toFixed(1)} journeys/s (target ≥ 200 steps/s), findings: ${clean.finding ? 1 : 0}`);
console.log('');
console.log('fault                               first finding   found after   shrunk to   rules');
for (const fault of faults) {
  const result = await exploreSandbox([fault], { steps: 5000, maxTimeMs: 120_000 });
  const found = result.finding;
  const first = result.firstFindingMs === undefined ? 'not found' : `${(result.firstFindingMs / 1000).toFixed(1)} s`;
  console.log(
    `${fault.padEnd(35)} ${first.padEnd(15)} ${String(result.firstFindingSteps ?? '-').padEnd(5)} steps   ${String(found?.steps.length ?? '-').padEnd(3)} steps   ${found ? [...new Set(found.differences.flatMap((d) => d.rules))].join(', ') : ''}`,
  );
}
