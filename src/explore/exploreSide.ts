// One side of an exploration: the target or the reference sandbox, reached through a transport
// (HTTP for a target, in-process requests for an embedded sandbox), with a webhook receiver
// registered through the simulation API. Answers are not validated here: the suite judges
// contracts; explore compares behaviour.
import { randomUUID } from 'node:crypto';
import { ApiClient, joinUrl, type ApiRequest, type ApiResponse, type ContractChecker, type Redactor } from '../client/index.ts';
import type { Contract } from '../contract/index.ts';
import type { Profile } from '../profile/index.ts';
import { tokenStoreFor, TargetError, type WorkerTarget } from '../targets/index.ts';
import { startWebhookReceiver, WebhookInbox } from '../webhooks/index.ts';

export type SideName = 'target' | 'reference';

export interface SideTransport {
  ms(request: ApiRequest): Promise<ApiResponse>;
  simulation(request: ApiRequest): Promise<ApiResponse>;
  /** The voucher API (interface §7), when the side has one. */
  vouchers?(request: ApiRequest): Promise<ApiResponse>;
}

export interface ExploreSide extends SideTransport {
  readonly name: SideName;
  readonly profile: Profile;
  /** Whether webhooks reach this side's receiver (the target may deliver none to the kit). */
  readonly webhooks: boolean;
  readonly inbox: WebhookInbox;
  /** Resolves once the side has sent what it owes so far (the reference sandbox knows; a target is polled). */
  quiet(): Promise<void>;
}

export interface ExploreContracts {
  ms: Contract;
  simulation: Contract;
  vouchers: Contract;
}

/** Operation ids only: a status is read through the profile per operation, never validated here. */
export function operationsOf(contract: Contract): ContractChecker {
  return { matchOperation: (method, path) => contract.matchOperation(method, path), validateResponse: () => [] };
}

/** A target reached over HTTP with its OAuth clients. */
export function httpTransport(worker: WorkerTarget, contracts: ExploreContracts, redactor: Redactor): SideTransport {
  if (!worker.simulationBaseUrl) throw new TargetError('explore needs the simulation API (settlements, bank batches, the clock, GET /accounts): set target.simulationBaseUrl');
  const tokens = tokenStoreFor(worker, redactor);
  const base = { tokens, timeoutMs: worker.requestTimeoutMs, redactor };
  const ms = new ApiClient({ ...base, api: 'MS', baseUrl: worker.apiBaseUrl, baseUrlKey: 'target.apiBaseUrl', contract: operationsOf(contracts.ms), headers: worker.headers });
  const simulation = new ApiClient({ ...base, api: 'simulation', baseUrl: worker.simulationBaseUrl, baseUrlKey: 'target.simulationBaseUrl', contract: operationsOf(contracts.simulation) });
  const transport: SideTransport = { ms: (request) => ms.send(request), simulation: (request) => simulation.send(request) };
  if (!worker.vouchersBaseUrl) return transport;
  const vouchers = new ApiClient({ ...base, api: 'vouchers', baseUrl: worker.vouchersBaseUrl, baseUrlKey: 'target.vouchersBaseUrl', contract: operationsOf(contracts.vouchers) });
  return { ...transport, vouchers: (request) => vouchers.send(request) };
}

/** Where a side's webhooks arrive: one receiver, kept for many journeys (each reads only its own resources' events). */
export interface WebhookEndpoint {
  inbox: WebhookInbox;
  /** The URL to register (a path of this receiver's own). */
  url: string;
  secret: string;
  /** `external`: registered outside the kit, nothing to register. */
  registration: 'simulation' | 'external';
  close(): Promise<void>;
}

export async function openWebhookEndpoint(profile: Profile, webhooks: NonNullable<WorkerTarget['webhooks']>): Promise<WebhookEndpoint> {
  const inbox = new WebhookInbox({ envelope: profile.webhooks.envelope });
  const path = randomUUID();
  const receiver = await startWebhookReceiver({
    inbox,
    secret: webhooks.secret,
    signatureHeader: profile.webhooks.signatureHeader,
    toleranceSeconds: profile.webhooks.toleranceSeconds,
    host: '127.0.0.1',
    port: webhooks.listenPort,
    accepts: (at) => at.split('/').includes(path),
  });
  return { inbox, url: joinUrl(webhooks.publicUrl ?? receiver.url, `${path}/primary`), secret: webhooks.secret, registration: webhooks.registration, close: () => receiver.close() };
}

/** A side of one journey; its webhooks come to `endpoint` (registered here), none when absent. */
export async function openSide(options: { name: SideName; transport: SideTransport; endpoint?: WebhookEndpoint; profile: Profile; quiet?: () => Promise<void> }): Promise<ExploreSide> {
  const { transport, endpoint } = options;
  if (endpoint?.registration === 'simulation') {
    const answer = await transport.simulation({ method: 'POST', path: '/webhook-endpoints', body: { url: endpoint.url, secret: endpoint.secret } });
    if (answer.status < 200 || answer.status >= 300) throw new TargetError(`the ${options.name} refused to register explore's webhook endpoint (${answer.status} at POST ${answer.url})`);
  }
  return {
    name: options.name,
    profile: options.profile,
    webhooks: endpoint !== undefined,
    inbox: endpoint?.inbox ?? new WebhookInbox({ envelope: options.profile.webhooks.envelope }),
    ms: transport.ms,
    simulation: transport.simulation,
    ...(transport.vouchers ? { vouchers: transport.vouchers } : {}),
    quiet: options.quiet ?? (async () => {}),
  };
}
