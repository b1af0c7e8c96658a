import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ContractName } from '../../../src/contract/index.ts';
import { DomainProblem } from '../domain/problem.ts';
import type { MarketplaceContext, RaisedEvent } from '../domain/marketplace.ts';
import { maxDocumentBytes } from '../domain/documentRules.ts';
import { checkRequestBody, contractOf } from './contractBoundary.ts';
import { malformedBody, sendProblem } from './problemJson.ts';
import { answerAsWritten } from './shaping/answerShape.ts';
import { eventAsWritten } from './shaping/webhookData.ts';
import { marketplaceScope } from './oauthClients.ts';
import type { Answer, SandboxCore } from './operation.ts';
import { authRoutes } from './routes/auth.ts';
import { onboardingRoutes } from './routes/onboarding.ts';
import { kycRoutes } from './routes/kyc.ts';
import { orderRoutes } from './routes/orders.ts';
import { transactionRoutes } from './routes/transactions.ts';
import { splitRoutes } from './routes/splits.ts';
import { transferRoutes } from './routes/transfers.ts';
import { payoutRoutes } from './routes/payouts.ts';
import { simulationRoutes } from './routes/simulation.ts';
import { voucherRoutes } from './routes/vouchers.ts';

// The sandbox's HTTP face: MS API at the root, the token endpoint, the simulation API under
// /simulation and the voucher API under /vouchers, with one lifecycle for every operation:
// authenticate → parse → check against the contract → rule → answer → deferred work → webhooks.

const prefixes: Record<ContractName, string> = { 'marketplace-services': '', simulation: '/simulation', vouchers: '/vouchers' };

/** Base64 of the largest accepted document plus room for the JSON around it: bigger bodies are refused before parsing. */
const bodyLimit = Math.ceil((maxDocumentBytes * 4) / 3) + 1024 * 1024;

/** SEC-NO-TOKEN-401, SEC-BAD-TOKEN-401, SEC-SCOPE-MARKETPLACE-RW. */
function authenticate(core: SandboxCore, request: FastifyRequest): string {
  const { faults, tokens } = core;
  const header = request.headers.authorization;
  const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  const fallback = tokens.firstMarketplaceClient?.marketplace;
  if (token === undefined) {
    if (faults.has('missing-token-accepted') && fallback) return fallback;
    throw new DomainProblem(401, 'UNAUTHENTICATED', 'A valid bearer token is required: get one from /oauth/token.');
  }
  const grant = tokens.verify(token);
  if (!grant) {
    if (faults.has('invalid-token-accepted') && fallback) return fallback;
    throw new DomainProblem(401, 'UNAUTHENTICATED', 'The bearer token is invalid or expired: get a new one from /oauth/token.');
  }
  if (!grant.scopes.includes(marketplaceScope) && !faults.has('unscoped-token-accepted')) {
    throw new DomainProblem(403, 'INSUFFICIENT_SCOPE', `The token does not carry the ${marketplaceScope} scope.`);
  }
  return grant.marketplace;
}

function parseJsonObject(raw: unknown): Record<string, unknown> {
  if (typeof raw !== 'string' || raw.trim() === '') throw malformedBody('The request body is empty: a JSON object is expected.', 'not-json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw malformedBody('The request body is not JSON.', 'not-json');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw malformedBody('The request body is not a JSON object.', 'not-an-object');
  return parsed as Record<string, unknown>;
}

function operationsWithBody(core: SandboxCore): Set<string> {
  const withBody = new Set<string>();
  for (const contract of [core.contracts.ms, core.contracts.simulation, core.contracts.vouchers]) {
    for (const { operationId, method, pathTemplate } of contract.operations()) {
      if (contract.document.paths[pathTemplate][method].requestBody) withBody.add(`${contract.name}/${operationId}`);
    }
  }
  return withBody;
}

function fastifyErrorAsProblem(error: FastifyError): DomainProblem {
  if (error instanceof DomainProblem) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new DomainProblem(413, 'DOCUMENT_TOO_LARGE', `The request body is above ${bodyLimit} bytes: a document may be at most 10 MiB once decoded.`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return malformedBody('The request body could not be read as JSON.', 'not-json');
    default:
      return new DomainProblem(error.statusCode && error.statusCode < 500 ? error.statusCode : 500, error.statusCode && error.statusCode < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR', error.message.split('\n')[0] ?? 'internal error');
  }
}

/** Which contract operation a path would be under another method: 405 rather than 404. */
function allowedMethods(core: SandboxCore, url: string): string[] {
  const path = url.split('?')[0] ?? url;
  for (const name of ['simulation', 'vouchers', 'marketplace-services'] as const) {
    const prefix = prefixes[name];
    if (prefix && !path.startsWith(`${prefix}/`)) continue;
    const methods = contractOf(core.contracts, name).allowedMethods(path.slice(prefix.length));
    if (methods.length > 0) return methods;
  }
  return [];
}

export function buildServer(core: SandboxCore, options: { logger?: boolean } = {}): FastifyInstance {
  // No implicit HEAD routes: they double the cost of starting a sandbox, and the contracts declare none.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit, return503OnClosing: false, forceCloseConnections: true, exposeHeadRoutes: false });
  const withBody = operationsWithBody(core);

  // Bodies are read as text and parsed by the hooks below, so that a body that is not JSON is a problem+json 400.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.decorateRequest('sandboxCall', undefined);

  app.addHook('onRequest', async (request) => {
    const operation = request.routeOptions.config.operation;
    if (!operation) return;
    const marketplace = core.marketplaceFor(authenticate(core, request));
    const events: RaisedEvent[] = [];
    const jobs: Array<() => void> = [];
    const context: MarketplaceContext = {
      marketplace,
      faults: core.faults,
      dialects: core.dialects,
      raise: (event) => events.push(event),
      afterAnswer: (job) => jobs.push(job),
      everyMarketplace: core.everyMarketplace,
    };
    const answered = { contract: contractOf(core.contracts, operation.contract), operationId: operation.operationId, method: request.method };
    const shape = (answer: Answer): Answer => answerAsWritten(core.dialects, answered, answer);
    request.sandboxCall = { context, events, jobs, release: core.outbox.hold(), shape };
  });

  app.addHook('preHandler', async (request) => {
    const operation = request.routeOptions.config.operation;
    if (!operation || !withBody.has(`${operation.contract}/${operation.operationId}`)) return;
    const body = parseJsonObject(request.body);
    checkRequestBody(contractOf(core.contracts, operation.contract), operation.operationId, body, core.faults);
    request.body = body;
  });

  // Deferred work and webhooks go after the answer (interface §5: delivered asynchronously).
  const afterAnswer = async (request: FastifyRequest) => {
    const call = request.sandboxCall;
    if (!call) return;
    request.sandboxCall = undefined;
    try {
      for (let index = 0; index < call.jobs.length; index += 1) call.jobs[index]!();
      core.outbox.send(call.context.marketplace, call.events.map((event) => eventAsWritten(core.dialects, core.contracts.ms, event)));
    } finally {
      call.release();
    }
  };
  app.addHook('onResponse', afterAnswer);
  app.addHook('onRequestAbort', afterAnswer);

  // ERR-PROBLEM-JSON: codes are stable; the fault answers every second refusal with another code.
  let refusals = 0;
  const unstable = (problem: DomainProblem) =>
    core.faults.has('error-codes-unstable') && ++refusals % 2 === 0 ? new DomainProblem(problem.status, `${problem.code}_AGAIN`, problem.detail, problem.errors, problem.reason) : problem;

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const problem = unstable(fastifyErrorAsProblem(error));
    if (problem.status >= 500) request.log.error(error);
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="ms-sandbox"');
    if (problem.status === 403) reply.header('www-authenticate', `Bearer realm="ms-sandbox", error="insufficient_scope", scope="${marketplaceScope}"`);
    return sendProblem(reply, problem, core.dialects);
  });

  app.setNotFoundHandler((request, reply) => {
    const allowed = allowedMethods(core, request.url);
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendProblem(reply, new DomainProblem(405, 'METHOD_NOT_ALLOWED', `${request.method} is not a method of this resource (allowed: ${allowed.join(', ')}).`), core.dialects);
    }
    return sendProblem(reply, new DomainProblem(404, 'RESOURCE_NOT_FOUND', `No resource at ${request.method} ${request.url.split('?')[0]}.`), core.dialects);
  });

  const routeOptions = { core };
  app.register(authRoutes, routeOptions);
  for (const plugin of [onboardingRoutes, kycRoutes, orderRoutes, transactionRoutes, splitRoutes, transferRoutes, payoutRoutes]) app.register(plugin, routeOptions);
  app.register(simulationRoutes, { ...routeOptions, prefix: prefixes.simulation });
  app.register(voucherRoutes, { ...routeOptions, prefix: prefixes.vouchers });
  return app;
}
