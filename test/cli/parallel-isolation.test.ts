import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRemoteSandbox } from '../../src/bench/remoteSandbox.ts';
import { measureSuiteRun } from '../../src/bench/suiteRun.ts';
import { LedgerGateKeeper, inProcessGate, ledgerGateFor, openGate, startLedgerGate, ledgerGateVariable } from '../../src/concurrency/ledgerGate.ts';
import { defaultWorkers, runsInLanes } from '../../src/concurrency/workerCount.ts';

test('the gate keeper lets writes in together and readings in together, never both, in arrival order', () => {
  const keeper = new LedgerGateKeeper();
  const granted: string[] = [];
  keeper.enter('W', () => granted.push('w1'));
  keeper.enter('W', () => granted.push('w2'));
  keeper.enter('R', () => granted.push('r1'));
  keeper.enter('W', () => granted.push('w3'));
  assert.deepEqual(granted, ['w1', 'w2'], 'a reading waits for the writes already in; a later write waits behind the reading');
  keeper.leave('W');
  assert.deepEqual(granted, ['w1', 'w2']);
  keeper.leave('W');
  assert.deepEqual(granted, ['w1', 'w2', 'r1']);
  keeper.leave('R');
  assert.deepEqual(granted, ['w1', 'w2', 'r1', 'w3']);
});

/** A promise and the means to settle it from outside. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

for (const [where, gateEnv] of [
  ['across worker connections', async () => startLedgerGate()],
  ['between lanes of one process', async () => ({ env: { [ledgerGateVariable]: inProcessGate }, close: async () => {} })],
] as const) {
  test(`${where}, no write lands while a ledger reading of its marketplace is under way; other marketplaces go on`, async (t) => {
    const server = await gateEnv();
    t.after(() => server.close());
    const gates = ledgerGateFor(server.env);
    const [workerA, workerB] = where.startsWith('across') ? [gates, ledgerGateFor(server.env)] : [gates, gates];
    const events: string[] = [];

    const inFlight = deferred();
    const firstWrite = workerA.write(async () => {
      events.push('write 1 sent');
      await inFlight.promise;
      events.push('write 1 answered');
    }, 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const reading = workerB.read(async () => {
      events.push('reading');
    }, 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const laterWrite = workerA.write(async () => {
      events.push('write 2 sent');
    }, 0);
    await workerB.write(async () => {
      events.push('write to marketplace 3');
    }, 3);
    await workerA.read(async () => {
      events.push('reading of marketplace 3');
    }, 3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(events, ['write 1 sent', 'write to marketplace 3', 'reading of marketplace 3'], 'the reading waits for the write in flight, the next write waits for the reading');
    inFlight.resolve();
    await Promise.all([firstWrite, reading, laterWrite]);
    assert.deepEqual(events.slice(3), ['write 1 answered', 'reading', 'write 2 sent']);
  });
}

test('a worker that dies inside the gate lets the others through', async (t) => {
  const server = await startLedgerGate();
  t.after(() => server.close());
  const { connect } = await import('node:net');
  const port = Number(server.env[ledgerGateVariable]!.split(':')[1]);
  const dying = connect({ host: '127.0.0.1', port });
  await new Promise((resolve) => dying.once('connect', resolve));
  dying.write('W+ 1 0\n');
  await new Promise((resolve) => dying.once('data', resolve));
  const reading = ledgerGateFor(server.env).read(async () => 'read', 0);
  dying.destroy();
  assert.equal(await reading, 'read');
});

test('a serial run (no gate given) passes straight through', async () => {
  assert.equal(ledgerGateFor({}), openGate);
  assert.equal(await openGate.read(async () => 42, 0), 42);
});

test('concurrent lanes are the default against implementations; the Prism mock stays serial', () => {
  for (const kind of ['sandbox', 'url', 'container'] as const) assert.equal(defaultWorkers[kind] > 1 && runsInLanes(kind), true, kind);
  assert.equal(defaultWorkers.prism, 0);
  assert.equal(runsInLanes('prism'), false);
});

// Ledger checks, @marketplace-wide payouts and ordinary money movers side by side.
const selection = ['features/cash/ledger.feature', 'features/cash/payout-merchant.feature', 'features/cash/splits.feature'];

async function outcomes(target: 'sandbox' | 'url', parallel: number, env: Record<string, string>): Promise<Map<string, string>> {
  const reports = await mkdtemp(join(tmpdir(), 'mskit-parallel-'));
  try {
    const figures = await measureSuiteRun(['run', '--target', target, ...selection, '--parallel', String(parallel)], env, reports);
    return new Map(figures.scenarios.map((s) => [s.key, s.status + (s.reason ? `: ${s.reason}` : '')]));
  } finally {
    await rm(reports, { recursive: true, force: true });
  }
}

// Each lane with a marketplace of its own from the sandbox's pool.
for (const [target, lanes] of [['sandbox', 6], ['url', 3]] as const) {
  test(`with ${lanes} lanes (a marketplace each from the pool, the ledger gate), every scenario ends as in a serial run: ${target} target`, async (t) => {
    // The url target is the sandbox in its own process, behind a loopback proxy (no added delay).
    const remote = target === 'url' ? await startRemoteSandbox({ roundTripMs: 0 }) : undefined;
    t.after(() => remote?.stop());
    const serial = await outcomes(target, 0, remote?.env ?? {});
    const concurrent = await outcomes(target, lanes, remote?.env ?? {});
    assert.ok(serial.size > 20, `only ${serial.size} scenarios ran`);
    assert.deepEqual(Object.fromEntries(concurrent), Object.fromEntries(serial));
  });
}
