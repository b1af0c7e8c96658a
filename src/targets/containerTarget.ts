// An implementation shipped as a container image, started with testcontainers. Without a container
// runtime (Docker, Podman) there is nothing to do but say so in one line, which takes milliseconds
// to find out. Webhooks are not routed into the container (its loopback is not the kit's).
import type { ContainerTargetConfig, RunConfig } from '../config/index.ts';
import { joinUrl } from '../client/index.ts';
import { preflight } from './preflight.ts';
import { resolvedFrom, type ResolvedTarget } from './resolvedTarget.ts';
import { newRunId } from './runIdentity.ts';
import { TargetError } from './targetError.ts';
import type { WorkerTarget } from './workerTarget.ts';

export const noContainerRuntime = 'no container runtime found (Docker/Podman): the container target needs one; use --target url against a running instance instead';

export async function startContainerTarget(config: RunConfig & { target: ContainerTargetConfig }): Promise<ResolvedTarget> {
  const { target } = config;
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch {
    throw new TargetError(noContainerRuntime);
  }
  let started: Awaited<ReturnType<InstanceType<typeof GenericContainer>['start']>>;
  try {
    started = await new GenericContainer(target.image)
      .withExposedPorts(target.port)
      .withEnvironment(target.env)
      .withWaitStrategy(Wait.forListeningPorts())
      .withStartupTimeout(target.startupTimeoutMs)
      .start();
  } catch (error) {
    throw new TargetError(`container ${target.image} did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  const origin = `http://${started.getHost()}:${started.getMappedPort(target.port)}`;
  const worker: WorkerTarget = {
    kind: 'container',
    description: `container ${target.image} at ${origin}`,
    runId: newRunId(),
    apiBaseUrl: joinUrl(origin, target.apiBasePath),
    tokenUrl: joinUrl(origin, target.tokenPath),
    clients: {
      primary: { clientId: target.clientId, clientSecret: target.clientSecret, scope: target.scope },
      second: target.secondMarketplace && { scope: target.scope, ...target.secondMarketplace },
      reader: target.readerClient,
    },
    headers: target.headers,
    simulationBaseUrl: target.simulationPath && joinUrl(origin, target.simulationPath),
    vouchersBaseUrl: target.vouchersPath && joinUrl(origin, target.vouchersPath),
    capabilities: {
      simulation: Boolean(target.simulationPath),
      secondMarketplace: Boolean(target.secondMarketplace),
      readerClient: Boolean(target.readerClient),
      webhooks: false,
      vouchers: Boolean(target.vouchersPath),
    },
    profile: config.profile,
    requestTimeoutMs: config.requestTimeoutMs,
  };
  const stop = async () => {
    await started.stop();
  };
  try {
    await preflight(worker);
  } catch (error) {
    await stop();
    throw error;
  }
  return resolvedFrom(worker, stop);
}
