// Every webhook delivery the receiver took, deduplicated by envelope id (redeliveries are counted,
// never dropped silently), with event-driven waits and the sequence assertions scenarios make.
// Deliveries that cannot be trusted (unsigned, forged, stale, not an envelope) are kept apart as
// refused: they never satisfy a wait, and a wait or a check concerning them fails at once.
import { EventEmitter } from 'node:events';
import { readPointer } from '../client/jsonPointer.ts';
import type { SignatureVerdict } from './signature.ts';

export interface EnvelopePointers {
  id: string;
  type: string;
  createdAt: string;
  data: string;
}

export interface ContractViolation {
  pointer: string;
  rule: string;
  message: string;
}

export interface WebhookDelivery {
  rawBody: string;
  headers: Record<string, string>;
  /** Receiver path the sender posted to (`/primary`, `/second`): which registration it came through. */
  path: string;
  signature: SignatureVerdict;
}

export interface WebhookEvent {
  id: string;
  type: string;
  createdAt?: string;
  data: unknown;
  body: unknown;
  path: string;
  /** Arrival order in this inbox, across all events. */
  sequence: number;
  receivedAt: string;
  /** How many times this envelope id was delivered (at-least-once delivery retries). */
  deliveries: number;
  violations: ContractViolation[];
}

export interface RefusedDelivery {
  type?: string;
  id?: string;
  data?: unknown;
  body: unknown;
  path: string;
  sequence: number;
  receivedAt: string;
  /** Why the kit refused it: the signature problem, or what is wrong with the envelope. */
  reason: string;
}

export interface WebhookMatch {
  type?: string | readonly string[];
  /** The registration it came through: the last segment of the receiver path (`primary`, `second`). */
  endpoint?: string;
  /** Keys of the resource (ids): the event's data must contain one of them as a value. */
  resource?: string | readonly string[];
  where?: (event: WebhookEvent) => boolean;
}

export interface InboxOptions {
  envelope: EnvelopePointers;
  /** Checks a payload against the contract's webhook schema. */
  validate?: (type: string, body: unknown) => ContractViolation[];
  now?: () => Date;
}

export class WebhookExpectationError extends Error {
  override name = 'WebhookExpectationError';
}

function asList(value: string | readonly string[] | undefined): readonly string[] | undefined {
  return value === undefined ? undefined : typeof value === 'string' ? [value] : value;
}

/** Does `data` hold `key` as a value, at any depth? */
export function dataConcerns(data: unknown, keys: readonly string[]): boolean {
  // Ids are opaque strings (interface, Amounts): a number is an amount or a count, never an id.
  if (typeof data === 'string') return keys.includes(data);
  if (Array.isArray(data)) return data.some((item) => dataConcerns(item, keys));
  if (data !== null && typeof data === 'object') return Object.values(data).some((value) => dataConcerns(value, keys));
  return false;
}

/** Every string `data` holds as a value, at any depth: the keys a resource match looks an event up by. */
function keysIn(data: unknown, into = new Set<string>()): Set<string> {
  if (typeof data === 'string') into.add(data);
  else if (Array.isArray(data)) for (const item of data) keysIn(item, into);
  else if (data !== null && typeof data === 'object') for (const value of Object.values(data)) keysIn(value, into);
  return into;
}

/** `/7f3a9c/second` → `second`: which marketplace's registration a delivery came through. */
export function endpointOf(path: string): string {
  return path.split('?')[0].split('/').filter(Boolean).pop() ?? '';
}

function describeMatch(match: WebhookMatch): string {
  const types = asList(match.type);
  const resource = asList(match.resource);
  return `${types ? types.join(' or ') : 'any'} webhook${resource ? ` for "${resource.join('" / "')}"` : ''}`;
}

export function describeSequence(events: readonly Pick<WebhookEvent, 'type' | 'deliveries'>[]): string {
  if (events.length === 0) return 'nothing';
  return events.map((event) => (event.deliveries > 1 ? `${event.type} (delivered ${event.deliveries}×)` : event.type)).join(' → ');
}

export class WebhookInbox {
  private readonly accepted: WebhookEvent[] = [];
  private readonly byId = new Map<string, WebhookEvent>();
  /** Accepted events by each key their data holds (dataConcerns, without walking every event at every look). */
  private readonly byKey = new Map<string, WebhookEvent[]>();
  private readonly refusedDeliveries: RefusedDelivery[] = [];
  private readonly emitter = new EventEmitter();
  private sequence = 0;

  constructor(private readonly options: InboxOptions) {
    this.emitter.setMaxListeners(0);
  }

  /** How many deliveries arrived so far (the sequence number of the latest). */
  get arrivals(): number {
    return this.sequence;
  }

  record(delivery: WebhookDelivery): WebhookEvent | RefusedDelivery {
    const receivedAt = (this.options.now?.() ?? new Date()).toISOString();
    const sequence = ++this.sequence;
    let body: unknown;
    try {
      body = JSON.parse(delivery.rawBody);
    } catch {
      return this.refuse({ body: delivery.rawBody.slice(0, 200), path: delivery.path, sequence, receivedAt, reason: 'the body is not JSON' });
    }
    const { envelope } = this.options;
    const id = readPointer(body, envelope.id);
    const type = readPointer(body, envelope.type);
    const data = readPointer(body, envelope.data);
    const createdAt = readPointer(body, envelope.createdAt);
    const known = {
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined,
      type: typeof type === 'string' ? type : undefined,
      data,
    };
    if (!delivery.signature.valid) {
      return this.refuse({ ...known, body, path: delivery.path, sequence, receivedAt, reason: `${delivery.signature.problem} signature: ${delivery.signature.detail}` });
    }
    if (known.id === undefined || known.type === undefined) {
      return this.refuse({ ...known, body, path: delivery.path, sequence, receivedAt, reason: `not a webhook envelope: no ${known.id === undefined ? `id at ${envelope.id}` : `type at ${envelope.type}`}` });
    }
    const existing = this.byId.get(known.id);
    if (existing) {
      existing.deliveries += 1;
      this.emitter.emit('change');
      return existing;
    }
    const event: WebhookEvent = {
      id: known.id,
      type: known.type,
      createdAt: typeof createdAt === 'string' ? createdAt : undefined,
      data,
      body,
      path: delivery.path,
      sequence,
      receivedAt,
      deliveries: 1,
      // The contract describes the interface's envelope: the event is checked as the profile's pointers read it.
      violations: this.options.validate?.(known.type, { id: known.id, type: known.type, createdAt, data }) ?? [],
    };
    this.accepted.push(event);
    this.byId.set(event.id, event);
    for (const key of keysIn(data)) {
      const concerned = this.byKey.get(key);
      if (concerned) concerned.push(event);
      else this.byKey.set(key, [event]);
    }
    this.emitter.emit('change');
    return event;
  }

  private refuse(refused: RefusedDelivery): RefusedDelivery {
    this.refusedDeliveries.push(refused);
    this.emitter.emit('change');
    return refused;
  }

  /** Does an accepted event match, its resource aside (events() looks the resource up in the index)? */
  private matchesBesidesResource(event: WebhookEvent, match: WebhookMatch): boolean {
    const types = asList(match.type);
    if (types && !types.includes(event.type)) return false;
    if (match.endpoint !== undefined && endpointOf(event.path) !== match.endpoint) return false;
    return match.where ? match.where(event) : true;
  }

  /** Accepted events whose data holds one of the keys, in arrival order. */
  private concerning(keys: readonly string[]): WebhookEvent[] {
    const lists = keys.map((key) => this.byKey.get(key) ?? []);
    if (lists.length === 1) return lists[0]!;
    return [...new Set(lists.flat())].sort((a, b) => a.sequence - b.sequence);
  }

  private refusalMatches(refused: RefusedDelivery, match: WebhookMatch): boolean {
    const types = asList(match.type);
    const resource = asList(match.resource);
    if (types && refused.type !== undefined && !types.includes(refused.type)) return false;
    // A delivery too broken to name its resource is reported with the scenario it arrived during, not here.
    if (resource && !(refused.data !== undefined && dataConcerns(refused.data, resource))) return false;
    return true;
  }

  /** Accepted events matching, in arrival order (one per envelope id). */
  events(match: WebhookMatch = {}): WebhookEvent[] {
    const resource = asList(match.resource);
    return (resource ? this.concerning(resource) : this.accepted).filter((event) => this.matchesBesidesResource(event, match));
  }

  /** Deliveries refused for their signature or envelope that may concern `match`. */
  refused(match: WebhookMatch = {}): RefusedDelivery[] {
    return this.refusedDeliveries.filter((refused) => this.refusalMatches(refused, match));
  }

  /** Resolves as soon as `check` returns a value; rejects with `describeTimeout()` at the deadline. */
  waitUntil<T>(check: () => T | undefined, deadlineMs: number, describeTimeout: () => string): Promise<T> {
    let immediate: T | undefined;
    try {
      immediate = check();
    } catch (error) {
      return Promise.reject(error);
    }
    if (immediate !== undefined) return Promise.resolve(immediate);
    return new Promise<T>((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        this.emitter.off('change', onChange);
      };
      const onChange = () => {
        try {
          const value = check();
          if (value === undefined) return;
          finish();
          resolve(value);
        } catch (error) {
          finish();
          reject(error);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new WebhookExpectationError(describeTimeout()));
      }, deadlineMs);
      this.emitter.on('change', onChange);
    });
  }

  private failOnRefusal(match: WebhookMatch): void {
    const refused = this.refused(match)[0];
    if (refused) {
      throw new WebhookExpectationError(`a ${refused.type ?? 'webhook'} delivery${refused.id ? ` (id ${refused.id})` : ''} that may be the expected ${describeMatch(match)} was refused: ${refused.reason}`);
    }
  }

  private assertConforms(event: WebhookEvent): WebhookEvent {
    const violation = event.violations[0];
    if (violation) {
      throw new WebhookExpectationError(`webhook ${event.type} (id ${event.id}) violates the contract at ${violation.pointer || '/'}: ${violation.message} (${violation.rule})`);
    }
    return event;
  }

  private arrivedFor(match: WebhookMatch): string {
    const resource = asList(match.resource);
    const related = resource ? this.events({ resource }) : this.accepted.slice(-10);
    const where = resource ? 'for it' : 'in all';
    return `arrived ${where}: ${describeSequence(related)}`;
  }

  /** The first accepted event matching; rejects at once on a matching refused delivery or a contract violation. */
  waitFor(match: WebhookMatch, { deadlineMs }: { deadlineMs: number }): Promise<WebhookEvent> {
    return this.waitUntil(
      () => {
        this.failOnRefusal(match);
        const found = this.events(match)[0];
        return found ? this.assertConforms(found) : undefined;
      },
      deadlineMs,
      () => `no ${describeMatch(match)} within ${deadlineMs} ms; ${this.arrivedFor(match)}`,
    );
  }

  /** Exactly these types, in this order, among the resource's events of these types. */
  async expectSequence(resource: string | readonly string[], types: readonly string[], { deadlineMs }: { deadlineMs: number }): Promise<WebhookEvent[]> {
    const match = { resource, type: [...new Set(types)] };
    const expected = types.join(' → ');
    const received = await this.waitUntil(
      () => {
        this.failOnRefusal(match);
        const events = this.events(match);
        return events.length >= types.length ? events : undefined;
      },
      deadlineMs,
      () => `webhooks for "${asList(resource)?.join('" / "')}" did not arrive as ${expected} within ${deadlineMs} ms; received: ${describeSequence(this.events({ resource }))}`,
    );
    received.forEach((event) => this.assertConforms(event));
    if (received.length !== types.length || received.some((event, index) => event.type !== types[index])) {
      throw new WebhookExpectationError(`webhooks for "${asList(resource)?.join('" / "')}" arrived out of order: expected ${expected}, received ${describeSequence(this.events({ resource }))}`);
    }
    return received;
  }

  /** Waits for the first event of `type` matching, then requires it to be the only one (by envelope id). */
  async expectExactlyOnce(type: string, match: WebhookMatch, options: { deadlineMs: number }): Promise<WebhookEvent> {
    const first = await this.waitFor({ ...match, type }, options);
    this.assertAtMostOnce(type, match);
    return first;
  }

  assertAtMostOnce(type: string, match: WebhookMatch): void {
    const all = this.events({ ...match, type });
    if (all.length > 1) {
      const ids = all.map((event) => `${event.id}${event.deliveries > 1 ? ` (delivered ${event.deliveries}×)` : ''}`).join(', ');
      throw new WebhookExpectationError(`expected exactly one ${describeMatch({ ...match, type })}, received ${all.length} distinct events: ${ids}; sequence: ${describeSequence(this.events({ resource: match.resource }))}`);
    }
  }

  /**
   * Watches `check` (a violation's description, or undefined) for `windowMs` from `openedAt`: ends at
   * once with the violation when a delivery makes one, quietly when the window has passed.
   */
  quietWindow(check: () => string | undefined, { windowMs, openedAt }: { windowMs: number; openedAt: number }): Promise<string | undefined> {
    const immediate = check();
    const remaining = windowMs - (Date.now() - openedAt);
    if (immediate !== undefined || remaining <= 0) return Promise.resolve(immediate);
    return new Promise((resolve) => {
      const finish = (violation: string | undefined) => {
        clearTimeout(timer);
        this.emitter.off('change', onChange);
        resolve(violation);
      };
      const onChange = () => {
        const violation = check();
        if (violation !== undefined) finish(violation);
      };
      const timer = setTimeout(() => finish(check()), remaining);
      this.emitter.on('change', onChange);
    });
  }

  /** Why "at most once" does not hold: a second distinct event. */
  onceViolation(type: string, match: WebhookMatch): string | undefined {
    try {
      this.assertAtMostOnce(type, match);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }
}
