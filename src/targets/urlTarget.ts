// An implementation reachable by URL (UAT, pre-production, a local build). Nothing to start: the
// capabilities follow from what is configured, and a preflight checks it answers before the run.
import { shownProxy } from '../client/index.ts';
import type { RunConfig, UrlTargetConfig } from '../config/index.ts';
import { preflight } from './preflight.ts';
import { resolvedFrom, type ResolvedTarget } from './resolvedTarget.ts';
import { newRunId, newWebhookSecret } from './runIdentity.ts';
import type { WorkerTarget } from './workerTarget.ts';

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}

/** How webhooks can reach the kit's receiver, if at all. */
function webhookRoute(target: UrlTargetConfig): WorkerTarget['webhooks'] {
  const listenPort = target.webhookListenPort;
  const secret = target.webhookSecret ?? newWebhookSecret();
  if (target.simulationBaseUrl && target.webhookPublicUrl) return { secret, publicUrl: target.webhookPublicUrl, listenPort, registration: 'simulation' };
  // A target on this machine reaches the receiver on loopback directly.
  if (target.simulationBaseUrl && isLoopback(target.apiBaseUrl)) return { secret, listenPort, registration: 'simulation' };
  if (target.webhookPublicUrl && target.webhookSecret) return { secret: target.webhookSecret, publicUrl: target.webhookPublicUrl, listenPort, registration: 'external' };
  return undefined;
}

export function urlWorkerTarget(config: RunConfig & { target: UrlTargetConfig }): WorkerTarget {
  const { target } = config;
  const webhooks = webhookRoute(target);
  return {
    kind: 'url',
    description: `${target.apiBaseUrl} (client ${target.clientId}${target.secondMarketplace ? `, second marketplace ${target.secondMarketplace.clientId}` : ''}${target.tls?.cert ? ', mutual TLS' : ''}${target.proxy ? `, through proxy ${shownProxy(target.proxy.url)}` : ''})`,
    runId: newRunId(),
    apiBaseUrl: target.apiBaseUrl,
    tokenUrl: target.tokenUrl,
    clients: {
      primary: { clientId: target.clientId, clientSecret: target.clientSecret, scope: target.scope },
      second: target.secondMarketplace && { scope: target.scope, ...target.secondMarketplace },
      pool: target.marketplacePool?.map((client) => ({ scope: target.scope, ...client })),
      reader: target.readerClient,
    },
    headers: target.headers,
    simulationBaseUrl: target.simulationBaseUrl,
    vouchersBaseUrl: target.vouchersBaseUrl,
    capabilities: {
      simulation: Boolean(target.simulationBaseUrl),
      secondMarketplace: Boolean(target.secondMarketplace),
      readerClient: Boolean(target.readerClient),
      webhooks: webhooks !== undefined,
      vouchers: Boolean(target.vouchersBaseUrl),
    },
    webhooks,
    connection: { tokenAuth: target.tokenAuth, tls: target.tls, proxy: target.proxy },
    profile: config.profile,
    requestTimeoutMs: config.requestTimeoutMs,
  };
}

export async function startUrlTarget(config: RunConfig & { target: UrlTargetConfig }): Promise<ResolvedTarget> {
  const worker = urlWorkerTarget(config);
  await preflight(worker);
  return resolvedFrom(worker, async () => {});
}
