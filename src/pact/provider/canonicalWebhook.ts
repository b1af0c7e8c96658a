// A webhook as the pact describes it: interface §5's envelope `{ id, type, createdAt, data }`,
// built from the members the profile's envelope pointers locate in the body as delivered (a target
// may deliver `{ eventId, eventType, occurredAt, payload }`). Only those four are carried over, as
// found: a member the target left out stays out, and Pact reports it.
//
// `data` carries "the ids of the resource" (§5), and which of them (MS's or the marketplace's) is
// the target's choice; the pact names the resource by its canonical id. When `data` names the
// resource by one of its ids, the ids it does not carry are added from those the kit knows; when
// it names none, nothing is added, and Pact reports the missing id.
import { readPointer } from '../../client/jsonPointer.ts';
import { dataConcerns, type EnvelopePointers } from '../../webhooks/webhookInbox.ts';

const members = ['id', 'type', 'createdAt', 'data'] as const;

/** The resource an event is about, by the name and value of each of its ids. */
export type ResourceIds = Record<string, string>;

function canonicalData(data: unknown, resource: ResourceIds): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  if (!dataConcerns(data, Object.values(resource))) return data;
  return { ...resource, ...data };
}

export function canonicalWebhook(body: unknown, envelope: EnvelopePointers, resource: ResourceIds): Record<string, unknown> {
  const canonical: Record<string, unknown> = {};
  for (const member of members) {
    const value = readPointer(body, envelope[member]);
    if (value !== undefined) canonical[member] = member === 'data' ? canonicalData(value, resource) : value;
  }
  return canonical;
}
