// What the provider verification needs of a resolved target: tokens (the same TokenStore as the
// suite), plain API clients for setting states up, the webhook receiver and inbox (registered
// through the simulation API when the target allows it) and fresh ids for everything it creates.
import { ApiClient, Redactor, TokenStore, joinUrl } from '../../client/index.ts';
import { loadContract } from '../../contract/index.ts';
import type { Profile } from '../../profile/index.ts';
import { TargetError, tokenStoreFor, type Capabilities, type WorkerTarget } from '../../targets/index.ts';
import { WebhookInbox } from '../../webhooks/webhookInbox.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../webhooks/webhookReceiver.ts';
import { RunIds } from '../../world/scenarioIds.ts';

export interface ProviderSession {
  target: WorkerTarget;
  capabilities: Capabilities;
  profile: Profile;
  redactor: Redactor;
  tokens: TokenStore;
  ms: ApiClient;
  simulation?: ApiClient;
  inbox?: WebhookInbox;
  ids: RunIds;
  stop(): Promise<void>;
}

async function registerReceiver(session: ProviderSession, receiver: WebhookReceiver, webhooks: NonNullable<WorkerTarget['webhooks']>): Promise<void> {
  if (webhooks.registration !== 'simulation') return;
  if (!session.simulation) throw new TargetError("webhooks need the simulation API to register the kit's endpoint: set target.simulationBaseUrl");
  const url = joinUrl(webhooks.publicUrl ?? receiver.url, 'pact');
  const answer = await session.simulation.send({ method: 'POST', path: '/webhook-endpoints', body: { url, secret: webhooks.secret } });
  if (answer.status < 200 || answer.status >= 300) {
    throw new TargetError(`the simulation API refused to register the webhook endpoint (${answer.status} at POST ${answer.url}): check target.simulationBaseUrl`);
  }
}

export async function openProviderSession(target: WorkerTarget, profile: Profile): Promise<ProviderSession> {
  const redactor = new Redactor();
  redactor.addSecret(target.webhooks?.secret);
  const tokens = tokenStoreFor(target, redactor);
  const base = { tokens, timeoutMs: target.requestTimeoutMs, redactor, headers: target.headers };
  const stops: (() => Promise<void>)[] = [];
  const session: ProviderSession = {
    target,
    capabilities: target.capabilities,
    profile,
    redactor,
    tokens,
    ms: new ApiClient({ ...base, api: 'MS', baseUrl: target.apiBaseUrl, baseUrlKey: 'target.apiBaseUrl' }),
    simulation: target.simulationBaseUrl ? new ApiClient({ ...base, api: 'simulation', baseUrl: target.simulationBaseUrl, baseUrlKey: 'target.simulationBaseUrl' }) : undefined,
    ids: new RunIds(target.runId, 'pact'),
    stop: async () => {
      for (const stop of stops.reverse()) await stop();
    },
  };
  try {
    // A wrong client secret or token URL shows here, in one line, before any interaction runs.
    await tokens.tokenFor('primary');
    if (target.capabilities.webhooks && target.webhooks) {
      const contract = await loadContract('marketplace-services');
      const inbox = new WebhookInbox({ envelope: profile.webhooks.envelope, validate: (type, body) => contract.validateWebhook(type, body) });
      const receiver = await startWebhookReceiver({
        inbox,
        secret: target.webhooks.secret,
        signatureHeader: profile.webhooks.signatureHeader,
        toleranceSeconds: profile.webhooks.toleranceSeconds,
        port: target.webhooks.listenPort,
      });
      stops.push(() => receiver.close());
      session.inbox = inbox;
      await registerReceiver(session, receiver, target.webhooks);
    }
    return session;
  } catch (error) {
    await session.stop();
    throw error;
  }
}
