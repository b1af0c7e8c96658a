// An extra webhook endpoint a scenario registers through the simulation API (which adds endpoints,
// interface §6) to watch deliveries the kit's receiver cannot show: it can refuse the first delivery
// of each event about a seller, to see the target retry (interface §5: at least once, same id), or
// only record, to see that another marketplace's events never reach it. One per marketplace and
// kit runtime: registrations cannot be undone, so it lives until the run ends.
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readPointer } from '../client/index.ts';
import { dataConcerns, type EnvelopePointers } from '../webhooks/webhookInbox.ts';
import { ExpectationError, kitRuntime, type KitRuntime, type KitWorld } from '../world/index.ts';
import type { Marketplace } from './onboarding.ts';

export interface ProbedDelivery {
  id?: string;
  type?: string;
  data: unknown;
  /** The status the endpoint answered. */
  answered: number;
}

export class KycWebhookEndpoint {
  readonly deliveries: ProbedDelivery[] = [];
  private readonly refuseFirst: string[][] = [];
  private readonly refused = new Set<string>();
  private readonly changes = new EventEmitter();

  /** `envelope`: where the profile says a webhook body holds its id, type and data. */
  constructor(
    private readonly server: Server,
    private readonly envelope: EnvelopePointers,
  ) {
    this.changes.setMaxListeners(0);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const delivery = this.record(Buffer.concat(chunks).toString('utf8'));
        response.writeHead(delivery.answered).end();
        this.changes.emit('change');
      });
    });
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/probe`;
  }

  /** From now on, the first delivery of each event type about these ids is answered 503. */
  refuseFirstDeliveryAbout(keys: readonly string[]): void {
    this.refuseFirst.push([...keys]);
  }

  private record(rawBody: string): ProbedDelivery {
    let body: unknown;
    try {
      body = JSON.parse(rawBody);
    } catch {
      // Kept with no id or type: the target's envelope is checked by the kit's own receiver.
    }
    const [id, type, data] = [readPointer(body, this.envelope.id), readPointer(body, this.envelope.type), readPointer(body, this.envelope.data)];
    const eventType = typeof type === 'string' ? type : undefined;
    const keys = this.refuseFirst.find((candidate) => dataConcerns(data, candidate));
    const refusal = keys && eventType ? `${keys.join('|')}:${eventType}` : undefined;
    const refuse = refusal !== undefined && !this.refused.has(refusal);
    if (refusal) this.refused.add(refusal);
    const delivery: ProbedDelivery = { id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined, type: eventType, data, answered: refuse ? 503 : 204 };
    this.deliveries.push(delivery);
    return delivery;
  }

  about(keys: readonly string[], type?: string): ProbedDelivery[] {
    return this.deliveries.filter((delivery) => dataConcerns(delivery.data, keys) && (type === undefined || delivery.type === type));
  }

  /** Resolves once `count` deliveries of `type` about these ids arrived; rejects at the deadline saying what did. */
  waitForDeliveries(keys: readonly string[], type: string, count: number, deadlineMs: number): Promise<ProbedDelivery[]> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = this.about(keys, type);
        if (found.length < count) return false;
        finish();
        resolve(found);
        return true;
      };
      const finish = () => {
        clearTimeout(timer);
        this.changes.off('change', check);
      };
      const timer = setTimeout(() => {
        finish();
        const seen = this.about(keys).map((delivery) => `${delivery.type ?? '?'} answered ${delivery.answered}`);
        reject(new ExpectationError(`the probe endpoint did not receive ${count} ${type} deliveries within ${deadlineMs} ms; it received: ${seen.join(', ') || 'nothing'} about them`));
      }, deadlineMs);
      this.changes.on('change', check);
      check();
    });
  }

  /** The deliveries about these ids once one arrives, or none once `windowMs` passed quietly. */
  quietAbout(keys: readonly string[], windowMs: number): Promise<ProbedDelivery[]> {
    return new Promise((resolve) => {
      const check = () => {
        const found = this.about(keys);
        if (found.length > 0) finish(found);
      };
      const finish = (found: ProbedDelivery[]) => {
        clearTimeout(timer);
        this.changes.off('change', check);
        resolve(found);
      };
      const timer = setTimeout(() => finish([]), windowMs);
      this.changes.on('change', check);
      check();
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** Per runtime, per marketplace: `owner@seat` (a lane's primary marketplace may be one of the pool). */
const endpoints = new WeakMap<KitRuntime, Map<string, Promise<KycWebhookEndpoint>>>();
const started: KycWebhookEndpoint[] = [];

async function start(world: KitWorld, owner: Marketplace): Promise<KycWebhookEndpoint> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  const endpoint = new KycWebhookEndpoint(server, world.profile.webhooks.envelope);
  started.push(endpoint);
  // Its own secret: the probe counts deliveries, the kit's receiver checks signatures.
  await world.simulation.registerWebhookEndpoint({ url: endpoint.url, secret: randomBytes(24).toString('hex') }, { as: owner });
  return endpoint;
}

/** The probe endpoint of `owner` for the current kit runtime, registered on first use. */
export function kycWebhookEndpoint(world: KitWorld, owner: Marketplace): Promise<KycWebhookEndpoint> {
  const runtime = kitRuntime();
  let byOwner = endpoints.get(runtime);
  if (!byOwner) endpoints.set(runtime, (byOwner = new Map()));
  const key = `${owner}@${owner === 'primary' ? world.seat : 0}`;
  let endpoint = byOwner.get(key);
  if (!endpoint) {
    endpoint = start(world, owner);
    byOwner.set(key, endpoint);
  }
  return endpoint;
}

export async function closeKycWebhookEndpoints(): Promise<void> {
  await Promise.all(started.splice(0).map((endpoint) => endpoint.close()));
}
