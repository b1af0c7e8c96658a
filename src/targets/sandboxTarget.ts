// The default target: the embedded sandbox, started in this process on a random loopback port.
// It has every capability (simulation API, two marketplaces, a reader client, webhooks, vouchers).
// Its modules load only when it is the target: cucumber's worker processes never load them. The
// kit's requests reach it in-process (src/targets/inProcessTargets.ts), and so do its webhooks to the
// kit's receivers (src/webhooks/inProcessReceivers.ts); it still listens on its port for anything
// else (a worker process, a curl line from the report), and posts other webhooks over HTTP.
import type { RunConfig, SandboxTargetConfig } from '../config/index.ts';
import { receiveInProcess } from '../webhooks/inProcessReceivers.ts';
import { registerInProcessTarget } from './inProcessTargets.ts';
import { resolvedFrom, type ResolvedTarget } from './resolvedTarget.ts';
import { newRunId, newWebhookSecret } from './runIdentity.ts';
import { TargetError } from './targetError.ts';
import type { WorkerTarget } from './workerTarget.ts';

/** The sandbox's built-in clients (public sandbox credentials, printed by `npm run sandbox`). */
export const sandboxClients = {
  primary: { clientId: 'marketplace-a', clientSecret: 'sandbox-secret-a', scope: 'marketplace:rw' },
  second: { clientId: 'marketplace-b', clientSecret: 'sandbox-secret-b', scope: 'marketplace:rw' },
  reader: { clientId: 'reader', clientSecret: 'sandbox-secret-reader' },
  /** Extra marketplaces, one per concurrent lane (docs/parallel.md). */
  pool: Array.from({ length: 8 }, (_, i) => ({ clientId: `marketplace-pool-${i + 1}`, clientSecret: `sandbox-secret-pool-${i + 1}`, scope: 'marketplace:rw' })),
};

/** The dialects are passed through as they are: the caller gives the profile that declares them (mocks/sandbox/dialectProfile.ts). */
export async function startSandboxTarget(config: RunConfig & { target: SandboxTargetConfig }): Promise<ResolvedTarget> {
  const { createSandbox } = await import('../../mocks/sandbox/index.ts');
  const { httpWebhookPost } = await import('../../mocks/sandbox/webhookOutbox.ts');
  let sandbox: ReturnType<typeof createSandbox>;
  let urls: Awaited<ReturnType<typeof sandbox.listen>>;
  try {
    sandbox = createSandbox({ faults: config.target.faults, dialects: config.target.dialects, webhooks: { post: async (url, request) => receiveInProcess(url, request) ?? httpWebhookPost(url, request) } });
    urls = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    throw new TargetError(`the embedded sandbox did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  const faults = config.target.faults.length > 0 ? `faults: ${config.target.faults.join(', ')}` : 'no faults';
  const dialects = sandbox.dialects.length > 0 ? `; dialects: ${sandbox.dialects.join(', ')}` : '';
  const worker: WorkerTarget = {
    kind: 'sandbox',
    description: `embedded sandbox at ${urls.apiBaseUrl} (${faults}${dialects})`,
    runId: newRunId(),
    apiBaseUrl: urls.apiBaseUrl,
    tokenUrl: urls.tokenUrl,
    clients: sandboxClients,
    headers: {},
    simulationBaseUrl: urls.simulationUrl,
    vouchersBaseUrl: urls.vouchersUrl,
    capabilities: { simulation: true, secondMarketplace: true, readerClient: true, webhooks: true, vouchers: true },
    webhooks: { secret: newWebhookSecret(), registration: 'simulation' },
    profile: config.profile,
    requestTimeoutMs: config.requestTimeoutMs,
  };
  const unregister = registerInProcessTarget(urls.apiBaseUrl, sandbox);
  return resolvedFrom(worker, async () => {
    unregister();
    await sandbox.close();
  });
}
