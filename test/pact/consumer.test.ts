import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MatchersV3 } from '@pact-foundation/pact';
import { messageInteractions } from '../../src/pact/consumer/backOfficeContract.ts';
import { handleWebhook, UnusableWebhookError } from '../../src/pact/consumer/backOfficeWebhooks.ts';
import { anythingBut } from '../../src/pact/consumer/matching.ts';

test('the key rule refuses exactly the forbidden name', () => {
  const rule = new RegExp(anythingBut('fileContent'));
  for (const key of ['documentId', 'name', 'type', 'status', 'kycReviewComment', 'file', 'fileContents', 'FileContent', 'fileContenT', '']) {
    assert.ok(rule.test(key), `"${key}" should be allowed`);
  }
  assert.equal(rule.test('fileContent'), false);
});

test('the back-office handles every webhook of the contract and names the record it updates', () => {
  const types = new Set<string>();
  for (const message of messageInteractions) {
    const body = MatchersV3.reify(message.content) as { type: string };
    assert.ok(handleWebhook(body).recordId.length > 0, message.description);
    types.add(body.type);
  }
  assert.deepEqual([...types].sort(), [
    'MP_IBAN_AVAILABLE_FOR_PAYMENT',
    'MP_KYC_IN_PROGRESS',
    'MP_KYC_REFUSED',
    'MP_KYC_VALIDATED',
    'order.notFound',
    'payoutMerchant.update',
    'payoutSeller.update',
    'transaction.update',
    'transfer.update',
  ]);
});

test('a webhook the back-office cannot use is refused with what is missing', () => {
  assert.throws(() => handleWebhook({ id: 'evt_1', type: 'transfer.updated', data: {} }), UnusableWebhookError);
  assert.throws(() => handleWebhook({ id: 'evt_1', type: 'transfer.update', data: { transferId: 't-1', status: 'PENDING' } }), /not a final status/);
  assert.throws(() => handleWebhook({ type: 'MP_KYC_VALIDATED', data: { merchantSellerId: 's-1' } }), /no id/);
  assert.throws(() => handleWebhook({ id: 'evt_1', type: 'order.notFound', data: { externalOrderId: 'o-1' } }), /no orderId/);
  assert.throws(() => handleWebhook({ id: 'evt_1', type: 'MP_KYC_VALIDATED', data: null }), /no data object/);
});
