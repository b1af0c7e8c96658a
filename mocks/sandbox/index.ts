import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { chooseFaults, faultSwitches, type FaultName } from './faults.ts';
import { chooseDialects, dialects as dialectList, type DialectName } from './dialects.ts';
import { openMarketplace, type Marketplace } from './domain/marketplace.ts';
import { startVirtualClock } from './domain/virtualClock.ts';
import { WebhookOutbox, defaultOutboxOptions, type OutboxOptions } from './webhookOutbox.ts';
import { builtInClients, TokenIssuer, type SandboxClient } from './http/oauthClients.ts';
import { loadContracts } from './http/contractBoundary.ts';
import { buildServer } from './http/server.ts';
import type { SandboxCore } from './http/operation.ts';

// The embedded sandbox: a stateful reference implementation of every rule of the catalogue, with
// the simulation API, fault switches and dialects. `createSandbox(options).listen()` starts it.

export { faultSwitches, dialectList as dialects, builtInClients };
export type { FaultName, DialectName, SandboxClient, OutboxOptions };

export interface SandboxOptions {
  /** Fault switches to turn on (see faults.ts); none by default. */
  faults?: readonly string[];
  /** Dialects to speak (see dialects.ts; `all` for every one); none by default. Faults and dialects combine. */
  dialects?: readonly string[];
  /** OAuth clients; the three built-in ones when absent. */
  clients?: SandboxClient[];
  tokenTtlSeconds?: number;
  /** Webhook delivery: attempt timeout, attempts, first backoff. */
  webhooks?: Partial<OutboxOptions>;
  /** Where every marketplace's virtual clock starts; the wall time (to the second) by default. */
  clockStart?: Date;
  logger?: boolean;
}

export interface SandboxUrls {
  apiBaseUrl: string;
  tokenUrl: string;
  simulationUrl: string;
  vouchersUrl: string;
}

export interface Sandbox {
  readonly clients: readonly SandboxClient[];
  readonly faults: readonly FaultName[];
  readonly dialects: readonly DialectName[];
  listen(options?: { port?: number; host?: string }): Promise<SandboxUrls>;
  /** In-process requests without a socket (tests, benchmarks). */
  inject(request: InjectOptions): Promise<LightMyRequestResponse>;
  /** Resolves once every webhook raised so far has been acknowledged or given up. */
  webhooksIdle(): Promise<void>;
  close(): Promise<void>;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const faults = chooseFaults(options.faults ?? []);
  const dialects = chooseDialects(options.dialects ?? []);
  const clients = options.clients ?? builtInClients;
  const clockStart = options.clockStart ?? new Date();
  const marketplaces = new Map<string, Marketplace>();
  const everyMarketplace = () => marketplaces.values();
  const outbox = new WebhookOutbox({ ...defaultOutboxOptions, ...options.webhooks }, faults, dialects, everyMarketplace);
  const tokens = new TokenIssuer(clients, options.tokenTtlSeconds ?? 3600, faults);
  let app: Promise<FastifyInstance> | undefined;

  const ready = (): Promise<FastifyInstance> => {
    app ??= loadContracts().then(async (contracts) => {
      const core: SandboxCore = {
        contracts,
        faults,
        dialects,
        outbox,
        tokens,
        everyMarketplace,
        marketplaceFor(id) {
          let marketplace = marketplaces.get(id);
          if (!marketplace) {
            marketplace = openMarketplace(id, startVirtualClock(clockStart));
            marketplaces.set(id, marketplace);
          }
          return marketplace;
        },
      };
      const server = buildServer(core, { logger: options.logger });
      await server.ready();
      return server;
    });
    return app;
  };

  return {
    clients,
    faults: faults.names,
    dialects: dialects.names,
    async listen({ port = 0, host = '127.0.0.1' } = {}) {
      const server = await ready();
      await server.listen({ port, host });
      const address = server.server.address();
      const boundPort = typeof address === 'object' && address ? address.port : port;
      const apiBaseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
      return { apiBaseUrl, tokenUrl: `${apiBaseUrl}/oauth/token`, simulationUrl: `${apiBaseUrl}/simulation`, vouchersUrl: `${apiBaseUrl}/vouchers` };
    },
    async inject(request) {
      return (await ready()).inject(request);
    },
    webhooksIdle: () => outbox.idle(),
    async close() {
      outbox.close();
      if (app) await (await app).close();
    },
  };
}
