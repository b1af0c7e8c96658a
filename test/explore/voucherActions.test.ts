// Unit tests of explore's voucher orders: the request is the one the suite's voucher steps build from
// the tables explore writes, and a difference names the tie rule only when the highest sums tie.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { table } from '../../src/explore/journeyActions.ts';
import { voucherRules } from '../../src/explore/onboardingRules.ts';
import { voucherGherkin, voucherRequest, type VoucherAction } from '../../src/explore/voucherActions.ts';

const order: VoucherAction = {
  kind: 'voucherOrder',
  name: 'VO1',
  items: [
    { seller: 'V1', amount: 1000, eligible: { CONECS: 900 } },
    { seller: 'V2', amount: 2000, eligible: { CONECS: 500, CVCONNECT: 100 } },
    { seller: 'V2', amount: 1000, eligible: { CONECS: 400 } },
  ],
  contracts: { V1: { CONECS: '1000002' }, V2: { CONECS: '1000001', CVCONNECT: '1000001' } },
};

test('a voucher order is written as the two tables of the suite and its creation', () => {
  assert.deepEqual(voucherGherkin(order, table), [
    'When a voucher order with these items:',
    '  | seller | amount | CONECS | CVCONNECT |',
    '  | V1     | 1000   | 900    |           |',
    '  | V2     | 2000   | 500    | 100       |',
    '  | V2     | 1000   | 400    |           |',
    "And the sellers' voucher contracts are:",
    '  | seller | CONECS  | CVCONNECT |',
    '  | V1     | 1000002 |           |',
    '  | V2     | 1000001 | 1000001   |',
    'And the marketplace creates the voucher order',
  ]);
});

test('the request carries each item, its vouchers in minor units and every contract', () => {
  const body = voucherRequest(order, (seller) => `ref-${seller}`, 'r1') as { amount: number; items: { external_ref: string; voucher: unknown[] }[]; contracts: unknown[] };
  assert.equal(body.amount, 4000);
  assert.deepEqual(body.items[1], { external_ref: 'ref-V2', ref: 'V2 article 2', amount: 2000, voucher: [{ contract_type: 'CONECS', eligible_amount: 500 }, { contract_type: 'CVCONNECT', eligible_amount: 100 }] });
  assert.deepEqual(body.contracts, [
    { external_ref: 'ref-V1', contract_type: 'CONECS', contract_number: '1000002' },
    { external_ref: 'ref-V2', contract_type: 'CONECS', contract_number: '1000001' },
    { external_ref: 'ref-V2', contract_type: 'CVCONNECT', contract_number: '1000001' },
  ]);
});

test('a tie on the highest sum belongs to the contract-number rule, any other difference to the sum rule', () => {
  assert.deepEqual(voucherRules(order, 'item 1 CONECS'), ['VOU-TIE-CONTRACT-NUMBER', 'VOU-TIE-LOWEST-CONTRACT-WINS']);
  assert.deepEqual(voucherRules(order, 'item 2 CVCONNECT'), ['VOU-HIGHEST-ELIGIBLE-WINS', 'VOU-SUM-PER-SELLER', 'VOU-ONE-SELLER-PER-CONTRACT']);
});
