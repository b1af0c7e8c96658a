// The pure parts of the onboarding step library: bodies built by dotted path, parties and status
// rows parsed from a scenario's words, and the probe webhook endpoint that refuses a first delivery
// to make the target retry (refusal field matching: test/runtime/fieldPaths.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { contactPayload } from '../../src/journeys/contactPayloads.ts';
import { KycWebhookEndpoint } from '../../src/journeys/kycWebhookEndpoint.ts';
import { parseParty, parseStatusSubject } from '../../src/journeys/sellerParties.ts';
import { fieldPathOf, valueAt, withValueAt } from '../../src/journeys/sellerPaths.ts';
import { sellerPayload } from '../../src/journeys/sellerPayloads.ts';

test('a seller body leaves out exactly the dotted paths asked, registrations by their code', () => {
  const body = sellerPayload('FR', { except: ['address.zipCode', 'externalRegistrations.SIRET', 'email'] });
  assert.equal(valueAt(body, 'address.zipCode'), undefined);
  assert.equal(valueAt(body, 'address.cityName'), 'Paris');
  assert.equal(valueAt(body, 'email'), undefined);
  assert.deepEqual((body.externalRegistrations as { code: string }[]).map((registration) => registration.code), ['VAT']);
  assert.deepEqual((sellerPayload('DE').externalRegistrations as { code: string }[]).map((registration) => registration.code), ['VAT', 'TIN', 'REGISTRATION_NUM']);
  assert.equal(contactPayload({ except: ['involvement'] }).involvement, undefined);
});

test('a value is set at a dotted path without touching the source body', () => {
  const source = { bankingInformation: { iban: 'FR7630006000011234567890189' } };
  const changed = withValueAt(source, 'bankingInformation.bic', 'AGRIFRPPXXX');
  assert.deepEqual(changed, { bankingInformation: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPPXXX' } });
  assert.deepEqual(source, { bankingInformation: { iban: 'FR7630006000011234567890189' } });
  assert.deepEqual(withValueAt({}, 'address.zipCode', '75002'), { address: { zipCode: '75002' } });
  assert.equal(fieldPathOf('SIRET'), 'externalRegistrations.SIRET');
  assert.equal(fieldPathOf('email'), 'email');
});

test('parties and status rows are read from the scenario words', () => {
  assert.deepEqual(parseParty('the seller'), { kind: 'seller' });
  assert.deepEqual(parseParty('the contact "Lucas"'), { kind: 'contact', name: 'Lucas' });
  assert.deepEqual(parseStatusSubject("the legal representative's document list"), { party: { kind: 'contact', name: 'the legal representative' }, of: 'document list' });
  assert.deepEqual(parseStatusSubject("the seller's COMPANY_REGISTRATION"), { party: { kind: 'seller' }, of: 'document', type: 'COMPANY_REGISTRATION' });
  assert.throws(() => parseStatusSubject('the seller is fine'), /is not "<party>'s data"/);
});

test('the probe endpoint refuses the first delivery of each event type about a seller, then acknowledges', async () => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const endpoint = new KycWebhookEndpoint(server, { id: '/id', type: '/type', createdAt: '/createdAt', data: '/data' });
  endpoint.refuseFirstDeliveryAbout(['seller-1']);
  const post = async (body: object) => (await fetch(endpoint.url, { method: 'POST', body: JSON.stringify(body) })).status;
  try {
    const event = { id: 'evt_1', type: 'MP_IBAN_AVAILABLE_FOR_PAYMENT', data: { merchantSellerId: 'seller-1' } };
    assert.equal(await post(event), 503);
    assert.equal(await post(event), 204);
    assert.equal(await post({ id: 'evt_2', type: 'MP_IBAN_AVAILABLE_FOR_PAYMENT', data: { merchantSellerId: 'seller-2' } }), 204);
    const deliveries = await endpoint.waitForDeliveries(['seller-1'], 'MP_IBAN_AVAILABLE_FOR_PAYMENT', 2, 1000);
    assert.deepEqual(deliveries.map((delivery) => [delivery.id, delivery.answered]), [['evt_1', 503], ['evt_1', 204]]);
    await assert.rejects(endpoint.waitForDeliveries(['seller-1'], 'MP_KYC_VALIDATED', 1, 50), /did not receive 1 MP_KYC_VALIDATED deliveries within 50 ms/);
  } finally {
    await endpoint.close();
  }
});
