// An implementation shipped as a container image, started with testcontainers on Docker or Podman
// (wherever DOCKER_HOST points). The container shares this machine's network (host networking):
// the kit reaches it on 127.0.0.1, and it reaches the kit's webhook receiver on 127.0.0.1 too, so
// nothing leaves loopback and webhooks work. A published port would not give the container a way
// back to the receiver, and an engine's host-gateway name resolves to a bridge address instead.
// Without a container runtime there is nothing to do but say so in one line (milliseconds).
import { createServer } from 'node:net';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ContainerTargetConfig, RunConfig } from '../config/index.ts';
import { joinUrl } from '../client/index.ts';
import { preflight } from './preflight.ts';
import { resolvedFrom, type ResolvedTarget } from './resolvedTarget.ts';
import { newRunId, newWebhookSecret } from './runIdentity.ts';
import { TargetError } from './targetError.ts';
import type { WorkerTarget } from './workerTarget.ts';

export const noContainerRuntime = 'no container runtime found (Docker/Podman): the container target needs one; use --target url against a running instance instead';

const loopback = '127.0.0.1';

/** A port nobody listens on now, for the container to listen on (it shares our loopback). */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, loopback, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** What the container printed last (stdout and stderr alike), for the one-line failure. */
class LastWords {
  private last = '';
  private ended = false;
  private stream?: Readable;

  follow(stream: Readable): void {
    this.stream = stream;
    stream.on('data', (chunk: Buffer | string) => {
      const lines = chunk.toString().split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
      if (lines.length > 0) this.last = lines[lines.length - 1];
    });
    stream.once('end', () => (this.ended = true));
    stream.once('error', () => (this.ended = true));
  }

  /** Waits briefly for the log stream to drain, for a container that just exited. */
  async text(): Promise<string> {
    for (let waited = 0; !this.ended && this.stream && waited < 1000; waited += 50) await sleep(50);
    return this.last ? `; it printed last: ${this.last}` : '; it printed nothing';
  }
}

/** Polls the container's port until something answers HTTP, the container stops, or time runs out. */
async function waitUntilAnswers(origin: string, isRunning: () => Promise<boolean>, timeoutMs: number): Promise<'answers' | 'exited' | 'silent'> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(origin, { signal: AbortSignal.timeout(2000) });
      return 'answers';
    } catch {
      // Not listening yet (connection refused): the usual start-up state.
    }
    if (!(await isRunning())) return 'exited';
    await sleep(100);
  }
  return 'silent';
}

export async function startContainerTarget(config: RunConfig & { target: ContainerTargetConfig }): Promise<ResolvedTarget> {
  const { target } = config;
  const { GenericContainer, ImageName, getContainerRuntimeClient } = await import('testcontainers');
  let client: Awaited<ReturnType<typeof getContainerRuntimeClient>>;
  try {
    client = await getContainerRuntimeClient();
  } catch {
    throw new TargetError(noContainerRuntime);
  }
  const image = target.image;
  const present = await client.image.exists(ImageName.fromString(image)).catch(() => false);
  const port = target.port ?? (await freeLoopbackPort());
  const lastWords = new LastWords();
  let started: Awaited<ReturnType<InstanceType<typeof GenericContainer>['start']>>;
  try {
    started = await new GenericContainer(image)
      .withNetworkMode('host')
      // PORT and HOST tell the implementation where to listen: loopback only, the machine's network is shared.
      .withEnvironment({ PORT: String(port), HOST: loopback, ...target.env })
      .withLogConsumer((stream) => lastWords.follow(stream))
      .withStartupTimeout(target.startupTimeoutMs)
      .start();
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0].trim();
    if (!present) throw new TargetError(`container image ${image} is not on this machine and could not be pulled: build or pull it first (${reason})`);
    const hint = /ryuk/i.test(reason) ? ' (on Podman, or without a registry, set TESTCONTAINERS_RYUK_DISABLED=true)' : '';
    throw new TargetError(`container ${image} did not start: ${reason}${hint}`);
  }

  const origin = `http://${loopback}:${port}`;
  const container = client.container.getById(started.getId());
  const isRunning = () => client.container.inspect(container).then((info) => info.State.Running, () => false);
  const stop = async () => {
    await started.stop({ timeout: 5000 }).catch(() => undefined);
  };
  const readiness = await waitUntilAnswers(origin, isRunning, target.startupTimeoutMs);
  if (readiness !== 'answers') {
    const words = await lastWords.text();
    await stop();
    const what = readiness === 'exited' ? 'exited before answering' : `did not answer HTTP on ${origin} within ${target.startupTimeoutMs / 1000} s (it must listen on $PORT)`;
    throw new TargetError(`container ${image} ${what}${words}`);
  }

  const worker: WorkerTarget = {
    kind: 'container',
    description: `container ${image} at ${origin}`,
    runId: newRunId(),
    apiBaseUrl: joinUrl(origin, target.apiBasePath),
    tokenUrl: joinUrl(origin, target.tokenPath),
    clients: {
      primary: { clientId: target.clientId, clientSecret: target.clientSecret, scope: target.scope },
      second: target.secondMarketplace && { scope: target.scope, ...target.secondMarketplace },
      pool: target.marketplacePool?.map((client) => ({ scope: target.scope, ...client })),
      reader: target.readerClient,
    },
    headers: target.headers,
    simulationBaseUrl: target.simulationPath && joinUrl(origin, target.simulationPath),
    vouchersBaseUrl: target.vouchersPath && joinUrl(origin, target.vouchersPath),
    capabilities: {
      simulation: Boolean(target.simulationPath),
      secondMarketplace: Boolean(target.secondMarketplace),
      readerClient: Boolean(target.readerClient),
      // The kit registers its receiver through the simulation API; the container reaches it on loopback.
      webhooks: Boolean(target.simulationPath),
      vouchers: Boolean(target.vouchersPath),
    },
    webhooks: target.simulationPath ? { secret: newWebhookSecret(), registration: 'simulation' } : undefined,
    profile: config.profile,
    requestTimeoutMs: config.requestTimeoutMs,
  };
  try {
    await preflight(worker);
  } catch (error) {
    await stop();
    throw error;
  }
  return resolvedFrom(worker, stop);
}
