// The two views of one contract file: the normative view (what any target must answer) accepts
// every legal variation of interface §8; the reference view (the sandbox's answers) does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContract } from '../../src/contract/index.ts';
import { listItems, loadProfile } from '../../src/profile/index.ts';

const ms = { normative: await loadContract('marketplace-services', { view: 'normative' }), reference: await loadContract('marketplace-services') };
const simulation = { normative: await loadContract('simulation', { view: 'normative' }), reference: await loadContract('simulation') };
const vouchers = { normative: await loadContract('vouchers', { view: 'normative' }), reference: await loadContract('vouchers') };
const profile = await loadProfile();
const json = 'application/json';

test('an order answer needs only its orderId; extra and null members are legal for a target, not for the sandbox', () => {
  const answer = { orderId: 'ord-1', amount: 12.3, externalCustomerId: null, _links: { self: '/orders/ord-1' } };
  assert.deepEqual(ms.normative.validateResponse('createOrder', 201, json, answer), []);
  const rules = ms.reference.validateResponse('createOrder', 201, json, answer).map((violation) => `${violation.field} ${violation.rule}`);
  assert.ok(rules.includes('externalOrderId required'), rules.join('; '));
  assert.ok(rules.includes('externalCustomerId type'), rules.join('; '));
  assert.deepEqual(ms.normative.validateResponse('createOrder', 201, json, { amount: 12.3 }).map((violation) => `${violation.field} ${violation.rule}`), ['orderId required'], 'what a document names stays required');
});

test('a transaction answer needs transactionId and paidAmount (interface §4), typed as the contract says', () => {
  assert.deepEqual(ms.normative.validateResponse('createTransaction', 201, json, { transactionId: 't-1', paidAmount: 0 }), []);
  const wrong = ms.normative.validateResponse('createTransaction', 201, json, { transactionId: 't-1', paidAmount: 'zero' });
  assert.deepEqual(wrong.map((violation) => violation.field), ['paidAmount']);
});

test('creation answers may be just the id the seed diagrams show (interface §8)', () => {
  assert.deepEqual(ms.normative.validateResponse('addContact', 201, json, { contactId: 'c-1' }), []);
  assert.deepEqual(ms.normative.validateResponse('addSellerDocument', 201, json, { documentId: 'd-1' }), []);
  assert.notDeepEqual(ms.reference.validateResponse('addContact', 201, json, { contactId: 'c-1' }), []);
});

test('simulation answers other than endpoint, clock and accounts may have no body; the sandbox answers one', () => {
  assert.deepEqual(simulation.normative.validateResponse('settleTransaction', 200, undefined, undefined), []);
  assert.deepEqual(simulation.normative.validateResponse('runBankBatch', 200, json, { whatever: true }), []);
  assert.notDeepEqual(simulation.reference.validateResponse('settleTransaction', 200, undefined, undefined), []);
  assert.notDeepEqual(simulation.normative.validateResponse('getClock', 200, undefined, undefined), [], 'interface §6 defines { now }');
  assert.deepEqual(simulation.normative.validateResponse('registerWebhookEndpoint', 201, json, { id: 'e-1', note: 'extra' }), []);
  assert.notDeepEqual(simulation.reference.validateResponse('registerWebhookEndpoint', 201, json, { id: 'e-1', url: 'http://127.0.0.1/x', note: 'extra' }), []);
});

test('a list answer is checked item by item wherever the target put its resources', () => {
  const locate = (operationId: string, body: unknown) => listItems(profile, operationId, body);
  const transfer = { transferId: 'tr-1', status: 'PENDING' };
  for (const body of [[transfer], { transfers: [transfer], count: 1 }, { items: [transfer] }]) {
    assert.deepEqual(ms.normative.validateResponse('listTransfers', 200, json, body, locate), [], JSON.stringify(body));
  }
  const broken = ms.normative.validateResponse('listTransfers', 200, json, [{ transferId: 'tr-1' }], locate);
  assert.deepEqual(broken.map((violation) => `${violation.pointer} ${violation.rule}`), ['/0/status required']);
  assert.match(ms.normative.validateResponse('listTransfers', 200, json, { a: [], b: [] }, locate)[0]!.message, /several array members/);
});

test('a voucher answer needs what interface §7 names: status, a uuid per item, is_selected on every voucher', () => {
  const answer = { status: 'CREATED', items: [{ uuid: 'fc300ee2-fd43-46e0-9314-770f05a5b338', vouchers: [{ contract_type: 'CONECS', is_selected: true }] }] };
  assert.deepEqual(vouchers.normative.validateResponse('createVoucherOrder', 201, json, answer), []);
  assert.notDeepEqual(vouchers.reference.validateResponse('createVoucherOrder', 201, json, answer), []);
  const unselected = { status: 'CREATED', items: [{ uuid: 'fc300ee2-fd43-46e0-9314-770f05a5b338', vouchers: [{ contract_type: 'CONECS' }] }] };
  assert.notDeepEqual(vouchers.normative.validateResponse('createVoucherOrder', 201, json, unselected), []);
});

test('webhooks: data needs the resource id and its new status; the rest is the sandbox\'s', () => {
  const event = (data: unknown) => ({ id: 'ev-1', type: 'transfer.update', createdAt: '2026-11-23T10:00:00Z', data });
  assert.deepEqual(ms.normative.validateWebhook('transfer.update', event({ externalTransferId: 'x-1', status: 'VALIDATED', sellerId: null })), []);
  assert.notDeepEqual(ms.normative.validateWebhook('transfer.update', event({ status: 'VALIDATED' })), [], 'no id of the resource');
  assert.notDeepEqual(ms.reference.validateWebhook('transfer.update', event({ externalTransferId: 'x-1', status: 'VALIDATED' })), []);
  assert.deepEqual(ms.normative.validateWebhook('MP_KYC_REFUSED', { id: 'ev-2', type: 'MP_KYC_REFUSED', createdAt: '2026-11-23T10:00:00Z', data: { merchantSellerId: 's-1' } }), []);
});

test('format: iban is the stated rule for a target (ISO 13616, mod-97), and the national checks too for the sandbox, named in the message', () => {
  // Same BBAN as a valid French IBAN but a wrong RIB key, with IBAN check digits recomputed so that mod-97 holds.
  const badNationalKey = 'FR2830006000011234567890180';
  const badMod97 = 'FR7630006000011234567890188';
  const seller = (iban: string) => ({ merchantSellerId: 's-1', sellerId: 'x', dataStatus: 'INCOMPLETE', missingData: [], documentListStatus: 'INCOMPLETE', documents: [], contacts: [], bankingInformation: { iban } });
  assert.deepEqual(ms.normative.validateResponse('getSeller', 200, json, seller(badNationalKey)), []);
  const reference = ms.reference.validateResponse('getSeller', 200, json, seller(badNationalKey));
  assert.match(reference[0]!.message, /fails the national check digit/);
  const normative = ms.normative.validateResponse('getSeller', 200, json, seller(badMod97));
  assert.match(normative[0]!.message, /fails the ISO 13616 mod-97 check/);
});

test('the profile\'s money decimals replace the contract\'s in the normative view', async () => {
  const threeDecimals = await loadContract('marketplace-services', { view: 'normative', moneyDecimals: 3 });
  const answer = { transactionId: 't-1', paidAmount: 0.125 };
  assert.deepEqual(threeDecimals.validateResponse('createTransaction', 201, json, answer), []);
  assert.match(ms.normative.validateResponse('createTransaction', 201, json, answer)[0]!.message, /at most 2 decimal places/);
});
