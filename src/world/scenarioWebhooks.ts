// A scenario's view of the webhook inbox: waits use the profile's deadline unless told otherwise,
// a resource can be named by its id(s), and "exactly once" is checked again when the scenario ends
// (a duplicate may arrive after the first check).
import { WebhookExpectationError, type WebhookEvent, type WebhookInbox, type WebhookMatch } from '../webhooks/index.ts';

/** A resource id, several ids of one resource, or a full match. */
export type WebhookSelector = string | readonly string[] | WebhookMatch;

function toMatch(selector: WebhookSelector): WebhookMatch {
  return typeof selector === 'string' || Array.isArray(selector) ? { resource: selector as string | readonly string[] } : (selector as WebhookMatch);
}

export class ScenarioWebhooks {
  private readonly deferred: (() => void)[] = [];

  constructor(
    private readonly inbox: WebhookInbox,
    private readonly deadlineMs: number,
    private readonly available: boolean,
  ) {}

  private ready(): WebhookInbox {
    if (!this.available) throw new WebhookExpectationError('the target cannot deliver webhooks to the kit: tag the scenario @needs-webhooks');
    return this.inbox;
  }

  /** The first event matching, as soon as it arrives; rejects at the deadline listing what arrived. */
  waitFor(selector: WebhookSelector, options: { deadlineMs?: number } = {}): Promise<WebhookEvent> {
    return this.ready().waitFor(toMatch(selector), { deadlineMs: options.deadlineMs ?? this.deadlineMs });
  }

  /** What arrived so far (one per envelope id), in arrival order. */
  events(selector: WebhookSelector = {}): WebhookEvent[] {
    return this.ready().events(toMatch(selector));
  }

  /** Waits until `types.length` events of these types arrived for the resource, then requires exactly this order. */
  expectSequence(resource: string | readonly string[], types: readonly string[], options: { deadlineMs?: number } = {}): Promise<WebhookEvent[]> {
    return this.ready().expectSequence(resource, types, { deadlineMs: options.deadlineMs ?? this.deadlineMs });
  }

  /** Waits for the event, requires it to be the only one of its type for the resource, now and at the end of the scenario. */
  async expectExactlyOnce(type: string, selector: WebhookSelector, options: { deadlineMs?: number } = {}): Promise<WebhookEvent> {
    const match = toMatch(selector);
    const event = await this.ready().expectExactlyOnce(type, match, { deadlineMs: options.deadlineMs ?? this.deadlineMs });
    this.deferred.push(() => this.inbox.assertAtMostOnce(type, match));
    return event;
  }

  /** Nothing of `type` has arrived for the resource (before the first `before` event, when given). */
  expectNever(type: string, selector: WebhookSelector, options: { before?: string } = {}): void {
    this.ready().expectNever(type, toMatch(selector), options);
  }

  /** The checks that must still hold when the scenario ends; the first failing one throws. */
  checkAtEnd(): void {
    for (const check of this.deferred) check();
  }
}
