import type { Contract } from '../../../../src/contract/index.ts';
import type { DialectSet } from '../../dialects.ts';
import type { RaisedEvent } from '../../domain/marketplace.ts';
import { webhookDataSchema, withNullOptionals } from './nullOptionals.ts';

// A webhook's data as the null-optionals dialect writes it (the outbox shapes the envelope around it).
export function eventAsWritten(dialects: DialectSet, contract: Contract, event: RaisedEvent): RaisedEvent {
  if (!dialects.has('null-optionals')) return event;
  return { ...event, data: withNullOptionals(contract, webhookDataSchema(contract, event.type), event.data) as Record<string, unknown> };
}
