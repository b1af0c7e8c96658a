// The runtime end to end: the smoke features through cucumber's JavaScript API against the
// embedded sandbox, serially and with two workers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { loadConfiguration, loadSupport, runCucumber, type ISupportCodeLibrary } from '@cucumber/cucumber/api';
import { repoRoot } from '../../src/kitPaths.ts';
import { loadRunConfig } from '../../src/config/index.ts';
import { readWorkerTarget, resolveTarget, sandboxClients, targetTagExpression, type ResolvedTarget } from '../../src/targets/index.ts';

interface Envelope {
  attachment?: { body: string; fileName?: string; mediaType: string };
  testCaseFinished?: { testCaseStartedId: string };
  testStepFinished?: { testStepResult: { status: string; message?: string } };
}

let target: ResolvedTarget;

before(async () => {
  target = await resolveTarget(await loadRunConfig({ env: {} }));
});

after(async () => {
  await target?.stop();
});

let support: ISupportCodeLibrary | undefined;

async function runSmoke(parallel: number, on: ResolvedTarget = target, tags?: string) {
  const { runConfiguration } = await loadConfiguration({ file: 'cucumber.js', profiles: ['smoke'] }, { cwd: repoRoot });
  // Support code is imported once per process (ES modules are cached): load it once, run it twice.
  support ??= await loadSupport(runConfiguration, { cwd: repoRoot });
  const envelopes: Envelope[] = [];
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const previous = process.env.MSKIT_WORKER_TARGET;
  Object.assign(process.env, on.workerEnv);
  try {
    const result = await runCucumber(
      { ...runConfiguration, support, sources: { ...runConfiguration.sources, tagExpression: tags ?? runConfiguration.sources.tagExpression }, runtime: { ...runConfiguration.runtime, parallel }, formats: { stdout: 'summary', files: {}, publish: false, options: {} } },
      { cwd: repoRoot, env: { ...process.env }, stdout: silent, stderr: silent },
      (envelope) => envelopes.push(envelope as Envelope),
    );
    return { success: result.success, envelopes };
  } finally {
    if (previous === undefined) delete process.env.MSKIT_WORKER_TARGET;
    else process.env.MSKIT_WORKER_TARGET = previous;
  }
}

function failures(envelopes: Envelope[]): string[] {
  return envelopes.flatMap((e) => (e.testStepFinished && e.testStepFinished.testStepResult.status !== 'PASSED' ? [`${e.testStepFinished.testStepResult.status}: ${e.testStepFinished.testStepResult.message ?? ''}`] : []));
}

test('the smoke scenarios pass against the embedded sandbox and leave redacted evidence', async () => {
  const { success, envelopes } = await runSmoke(0);
  assert.deepEqual(failures(envelopes), []);
  assert.ok(success);
  assert.equal(envelopes.filter((e) => e.testCaseFinished).length, 4);
  const evidence = envelopes.filter((e) => e.attachment?.fileName === 'mskit-evidence').map((e) => e.attachment?.body ?? '');
  assert.equal(evidence.length, 4, 'one evidence attachment per scenario');
  const exchanges = evidence.flatMap((body) => (JSON.parse(body) as { exchanges: unknown[] }).exchanges);
  assert.ok(exchanges.length >= 6, 'the exchanges are captured');
  const secrets = [sandboxClients.primary.clientSecret, readWorkerTarget(target.workerEnv)?.webhooks?.secret ?? 'no-secret'];
  for (const body of evidence) for (const secret of secrets) assert.ok(!body.includes(secret), 'no secret in evidence');
  const authorizations = exchanges.map((exchange) => (exchange as { request: { headers: Record<string, string> } }).request.headers.authorization).filter(Boolean);
  assert.ok(authorizations.length > 0);
  assert.ok(authorizations.every((value) => value === 'Bearer <redacted>'), `no bearer token in evidence: ${authorizations.join(', ')}`);
});

test('the smoke scenarios pass with two parallel workers', async () => {
  const { success, envelopes } = await runSmoke(2);
  assert.deepEqual(failures(envelopes), []);
  assert.ok(success);
  assert.equal(envelopes.filter((e) => e.testCaseFinished).length, 4);
});

test('a webhook signed with another secret fails the scenario that owns its resource', async () => {
  const faulty = await resolveTarget(await loadRunConfig({ env: { MSKIT_SANDBOX_FAULTS: 'webhook-signature-wrong-secret' } }));
  try {
    const { success, envelopes } = await runSmoke(0, faulty);
    assert.equal(success, false);
    const failed = failures(envelopes).filter((failure) => failure.startsWith('FAILED'));
    assert.equal(failed.length, 1, 'only the webhook scenario fails');
    assert.match(failed[0], /MP_IBAN_AVAILABLE_FOR_PAYMENT delivery .* was refused: mismatch signature/);
  } finally {
    await faulty.stop();
  }
});

test('the stateless smoke scenario passes against the Prism mock, the others are left out', async () => {
  const prism = await resolveTarget(await loadRunConfig({ env: { MSKIT_TARGET: 'prism' } }));
  try {
    assert.deepEqual(Object.values(prism.capabilities), [false, false, false, false, false]);
    const { success, envelopes } = await runSmoke(0, prism, targetTagExpression('prism'));
    assert.deepEqual(failures(envelopes), []);
    assert.ok(success);
    assert.equal(envelopes.filter((e) => e.testCaseFinished).length, 1);
  } finally {
    await prism.stop();
  }
});
