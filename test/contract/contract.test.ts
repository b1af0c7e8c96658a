import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Contract } from '../../src/contract/index.ts';
import { fixture } from './fixtureContract.ts';

const contract = new Contract('marketplace-services', fixture);

test('a literal path segment wins over a path parameter', () => {
  assert.equal(contract.matchOperation('POST', '/sellers/acme/_assess-kyc')?.operationId, 'assessKyc');
  const read = contract.matchOperation('GET', '/sellers/acme%201?x=1');
  assert.deepEqual(read?.pathParams, { merchantSellerId: 'acme 1' });
  assert.equal(contract.matchOperation('DELETE', '/sellers/s1/payoutSellers/p1')?.pathParams.payoutSellerId, 'p1');
  assert.equal(contract.matchOperation('PATCH', '/orders'), undefined);
  assert.deepEqual(contract.allowedMethods('/orders'), ['POST']);
});

test('a request body missing a required field names that field', () => {
  const violations = contract.validateRequestBody('createOrder', { amount: 10 });
  assert.deepEqual(violations.map((v) => [v.field, v.rule]), [['externalOrderId', 'required']]);
});

test('money is checked to two decimals exactly, not with binary floats', () => {
  assert.deepEqual(contract.validateRequestBody('createOrder', { externalOrderId: 'o', amount: 0.07 }), []);
  assert.deepEqual(contract.validateRequestBody('createOrder', { externalOrderId: 'o', amount: 12.34 }), []);
  const tooPrecise = contract.validateRequestBody('createOrder', { externalOrderId: 'o', amount: 1.234 });
  assert.deepEqual(tooPrecise.map((v) => [v.pointer, v.rule]), [['/amount', 'x-decimal-places']]);
  assert.match(tooPrecise[0]!.message, /at most 2 decimal places/);
  assert.equal(contract.validateRequestBody('createOrder', { externalOrderId: 'o', amount: 0 })[0]?.rule, 'exclusiveMinimum');
});

test('an IBAN must pass the ISO 13616 mod-97 check', () => {
  assert.deepEqual(contract.validateRequestBody('createOrder', { externalOrderId: 'o', amount: 1, iban: 'FR7630006000011234567890189' }), []);
  assert.equal(contract.validateRequestBody('createOrder', { externalOrderId: 'o', amount: 1, iban: 'FR7630006000011234567890188' })[0]?.rule, 'format');
});

test('responses are checked for status, content type and body, through $ref responses too', () => {
  assert.deepEqual(contract.validateResponse('createOrder', 201, 'application/json; charset=utf-8', { orderId: 'o1' }), []);
  assert.equal(contract.validateResponse('createOrder', 201, 'application/json', { orderId: 1 })[0]?.pointer, '/orderId');
  assert.equal(contract.validateResponse('createOrder', 500, 'application/json', {})[0]?.rule, 'status');
  assert.equal(contract.validateResponse('createOrder', 201, 'text/html', '<html>')[0]?.rule, 'content-type');
  assert.equal(contract.validateResponse('getSeller', 200, 'application/json', {})[0]?.field, 'merchantSellerId');
  assert.deepEqual(contract.validateResponse('deletePayoutSeller', 204, undefined, ''), []);
  assert.equal(contract.validateResponse('deletePayoutSeller', 204, 'application/json', { x: 1 })[0]?.rule, 'content');
  assert.equal(contract.validateResponse('deletePayoutSeller', 409, 'application/problem+json', {})[0]?.field, 'code');
});

test('webhook payloads are checked against the webhooks section', () => {
  assert.deepEqual(contract.validateWebhook('order.notFound', { id: 'e1', type: 'order.notFound' }), []);
  assert.equal(contract.validateWebhook('order.notFound', { id: 'e1', type: 'transfer.update' })[0]?.rule, 'const');
  assert.equal(contract.validateWebhook('nope', {})[0]?.rule, 'webhook');
});
