import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { ContractName } from '../../../src/contract/index.ts';
import type { Marketplace, MarketplaceContext, RaisedEvent } from '../domain/marketplace.ts';
import type { FaultSet } from '../faults.ts';
import type { DialectSet } from '../dialects.ts';
import type { Contracts } from './contractBoundary.ts';
import type { WebhookOutbox } from '../webhookOutbox.ts';
import type { TokenIssuer } from './oauthClients.ts';

// How a route plugin declares an operation of a contract: the sandbox's hooks then authenticate
// it, check its body against the contract and give the handler its marketplace's context.

/** What every route plugin can reach. */
export interface SandboxCore {
  contracts: Contracts;
  faults: FaultSet;
  dialects: DialectSet;
  outbox: WebhookOutbox;
  tokens: TokenIssuer;
  marketplaceFor(id: string): Marketplace;
  everyMarketplace(): Iterable<Marketplace>;
}

export interface RouteOptions {
  core: SandboxCore;
}

export interface Call {
  context: MarketplaceContext;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  body: any;
  request: FastifyRequest;
}

export interface Answer {
  status: number;
  body?: unknown;
}

export interface OperationConfig {
  contract: ContractName;
  operationId: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    operation?: OperationConfig;
  }
  interface FastifyRequest {
    sandboxCall?: {
      context: MarketplaceContext;
      events: RaisedEvent[];
      jobs: Array<() => void>;
      release: () => void;
      /** The answer as the sandbox's dialects write it. */
      shape(answer: Answer): Answer;
    };
  }
}

export function operation(app: FastifyInstance, contract: ContractName, method: HTTPMethods, url: string, operationId: string, handle: (call: Call) => Answer): void {
  app.route({
    method,
    url,
    config: { operation: { contract, operationId } },
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const call = request.sandboxCall!;
      const answer = call.shape(
        handle({
          context: call.context,
          params: request.params as Record<string, string>,
          query: request.query as Record<string, string | undefined>,
          body: request.body,
          request,
        }),
      );
      reply.code(answer.status);
      return answer.body === undefined ? reply.send() : reply.send(answer.body);
    },
  });
}
