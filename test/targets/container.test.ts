// The container target for real: the sandbox image (mocks/container/) started by testcontainers on
// whatever engine DOCKER_HOST names (scripts/container-runtime.sh sets Podman up). The whole suite
// runs against it, webhooks included, and must give the in-process sandbox's results scenario by
// scenario. Without a container runtime the whole file is one skipped test saying why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureSandboxImage, sandboxImage } from '../../mocks/container/build-image.ts';
import { openKitSuite } from '../../src/cli/kitSuite.ts';
import { loadRunConfig, type ContainerTargetConfig, type RunConfig } from '../../src/config/index.ts';
import { scenarioResults, type ScenarioResult } from '../../src/report/scenarioResults.ts';
import { resolveTarget, targetTagExpression, TargetError, type ResolvedTarget } from '../../src/targets/index.ts';

async function containerRuntimeMissing(): Promise<string | undefined> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  return getContainerRuntimeClient().then(
    () => undefined,
    () => 'no container runtime (Docker/Podman; scripts/container-runtime.sh sets Podman up as root): the container target is not exercised',
  );
}

/** The sandbox image as an implementation: its built-in clients, its simulation and voucher APIs. */
async function containerConfig(overrides: Partial<ContainerTargetConfig> = {}): Promise<RunConfig & { target: ContainerTargetConfig }> {
  const config = await loadRunConfig({
    env: {
      MSKIT_TARGET: 'container',
      MSKIT_CONTAINER_IMAGE: sandboxImage,
      MSKIT_CLIENT_ID: 'marketplace-a',
      MSKIT_CLIENT_SECRET: 'sandbox-secret-a',
      MSKIT_SECOND_CLIENT_ID: 'marketplace-b',
      MSKIT_SECOND_CLIENT_SECRET: 'sandbox-secret-b',
      MSKIT_READER_CLIENT_ID: 'reader',
      MSKIT_READER_CLIENT_SECRET: 'sandbox-secret-reader',
    },
  });
  const target = { ...(config.target as ContainerTargetConfig), simulationPath: '/simulation', vouchersPath: '/vouchers', ...overrides };
  return { ...config, target };
}

const outcome = (scenario: ScenarioResult) => `${scenario.key} ${scenario.status}`;

async function suiteAgainst(target: ResolvedTarget, tags?: string): Promise<ScenarioResult[]> {
  const session = await openKitSuite();
  try {
    const run = await session.run({ env: target.workerEnv, tags: tags ?? targetTagExpression(target.kind) });
    return scenarioResults(run.envelopes).scenarios;
  } finally {
    await target.stop();
  }
}

async function startFailure(config: RunConfig): Promise<string> {
  const error = await resolveTarget(config).then(
    (target) => target.stop().then(() => assert.fail('the target started')),
    (error: unknown) => error,
  );
  assert.ok(error instanceof TargetError, `a TargetError, not ${String(error)}`);
  assert.doesNotMatch(error.message, /\n/, 'one line');
  return error.message;
}

test('the container target, started by testcontainers', async (t) => {
  const missing = await containerRuntimeMissing();
  if (missing) {
    t.skip(missing);
    return;
  }
  // Rebuilt only when the sandbox's files changed since the image was made (.ci/run builds it first).
  await ensureSandboxImage();

  await t.test('the whole suite against the image gives the in-process sandbox results, webhooks included', async () => {
    const container = await resolveTarget(await containerConfig());
    assert.equal(container.capabilities.webhooks, true);
    const inContainer = await suiteAgainst(container);
    const inProcess = await suiteAgainst(await resolveTarget(await loadRunConfig({ env: {}, overrides: { kind: 'sandbox' } })));
    assert.ok(inContainer.some((scenario) => scenario.tags.includes('@needs-webhooks') && scenario.status === 'passed'), 'webhook scenarios ran');
    assert.deepEqual(inContainer.map(outcome).sort(), inProcess.map(outcome).sort());
    // Same results, so a failure here fails in-process too: the suite or the sandbox, not the container target.
    assert.deepEqual(inContainer.filter((scenario) => scenario.status === 'failed').map(outcome), [], 'the suite passes (these fail on the in-process sandbox too)');
  });

  await t.test('a fault switched on through the container environment is caught', async () => {
    const config = await containerConfig({ env: { MSKIT_SANDBOX_FAULTS: 'get-seller-omits-documents' } });
    const results = await suiteAgainst(await resolveTarget(config), '@ONB-GET-RETURNS-ALL');
    assert.ok(results.some((scenario) => scenario.status === 'failed'), `a scenario fails: ${results.map(outcome).join(', ')}`);
  });

  await t.test('an image that is missing, exits early or never listens is one line naming it', async () => {
    const missingImage = await startFailure(await containerConfig({ image: 'localhost/mskit-no-such-image:none' }));
    assert.match(missingImage, /^container image localhost\/mskit-no-such-image:none is not on this machine/);

    const exited = await startFailure(await containerConfig({ env: { MSKIT_SANDBOX_FAULTS: 'no-such-fault' } }));
    assert.match(exited, new RegExp(`^container ${sandboxImage} exited before answering; it printed last: sandbox: unknown fault "no-such-fault"`));

    // It listens elsewhere than the PORT it is given.
    const silent = await startFailure(await containerConfig({ env: { MSKIT_SANDBOX_PORT: '0' }, startupTimeoutMs: 3000 }));
    assert.match(silent, new RegExp(`^container ${sandboxImage} did not answer HTTP on http://127\\.0\\.0\\.1:\\d+ within 3 s`));
  });
});
