// The Prism mock of the MS contract as a target: a child process on a free loopback port. It is
// stateless and answers from the contract's examples, so only `@stateless` scenarios make sense
// (see targetTagExpression); it accepts any bearer token and has none of the optional capabilities.
import { startPrismMock } from '../../mocks/prism/prismMock.ts';
import type { RunConfig } from '../config/index.ts';
import { resolvedFrom, type ResolvedTarget } from './resolvedTarget.ts';
import { newRunId } from './runIdentity.ts';
import { TargetError } from './targetError.ts';

export async function startPrismTarget(config: RunConfig): Promise<ResolvedTarget> {
  let mock: Awaited<ReturnType<typeof startPrismMock>>;
  try {
    mock = await startPrismMock({ contract: 'marketplace-services', startTimeoutMs: 30_000 });
  } catch (error) {
    throw new TargetError(`the Prism mock did not start: ${(error as Error).message.split('\n')[0]}`);
  }
  return resolvedFrom(
    {
      kind: 'prism',
      description: `Prism mock of contracts/marketplace-services.openapi.yaml at ${mock.baseUrl} (stateless: @stateless scenarios only)`,
      runId: newRunId(),
      apiBaseUrl: mock.baseUrl,
      staticToken: 'mskit-prism-token',
      clients: { primary: { clientId: 'prism', clientSecret: '' } },
      headers: {},
      capabilities: { simulation: false, secondMarketplace: false, readerClient: false, webhooks: false, vouchers: false },
      profile: config.profile,
      requestTimeoutMs: config.requestTimeoutMs,
    },
    () => mock.stop(),
  );
}
