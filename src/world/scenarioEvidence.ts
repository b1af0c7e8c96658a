// What a scenario leaves behind for the report: its HTTP exchanges (already redacted when
// captured) and the webhooks that concern its resources, redacted again as a whole.
import type { Exchange, Redactor } from '../client/index.ts';
import { dataConcerns, type RefusedDelivery, type WebhookEvent, type WebhookInbox } from '../webhooks/index.ts';

export const evidenceAttachmentName = 'mskit-evidence';

/** Ids shorter than this are too likely to be shared by chance (`1`, `A`) to attribute a webhook. */
const shortestId = 6;

/** String values of `…Id` fields anywhere in a body: the resources the target created for us. */
function idsIn(value: unknown, found: Set<string>, depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (/id$/i.test(key) && (typeof item === 'string' || typeof item === 'number') && String(item).length >= shortestId) found.add(String(item));
    else idsIn(item, found, depth + 1);
  }
}

export class ScenarioEvidence {
  readonly exchanges: Exchange[] = [];
  private readonly startedAt = new Date().toISOString();
  private readonly startSequence: number;

  constructor(
    private readonly inbox: WebhookInbox,
    private readonly redactor: Redactor,
  ) {
    this.startSequence = inbox.arrivals;
  }

  record(exchange: Exchange): void {
    this.exchanges.push(exchange);
  }

  /** Ids in the bodies this scenario sent and received (redaction never touches ids). */
  resourceIds(): string[] {
    const found = new Set<string>();
    for (const exchange of this.exchanges) {
      idsIn(exchange.request.body, found);
      idsIn(exchange.response?.body, found);
    }
    return [...found];
  }

  webhooksFor(keys: readonly string[]): WebhookEvent[] {
    return keys.length === 0 ? [] : this.inbox.events({ resource: keys });
  }

  /** Refused deliveries about these resources, and unreadable ones that arrived during the scenario. */
  refusedFor(keys: readonly string[]): RefusedDelivery[] {
    return this.inbox.refused().filter((refused) => (refused.data !== undefined ? keys.length > 0 && dataConcerns(refused.data, keys) : refused.sequence > this.startSequence));
  }

  toJSON(scenario: string, keys: readonly string[]): unknown {
    const webhook = (event: WebhookEvent) => ({
      id: event.id,
      type: event.type,
      createdAt: event.createdAt,
      receivedAt: event.receivedAt,
      deliveries: event.deliveries,
      endpoint: event.path,
      violations: event.violations,
      body: this.redactor.body(event.body),
    });
    const refused = (delivery: RefusedDelivery) => ({ id: delivery.id, type: delivery.type, receivedAt: delivery.receivedAt, endpoint: delivery.path, reason: delivery.reason, body: this.redactor.body(delivery.body) });
    return {
      scenario,
      startedAt: this.startedAt,
      exchanges: this.exchanges,
      webhooks: { received: this.webhooksFor(keys).map(webhook), refused: this.refusedFor(keys).map(refused) },
    };
  }
}
