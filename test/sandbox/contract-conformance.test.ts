import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContract, type Contract } from '../../src/contract/index.ts';
import { SandboxDriver, type Answer } from './sandboxDriver.ts';
import { driveEveryOperation } from './contractDrive.ts';

// The contract is the boundary: the sandbox is driven through every operation of the three
// contracts, error answers included (contractDrive.ts), and every answer and webhook must conform
// to the reference view.

interface Checked {
  exercised: Map<string, Set<number>>;
  violations: string[];
}

function recorder(contracts: Record<'ms' | 'simulation' | 'vouchers', Contract>, checked: Checked) {
  return (method: string, url: string, answer: Answer) => {
    const [contract, path] = url.startsWith('/simulation/') ? [contracts.simulation, url.slice('/simulation'.length)] : url.startsWith('/vouchers/') ? [contracts.vouchers, url.slice('/vouchers'.length)] : [contracts.ms, url];
    const match = contract.matchOperation(method, path);
    if (!match) return;
    const key = `${contract.name}/${match.operationId}`;
    const statuses = checked.exercised.get(key) ?? new Set<number>();
    statuses.add(answer.status);
    checked.exercised.set(key, statuses);
    for (const violation of contract.validateResponse(match.operationId, answer.status, answer.contentType, answer.body)) {
      checked.violations.push(`${method} ${url} → ${answer.status}: ${violation.pointer || '(body)'} ${violation.message} (${violation.rule})`);
    }
  };
}

test('every operation of the three contracts answers in conformance, errors included, and every webhook type conforms', async () => {
  const [ms, simulation, vouchers] = await Promise.all([loadContract('marketplace-services'), loadContract('simulation'), loadContract('vouchers')]);
  const checked: Checked = { exercised: new Map(), violations: [] };
  const driver = await SandboxDriver.start({ receiver: true });
  driver.observers.push(recorder({ ms, simulation, vouchers }, checked));
  try {
    await driveEveryOperation(driver);

    const webhooks = await driver.webhooks();
    for (const webhook of webhooks) {
      for (const violation of ms.validateWebhook(webhook.body.type, webhook.body)) checked.violations.push(`webhook ${webhook.body.type}: ${violation.pointer} ${violation.message} (${violation.rule})`);
      const signatureHeader = ms.document.components.parameters.MsSignature.schema.pattern as string;
      if (!new RegExp(signatureHeader).test(String(webhook.headers['ms-signature']))) checked.violations.push(`webhook ${webhook.body.type}: MS-Signature header does not match ${signatureHeader}`);
    }

    assert.deepEqual(checked.violations, []);
    const expected = [ms, simulation, vouchers].flatMap((contract) => contract.operations().map((operation) => `${contract.name}/${operation.operationId}`));
    const successful = (key: string) => [...(checked.exercised.get(key) ?? [])].some((status) => status < 400);
    assert.deepEqual(expected.filter((key) => !successful(key)), [], 'operations never answered successfully');
    assert.deepEqual([...new Set(webhooks.map((webhook) => webhook.body.type))].sort(), [...ms.webhookTypes()].sort(), 'every webhook type was sent');
    const errorStatuses = new Set([...checked.exercised.values()].flatMap((statuses) => [...statuses].filter((status) => status >= 400)));
    assert.deepEqual([...errorStatuses].sort(), [400, 401, 403, 404, 409, 413, 422]);
  } finally {
    await driver.close();
  }
});
