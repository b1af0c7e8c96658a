import { createHmac, randomUUID } from 'node:crypto';
import type { FaultSet } from './faults.ts';
import type { DialectSet } from './dialects.ts';
import type { Marketplace, RaisedEvent, WebhookEndpoint } from './domain/marketplace.ts';
import { withExtraMembers } from './http/shaping/extraMembers.ts';

// Webhook delivery (interface §5): signed POSTs, at least once, one queue per endpoint and resource
// so that a resource's next event waits until the previous one is acknowledged or given up.

/** One delivery attempt as an HTTP POST; whether it was acknowledged (a 2xx). */
export type WebhookPost = (url: string, request: { headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<boolean>;

/** Over HTTP, with fetch. */
export const httpWebhookPost: WebhookPost = async (url, { headers, body, signal }) => {
  const response = await fetch(url, { method: 'POST', headers, body, signal });
  await response.arrayBuffer().catch(() => undefined);
  return response.ok;
};

export interface OutboxOptions {
  /** An attempt not answered within this time counts as failed (interface §5 says 5 s). */
  timeoutMs: number;
  maxAttempts: number;
  /** First retry delay; each further retry waits twice as long. */
  backoffMs: number;
  /** How an attempt is posted: over HTTP unless whoever embeds the sandbox receives in its own process. */
  post: WebhookPost;
}

export const defaultOutboxOptions: OutboxOptions = { timeoutMs: 5000, maxAttempts: 6, backoffMs: 100, post: httpWebhookPost };

interface Delivery {
  endpoint: WebhookEndpoint;
  /** The sandbox's own envelope; the dialects reshape it at each attempt, so a retry carries what it now holds. */
  envelope: Record<string, unknown>;
}

/** The webhook-envelope dialect's member names for the sandbox's { id, type, createdAt, data }. */
const dialectEnvelopeNames: Record<string, string> = { id: 'eventId', type: 'eventType', createdAt: 'occurredAt', data: 'payload' };

/** The body delivered for an envelope: as the sandbox writes it, or as its dialects do. */
function bodyAsWritten(dialects: DialectSet, envelope: Record<string, unknown>): unknown {
  const named = dialects.has('webhook-envelope') ? Object.fromEntries(Object.entries(envelope).map(([key, value]) => [dialectEnvelopeNames[key] ?? key, value])) : envelope;
  return dialects.has('extra-fields') ? withExtraMembers(named) : named;
}

/** WHK-SIGNATURE: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, t from the wall clock so receivers can check freshness. */
export function signWebhook(secret: string, rawBody: string, unixSeconds: number): string {
  const signature = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`).digest('hex');
  return `t=${unixSeconds},v1=${signature}`;
}

export class WebhookOutbox {
  private readonly queues = new Map<string, Delivery[]>();
  private readonly waits = new Map<NodeJS.Timeout, () => void>();
  private readonly closing = new AbortController();
  private readonly idleWaiters: Array<() => void> = [];
  private busy = 0;
  private closed = false;

  constructor(
    private readonly options: OutboxOptions,
    private readonly faults: FaultSet,
    private readonly dialects: DialectSet,
    private readonly everyMarketplace: () => Iterable<Marketplace>,
  ) {}

  /** Work about to produce events (a request being answered): webhooksIdle() waits for it too. */
  hold(): () => void {
    this.busy += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.busy -= 1;
      this.settleIdle();
    };
  }

  /** Stamps each event with its id and the marketplace's clock, then queues it for every endpoint (WHK-TYPES: types as the rules raise them). */
  send(marketplace: Marketplace, events: RaisedEvent[]): void {
    if (this.closed) return;
    // SEC-WEBHOOKS-OWN-MARKETPLACE: a marketplace's webhooks go to its own endpoints only.
    const endpoints = this.faults.has('webhooks-to-every-marketplace') ? [...this.everyMarketplace()].flatMap((each) => each.webhookEndpoints) : marketplace.webhookEndpoints;
    for (const event of events) {
      if (event.lateMs !== undefined) {
        const release = this.hold();
        void this.wait(event.lateMs).then(() => {
          this.send(marketplace, [{ ...event, lateMs: undefined }]);
          release();
        });
        continue;
      }
      // WHK-ENVELOPE: { id, type, createdAt, data }, createdAt on the marketplace's clock (never backwards).
      const envelope: Record<string, unknown> = {
        id: `evt_${randomUUID()}`,
        // The fault's name is no dialect's either, so that it deviates whatever envelope is declared.
        [this.faults.has('webhook-envelope-renamed') ? 'kind' : 'type']: event.type,
        createdAt: marketplace.clock.now().toISOString(),
        data: event.data,
      };
      for (const endpoint of endpoints) this.enqueue(`${endpoint.id}|${event.resourceKey}`, { endpoint, envelope });
    }
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    this.closing.abort();
    for (const [timer, resolve] of this.waits) {
      clearTimeout(timer);
      resolve();
    }
    this.waits.clear();
    this.queues.clear();
    this.busy = 0;
    this.settleIdle();
  }

  private isIdle(): boolean {
    return this.busy === 0 && this.queues.size === 0;
  }

  private settleIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private enqueue(key: string, delivery: Delivery): void {
    const queue = this.queues.get(key);
    if (queue) {
      // WHK-LIFECYCLE-ORDER: behind the resource's earlier events.
      queue.push(delivery);
      return;
    }
    this.queues.set(key, [delivery]);
    void this.drain(key);
  }

  private async drain(key: string): Promise<void> {
    for (let queue = this.queues.get(key); queue && queue.length > 0 && !this.closed; queue = this.queues.get(key)) {
      await this.deliver(queue[0]!);
      queue.shift();
      if (queue.length === 0) this.queues.delete(key);
    }
    this.settleIdle();
  }

  /** WHK-AT-LEAST-ONCE, WHK-SAME-ID-ON-RETRY: retried with backoff under the same id until acknowledged or given up. */
  private async deliver(delivery: Delivery): Promise<void> {
    const attempts = this.faults.has('webhook-no-retry') ? 1 : this.options.maxAttempts;
    for (let attempt = 1; attempt <= attempts && !this.closed; attempt += 1) {
      if (attempt > 1 && this.faults.has('webhook-new-id-on-retry')) delivery.envelope.id = `evt_${randomUUID()}`;
      if (await this.attempt(delivery)) return;
      if (attempt < attempts) await this.wait(this.options.backoffMs * 2 ** (attempt - 1));
    }
  }

  private async attempt({ endpoint, envelope }: Delivery): Promise<boolean> {
    const rawBody = JSON.stringify(bodyAsWritten(this.dialects, envelope));
    const secret = this.faults.has('webhook-signature-wrong-secret') ? 'sandbox-wrong-webhook-secret' : endpoint.secret;
    const { timeoutMs } = this.options;
    const closing = this.closing.signal;
    try {
      return await this.options.post(endpoint.url, {
        headers: { 'content-type': 'application/json', 'MS-Signature': signWebhook(secret, rawBody, Math.floor(Date.now() / 1000)) },
        body: rawBody,
        // Made when a post reads it: a delivery in-process never does, and these signals and timers add up.
        get signal() {
          return AbortSignal.any([AbortSignal.timeout(timeoutMs), closing]);
        },
      });
    } catch {
      return false;
    }
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waits.delete(timer);
        resolve();
      }, ms);
      this.waits.set(timer, resolve);
    });
  }
}
