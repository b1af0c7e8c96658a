// A scenario's view of the webhook inbox: waits use the profile's deadline unless told otherwise,
// a resource can be named by its id(s), and "never" / "exactly once" keep watching for the profile's
// quiet window (a wrong webhook may come late), settled together when the scenario ends.
import { describeSequence, WebhookExpectationError, type WebhookEvent, type WebhookInbox, type WebhookMatch } from '../webhooks/index.ts';

/** A resource id, several ids of one resource, or a full match. */
export type WebhookSelector = string | readonly string[] | WebhookMatch;

function toMatch(selector: WebhookSelector): WebhookMatch {
  return typeof selector === 'string' || Array.isArray(selector) ? { resource: selector as string | readonly string[] } : (selector as WebhookMatch);
}

/** What a quiet window watched, for how long, and what it saw: part of the scenario's evidence. */
export interface QuietWindowReport {
  promise: string;
  windowMs: number;
  watchedMs: number;
  violation?: string;
}

interface OpenWindow {
  promise: string;
  check: () => string | undefined;
  /** False for a "not yet": what it watched for may legitimately come once it has passed. */
  recheckAtEnd: boolean;
  outcome: Promise<{ violation?: string; windowMs: number; watchedMs: number }>;
}

export class ScenarioWebhooks {
  private readonly windows: OpenWindow[] = [];

  constructor(
    private readonly inbox: WebhookInbox,
    private readonly deadlineMs: number,
    private readonly quietWindowMs: number,
    private readonly available: boolean,
  ) {}

  private ready(): WebhookInbox {
    if (!this.available) throw new WebhookExpectationError('the target cannot deliver webhooks to the kit: tag the scenario @needs-webhooks');
    return this.inbox;
  }

  /** Watches `check` for `windowMs` from `openedAt` (0: checked again at the scenario's end only), alongside the scenario's later steps. */
  private watch(promise: string, check: () => string | undefined, openedAt = Date.now(), windowMs = this.quietWindowMs): void {
    const outcome = this.inbox.quietWindow(check, { windowMs, openedAt }).then((violation) => ({ violation, windowMs, watchedMs: Date.now() - openedAt }));
    this.windows.push({ promise, check, outcome, recheckAtEnd: true });
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

  /**
   * Waits for the event and requires it to be the only one of its type for the resource: now, and
   * for a quiet window from its arrival (a duplicate may come later), settled when the scenario ends.
   * Without `quietWindow`, the duplicate is only looked for among what arrived by the scenario's end.
   */
  async expectExactlyOnce(type: string, selector: WebhookSelector, options: { deadlineMs?: number; quietWindow?: boolean } = {}): Promise<WebhookEvent> {
    const match = toMatch(selector);
    const event = await this.ready().expectExactlyOnce(type, match, { deadlineMs: options.deadlineMs ?? this.deadlineMs });
    this.watch(`${type} only once`, () => this.inbox.onceViolation(type, match), Date.parse(event.receivedAt), options.quietWindow === false ? 0 : this.quietWindowMs);
    return event;
  }

  /**
   * At most `count` events matching have arrived, nor do more arrive within the quiet window, which
   * runs alongside the scenario's later steps and is settled when it ends. `what` names them in messages.
   */
  expectAtMost(count: number, selector: WebhookSelector, what: string): void {
    const match = toMatch(selector);
    const check = () => {
      const arrived = this.ready().events(match);
      return arrived.length > count ? `${what}: ${count === 0 ? 'none' : `at most ${count}`} may arrive, ${arrived.length} did (${describeSequence(arrived)})` : undefined;
    };
    const now = check();
    if (now !== undefined) throw new WebhookExpectationError(now);
    this.watch(`${what}: at most ${count}`, check);
  }

  /** No `type` webhook for the resource has arrived, nor arrives within the quiet window. */
  expectNever(type: string | readonly string[], selector: WebhookSelector): void {
    const types = typeof type === 'string' ? [type] : type;
    this.expectAtMost(0, { ...toMatch(selector), type: types }, `no ${types.join(' or ')} webhook`);
  }

  /**
   * "Not yet": `expectAtMost` with its quiet window waited now, because the scenario's next step
   * would legitimately bring what it watches for. Ends at once when that arrives.
   */
  async expectAtMostNow(count: number, selector: WebhookSelector, what: string): Promise<void> {
    this.expectAtMost(count, selector, what);
    const window = this.windows.at(-1)!;
    window.recheckAtEnd = false;
    const { violation } = await window.outcome;
    if (violation !== undefined) throw new WebhookExpectationError(violation);
  }

  /** Settles every open window (together, so they overlap), checking each once more as the scenario ends: their reports, and the first violation. */
  async settle(): Promise<{ reports: QuietWindowReport[]; violation?: string }> {
    const reports = await Promise.all(
      this.windows.map(async ({ promise, check, outcome, recheckAtEnd }) => {
        const { windowMs, watchedMs, ...watched } = await outcome;
        const violation = watched.violation ?? (recheckAtEnd ? check() : undefined);
        return { promise, windowMs, watchedMs, ...(violation === undefined ? {} : { violation }) };
      }),
    );
    return { reports, violation: reports.find((report) => report.violation !== undefined)?.violation };
  }
}
