// The webhooks about one journey's resources on one side. A side's receiver is shared by many
// journeys (one per sandbox or target), so its inbox only grows: the journey indexes, once, each
// event that arrived since it began by the strings its data holds (ids among them), and answers
// "which types, in arrival order, name this resource" without scanning the inbox again each step.
import type { WebhookEvent, WebhookInbox } from '../webhooks/index.ts';

function valuesOf(event: WebhookEvent): Set<string> {
  const values = new Set<string>();
  const collect = (data: unknown): void => {
    if (typeof data === 'string') values.add(data);
    else if (Array.isArray(data)) data.forEach(collect);
    else if (data !== null && typeof data === 'object') Object.values(data).forEach(collect);
  };
  collect(event.data);
  return values;
}

export class JourneyWebhooks {
  private readonly byValue = new Map<string, WebhookEvent[]>();
  private indexed: number;
  private arrivals: number;

  constructor(private readonly inbox: WebhookInbox) {
    // An event delivered again keeps its place: the inbox's list of events only grows at its end.
    this.indexed = inbox.events().length;
    this.arrivals = inbox.arrivals;
  }

  private catchUp(): void {
    if (this.inbox.arrivals === this.arrivals) return;
    this.arrivals = this.inbox.arrivals;
    const events = this.inbox.events();
    for (const event of events.slice(this.indexed)) {
      for (const value of valuesOf(event)) {
        const list = this.byValue.get(value);
        if (list) list.push(event);
        else this.byValue.set(value, [event]);
      }
    }
    this.indexed = events.length;
  }

  /** The types of the events naming any of `keys` (an event naming two counts once), in arrival order. */
  typesAbout(keys: readonly string[]): string[] {
    this.catchUp();
    const events = new Set(keys.flatMap((key) => this.byValue.get(key) ?? []));
    return [...events].sort((a, b) => a.sequence - b.sequence).map((event) => event.type);
  }
}
