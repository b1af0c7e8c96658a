// What a scenario leaves behind for the report: its HTTP exchanges (already redacted when
// captured) and the webhooks that concern its resources, redacted again as a whole.
import type { Exchange, Redactor } from '../client/index.ts';
import type { SeenCode } from './errorCodeLedger.ts';
import type { QuietWindowReport } from './scenarioWebhooks.ts';
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
  /** The error codes the scenario's refusals carried (the report lists them per situation). */
  readonly errorCodes: SeenCode[] = [];
  private readonly startedAt = new Date().toISOString();
  private readonly startSequence: number;

  constructor(
    private readonly inbox: WebhookInbox,
    private readonly redactor: Redactor,
    private readonly listOperations: ReadonlySet<string>,
  ) {
    this.startSequence = inbox.arrivals;
  }

  private isList(exchange: Exchange): boolean {
    return exchange.operationId !== undefined && this.listOperations.has(exchange.operationId);
  }

  record(exchange: Exchange): void {
    this.exchanges.push(exchange);
  }

  /**
   * Ids in the bodies this scenario sent and received (redaction never touches ids). A list answer
   * may hold other scenarios' resources (a target need not filter, interface §8): it is left out.
   */
  resourceIds(): string[] {
    const found = new Set<string>();
    for (const exchange of this.exchanges) {
      idsIn(exchange.request.body, found);
      if (!this.isList(exchange)) idsIn(exchange.response?.body, found);
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

  toJSON(scenario: string, keys: readonly string[], quietWindows: readonly QuietWindowReport[] = []): unknown {
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
      webhooks: { received: this.webhooksFor(keys).map(webhook), refused: this.refusedFor(keys).map(refused), quietWindows },
      errorCodes: this.errorCodes,
    };
  }
}
