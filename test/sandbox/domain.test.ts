import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseFaults } from '../../mocks/sandbox/faults.ts';
import { chooseDialects } from '../../mocks/sandbox/dialects.ts';
import { startVirtualClock, isReached } from '../../mocks/sandbox/domain/virtualClock.ts';
import { amountToJson, money } from '../../mocks/sandbox/domain/money.ts';
import { requiredRegistrations, malformedRegistrations, mergeRegistrations } from '../../mocks/sandbox/domain/registrations.ts';
import { sellerMissingData, contactMissingData } from '../../mocks/sandbox/domain/kycRequirements.ts';
import { selectVoucherContracts, type VoucherOrderRequest } from '../../mocks/sandbox/domain/voucherSelection.ts';
import { DomainProblem } from '../../mocks/sandbox/domain/problem.ts';
import { assignVirtualIban } from '../../mocks/sandbox/domain/virtualIban.ts';
import { isValidIBAN, isValidBIC } from 'ibantools';

// The domain core without HTTP: clock, money, registrations, missing data, vouchers.
const none = chooseFaults([]);
const clean = { faults: none, dialects: chooseDialects([]) };

test('the virtual clock starts truncated to the second, moves only forward, and dates are reached at 00:00 UTC', () => {
  const clock = startVirtualClock(new Date('2026-11-23T10:00:00.987Z'));
  assert.equal(clock.now().toISOString(), '2026-11-23T10:00:00.000Z');
  assert.ok(isReached(clock, '2026-11-23'));
  assert.ok(!isReached(clock, '2026-11-24'));
  clock.advanceTo(new Date('2026-11-24T00:00:00Z'));
  assert.ok(isReached(clock, '2026-11-24'));
  assert.throws(() => clock.advanceTo(new Date('2026-11-23T00:00:00Z')), (error: unknown) => error instanceof DomainProblem && error.status === 409 && error.code === 'CLOCK_CANNOT_GO_BACK');
});

test('money is decimal: 0.1 + 0.2 equals 0.3 and leaves as a two-decimal JSON number', () => {
  assert.ok(money(0.1).plus(0.2).equals(0.3));
  assert.equal(amountToJson(money('12.345')), 12.34);
  assert.equal(JSON.stringify({ amount: amountToJson(money(0.1).plus(0.2)) }), '{"amount":0.3}');
});

test('registrations by country: VAT always, SIRET in France, TIN and REGISTRATION_NUM elsewhere', () => {
  assert.deepEqual(requiredRegistrations(undefined, none), ['VAT']);
  assert.deepEqual(requiredRegistrations('FR', none), ['VAT', 'SIRET']);
  assert.deepEqual(requiredRegistrations('ES', none), ['VAT', 'TIN', 'REGISTRATION_NUM']);
  assert.deepEqual(malformedRegistrations([{ code: 'SIRET', value: '123456789' }, { code: 'SIRET', value: '12345678900012' }, { code: 'SIRET', value: '1234' }], none).map((error) => error.field), [
    'externalRegistrations.0.value',
    'externalRegistrations.2.value',
  ]);
  assert.deepEqual(mergeRegistrations([{ code: 'VAT', value: 'A' }, { code: 'TIN', value: 'B' }], [{ code: 'VAT', value: 'C' }]), [{ code: 'VAT', value: 'C' }, { code: 'TIN', value: 'B' }]);
});

test('missingData lists a missing object then each of its fields, dotted, in the order of the seed', () => {
  const missing = sellerMissingData({ legalEntityName: 'X', address: { countryCode: 'FR', zipCode: '75001' }, externalRegistrations: [{ code: 'VAT', value: 'FR1' }] }, clean);
  assert.deepEqual(missing.slice(0, 4), ['address.streetNumber', 'address.streetName', 'address.cityName', 'email']);
  assert.ok(missing.includes('businessActivity') && missing.includes('businessActivity.typeCode'));
  assert.ok(missing.includes('externalRegistrations.VAT'), 'a registration without its date does not count');
  assert.ok(missing.indexOf('externalRegistrations.SIRET') > missing.indexOf('businessActivity.code'));
  assert.ok(missing.indexOf('externalRegistrations.SIRET') < missing.indexOf('legalNumberOfEmployeeRange'));
  assert.deepEqual(contactMissingData({ firstName: 'A', involvement: { type: 'CEO' } }, none).slice(0, 4), ['lastName', 'email', 'phoneNumber', 'involvement.startDateTime']);
});

test("the seed's voucher example selects seller 2; contract types are independent; ties go to the lowest contract number", () => {
  const order: VoucherOrderRequest = {
    amount: 8000,
    currency: 'EUR',
    items: [
      { external_ref: 'seller1', ref: 'A1', amount: 2000, voucher: [{ contract_type: 'CONECS', eligible_amount: 900 }, { contract_type: 'CVCONNECT', eligible_amount: 700 }] },
      { external_ref: 'seller1', ref: 'A2', amount: 4000, voucher: [{ contract_type: 'CONECS', eligible_amount: 500 }] },
      { external_ref: 'seller2', ref: 'B1', amount: 2000, voucher: [{ contract_type: 'CONECS', eligible_amount: 1900 }, { contract_type: 'CVCONNECT', eligible_amount: 700 }] },
    ],
    contracts: [
      { external_ref: 'seller1', contract_type: 'CONECS', contract_number: '10' },
      { external_ref: 'seller1', contract_type: 'CVCONNECT', contract_number: '9' },
      { external_ref: 'seller2', contract_type: 'CONECS', contract_number: '11' },
      { external_ref: 'seller2', contract_type: 'CVCONNECT', contract_number: '012' },
    ],
  };
  const result = selectVoucherContracts(order, clean);
  assert.deepEqual(result.selectedSellers, [
    { contract_type: 'CONECS', external_ref: 'seller2', contract_number: '11', eligible_total: 1900 },
    { contract_type: 'CVCONNECT', external_ref: 'seller1', contract_number: '9', eligible_total: 700 },
  ]);
  assert.deepEqual(result.items.map((item) => item.vouchers.map((voucher) => voucher.is_selected)), [[false, true], [false], [true, false]]);
  assert.equal(result.status, 'CREATED');
  assert.equal(new Set(result.items.map((item) => item.uuid)).size, 3);
  assert.throws(() => selectVoucherContracts({ ...order, contracts: [] }, clean), (error: unknown) => error instanceof DomainProblem && error.code === 'MISSING_CONTRACT');
});

test('virtual IBANs are valid French IBANs with a valid BIC, never twice the same', () => {
  const ibans = Array.from({ length: 50 }, () => assignVirtualIban(clean));
  for (const { iban, bic, type } of ibans) {
    assert.ok(isValidIBAN(iban) && iban.startsWith('FR'));
    assert.ok(isValidBIC(bic));
    assert.equal(type, 'VIRTUAL_IBAN');
  }
  assert.equal(new Set(ibans.map((each) => each.iban)).size, 50);
});
