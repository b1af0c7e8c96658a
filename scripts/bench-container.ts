// `npm run bench:container`: what the container target costs. Time to build the sandbox image, to
// start it (until it answers and passes the preflight), and the whole suite's wall time against it
// vs the in-process sandbox. Needs an engine: `. scripts/container-runtime.sh` first.
import { buildSandboxImage, sandboxImage } from '../mocks/container/build-image.ts';
import { openKitSuite } from '../src/cli/kitSuite.ts';
import { loadRunConfig, type ContainerTargetConfig, type RunConfig } from '../src/config/index.ts';
import { scenarioResults } from '../src/report/scenarioResults.ts';
import { resolveTarget, targetTagExpression, type ResolvedTarget } from '../src/targets/index.ts';

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

const { getContainerRuntimeClient } = await import('testcontainers');
const engine = await getContainerRuntimeClient().catch(() => undefined);
if (!engine) {
  console.error('bench-container: no container runtime (Docker/Podman): run `. scripts/container-runtime.sh` first');
  process.exit(1);
}

const build = await buildSandboxImage();
console.log(`image build (${sandboxImage}, from an assembled context): ${build.seconds.toFixed(1)} s`);

const base = await loadRunConfig({ env: {}, overrides: { kind: 'sandbox' } });
const container: RunConfig & { target: ContainerTargetConfig } = {
  ...base,
  target: {
    kind: 'container',
    image: sandboxImage,
    env: {},
    startupTimeoutMs: 60000,
    apiBasePath: '/',
    tokenPath: '/oauth/token',
    simulationPath: '/simulation',
    vouchersPath: '/vouchers',
    clientId: 'marketplace-a',
    clientSecret: 'sandbox-secret-a',
    scope: 'marketplace:rw',
    headers: {},
    secondMarketplace: { clientId: 'marketplace-b', clientSecret: 'sandbox-secret-b' },
    readerClient: { clientId: 'reader', clientSecret: 'sandbox-secret-reader' },
  },
};

const session = await openKitSuite();
async function suite(label: string, config: RunConfig): Promise<void> {
  const startedAt = performance.now();
  const target: ResolvedTarget = await resolveTarget(config);
  const startup = seconds(startedAt);
  const runAt = performance.now();
  try {
    const run = await session.run({ env: target.workerEnv, tags: targetTagExpression(target.kind) });
    const results = scenarioResults(run.envelopes).scenarios;
    const count = (status: string) => results.filter((scenario) => scenario.status === status).length;
    console.log(`${label}: start ${startup} s, suite ${seconds(runAt)} s (${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped)`);
  } finally {
    const stopAt = performance.now();
    await target.stop();
    console.log(`${label}: stop ${seconds(stopAt)} s`);
  }
}

await suite('in-process sandbox', base);
await suite('container (testcontainers)', container);
// As mskit does: a keep-alive socket left by a run must not keep the benchmark hanging.
process.exit(0);
