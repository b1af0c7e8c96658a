// Unit test of a journey's webhook index: only events since the journey began, each counted once
// (an event naming the resource by two ids, or delivered again under its id), in arrival order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JourneyWebhooks } from '../../src/explore/journeyWebhooks.ts';
import { WebhookInbox, type WebhookDelivery } from '../../src/webhooks/index.ts';

const envelope = { id: '/id', type: '/type', createdAt: '/createdAt', data: '/data' };

function deliver(inbox: WebhookInbox, id: string, type: string, data: Record<string, unknown>): void {
  const signature = { valid: true } as WebhookDelivery['signature'];
  inbox.record({ rawBody: JSON.stringify({ id, type, createdAt: '2026-01-01T00:00:00Z', data }), headers: {}, path: '/hooks', signature });
}

test('the types about a resource, since the journey began, by any of its ids, in arrival order', () => {
  const inbox = new WebhookInbox({ envelope });
  deliver(inbox, 'e1', 'MP_KYC_VALIDATED', { merchantSellerId: 'm1' });
  const journey = new JourneyWebhooks(inbox);
  deliver(inbox, 'e2', 'MP_IBAN_AVAILABLE_FOR_PAYMENT', { merchantSellerId: 'm1', sellerId: 's1' });
  assert.deepEqual(journey.typesAbout(['m1', 's1']), ['MP_IBAN_AVAILABLE_FOR_PAYMENT']);
  deliver(inbox, 'e3', 'MP_KYC_IN_PROGRESS', { sellerId: 's1' });
  deliver(inbox, 'e4', 'transfer.update', { transferId: 't1', sellerId: 's2' });
  deliver(inbox, 'e3', 'MP_KYC_IN_PROGRESS', { sellerId: 's1' });
  assert.deepEqual(journey.typesAbout(['m1', 's1']), ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS']);
  assert.deepEqual(journey.typesAbout(['t1']), ['transfer.update']);
});
