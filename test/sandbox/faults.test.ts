import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { faultSwitches, chooseFaults, UnknownFaultError } from '../../mocks/sandbox/faults.ts';
import { contractsDir } from '../../src/kitPaths.ts';
import { createSandbox } from '../../mocks/sandbox/index.ts';
import { SandboxDriver, tenantClients } from './sandboxDriver.ts';
import { faultProbes } from './faultProbes.ts';

// Every fault switch is a real deviation of one catalogued rule: the same scenario behaves
// correctly without it and deviates with it.

const catalogue = parse(await readFile(`${contractsDir}/rules.yaml`, 'utf8')) as { rules: Array<{ id: string; goLive: boolean }> };

test('every fault names a rule of the catalogue, in kebab-case, once', () => {
  const ids = new Set(catalogue.rules.map((rule) => rule.id));
  assert.deepEqual(faultSwitches.filter((fault) => !ids.has(fault.ruleId)).map((fault) => `${fault.name} → ${fault.ruleId}`), []);
  assert.deepEqual(faultSwitches.filter((fault) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fault.name)).map((fault) => fault.name), []);
  assert.equal(new Set(faultSwitches.map((fault) => fault.name)).size, faultSwitches.length);
});

test('every go-live rule has at least one fault', () => {
  const broken = new Set<string>(faultSwitches.map((fault) => fault.ruleId));
  assert.deepEqual(catalogue.rules.filter((rule) => rule.goLive && !broken.has(rule.id)).map((rule) => rule.id), []);
});

test('an unknown fault name is refused with one line saying how to list the valid ones', () => {
  assert.throws(() => chooseFaults(['refund-before-payment-accepted', 'no-such-fault']), (error: unknown) => {
    assert.ok(error instanceof UnknownFaultError);
    assert.equal(error.message, 'unknown fault "no-such-fault": list the valid ones with "npm run sandbox -- --list-faults"');
    return true;
  });
});

test('every fault has a probe', () => {
  const probed = new Set(faultProbes.map((probe) => probe.fault));
  assert.deepEqual(faultSwitches.filter((fault) => !probed.has(fault.name)).map((fault) => fault.name), []);
  assert.equal(probed.size, faultProbes.length, 'one probe per fault');
});

test('each fault really deviates: the probe shows the rule without the fault and breaks it with the fault', async (t) => {
  // One correct sandbox serves every probe, each on marketplaces of its own; each fault gets its own sandbox.
  const correct = createSandbox({ clients: tenantClients(faultProbes.length), webhooks: { timeoutMs: 1000, backoffMs: 5, maxAttempts: 4 } });
  t.after(() => correct.close());
  for (const [index, { fault, probe, expected, receiver }] of faultProbes.entries()) {
    await t.test(fault, async () => {
      const clean = await SandboxDriver.on(correct, index, { receiver });
      const faulty = await SandboxDriver.start({ receiver, faults: [fault] });
      try {
        assert.deepEqual(await probe(clean), expected, 'the correct sandbox follows the rule');
        assert.notDeepEqual(await probe(faulty), expected, `with ${fault} the rule is broken`);
      } finally {
        await clean.close();
        await faulty.close();
      }
    });
  }
});
